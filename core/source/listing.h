#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hallmark {

enum class SourceKind { Directory, SingleFile, Archive };

enum class Severity { Info, Warning, Error };

// Something about the model the user must see: a symlink, an archive entry
// with a dangerous name, a read error. `path` is the entry it concerns (the
// escaped display name), so the UI can select it.
struct Finding {
    Severity severity = Severity::Info;
    QString code;     // stable identifier, e.g. "archive.traversal"
    QString path;
    QString message;  // translated
};

enum class IgnoreOrigin { Default, User, SignatureFile, Recorded, Unsigned };

struct IgnoredEntry {
    QString path;
    QString rule;
    IgnoreOrigin origin = IgnoreOrigin::Default;
};

// One file of the model as enumerated, before hashing.
struct SourceEntry {
    QString path;        // OMS name: relative, '/'-separated ("." for a single-file model)
    QString displayPath; // escaped for display; equals `path` when the name is clean
    qint64 size = 0;
    bool hashable = true; // false: a finding explains why it gets no trustworthy digest
    // Directory and single-file sources:
    QByteArray fsPath;   // native path to open
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    // Archive sources: position of the header in the stream.
    int ordinal = -1;
};

struct Listing {
    SourceKind kind = SourceKind::Directory;
    QString location;   // what the user opened
    QString modelName;  // subject name: the model's base name
    QList<SourceEntry> entries;
    QList<Finding> findings;
    QList<IgnoredEntry> ignored;

    qint64 totalBytes() const;
    bool hasErrors() const;
    int indexOf(const QString &path) const;
};

} // namespace hallmark
