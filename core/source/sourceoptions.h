#pragma once

#include <QString>
#include <QSet>
#include <QStringList>

#include <optional>

namespace hallmark {

// Budgets that stop archive bombs. Checked against declared sizes while
// listing and against the bytes actually produced while reading.
struct ArchiveLimits {
    qint64 maxEntries = 1'000'000;
    qint64 maxEntryBytes = qint64(512) << 30;
    qint64 maxTotalBytes = qint64(2) << 40;
    // Total uncompressed bytes may exceed this multiple of the archive size
    // only while they stay under ratioGraceBytes.
    double maxRatio = 200.0;
    qint64 ratioGraceBytes = qint64(64) << 20;
};

struct SourceOptions {
    bool allowSymlinks = false;
    bool defaultIgnores = true;
    QStringList ignorePaths;          // given by the user: model-relative or absolute inside the model
    QStringList recordedIgnorePaths;  // recorded by the signer, model-relative
    QString signatureFile;            // excluded when it lies inside the model
    // When set, only these paths are part of the model; every other file is
    // listed as ignored ("not signed"). For --ignore-unsigned-files.
    std::optional<QSet<QString>> onlyPaths;
    ArchiveLimits limits;
};

} // namespace hallmark
