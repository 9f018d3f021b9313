#pragma once

#include "sbom/sbomdocument.h"

namespace hallmark {

enum class SbomChangeKind { Added, Removed, VersionChanged, LicenceChanged, HashChanged };

struct SbomChange {
    SbomChangeKind kind = SbomChangeKind::Added;
    QString key;     // identity: purl without version, else type and name
    QString name;
    int before = -1; // node in the old document
    int after = -1;  // node in the new document
    QString was;     // old version, licences or hashes as text
    QString now;
};

// Components are paired by identity (purl without version, else kind and
// name); among several with one identity, equal versions pair first. A
// paired component may change version, licence and hash at once. Linear.
QList<SbomChange> diffSboms(const SbomDocument &before, const SbomDocument &after);

QString changeKindName(SbomChangeKind kind);
QString licenceText(const SbomNode &node);  // sorted, "; "-separated
QString hashText(const SbomNode &node);     // sorted "alg:hex", "; "-separated

} // namespace hallmark
