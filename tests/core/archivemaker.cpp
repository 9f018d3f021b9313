#include "archivemaker.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <zlib.h>

#include <memory>

namespace hallmark::test {

QString archiveSuffix(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::Tar: return QStringLiteral(".tar");
    case ArchiveFormat::TarGz: return QStringLiteral(".tar.gz");
    case ArchiveFormat::TarZst: return QStringLiteral(".tar.zst");
    case ArchiveFormat::TarXz: return QStringLiteral(".tar.xz");
    case ArchiveFormat::Zip: return QStringLiteral(".zip");
    case ArchiveFormat::SevenZip: return QStringLiteral(".7z");
    }
    return {};
}

QString writeArchive(const QString &path, ArchiveFormat format, const QList<ArchiveItem> &items, const char *options,
                     const char *passphrase)
{
    std::unique_ptr<archive, int (*)(archive *)> a(archive_write_new(), archive_write_free);
    auto error = [&](const char *what) {
        const char *text = archive_error_string(a.get());
        return QStringLiteral("%1: %2").arg(QLatin1String(what), text ? QString::fromUtf8(text) : QString());
    };
    int rc = ARCHIVE_OK;
    switch (format) {
    case ArchiveFormat::Tar: rc = archive_write_set_format_pax_restricted(a.get()); break;
    case ArchiveFormat::TarGz:
        rc = archive_write_set_format_pax_restricted(a.get());
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_gzip(a.get());
        break;
    case ArchiveFormat::TarZst:
        rc = archive_write_set_format_pax_restricted(a.get());
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_zstd(a.get());
        break;
    case ArchiveFormat::TarXz:
        rc = archive_write_set_format_pax_restricted(a.get());
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_xz(a.get());
        break;
    case ArchiveFormat::Zip: rc = archive_write_set_format_zip(a.get()); break;
    case ArchiveFormat::SevenZip: rc = archive_write_set_format_7zip(a.get()); break;
    }
    if (rc != ARCHIVE_OK)
        return error("format");
    if (options && archive_write_set_options(a.get(), options) != ARCHIVE_OK)
        return error("options");
    if (passphrase && archive_write_set_passphrase(a.get(), passphrase) != ARCHIVE_OK)
        return error("passphrase");
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return error("open");

    for (const ArchiveItem &item : items) {
        std::unique_ptr<archive_entry, void (*)(archive_entry *)> e(archive_entry_new(), archive_entry_free);
        archive_entry_copy_pathname(e.get(), item.name.constData());
        archive_entry_set_mtime(e.get(), 1700000000, 0);
        archive_entry_set_uid(e.get(), 1000);
        archive_entry_set_gid(e.get(), 1000);
        bool withData = false;
        switch (item.kind) {
        case ArchiveItem::File:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_set_size(e.get(), item.content.size());
            for (const auto &region : item.sparse)
                archive_entry_sparse_add_entry(e.get(), region.first, region.second);
            withData = true;
            break;
        case ArchiveItem::Dir:
            archive_entry_set_filetype(e.get(), AE_IFDIR);
            archive_entry_set_perm(e.get(), 0755);
            break;
        case ArchiveItem::Symlink:
            archive_entry_set_filetype(e.get(), AE_IFLNK);
            archive_entry_set_perm(e.get(), 0777);
            archive_entry_copy_symlink(e.get(), item.link.constData());
            break;
        case ArchiveItem::Hardlink:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_copy_hardlink(e.get(), item.link.constData());
            archive_entry_set_size(e.get(), 0);
            break;
        case ArchiveItem::Fifo:
            archive_entry_set_filetype(e.get(), AE_IFIFO);
            archive_entry_set_perm(e.get(), 0644);
            break;
        case ArchiveItem::CharDevice:
            archive_entry_set_filetype(e.get(), AE_IFCHR);
            archive_entry_set_perm(e.get(), 0666);
            archive_entry_set_rdev(e.get(), makedev(1, 3));
            break;
        }
        if (archive_write_header(a.get(), e.get()) < ARCHIVE_WARN)
            return error("header");
        if (withData && !item.content.isEmpty()) {
            const la_ssize_t n = archive_write_data(a.get(), item.content.constData(), size_t(item.content.size()));
            if (n < 0)
                return error("data");
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return error("close");
    return {};
}

quint32 crc32Of(const QByteArray &data)
{
    return quint32(::crc32(::crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

namespace {

void le16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void le32(QByteArray &out, quint32 v)
{
    le16(out, v & 0xffff);
    le16(out, v >> 16);
}

QByteArray localHeader(const ZipEntry &e)
{
    QByteArray h;
    le32(h, 0x04034b50);
    le16(h, 20);
    le16(h, e.flags);
    le16(h, e.method);
    le16(h, 0);       // time
    le16(h, 0x5821);  // date 2024-01-01
    le32(h, e.crc);
    le32(h, e.compressedSize);
    le32(h, e.localSize);
    le16(h, quint32(e.name.size()));
    le16(h, 0);
    return h + e.name;
}

QByteArray centralHeader(const ZipEntry &e, quint32 offset)
{
    QByteArray h;
    le32(h, 0x02014b50);
    le16(h, (3 << 8) | 20);  // made by Unix
    le16(h, 20);
    le16(h, e.flags);
    le16(h, e.method);
    le16(h, 0);
    le16(h, 0x5821);
    le32(h, e.crc);
    le32(h, e.compressedSize);
    le32(h, e.centralSize);
    le16(h, quint32(e.name.size()));
    le16(h, 0);
    le16(h, 0);
    le16(h, 0);
    le16(h, 0);
    le32(h, quint32(0100644) << 16);
    le32(h, offset);
    return h + e.name;
}

QByteArray endOfCentralDirectory(int count, quint32 size, quint32 offset)
{
    QByteArray h;
    le32(h, 0x06054b50);
    le16(h, 0);
    le16(h, 0);
    le16(h, quint32(count));
    le16(h, quint32(count));
    le32(h, size);
    le32(h, offset);
    le16(h, 0);
    return h;
}

} // namespace

ZipEntry storedEntry(const QByteArray &name, const QByteArray &content)
{
    const quint32 size = quint32(content.size());
    return {name, content, 0, 0, crc32Of(content), size, size, size};
}

ZipEntry deflatedEntry(const QByteArray &name, const QByteArray &content)
{
    const QByteArray packed = rawDeflate(content);
    const quint32 size = quint32(content.size());
    return {name, packed, 8, 0, crc32Of(content), quint32(packed.size()), size, size};
}

QByteArray buildZip(const QList<ZipEntry> &entries)
{
    QByteArray out, central;
    for (const ZipEntry &e : entries) {
        central += centralHeader(e, quint32(out.size()));
        out += localHeader(e) + e.payload;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    out += endOfCentralDirectory(int(entries.size()), quint32(central.size()), cdOffset);
    return out;
}

QByteArray sameOffsetZip(const QList<QByteArray> &names, const QByteArray &content)
{
    QByteArray out = localHeader(storedEntry(names.value(0), content)) + content;
    QByteArray central;
    for (const QByteArray &name : names)
        central += centralHeader(storedEntry(name, content), 0);
    const quint32 cdOffset = quint32(out.size());
    out += central;
    out += endOfCentralDirectory(int(names.size()), quint32(central.size()), cdOffset);
    return out;
}

QByteArray overlappingZipBomb(int files, qint64 kernelBytes)
{
    // Built from the last file backwards: file i's data is a stored deflate
    // block quoting file i+1's local header, followed by file i+1's data.
    const QByteArray kernel = rawDeflate(QByteArray(kernelBytes, '\0'));
    QByteArray data = kernel;
    quint32 usize = quint32(kernelBytes);
    quint32 crc = crc32Of(QByteArray(kernelBytes, '\0'));
    QList<QByteArray> headers(files);
    QList<ZipEntry> entries(files);
    for (int i = files - 1; i >= 0; --i) {
        ZipEntry &e = entries[i];
        e.name = "bomb/" + QByteArray::number(i).rightJustified(4, '0');
        e.method = 8;
        e.crc = crc;
        e.compressedSize = quint32(data.size());
        e.localSize = e.centralSize = usize;
        headers[i] = localHeader(e);
        if (i == 0)
            break;
        QByteArray quote;
        quote.append('\0');  // BFINAL=0, BTYPE=stored
        le16(quote, quint32(headers[i].size()));
        le16(quote, quint32(~headers[i].size()) & 0xffff);
        data = quote + headers[i] + data;
        crc = quint32(::crc32_combine(crc32Of(headers[i]), crc, z_off_t(usize)));
        usize += quint32(headers[i].size());
    }
    QByteArray out = headers[0] + data;
    QByteArray central;
    quint32 offset = 0;
    for (int i = 0; i < files; ++i) {
        central += centralHeader(entries[i], offset);
        offset += quint32(headers[i].size()) + 5;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    out += endOfCentralDirectory(files, quint32(central.size()), cdOffset);
    return out;
}

} // namespace hallmark::test
