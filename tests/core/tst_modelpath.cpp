#include "source/modelpath.h"

#include <QTest>

using namespace hallmark;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hallmark::PathProblem)

class TestModelPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<PathProblem>("problem");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("plain") << QByteArray("model.bin") << PathProblem::None << u"model.bin"_s;
        QTest::newRow("nested") << QByteArray("a/b/c.txt") << PathProblem::None << u"a/b/c.txt"_s;
        QTest::newRow("dot-file") << QByteArray(".hidden") << PathProblem::None << u".hidden"_s;
        QTest::newRow("dots in name") << QByteArray("a..b/..c") << PathProblem::None << u"a..b/..c"_s;
        QTest::newRow("dot-slash and double slash") << QByteArray("./a//b") << PathProblem::None << u"a/b"_s;
        QTest::newRow("inner dot") << QByteArray("a/./b/") << PathProblem::None << u"a/b"_s;
        QTest::newRow("trailing slash") << QByteArray("dir/") << PathProblem::None << u"dir"_s;
        QTest::newRow("utf8") << QByteArray("mod\xc3\xa8le/\xe2\x82\xac.bin") << PathProblem::None
                              << QString::fromUtf8("mod\xc3\xa8le/\xe2\x82\xac.bin");
        QTest::newRow("colon not a drive") << QByteArray("ab:c") << PathProblem::None << u"ab:c"_s;
        QTest::newRow("backslash is a name char") << QByteArray("a\\b") << PathProblem::None << u"a\\b"_s;

        QTest::newRow("empty") << QByteArray() << PathProblem::Empty << QString();
        QTest::newRow("only dot") << QByteArray(".") << PathProblem::Empty << QString();
        QTest::newRow("dot slash") << QByteArray("./") << PathProblem::Empty << QString();
        QTest::newRow("slashes only") << QByteArray("//") << PathProblem::Absolute << QString();
        QTest::newRow("absolute") << QByteArray("/etc/passwd") << PathProblem::Absolute << QString();
        QTest::newRow("drive letter") << QByteArray("C:/x") << PathProblem::DriveLetter << QString();
        QTest::newRow("drive letter lower") << QByteArray("c:x") << PathProblem::DriveLetter << QString();
        QTest::newRow("dotdot") << QByteArray("..") << PathProblem::DotDot << QString();
        QTest::newRow("dotdot prefix") << QByteArray("../evil") << PathProblem::DotDot << QString();
        QTest::newRow("dotdot inner") << QByteArray("a/../../b") << PathProblem::DotDot << QString();
        QTest::newRow("dotdot inner harmless") << QByteArray("a/../b") << PathProblem::DotDot << QString();
        QTest::newRow("newline") << QByteArray("a\nb") << PathProblem::ControlChar << QString();
        QTest::newRow("tab") << QByteArray("a\tb") << PathProblem::ControlChar << QString();
        QTest::newRow("escape") << QByteArray("a\x1b[31m") << PathProblem::ControlChar << QString();
        QTest::newRow("del") << QByteArray("a\x7f") << PathProblem::ControlChar << QString();
        QTest::newRow("nul") << QByteArray("a\0b", 3) << PathProblem::ControlChar << QString();
        QTest::newRow("latin1 byte") << QByteArray("caf\xe9") << PathProblem::InvalidUtf8 << QString();
        QTest::newRow("truncated utf8") << QByteArray("a\xe2\x82") << PathProblem::InvalidUtf8 << QString();
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf" "b") << PathProblem::InvalidUtf8 << QString();
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << PathProblem::InvalidUtf8 << QString();
    }

    void check()
    {
        QFETCH(QByteArray, raw);
        QFETCH(PathProblem, problem);
        QFETCH(QString, normalised);
        const CheckedPath checked = checkRelativePath(raw);
        QCOMPARE(int(checked.problem), int(problem));
        if (problem == PathProblem::None)
            QCOMPARE(checked.path, normalised);
        else
            QVERIFY(!describe(checked.problem).isEmpty());
    }

    void caseSensitive()
    {
        QCOMPARE(checkRelativePath("Model.BIN").path, QStringLiteral("Model.BIN"));
        QVERIFY(checkRelativePath("Model.BIN").path != checkRelativePath("model.bin").path);
        QVERIFY(!isUnder(QStringLiteral("Dir/x"), QStringLiteral("dir")));
    }

    void notUnicodeNormalised()
    {
        // NFC "é" and NFD "e + U+0301" stay different names.
        const QString nfc = checkRelativePath("\xc3\xa9").path;
        const QString nfd = checkRelativePath("e\xcc\x81").path;
        QCOMPARE(nfc.size(), 1);
        QCOMPARE(nfd.size(), 2);
    }

    void under_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("under");
        QTest::newRow("equal") << u"a/b"_s << u"a/b"_s << true;
        QTest::newRow("child") << u"a/b/c"_s << u"a/b"_s << true;
        QTest::newRow("deep child") << u"a/b/c/d"_s << u"a"_s << true;
        QTest::newRow("sibling prefix") << u"a/bc"_s << u"a/b"_s << false;
        QTest::newRow("name prefix") << u".gitignore"_s << u".git"_s << false;
        QTest::newRow("dash") << u"a-b"_s << u"a"_s << false;
        QTest::newRow("parent") << u"a"_s << u"a/b"_s << false;
        QTest::newRow("empty prefix") << u"a"_s << u""_s << false;
        QTest::newRow("nested git") << u"sub/.git/x"_s << u".git"_s << false;
        QTest::newRow("case") << u"A/b"_s << u"a"_s << false;
    }

    void under()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(bool, under);
        QCOMPARE(isUnder(path, prefix), under);
    }
};

QTEST_GUILESS_MAIN(TestModelPath)
#include "tst_modelpath.moc"
