#include "archivemaker.h"
#include "coretest.h"

#include "hashing/modelhasher.h"
#include "manifest/manifest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hallmark;
using namespace hallmark::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hallmark::test::ArchiveFormat)

namespace {

const Tree &sampleModel()
{
    static const Tree tree{{"config.json", "{\"layers\": 2}"},
                           {"weights/w1.bin", randomBytes(300'000, 11)},
                           {"weights/w2.bin", randomBytes(70'001, 12)},
                           {".hidden", "dot"},
                           {"empty", ""},
                           {"sub/deep/x.txt", "deep"}};
    return tree;
}

QList<ArchiveItem> itemsOf(const Tree &tree, const QByteArray &top = {})
{
    QList<ArchiveItem> items;
    const QByteArray prefix = top.isEmpty() ? QByteArray() : top + '/';
    if (!top.isEmpty())
        items << ArchiveItem{top + '/', {}, ArchiveItem::Dir, {}, {}};
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        items << ArchiveItem{prefix + it.key(), it.value(), ArchiveItem::File, {}, {}};
    return items;
}

ArchiveItem file(const QByteArray &name, const QByteArray &content)
{
    return {name, content, ArchiveItem::File, {}, {}};
}

Result<HashOutcome> hashPath(const QString &path, const SourceOptions &options = {}, int threads = 2)
{
    JobControl control;
    HashOptions hashOptions;
    hashOptions.threads = threads;
    return hashModel(path, options, hashOptions, control);
}

const Finding *findingFor(const Listing &l, const QString &code)
{
    for (const Finding &f : l.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return u"cannot write "_s + path;
    return {};
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void addFormats()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::newRow("tar") << ArchiveFormat::Tar;
    QTest::newRow("tar.gz") << ArchiveFormat::TarGz;
    QTest::newRow("tar.zst") << ArchiveFormat::TarZst;
    QTest::newRow("tar.xz") << ArchiveFormat::TarXz;
    QTest::newRow("zip") << ArchiveFormat::Zip;
    QTest::newRow("7z") << ArchiveFormat::SevenZip;
}

} // namespace

class TestArchives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDigestAsDirectory_data() { addFormats(); }

    void sameDigestAsDirectory()
    {
        QFETCH(ArchiveFormat, format);
        QTemporaryDir dir;
        const QString modelDir = dir.filePath(u"mymodel"_s);
        writeTree(modelDir, sampleModel());
        auto fromDir = hashPath(modelDir);
        QVERIFY(fromDir);
        auto dirManifest = manifestFromOutcome(*fromDir, SerializationInfo{});
        QVERIFY(dirManifest);
        QCOMPARE(dirManifest->rootDigest().toHex(), expectedFilesRoot(sampleModel()).toHex());

        for (int threads : {1, 3}) {
            // Inside one top folder: paths are relative to it, the name is the folder.
            const QString nested = dir.filePath(u"nested"_s + archiveSuffix(format));
            QCOMPARE(writeArchive(nested, format, itemsOf(sampleModel(), "mymodel")), QString());
            auto outcome = hashPath(nested, {}, threads);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message + outcome.error().detail));
            QCOMPARE(int(outcome->listing.kind), int(SourceKind::Archive));
            QCOMPARE(outcome->listing.modelName, u"mymodel"_s);
            QVERIFY(findingFor(outcome->listing, u"archive.top-folder"_s));
            auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
            QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
            QCOMPARE(manifest->rootDigest().toHex(), dirManifest->rootDigest().toHex());
            QCOMPARE(manifest->resources.size(), dirManifest->resources.size());
            for (int i = 0; i < manifest->resources.size(); ++i)
                QCOMPARE(manifest->resources[i].name, dirManifest->resources[i].name);

            // Flat: the name is the archive's name without its suffix.
            const QString flat = dir.filePath(u"flatmodel"_s + archiveSuffix(format));
            QCOMPARE(writeArchive(flat, format, itemsOf(sampleModel())), QString());
            auto flatOutcome = hashPath(flat, {}, threads);
            QVERIFY(flatOutcome);
            QCOMPARE(flatOutcome->listing.modelName, u"flatmodel"_s);
            auto flatManifest = manifestFromOutcome(*flatOutcome, SerializationInfo{});
            QVERIFY(flatManifest);
            QCOMPARE(flatManifest->rootDigest().toHex(), dirManifest->rootDigest().toHex());
        }
    }

    void shardsMatchDirectory()
    {
        QTemporaryDir dir;
        writeTree(dir.filePath(u"m"_s), sampleModel());
        const QString tgz = dir.filePath(u"m.tar.gz"_s);
        QCOMPARE(writeArchive(tgz, ArchiveFormat::TarGz, itemsOf(sampleModel())), QString());
        SerializationInfo info;
        info.method = Serialization::Shards;
        info.shardSize = 4096;
        QList<QByteArray> roots;
        for (const QString &path : {dir.filePath(u"m"_s), tgz}) {
            JobControl control;
            HashOptions options;
            options.serialization = Serialization::Shards;
            options.shardSize = 4096;
            auto outcome = hashModel(path, {}, options, control);
            QVERIFY(outcome);
            auto manifest = manifestFromOutcome(*outcome, info);
            QVERIFY(manifest);
            roots << manifest->rootDigest();
        }
        QCOMPARE(roots[0].toHex(), roots[1].toHex());
    }

    void ignoresApplyInArchives()
    {
        QTemporaryDir dir;
        Tree tree = sampleModel();
        tree.insert(".git/config", "git");
        tree.insert("logs/run.txt", "log");
        const QString tar = dir.filePath(u"m.tar"_s);
        QCOMPARE(writeArchive(tar, ArchiveFormat::Tar, itemsOf(tree, "m")), QString());
        SourceOptions options;
        options.ignorePaths = {u"logs"_s};
        auto outcome = hashPath(tar, options);
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);
        QCOMPARE(manifest->rootDigest().toHex(), expectedFilesRoot(sampleModel()).toHex());
        QCOMPARE(outcome->listing.ignored.size(), 2);
    }

    void hostileEntries_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<QList<ArchiveItem>>("items");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("untrusted");  // entries that must have no digest
        const ArchiveItem ok = file("ok.bin", "fine");
        for (ArchiveFormat f : {ArchiveFormat::Tar, ArchiveFormat::TarGz}) {
            const char *suffix = f == ArchiveFormat::Tar ? " (tar)" : " (tar.gz)";
            auto row = [&](const char *name) -> QTestData & { return QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(suffix))); };
            row("traversal") << f << QList<ArchiveItem>{ok, file("../evil", "pwn")} << u"archive.traversal"_s << 1;
            row("inner traversal") << f << QList<ArchiveItem>{ok, file("a/../../evil", "pwn")} << u"archive.traversal"_s << 1;
            row("absolute") << f << QList<ArchiveItem>{ok, file("/etc/x", "pwn")} << u"archive.absolute"_s << 1;
            row("drive letter") << f << QList<ArchiveItem>{ok, file("C:/x", "pwn")} << u"archive.absolute"_s << 1;
            row("control chars") << f << QList<ArchiveItem>{ok, file("a\x1b[2Jb", "x")} << u"archive.bad-name"_s << 1;
            row("duplicate") << f << QList<ArchiveItem>{file("dup.bin", "one"), ok, file("dup.bin", "two")}
                             << u"archive.duplicate"_s << 2;
            row("duplicate via ./") << f << QList<ArchiveItem>{file("dup.bin", "one"), ok, file("./dup.bin", "two")}
                                    << u"archive.duplicate"_s << 2;
            row("symlink") << f << QList<ArchiveItem>{ok, {"link", {}, ArchiveItem::Symlink, "/etc/passwd", {}}}
                           << u"archive.symlink"_s << 1;
            row("hardlink") << f << QList<ArchiveItem>{ok, {"hard", {}, ArchiveItem::Hardlink, "ok.bin", {}}}
                            << u"archive.hardlink"_s << 1;
            row("fifo") << f << QList<ArchiveItem>{ok, {"pipe", {}, ArchiveItem::Fifo, {}, {}}} << u"archive.special"_s << 1;
            row("device") << f << QList<ArchiveItem>{ok, {"null", {}, ArchiveItem::CharDevice, {}, {}}}
                          << u"archive.special"_s << 1;
        }
        QTest::newRow("symlink (zip)") << ArchiveFormat::Zip
                                       << QList<ArchiveItem>{ok, {"link", {}, ArchiveItem::Symlink, "../../x", {}}}
                                       << u"archive.symlink"_s << 1;
        QTest::newRow("traversal (zip)") << ArchiveFormat::Zip << QList<ArchiveItem>{ok, file("../evil", "pwn")}
                                         << u"archive.traversal"_s << 1;
        QTest::newRow("duplicate (zip)") << ArchiveFormat::Zip
                                         << QList<ArchiveItem>{file("d", "one"), ok, file("d", "two")}
                                         << u"archive.duplicate"_s << 2;
        QTest::newRow("traversal (7z)") << ArchiveFormat::SevenZip << QList<ArchiveItem>{ok, file("../evil", "pwn")}
                                        << u"archive.traversal"_s << 1;
    }

    void hostileEntries()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(QList<ArchiveItem>, items);
        QFETCH(QString, code);
        QFETCH(int, untrusted);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile"_s + archiveSuffix(format));
        QCOMPARE(writeArchive(path, format, items), QString());
        auto outcome = hashPath(path);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        const Finding *f = findingFor(outcome->listing, code);
        QVERIFY2(f, qPrintable(code));
        QCOMPARE(int(f->severity), int(Severity::Error));
        QVERIFY(!f->message.isEmpty());
        for (const QChar c : f->message + f->path)
            QVERIFY2(c.unicode() >= 0x20, "finding text must be escaped");
        int withoutDigest = 0;
        for (int i = 0; i < outcome->listing.entries.size(); ++i) {
            const SourceEntry &e = outcome->listing.entries[i];
            if (e.path == u"ok.bin"_s) {
                QVERIFY(e.hashable);
                QCOMPARE(outcome->digests[i].parts.size(), 1);
                QCOMPARE(outcome->digests[i].parts[0].digest.toHex(), sha256("fine").toHex());
                continue;
            }
            QVERIFY2(!e.hashable, qPrintable(e.displayPath));
            QVERIFY(outcome->digests[i].parts.isEmpty());
            ++withoutDigest;
        }
        QCOMPARE(withoutDigest, untrusted);
        QVERIFY(outcome->listing.hasErrors());
        QVERIFY(!manifestFromOutcome(*outcome, SerializationInfo{}));
    }

    void encryptedZipByLibarchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"enc.zip"_s);
        const QString written = writeArchive(path, ArchiveFormat::Zip, {file("secret.bin", "hidden weights")},
                                             "zip:encryption=zipcrypt", "password");
        if (!written.isEmpty())
            QSKIP(qPrintable(u"libarchive cannot write zipcrypt here: "_s + written));
        QVERIFY(!readBytes(path).contains("hidden weights"));
        auto outcome = hashPath(path);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        const Finding *f = findingFor(outcome->listing, u"archive.encrypted"_s);
        QVERIFY(f);
        QCOMPARE(int(f->severity), int(Severity::Error));
        QCOMPARE(outcome->listing.entries.size(), 1);
        QVERIFY(!outcome->listing.entries[0].hashable);
        QVERIFY(outcome->digests[0].parts.isEmpty());
        QVERIFY(!manifestFromOutcome(*outcome, SerializationInfo{}));
    }

    void encryptedZipFlagByHand()
    {
        // General-purpose flag bit 0 set on a stored entry, no real encryption.
        QTemporaryDir dir;
        ZipEntry e = storedEntry("secret.bin", "not really encrypted");
        e.flags = 1;
        const QString path = dir.filePath(u"flag.zip"_s);
        QCOMPARE(writeBytes(path, buildZip({storedEntry("ok.bin", "fine"), e})), QString());
        auto outcome = hashPath(path);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(findingFor(outcome->listing, u"archive.encrypted"_s));
        const int i = outcome->listing.indexOf(u"secret.bin"_s);
        QVERIFY(i >= 0);
        QVERIFY(!outcome->listing.entries[i].hashable);
        QVERIFY(outcome->digests[i].parts.isEmpty());
        QVERIFY(!manifestFromOutcome(*outcome, SerializationInfo{}));
    }

    void truncated_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<double>("keep");
        QTest::newRow("tar cut in file data") << ArchiveFormat::Tar << 0.5;
        QTest::newRow("tar cut in first header") << ArchiveFormat::Tar << 0.0005;
        QTest::newRow("tar.gz cut in half") << ArchiveFormat::TarGz << 0.5;
        QTest::newRow("tar.zst cut in half") << ArchiveFormat::TarZst << 0.5;
        QTest::newRow("zip cut in half") << ArchiveFormat::Zip << 0.5;
        QTest::newRow("7z cut in half") << ArchiveFormat::SevenZip << 0.5;
    }

    void truncated()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(double, keep);
        QTemporaryDir dir;
        const QString full = dir.filePath(u"full"_s + archiveSuffix(format));
        QCOMPARE(writeArchive(full, format, {file("a.bin", randomBytes(400'000, 5)), file("b.bin", "tail")}), QString());
        const QByteArray bytes = readBytes(full);
        const QString cut = dir.filePath(u"cut"_s + archiveSuffix(format));
        QCOMPARE(writeBytes(cut, bytes.left(qMax(1, int(bytes.size() * keep)))), QString());
        auto outcome = hashPath(cut);
        if (outcome) {
            // Acceptable only if no manifest can come out of it.
            auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
            QVERIFY2(!manifest, "a truncated archive produced a manifest");
            qInfo() << "refused at the manifest:" << manifest.error().message;
            QVERIFY(!manifest.error().message.isEmpty());
        } else {
            QVERIFY(!outcome.error().message.isEmpty());
            qInfo() << "refused as a whole:" << outcome.error().message << outcome.error().detail;
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random bytes as .tar") << u"junk.tar"_s << randomBytes(10'000, 99);
        QTest::newRow("random bytes as .zip") << u"junk.zip"_s << randomBytes(10'000, 98);
        QTest::newRow("random bytes as .7z") << u"junk.7z"_s << randomBytes(10'000, 97);
        QTest::newRow("random bytes as .tar.gz") << u"junk.tar.gz"_s << randomBytes(10'000, 96);
        QTest::newRow("empty .tar") << u"empty.tar"_s << QByteArray();
        QTest::newRow("empty .zip") << u"empty.zip"_s << QByteArray();
        QTest::newRow("gzip header only") << u"head.tar.gz"_s << QByteArray("\x1f\x8b\x08\x00", 4);
    }

    void malformed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QCOMPARE(writeBytes(dir.filePath(name), bytes), QString());
        auto outcome = hashPath(dir.filePath(name));
        QVERIFY2(!outcome, "a malformed archive was accepted");
        QVERIFY(!outcome.error().message.isEmpty());
    }

    void corruptedCentralDirectory()
    {
        QTemporaryDir dir;
        QByteArray zip = buildZip({storedEntry("a.bin", "alpha"), storedEntry("b.bin", "beta")});
        const int cd = zip.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(cd > 0);
        zip[cd + 2] = 'X';  // central directory record signature broken
        const QString path = dir.filePath(u"badcd.zip"_s);
        QCOMPARE(writeBytes(path, zip), QString());
        auto outcome = hashPath(path);
        if (outcome) {
            auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
            QVERIFY2(!manifest, "a zip with a broken central directory produced a manifest");
            qInfo() << "refused at the manifest:" << manifest.error().message;
        } else {
            QVERIFY(!outcome.error().message.isEmpty());
            qInfo() << "refused as a whole:" << outcome.error().message << outcome.error().detail;
        }
    }

    void ratioBomb()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"zeros.tar.gz"_s);
        QCOMPARE(writeArchive(path, ArchiveFormat::TarGz, {file("zeros.bin", QByteArray(200 << 20, '\0'))}), QString());
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        auto outcome = hashPath(path);
        QVERIFY2(!outcome, "a 200 MiB gzip bomb was hashed");
        QVERIFY2(outcome.error().message.contains(u"times its own size"_s), qPrintable(outcome.error().message));
    }

    void entryCountLimit_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::newRow("tar") << ArchiveFormat::Tar;
        QTest::newRow("tar.gz") << ArchiveFormat::TarGz;
        QTest::newRow("zip") << ArchiveFormat::Zip;
    }

    void entryCountLimit()
    {
        QFETCH(ArchiveFormat, format);
        QTemporaryDir dir;
        QList<ArchiveItem> items;
        for (int i = 0; i < 50; ++i)
            items << file("f" + QByteArray::number(i), "x");
        const QString path = dir.filePath(u"many"_s + archiveSuffix(format));
        QCOMPARE(writeArchive(path, format, items), QString());
        SourceOptions options;
        options.limits.maxEntries = 50;
        QVERIFY(hashPath(path, options));  // at the limit: fine
        options.limits.maxEntries = 10;
        auto outcome = hashPath(path, options);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(u"more than 10 entries"_s), qPrintable(outcome.error().message));
    }

    void byteLimits_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<bool>("perEntry");
        for (ArchiveFormat f : {ArchiveFormat::Tar, ArchiveFormat::TarGz, ArchiveFormat::Zip, ArchiveFormat::SevenZip}) {
            const QString s = archiveSuffix(f);
            QTest::newRow(qPrintable(u"entry "_s + s)) << f << true;
            QTest::newRow(qPrintable(u"total "_s + s)) << f << false;
        }
    }

    void byteLimits()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(bool, perEntry);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sized"_s + archiveSuffix(format));
        QCOMPARE(writeArchive(path, format, {file("a", randomBytes(400, 1)), file("b", randomBytes(400, 2)),
                                             file("c", randomBytes(400, 3))}), QString());
        SourceOptions options;
        if (perEntry)
            options.limits.maxEntryBytes = 399;
        else
            options.limits.maxTotalBytes = 1000;
        auto outcome = hashPath(path, options);
        QVERIFY(!outcome);
        const QString expected = perEntry ? u"An entry expands to more than"_s : u"The archive expands to more than"_s;
        QVERIFY2(outcome.error().message.contains(expected), qPrintable(outcome.error().message));

        options.limits.maxEntryBytes = 400;
        options.limits.maxTotalBytes = 1200;
        QVERIFY(hashPath(path, options));
    }

    void overlappingZipBomb()
    {
        QTemporaryDir dir;
        const QByteArray bomb = hallmark::test::overlappingZipBomb(40, qint64(8) << 20);
        QVERIFY(bomb.size() < 64 * 1024);
        const QString path = dir.filePath(u"overlap.zip"_s);
        QCOMPARE(writeBytes(path, bomb), QString());
        auto outcome = hashPath(path);
        QVERIFY2(!outcome, "an overlapping zip bomb was hashed");
        QVERIFY2(outcome.error().message.contains(u"bomb"_s), qPrintable(outcome.error().message));
    }

    void overlappingZipBombSmallLimits()
    {
        // The same construction, small enough to pass the ratio check, is
        // still caught by the total budget.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"overlap.zip"_s);
        QCOMPARE(writeBytes(path, hallmark::test::overlappingZipBomb(10, 100'000)), QString());
        SourceOptions options;
        options.limits.maxTotalBytes = 500'000;
        auto outcome = hashPath(path, options);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(u"expands to more than"_s), qPrintable(outcome.error().message));
    }

    void sameOffsetZipRecords()
    {
        // unzip extracts three files; libarchive merges the records into one
        // entry without a warning. Signing the one would leave two unsigned.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sameoffset.zip"_s);
        QCOMPARE(writeBytes(path, sameOffsetZip({"a.bin", "b.bin", "run.py"}, "shared content")), QString());
        auto outcome = hashPath(path);
        if (outcome) {
            auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
            QVERIFY2(!manifest, "a zip whose records share one local header produced a manifest");
        } else {
            QVERIFY2(outcome.error().message.contains(u"central directory"_s), qPrintable(outcome.error().message));
        }
        // An honest zip with the same names is fine.
        const QString honest = dir.filePath(u"honest.zip"_s);
        QCOMPARE(writeBytes(honest, buildZip({storedEntry("a.bin", "x"), storedEntry("b.bin", "y"),
                                              storedEntry("run.py", "z")})), QString());
        auto ok = hashPath(honest);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(manifestFromOutcome(*ok, SerializationInfo{}));
    }

    void totalBudgetIsSharedByReaders()
    {
        // Entries that declare 1 byte but inflate to 1 MiB: the declared sizes
        // pass the header scan, so only the bytes actually produced can trip
        // the total, however many readers share the work.
        QTemporaryDir dir;
        QList<ZipEntry> entries;
        for (int i = 0; i < 4; ++i) {
            ZipEntry e = deflatedEntry("e" + QByteArray::number(i), QByteArray(1 << 20, 'a'));
            e.localSize = e.centralSize = 1;
            entries << e;
        }
        const QString path = dir.filePath(u"liars.zip"_s);
        QCOMPARE(writeBytes(path, buildZip(entries)), QString());
        SourceOptions options;
        options.limits.maxTotalBytes = 2 << 20;
        for (int threads : {1, 4}) {
            auto outcome = hashPath(path, options, threads);
            QVERIFY2(!outcome, qPrintable(u"threads=%1: the total budget was not enforced"_s.arg(threads)));
            QVERIFY2(outcome.error().message.contains(u"expands to more than"_s), qPrintable(outcome.error().message));
        }
    }

    void lyingZipSize_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<int>("delta");
        QTest::newRow("deflate, declared smaller") << true << -5000;
        QTest::newRow("deflate, declared larger") << true << 5000;
        QTest::newRow("stored, declared smaller") << false << -5000;
        QTest::newRow("stored, declared larger") << false << 5000;
    }

    void lyingZipSize()
    {
        QFETCH(bool, deflate);
        QFETCH(int, delta);
        QTemporaryDir dir;
        const QByteArray content = randomBytes(20'000, 42);
        ZipEntry liar = deflate ? deflatedEntry("liar.bin", content) : storedEntry("liar.bin", content);
        liar.localSize = liar.centralSize = quint32(content.size() + delta);
        const QString path = dir.filePath(u"liar.zip"_s);
        QCOMPARE(writeBytes(path, buildZip({storedEntry("ok.bin", "fine"), liar})), QString());
        auto outcome = hashPath(path);
        if (!outcome) {
            QVERIFY(!outcome.error().message.isEmpty());
            qInfo() << "refused as a whole:" << outcome.error().message;
            return;
        }
        const int i = outcome->listing.indexOf(u"liar.bin"_s);
        QVERIFY(i >= 0);
        QVERIFY2(outcome->digests[i].parts.isEmpty(), "an entry with a lying size got a digest");
        QVERIFY(!outcome->digests[i].error.isEmpty() || !outcome->listing.entries[i].hashable);
        qInfo() << "entry error:" << outcome->digests[i].error;
        QVERIFY2(!outcome->digests[i].error.endsWith(u'\n'), "raw libarchive text must be trimmed");
        const int ok = outcome->listing.indexOf(u"ok.bin"_s);
        QCOMPARE(outcome->digests[ok].parts.size(), 1);
        QVERIFY(!manifestFromOutcome(*outcome, SerializationInfo{}));
    }

    void sparseTarEntry_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::newRow("tar") << ArchiveFormat::Tar;
        QTest::newRow("tar.gz") << ArchiveFormat::TarGz;
    }

    void sparseTarEntry()
    {
        QFETCH(ArchiveFormat, format);
        QTemporaryDir dir;
        const qint64 size = 3 << 20;
        QByteArray content(size, '\0');
        const QByteArray head = randomBytes(4096, 8), middle = randomBytes(100, 9);
        content.replace(0, head.size(), head);
        content.replace(1 << 20, middle.size(), middle);  // trailing hole after it
        ArchiveItem item = file("sparse.bin", content);
        item.sparse = {{0, 4096}, {1 << 20, 100}};
        const QString path = dir.filePath(u"sparse"_s + archiveSuffix(format));
        QCOMPARE(writeArchive(path, format, {item}), QString());
        if (format == ArchiveFormat::Tar)
            QVERIFY2(QFileInfo(path).size() < size / 2, "libarchive did not write a sparse entry");
        auto outcome = hashPath(path);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->listing.entries.size(), 1);
        QCOMPARE(outcome->listing.entries[0].size, size);
        QVERIFY2(outcome->digests[0].error.isEmpty(), qPrintable(outcome->digests[0].error));
        QCOMPARE(outcome->digests[0].parts.size(), 1);
        QCOMPARE(outcome->digests[0].parts[0].digest.toHex(), sha256(content).toHex());
    }

    void cancelArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.tar.gz"_s);
        QCOMPARE(writeArchive(path, ArchiveFormat::TarGz, {file("r.bin", randomBytes(40 << 20, 3))}), QString());
        JobControl control;
        control.cancel();
        auto outcome = hashModel(path, {}, HashOptions{}, control);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(u"Cancelled"_s), qPrintable(outcome.error().message));
    }
};

QTEST_GUILESS_MAIN(TestArchives)
#include "tst_archives.moc"
