#include "source/archivereader.h"

#include "common/tr.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

namespace hallmark {

namespace {
constexpr size_t kReadBlock = 1 << 20;
}

ArchiveReader::~ArchiveReader()
{
    archive_read_free(m_archive);
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::open(const QString &path)
{
    archive *a = archive_read_new();
    if (!a)
        return fail(HM_TR("Archive", "Out of memory while opening the archive."));
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    archive_read_support_format_zip(a);
    archive_read_support_format_7zip(a);
    std::unique_ptr<ArchiveReader> reader(new ArchiveReader(a));
    const QByteArray native = QFile::encodeName(path);
    if (archive_read_open_filename(a, native.constData(), kReadBlock) != ARCHIVE_OK)
        return fail(HM_TR("Archive", "Cannot open \"%1\" as an archive.").arg(path), reader->lastError());
    return reader;
}

QString ArchiveReader::lastError() const
{
    const char *text = archive_error_string(m_archive);
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

Result<std::optional<RawEntry>> ArchiveReader::next()
{
    archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(m_archive, &entry);
    if (rc == ARCHIVE_EOF)
        return std::optional<RawEntry>();
    if (rc == ARCHIVE_FATAL || rc == ARCHIVE_RETRY || (rc == ARCHIVE_FAILED && !entry))
        return fail(HM_TR("Archive", "The archive is damaged or truncated."), lastError());

    RawEntry raw;
    raw.ordinal = ++m_ordinal;
    if (rc == ARCHIVE_WARN || rc == ARCHIVE_FAILED)
        raw.headerWarning = lastError().isEmpty() ? HM_TR("Archive", "unspecified warning") : lastError();
    const char *utf8 = archive_entry_pathname_utf8(entry);
    const char *name = utf8 ? utf8 : archive_entry_pathname(entry);
    raw.name = name ? QByteArray(name) : QByteArray();
    raw.size = archive_entry_size(entry);
    raw.sizeKnown = archive_entry_size_is_set(entry);
    raw.encrypted = archive_entry_is_encrypted(entry);
    raw.sparse = archive_entry_sparse_count(entry) > 0;
    const mode_t mode = archive_entry_mode(entry);
    raw.setuid = (mode & (S_ISUID | S_ISGID)) != 0;
    if (const char *hard = archive_entry_hardlink(entry)) {
        raw.type = RawEntryType::Hardlink;
        raw.linkTarget = hard;
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG: raw.type = RawEntryType::File; break;
        case AE_IFDIR: raw.type = RawEntryType::Directory; break;
        case AE_IFLNK:
            raw.type = RawEntryType::Symlink;
            if (const char *target = archive_entry_symlink(entry))
                raw.linkTarget = target;
            break;
        default: raw.type = RawEntryType::Other; break;
        }
    }
    return std::optional<RawEntry>(std::move(raw));
}

Result<DataBlock> ArchiveReader::readBlock()
{
    const void *buffer = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    const int rc = archive_read_data_block(m_archive, &buffer, &size, &offset);
    if (rc == ARCHIVE_EOF)
        return DataBlock{nullptr, 0, offset, true, {}};
    if (rc == ARCHIVE_FATAL)
        return fail(HM_TR("Archive", "The archive is damaged or truncated."), lastError());
    if (rc != ARCHIVE_OK) {
        DataBlock bad;
        bad.end = true;
        bad.problem = lastError().isEmpty() ? HM_TR("Archive", "The archive reader reported a problem.") : lastError();
        return bad;
    }
    return DataBlock{static_cast<const char *>(buffer), qint64(size), qint64(offset), false, {}};
}

Result<void> ArchiveReader::skip()
{
    if (archive_read_data_skip(m_archive) != ARCHIVE_OK)
        return fail(HM_TR("Archive", "The archive is damaged or truncated."), lastError());
    return {};
}

qint64 ArchiveReader::rawPosition() const
{
    return archive_filter_bytes(m_archive, -1);
}

bool ArchiveReader::skipIsCheap() const
{
    const int format = archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK;
    const bool uncompressed = archive_filter_count(m_archive) <= 1
        && archive_filter_code(m_archive, 0) == ARCHIVE_FILTER_NONE;
    return uncompressed && (format == ARCHIVE_FORMAT_TAR || format == ARCHIVE_FORMAT_ZIP);
}

QString ArchiveReader::formatName() const
{
    const char *name = archive_format_name(m_archive);
    return name ? QString::fromUtf8(name) : QString();
}

} // namespace hallmark
