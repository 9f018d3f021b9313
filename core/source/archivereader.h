#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace hallmark {

enum class RawEntryType { File, Directory, Symlink, Hardlink, Other };

// One archive header exactly as libarchive reported it, before any policy.
struct RawEntry {
    int ordinal = -1;
    QByteArray name;
    RawEntryType type = RawEntryType::File;
    qint64 size = 0;
    bool sizeKnown = true;
    bool encrypted = false;
    bool sparse = false;
    bool setuid = false;
    QByteArray linkTarget;
    QString headerWarning;  // libarchive warning while reading this header
};

struct DataBlock {
    const char *data = nullptr;
    qint64 size = 0;
    qint64 offset = 0;  // within the entry; gaps are sparse holes
    bool end = false;
    QString problem;  // libarchive warned or failed: the entry cannot be trusted
};

// A streaming libarchive reader over a file: every format and filter the
// project supports, nothing extracted, nothing written.
class ArchiveReader
{
public:
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    static Result<std::unique_ptr<ArchiveReader>> open(const QString &path);

    // The next header, or nullopt at the end of the archive.
    Result<std::optional<RawEntry>> next();
    // The next block of the current entry's data. A warning or a failure
    // limited to this entry sets DataBlock::problem; a fatal error, after which
    // nothing more can be read, is an Error.
    Result<DataBlock> readBlock();
    Result<void> skip();

    // Compressed bytes consumed so far, for progress.
    qint64 rawPosition() const;
    // Whether skipping an entry is a seek rather than a decompression.
    bool skipIsCheap() const;
    QString formatName() const;

private:
    explicit ArchiveReader(archive *a) : m_archive(a) {}
    QString lastError() const;

    archive *m_archive;
    int m_ordinal = -1;
};

} // namespace hallmark
