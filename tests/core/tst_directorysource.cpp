#include "coretest.h"

#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "source/directorysource.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hallmark;
using namespace hallmark::test;
using namespace Qt::StringLiterals;

namespace {

QStringList entryPaths(const Listing &l, bool hashableOnly = false)
{
    QStringList out;
    for (const SourceEntry &e : l.entries)
        if (!hashableOnly || e.hashable)
            out << e.path;
    out.sort();
    return out;
}

const Finding *findingFor(const Listing &l, const QString &code)
{
    for (const Finding &f : l.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

const SourceEntry *entry(const Listing &l, const QString &path)
{
    const int i = l.indexOf(path);
    return i < 0 ? nullptr : &l.entries[i];
}

// Creates a file under a raw byte name (QFile would re-encode invalid UTF-8).
bool writeRaw(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return ok;
}

bool symlinkAt(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

Result<HashOutcome> hash(const QString &path, const SourceOptions &options)
{
    JobControl control;
    HashOptions hashOptions;
    hashOptions.threads = 2;
    return hashModel(path, options, hashOptions, control);
}

} // namespace

class TestDirectorySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedListing()
    {
        QTemporaryDir dir;
        const Tree tree{{"a.bin", "A"}, {"d/e/f/deep.txt", "deep"}, {"d/x", "X"}, {".hidden", "h"},
                        {"d/.config", "c"}, {"empty", ""}};
        writeTree(dir.path(), tree);
        QVERIFY(QDir(dir.path()).mkpath(u"emptydir/inner"_s));
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        QCOMPARE(int(listing->kind), int(SourceKind::Directory));
        QCOMPARE(entryPaths(*listing),
                 (QStringList{u".hidden"_s, u"a.bin"_s, u"d/.config"_s, u"d/e/f/deep.txt"_s, u"d/x"_s, u"empty"_s}));
        QVERIFY(listing->findings.isEmpty());
        QCOMPARE(listing->modelName, QFileInfo(dir.path()).fileName());
        QCOMPARE(entry(*listing, u"d/e/f/deep.txt"_s)->size, 4);
        QCOMPARE(listing->totalBytes(), 1 + 4 + 1 + 1 + 1);

        auto outcome = hash(dir.path(), SourceOptions{});
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);
        QCOMPARE(manifest->rootDigest().toHex(), expectedFilesRoot(tree).toHex());
    }

    void symlinkRefusedByDefault()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"target.bin", "T"}, {"other.bin", "O"}});
        QVERIFY(symlinkAt(u"target.bin"_s, dir.filePath(u"link.bin"_s)));
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        const Finding *f = findingFor(*listing, u"source.symlink"_s);
        QVERIFY(f);
        QCOMPARE(int(f->severity), int(Severity::Error));
        QCOMPARE(f->path, u"link.bin"_s);
        QVERIFY(listing->hasErrors());
        QVERIFY(entry(*listing, u"link.bin"_s));
        QVERIFY(!entry(*listing, u"link.bin"_s)->hashable);
        QCOMPARE(entryPaths(*listing, true), (QStringList{u"other.bin"_s, u"target.bin"_s}));

        auto outcome = hash(dir.path(), SourceOptions{});
        QVERIFY(outcome);
        QVERIFY(!manifestFromOutcome(*outcome, SerializationInfo{}));
    }

    void symlinkRefusedByCli()
    {
        if (qEnvironmentVariableIsEmpty("HALLMARK_CLI"))
            QSKIP("HALLMARK_CLI not set");
        QTemporaryDir dir;
        writeTree(dir.path(), {{"target.bin", "T"}});
        QVERIFY(symlinkAt(u"target.bin"_s, dir.filePath(u"link.bin"_s)));
        const ProcessResult r = runCli({u"hash"_s, dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("link.bin") && r.err.contains("symbolic link"), r.err.constData());
        QVERIFY(!r.out.contains("Manifest digest"));
    }

    void symlinkInsideAllowed()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"sub/target.bin", "the target"}, {"other.bin", "O"}});
        QVERIFY(symlinkAt(u"sub/target.bin"_s, dir.filePath(u"link.bin"_s)));
        SourceOptions options;
        options.allowSymlinks = true;
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY(listing);
        QVERIFY(!listing->hasErrors());
        const SourceEntry *link = entry(*listing, u"link.bin"_s);
        QVERIFY(link && link->hashable);
        QCOMPARE(link->size, 10);

        auto outcome = hash(dir.path(), options);
        QVERIFY(outcome);
        SerializationInfo info;
        info.allowSymlinks = true;
        auto manifest = manifestFromOutcome(*outcome, info);
        QVERIFY(manifest);
        const Tree expected{{"link.bin", "the target"}, {"other.bin", "O"}, {"sub/target.bin", "the target"}};
        QCOMPARE(manifest->rootDigest().toHex(), expectedFilesRoot(expected).toHex());
    }

    void symlinkProblems_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::newRow("outside the root") << u"@OUT@"_s << u"source.symlink-outside"_s;
        QTest::newRow("relative escape") << u"../outside.bin"_s << u"source.symlink-outside"_s;
        QTest::newRow("absolute /etc") << u"/etc/hostname"_s << u"source.symlink-outside"_s;
        QTest::newRow("broken") << u"nothing-here"_s << u"source.symlink-broken"_s;
        QTest::newRow("self loop") << u"link"_s << u"source.symlink-cycle"_s;
        QTest::newRow("dir link to the root") << u"."_s << u"source.symlink-cycle"_s;
    }

    void symlinkProblems()
    {
        QFETCH(QString, target);
        QFETCH(QString, code);
        QTemporaryDir outer;
        const QString root = outer.filePath(u"model"_s);
        writeTree(root, {{"keep.bin", "K"}});
        writeFile(outer.path(), u"outside.bin"_s, "secret");
        target.replace(u"@OUT@"_s, outer.filePath(u"outside.bin"_s));
        QVERIFY(symlinkAt(target, root + u"/link"_s));
        SourceOptions options;
        options.allowSymlinks = true;
        auto listing = listFilesystemModel(root, options);
        QVERIFY(listing);
        const Finding *f = findingFor(*listing, code);
        QVERIFY2(f, qPrintable(code));
        QCOMPARE(int(f->severity), int(Severity::Error));
        const SourceEntry *link = entry(*listing, u"link"_s);
        QVERIFY(!link || !link->hashable);
        QCOMPARE(entryPaths(*listing, true), QStringList{u"keep.bin"_s});
    }

    void symlinkCycleBetweenTwoLinks()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"keep.bin", "K"}});
        QVERIFY(symlinkAt(u"b"_s, dir.filePath(u"a"_s)));
        QVERIFY(symlinkAt(u"a"_s, dir.filePath(u"b"_s)));
        SourceOptions options;
        options.allowSymlinks = true;
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY(listing);
        int cycles = 0;
        for (const Finding &f : listing->findings)
            cycles += f.code == u"source.symlink-cycle"_s && f.severity == Severity::Error;
        QCOMPARE(cycles, 2);
        QCOMPARE(entryPaths(*listing, true), QStringList{u"keep.bin"_s});
    }

    void dirLinkToAncestor()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"a/b/file", "F"}});
        QVERIFY(symlinkAt(u"../.."_s, dir.filePath(u"a/b/up"_s)));
        SourceOptions options;
        options.allowSymlinks = true;
        auto listing = listFilesystemModel(dir.path(), options);  // must terminate
        QVERIFY(listing);
        const Finding *f = findingFor(*listing, u"source.symlink-cycle"_s);
        QVERIFY(f);
        QCOMPARE(f->path, u"a/b/up"_s);
        QCOMPARE(entryPaths(*listing, true), QStringList{u"a/b/file"_s});
    }

    void fifoIsAFinding()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"keep.bin", "K"}});
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe"_s)).constData(), 0600), 0);
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        const Finding *f = findingFor(*listing, u"source.special-file"_s);
        QVERIFY(f);
        QCOMPARE(f->path, u"pipe"_s);
        QCOMPARE(int(f->severity), int(Severity::Error));
        QCOMPARE(entryPaths(*listing, true), QStringList{u"keep.bin"_s});

        // A permitted link to the FIFO is no better.
        QVERIFY(symlinkAt(u"pipe"_s, dir.filePath(u"pipelink"_s)));
        SourceOptions options;
        options.allowSymlinks = true;
        auto linked = listFilesystemModel(dir.path(), options);
        QVERIFY(linked);
        int special = 0;
        for (const Finding &x : linked->findings)
            special += x.code == u"source.special-file"_s;
        QCOMPARE(special, 2);
        QCOMPARE(entryPaths(*linked, true), QStringList{u"keep.bin"_s});
    }

    void badNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("display");
        QTest::newRow("latin1") << QByteArray("caf\xe9.bin") << u"caf\\xe9.bin"_s;
        QTest::newRow("newline") << QByteArray("a\nb") << u"a\\u000ab"_s;
    }

    void badNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, display);
        QTemporaryDir dir;
        writeTree(dir.path(), {{"keep.bin", "K"}});
        QVERIFY(writeRaw(QFile::encodeName(dir.path()) + '/' + name, "bad"));
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        const Finding *f = findingFor(*listing, u"source.bad-name"_s);
        QVERIFY(f);
        QCOMPARE(int(f->severity), int(Severity::Error));
        QCOMPARE(f->path, display);
        QCOMPARE(entryPaths(*listing, true), QStringList{u"keep.bin"_s});
        for (const SourceEntry &e : listing->entries)
            QVERIFY2(!e.displayPath.contains(QChar(u'\n')), qPrintable(e.displayPath));
    }

    void badNameInsideFolderIsFound()
    {
        QTemporaryDir dir;
        const QByteArray sub = QFile::encodeName(dir.path()) + "/d\xff";
        QCOMPARE(::mkdir(sub.constData(), 0700), 0);
        QVERIFY(writeRaw(sub + "/inner", "x"));
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        QVERIFY(findingFor(*listing, u"source.bad-name"_s));
        QVERIFY(entryPaths(*listing, true).isEmpty());
    }

    void singleFileModel()
    {
        QTemporaryDir dir;
        writeFile(dir.path(), u"weights.safetensors"_s, "This is a simple model");
        const QString path = dir.filePath(u"weights.safetensors"_s);
        auto listing = listFilesystemModel(path, SourceOptions{});
        QVERIFY(listing);
        QCOMPARE(int(listing->kind), int(SourceKind::SingleFile));
        QCOMPARE(listing->modelName, u"weights.safetensors"_s);
        QCOMPARE(listing->entries.size(), 1);
        QCOMPARE(listing->entries[0].path, u"."_s);
        QCOMPARE(listing->entries[0].size, 22);

        auto outcome = hash(path, SourceOptions{});
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);
        QCOMPARE(manifest->resources.size(), 1);
        QCOMPARE(manifest->resources[0].name, u"."_s);
        QCOMPARE(manifest->resources[0].digest.toHex(), sha256("This is a simple model").toHex());
    }

    void missingPathIsAnError()
    {
        QTemporaryDir dir;
        auto listing = listFilesystemModel(dir.filePath(u"nope"_s), SourceOptions{});
        QVERIFY(!listing);
        QVERIFY(!listing.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectorySource)
#include "tst_directorysource.moc"
