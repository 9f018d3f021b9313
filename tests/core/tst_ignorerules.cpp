#include "coretest.h"

#include "source/directorysource.h"
#include "source/ignorerules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hallmark;
using namespace Qt::StringLiterals;
using namespace hallmark::test;

namespace {
QStringList entryPaths(const Listing &l)
{
    QStringList out;
    for (const SourceEntry &e : l.entries)
        out << e.path;
    out.sort();
    return out;
}

const IgnoredEntry *findIgnored(const Listing &l, const QString &path)
{
    for (const IgnoredEntry &i : l.ignored)
        if (i.path == path)
            return &i;
    return nullptr;
}
} // namespace

class TestIgnoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOnlyAtTopLevel()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{".git/config", "x"}, {".git/objects/ab", "y"}, {".gitattributes", "a"},
                               {".github/workflows/ci.yml", "b"}, {".gitignore", "c"}, {".gitmodules", "m"},
                               {"sub/.git/x", "nested"}, {"sub/.gitignore", "n"}, {"model.bin", "w"},
                               {".gitfoo", "g"}});
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);
        QCOMPARE(entryPaths(*listing), (QStringList{u".gitfoo"_s, u".gitmodules"_s, u"model.bin"_s, u"sub/.git/x"_s, u"sub/.gitignore"_s}));
        for (const char *top : {".git", ".gitattributes", ".github", ".gitignore"}) {
            const IgnoredEntry *i = findIgnored(*listing, QLatin1String(top));
            QVERIFY2(i, top);
            QCOMPARE(int(i->origin), int(IgnoreOrigin::Default));
            QCOMPARE(i->rule, QLatin1String(top));
        }
        QCOMPARE(listing->ignored.size(), 4);
    }

    void defaultsCanBeTurnedOff()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{".git/config", "x"}, {"model.bin", "w"}});
        SourceOptions options;
        options.defaultIgnores = false;
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY(listing);
        QCOMPARE(entryPaths(*listing), (QStringList{u".git/config"_s, u"model.bin"_s}));
        QVERIFY(listing->ignored.isEmpty());
    }

    void userIgnores()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"keep.bin", "k"}, {"logs/a.txt", "a"}, {"logs/b/c.txt", "c"}, {"logsx/d", "d"},
                               {"notes.md", "n"}, {"sub/tmp", "t"}, {"sub/tmp2", "t2"}});
        SourceOptions options;
        options.ignorePaths = {QStringLiteral("logs"), dir.filePath(QStringLiteral("notes.md")),
                               QStringLiteral("./sub//tmp")};
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY2(listing, qPrintable(listing ? QString() : listing.error().message));
        QCOMPARE(entryPaths(*listing), (QStringList{u"keep.bin"_s, u"logsx/d"_s, u"sub/tmp2"_s}));
        for (const char *p : {"logs", "notes.md", "sub/tmp"}) {
            const IgnoredEntry *i = findIgnored(*listing, QLatin1String(p));
            QVERIFY2(i, p);
            QCOMPARE(int(i->origin), int(IgnoreOrigin::User));
        }
    }

    void normaliseAccepts_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative") << u"a/b"_s << u"a/b"_s;
        QTest::newRow("dot-slash") << u"./a"_s << u"a"_s;
        QTest::newRow("double slash") << u"a//b/"_s << u"a/b"_s;
        QTest::newRow("backslashes") << u"a\\b"_s << u"a/b"_s;
        QTest::newRow("absolute inside") << u"@ROOT@/x/y"_s << u"x/y"_s;
        QTest::newRow("absolute inside, unclean") << u"@ROOT@/x/../y"_s << u"y"_s;
        QTest::newRow("absolute name starting with dots") << u"@ROOT@/..hidden"_s << u"..hidden"_s;
    }

    void normaliseAccepts()
    {
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        const QString root = QStringLiteral("/models/m1");
        entry.replace(QLatin1String("@ROOT@"), root);
        auto n = IgnoreRules::normalise(entry, root);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(*n, expected);
    }

    void normaliseRejects_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("dot-slash") << u"./"_s;
        QTest::newRow("parent") << u"../x"_s;
        QTest::newRow("inner parent") << u"a/../../x"_s;
        QTest::newRow("star") << u"*.bin"_s;
        QTest::newRow("question") << u"model?.bin"_s;
        QTest::newRow("bracket") << u"[ab]"_s;
        QTest::newRow("absolute outside") << u"/etc/passwd"_s;
        QTest::newRow("absolute sibling prefix") << u"/models/m1x/file"_s;
        QTest::newRow("absolute parent") << u"/models"_s;
        QTest::newRow("the root itself") << u"/models/m1"_s;
        QTest::newRow("absolute escaping") << u"/models/m1/../m2/f"_s;
    }

    void normaliseRejects()
    {
        QFETCH(QString, entry);
        auto n = IgnoreRules::normalise(entry, QStringLiteral("/models/m1"));
        QVERIFY2(!n, qPrintable(n ? *n : QString()));
        QVERIFY(!n.error().message.isEmpty());
    }

    void badIgnoreFailsListing()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"a", "a"}});
        SourceOptions options;
        options.ignorePaths = {QStringLiteral("/etc")};
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY(!listing);
        QVERIFY(listing.error().message.contains(QLatin1String("/etc")));
    }

    void signatureFileInsideIsExcluded()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"model.bin", "w"}, {"model.sig", "sig"}});
        SourceOptions options;
        options.signatureFile = dir.filePath(QStringLiteral("model.sig"));
        auto listing = listFilesystemModel(dir.path(), options);
        QVERIFY(listing);
        QCOMPARE(entryPaths(*listing), QStringList{u"model.bin"_s});
        const IgnoredEntry *i = findIgnored(*listing, QStringLiteral("model.sig"));
        QVERIFY(i);
        QCOMPARE(int(i->origin), int(IgnoreOrigin::SignatureFile));
    }

    // The model reached through a linked folder (../shared is often a link):
    // absolute paths through the link and through the real folder both match.
    void absolutePathsThroughLinkedFolders()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"real/model/model.bin", "w"}, {"real/model/model.sig", "sig"},
                               {"real/model/notes.txt", "n"}});
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("link"))));
        const QString viaLink = dir.filePath(QStringLiteral("link/model"));
        SourceOptions options;
        options.signatureFile = viaLink + QStringLiteral("/model.sig");
        options.ignorePaths = {dir.filePath(QStringLiteral("real/model/notes.txt"))};
        auto listing = listFilesystemModel(viaLink, options);
        QVERIFY2(listing, qPrintable(listing ? QString() : listing.error().message));
        QCOMPARE(entryPaths(*listing), QStringList{u"model.bin"_s});
        const IgnoredEntry *sig = findIgnored(*listing, QStringLiteral("model.sig"));
        QVERIFY(sig);
        QCOMPARE(int(sig->origin), int(IgnoreOrigin::SignatureFile));
        QVERIFY(findIgnored(*listing, QStringLiteral("notes.txt")));
    }

    void signatureFileOutsideNeedsNoRule()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"model/model.bin", "w"}, {"model.sig", "sig"}});
        SourceOptions options;
        options.signatureFile = dir.filePath(QStringLiteral("model.sig"));
        auto listing = listFilesystemModel(dir.filePath(QStringLiteral("model")), options);
        QVERIFY(listing);
        QCOMPARE(entryPaths(*listing), QStringList{u"model.bin"_s});
        QVERIFY(listing->ignored.isEmpty());
    }

    void matchByComponents()
    {
        SourceOptions options;
        options.defaultIgnores = false;
        options.ignorePaths = {QStringLiteral("a/b")};
        auto rules = IgnoreRules::make(options, QStringLiteral("/m"));
        QVERIFY(rules);
        QVERIFY(rules->match(QStringLiteral("a/b")));
        QVERIFY(rules->match(QStringLiteral("a/b/c")));
        QVERIFY(!rules->match(QStringLiteral("a/bc")));
        QVERIFY(!rules->match(QStringLiteral("a")));
        QVERIFY(!rules->match(QStringLiteral("x/a/b")));
    }
};

QTEST_GUILESS_MAIN(TestIgnoreRules)
#include "tst_ignorerules.moc"
