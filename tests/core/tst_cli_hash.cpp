#include "archivemaker.h"
#include "coretest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hallmark::test;
using namespace Qt::StringLiterals;

namespace {

const Tree &model()
{
    static const Tree tree{{"config.json", "{}"}, {"weights.bin", randomBytes(50'000, 1)}, {"sub/tok.txt", "tokens"}};
    return tree;
}

QJsonObject parseStatement(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QByteArray subjectDigest(const QJsonObject &statement)
{
    return statement[u"subject"_s].toArray().at(0).toObject()[u"digest"_s].toObject()[u"sha256"_s].toString().toLatin1();
}

QStringList resourceNames(const QJsonObject &statement)
{
    QStringList out;
    for (const QJsonValue &r : statement[u"predicate"_s].toObject()[u"resources"_s].toArray())
        out << r.toObject()[u"name"_s].toString();
    return out;
}

} // namespace

class TestCliHash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HALLMARK_CLI"))
            QSKIP("HALLMARK_CLI is not set; run through ctest");
        m_model = m_dir.filePath(u"climodel"_s);
        writeTree(m_model, model());
    }

    void json()
    {
        const ProcessResult r = runCli({u"hash"_s, m_model, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = parseStatement(r.out);
        QVERIFY2(!s.isEmpty(), r.out.constData());
        QCOMPARE(subjectDigest(s), expectedFilesRoot(model()).toHex());
        QCOMPARE(s[u"subject"_s].toArray().at(0).toObject()[u"name"_s].toString(), u"climodel"_s);
        QCOMPARE(resourceNames(s), (QStringList{u"config.json"_s, u"sub/tok.txt"_s, u"weights.bin"_s}));
        const QJsonObject ser = s[u"predicate"_s].toObject()[u"serialization"_s].toObject();
        QCOMPARE(ser[u"method"_s].toString(), u"files"_s);
        QCOMPARE(ser[u"hash_type"_s].toString(), u"sha256"_s);
        QCOMPARE(ser[u"allow_symlinks"_s].toBool(), false);
    }

    void text()
    {
        const ProcessResult r = runCli({u"hash"_s, m_model});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &line : expectedFileLines(model())) {
            const QStringList parts = line.split(u':');
            const QByteArray row = parts[1].toLatin1() + "  " + parts[0].toUtf8();
            QVERIFY2(r.out.contains(row), row.constData());
        }
        QVERIFY(r.out.contains("Manifest digest (sha256): " + expectedFilesRoot(model()).toHex()));
    }

    void shardsAndBlake()
    {
        const ProcessResult r = runCli({u"hash"_s, m_model, u"--serialization"_s, u"shards"_s, u"--shard-size"_s,
                                        u"30000"_s, u"--hash-algorithm"_s, u"blake2b"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = parseStatement(r.out);
        QCOMPARE(resourceNames(s), (QStringList{u"config.json:0:2"_s, u"sub/tok.txt:0:6"_s, u"weights.bin:0:30000"_s,
                                                u"weights.bin:30000:50000"_s}));
        const QJsonObject ser = s[u"predicate"_s].toObject()[u"serialization"_s].toObject();
        QCOMPARE(ser[u"shard_size"_s].toDouble(), 30000.0);
        QCOMPARE(ser[u"hash_type"_s].toString(), u"blake2b"_s);
        for (const QJsonValue &res : s[u"predicate"_s].toObject()[u"resources"_s].toArray()) {
            QCOMPARE(res.toObject()[u"digest"_s].toString().size(), 128);
            QCOMPARE(res.toObject()[u"algorithm"_s].toString(), u"blake2b-sharded-30000"_s);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing path") << QStringList{u"hash"_s, u"@DIR@/does-not-exist"_s} << u"does-not-exist"_s;
        QTest::newRow("no path") << QStringList{u"hash"_s} << u"path"_s;
        QTest::newRow("unknown option") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("bad serialization") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--serialization"_s, u"chunks"_s}
                                           << u"chunks"_s;
        QTest::newRow("zero shard size") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--shard-size"_s, u"0"_s} << u"shard size"_s;
        QTest::newRow("negative shard size") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--shard-size=-5"_s}
                                             << u"shard size"_s;
        QTest::newRow("text shard size") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--shard-size"_s, u"1GB"_s}
                                         << u"shard size"_s;
        QTest::newRow("bad algorithm") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--hash-algorithm"_s, u"md5"_s} << u"md5"_s;
        QTest::newRow("ignore outside") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--ignore-paths"_s, u"/etc"_s}
                                        << u"outside the model"_s;
        QTest::newRow("ignore glob") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--ignore-paths"_s, u"*.bin"_s}
                                     << u"wildcard"_s;
        QTest::newRow("ignore parent") << QStringList{u"hash"_s, u"@MODEL@"_s, u"--ignore-paths"_s, u"../x"_s} << u"../x"_s;
        QTest::newRow("unknown command") << QStringList{u"hashh"_s, u"@MODEL@"_s} << u"hashh"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        for (QString &a : args)
            a.replace(u"@MODEL@"_s, m_model).replace(u"@DIR@"_s, m_dir.path());
        const ProcessResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mention, Qt::CaseInsensitive), r.err.constData());
        QVERIFY(!r.out.contains("Manifest digest"));
        QVERIFY(!r.out.contains("in-toto"));
    }

    void symlinkPolicy()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"linked"_s);
        writeTree(root, {{"real.bin", "real"}});
        QCOMPARE(::symlink("real.bin", QFile::encodeName(root + u"/alias.bin"_s).constData()), 0);

        const ProcessResult refused = runCli({u"hash"_s, root, u"--json"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("alias.bin") && refused.err.contains("symbolic link"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());

        const ProcessResult allowed = runCli({u"hash"_s, root, u"--json"_s, u"--allow-symlinks"_s});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        const QJsonObject s = parseStatement(allowed.out);
        QCOMPARE(resourceNames(s), (QStringList{u"alias.bin"_s, u"real.bin"_s}));
        QCOMPARE(subjectDigest(s), expectedFilesRoot({{"alias.bin", "real"}, {"real.bin", "real"}}).toHex());
        QVERIFY(s[u"predicate"_s].toObject()[u"serialization"_s].toObject()[u"allow_symlinks"_s].toBool());
    }

    void ignorePathsRepeatable()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"ign"_s);
        writeTree(root, {{"keep.bin", "k"}, {"logs/a", "a"}, {"notes.md", "n"}, {"cache/x", "x"}});
        const ProcessResult r = runCli({u"hash"_s, root, u"--json"_s, u"--ignore-paths"_s, u"logs"_s,
                                        u"--ignore-paths"_s, root + u"/notes.md"_s, u"--ignore-paths"_s, u"cache/"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = parseStatement(r.out);
        QCOMPARE(resourceNames(s), QStringList{u"keep.bin"_s});
        QCOMPARE(subjectDigest(s), expectedFilesRoot({{"keep.bin", "k"}}).toHex());
        QStringList recorded;
        for (const QJsonValue &v : s[u"predicate"_s].toObject()[u"serialization"_s].toObject()[u"ignore_paths"_s].toArray())
            recorded << v.toString();
        recorded.sort();
        QCOMPARE(recorded, (QStringList{u"cache"_s, u"logs"_s, u"notes.md"_s}));

        const ProcessResult text = runCli({u"hash"_s, root, u"--ignore-paths"_s, u"logs"_s, u"--ignore-paths"_s,
                                           u"notes.md"_s, u"--ignore-paths"_s, u"cache"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("ignored  logs"));
    }

    void archives()
    {
        QTemporaryDir dir;
        QList<ArchiveItem> items;
        for (auto it = model().cbegin(); it != model().cend(); ++it)
            items << ArchiveItem{"climodel/" + it.key(), it.value(), ArchiveItem::File, {}, {}};
        const QString good = dir.filePath(u"good.tar.gz"_s);
        QCOMPARE(writeArchive(good, ArchiveFormat::TarGz, items), QString());
        const ProcessResult r = runCli({u"hash"_s, good, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(subjectDigest(parseStatement(r.out)), expectedFilesRoot(model()).toHex());

        items << ArchiveItem{"../evil", "pwn", ArchiveItem::File, {}, {}};
        const QString hostile = dir.filePath(u"hostile.tar"_s);
        QCOMPARE(writeArchive(hostile, ArchiveFormat::Tar, items), QString());
        const ProcessResult bad = runCli({u"hash"_s, hostile, u"--json"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("../evil") && bad.err.contains("traversal"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
    }

    void hostileNameIsEscapedOnStderr()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"esc.tar"_s);
        QCOMPARE(writeArchive(path, ArchiveFormat::Tar, {{"evil\x1b]0;pwned\x07/../../x", "x", ArchiveItem::File, {}, {}}}),
                 QString());
        const ProcessResult r = runCli({u"hash"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHash)
#include "tst_cli_hash.moc"
