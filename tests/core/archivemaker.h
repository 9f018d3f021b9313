#pragma once

// Builds test archives: real ones through libarchive's write API, and
// hand-made zips whose headers say exactly what a test needs them to say.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hallmark::test {

enum class ArchiveFormat { Tar, TarGz, TarZst, TarXz, Zip, SevenZip };

QString archiveSuffix(ArchiveFormat format);

struct ArchiveItem {
    enum Kind { File, Dir, Symlink, Hardlink, Fifo, CharDevice };
    QByteArray name;
    QByteArray content;  // File: the full logical content (holes included)
    Kind kind = File;
    QByteArray link;     // Symlink / Hardlink target
    QList<QPair<qint64, qint64>> sparse;  // (offset, length) data regions; empty: not sparse
};

// Returns an empty string on success, else what went wrong. `options` and
// `passphrase` go to archive_write_set_options / archive_write_set_passphrase.
QString writeArchive(const QString &path, ArchiveFormat format, const QList<ArchiveItem> &items,
                     const char *options = nullptr, const char *passphrase = nullptr);

quint32 crc32Of(const QByteArray &data);
QByteArray rawDeflate(const QByteArray &data);  // final block set

// One entry of a hand-made zip, laid out in order: local header, then `payload`.
struct ZipEntry {
    QByteArray name;
    QByteArray payload;  // bytes after the local header (compressed data)
    quint16 method = 0;  // 0 stored, 8 deflate
    quint16 flags = 0;   // bit 0: encrypted
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 localSize = 0;  // uncompressed size in the local header
    quint32 centralSize = 0;  // uncompressed size in the central directory
};

ZipEntry storedEntry(const QByteArray &name, const QByteArray &content);
ZipEntry deflatedEntry(const QByteArray &name, const QByteArray &content);
QByteArray buildZip(const QList<ZipEntry> &entries);

// One local file with `content`, listed in the central directory under every
// name in `names`, all records pointing at the same local header.
QByteArray sameOffsetZip(const QList<QByteArray> &names, const QByteArray &content);

// A Fifield-style overlapping zip bomb: `files` central-directory entries
// whose data overlap, all ending in one deflate kernel of `kernelBytes` zeros.
// Every header declares the true (large) uncompressed size.
QByteArray overlappingZipBomb(int files, qint64 kernelBytes);

} // namespace hallmark::test
