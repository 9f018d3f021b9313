#pragma once

#include <QString>
#include <QStringList>

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
    QStringList ignorePaths;  // model-relative, '/'-separated (see IgnoreRules::make)
    QString signatureFile;    // excluded when it lies inside the model
    ArchiveLimits limits;
};

} // namespace hallmark
