#pragma once

#include "manifest/manifest.h"
#include "source/listing.h"

namespace hallmark {

enum class DiffKind { Unchanged, Changed, Added, Missing, Moved, Unreadable, Ignored };

struct DiffEntry {
    DiffKind kind = DiffKind::Unchanged;
    QString name;        // resource identifier (path, or path:start:end)
    QString movedFrom;   // Moved: the signed name whose content now sits at `name`
    QByteArray expected; // signed digest
    QByteArray actual;   // digest on disk
    QString note;        // Unreadable: why; Ignored: the rule and where it came from
};

struct ManifestDiff {
    QList<DiffEntry> entries;

    int count(DiffKind kind) const;
    // Nothing added, missing, changed, moved or unreadable.
    bool contentMatches() const;
};

// What the model on disk holds, in the signed manifest's terms: resources
// for every entry hashed, and the entries that could not be read.
struct ObservedModel {
    Manifest manifest;
    QList<QPair<QString, QString>> unreadable;  // path, reason
};
ObservedModel observeModel(const HashOutcome &outcome, const SerializationInfo &serialization);

ManifestDiff diffManifests(const Manifest &signed_, const ObservedModel &observed, const QList<IgnoredEntry> &ignored);

} // namespace hallmark
