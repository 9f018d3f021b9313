#include "coretest.h"

#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "source/directorysource.h"

#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>
#include <fcntl.h>
#include <sys/stat.h>

using namespace hallmark;
using namespace hallmark::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray blake2b(const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, EVP_blake2b512(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

// name -> list of "start:end:hex" computed by slicing the content.
QStringList expectedParts(const QByteArray &content, qint64 shard, QByteArray (*digest)(const QByteArray &))
{
    QStringList out;
    if (shard == 0)
        return {u"0:%1:%2"_s.arg(content.size()).arg(QString::fromLatin1(digest(content).toHex()))};
    for (qint64 start = 0; start < content.size(); start += shard) {
        const qint64 end = std::min<qint64>(content.size(), start + shard);
        out << u"%1:%2:%3"_s.arg(start).arg(end).arg(QString::fromLatin1(digest(content.mid(start, end - start)).toHex()));
    }
    return out;
}

QStringList actualParts(const HashOutcome &o, const QString &name)
{
    const int i = o.listing.indexOf(name);
    if (i < 0)
        return {u"<missing>"_s};
    QStringList out;
    for (const PartDigest &p : o.digests[i].parts)
        out << u"%1:%2:%3"_s.arg(p.start).arg(p.end).arg(QString::fromLatin1(p.digest.toHex()));
    return out;
}

Result<HashOutcome> hashDir(const QString &path, const HashOptions &options)
{
    JobControl control;
    return hashModel(path, SourceOptions{}, options, control);
}

bool makeSparse(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

} // namespace

class TestHashing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAndShards_data()
    {
        QTest::addColumn<int>("serialization");
        QTest::addColumn<qint64>("shard");
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("files") << int(Serialization::Files) << qint64(0) << (qint64(1) << 20);
        QTest::newRow("shards of 8, chunk 3") << int(Serialization::Shards) << qint64(8) << qint64(3);
        QTest::newRow("shards of 8, chunk 8") << int(Serialization::Shards) << qint64(8) << qint64(8);
        QTest::newRow("shards of 8, chunk 64k") << int(Serialization::Shards) << qint64(8) << qint64(65536);
        QTest::newRow("shards of 1") << int(Serialization::Shards) << qint64(1) << qint64(5);
        QTest::newRow("shards of 10^9") << int(Serialization::Shards) << qint64(1'000'000'000) << (qint64(1) << 20);
    }

    void filesAndShards()
    {
        QFETCH(int, serialization);
        QFETCH(qint64, shard);
        QFETCH(qint64, chunk);
        QTemporaryDir dir;
        Tree tree;
        for (int size : {1, 7, 8, 9, 15, 16, 17, 23, 24, 100})
            tree.insert("s" + QByteArray::number(size), randomBytes(size, quint32(size)));
        writeTree(dir.path(), tree);

        HashOptions options;
        options.serialization = Serialization(serialization);
        options.shardSize = shard == 0 ? 1'000'000'000 : shard;
        options.chunkSize = chunk;
        options.threads = 3;
        auto outcome = hashDir(dir.path(), options);
        QVERIFY(outcome);
        QVERIFY(outcome->complete());
        const qint64 effective = serialization == int(Serialization::Files) ? 0 : shard;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            const QString name = QString::fromUtf8(it.key());
            QCOMPARE(actualParts(*outcome, name), expectedParts(it.value(), effective, sha256));
        }

        SerializationInfo info;
        info.method = Serialization(serialization);
        info.shardSize = effective;
        auto manifest = manifestFromOutcome(*outcome, info);
        QVERIFY(manifest);
        // Resource names and order, computed independently.
        QStringList expectedNames;
        QByteArray concatenated;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {  // QMap: byte order for ASCII names
            for (const QString &p : expectedParts(it.value(), effective, sha256)) {
                const QStringList f = p.split(u':');
                expectedNames << (effective == 0 ? QString::fromUtf8(it.key())
                                                 : u"%1:%2:%3"_s.arg(QString::fromUtf8(it.key()), f[0], f[1]));
                concatenated += QByteArray::fromHex(f[2].toLatin1());
            }
        }
        QStringList names;
        for (const Resource &r : manifest->resources) {
            names << r.name;
            QCOMPARE(r.algorithm, effective == 0 ? u"sha256"_s : u"sha256-sharded-%1"_s.arg(effective));
        }
        QCOMPARE(names, expectedNames);
        QCOMPARE(manifest->rootDigest().toHex(), sha256(concatenated).toHex());
    }

    void shardSortIsNumeric()
    {
        QTemporaryDir dir;
        const QByteArray content = randomBytes(25, 7);  // shards 0:2, 2:4, ..., 10:12, ..., 24:25
        writeTree(dir.path(), {{"f", content}});
        HashOptions options;
        options.serialization = Serialization::Shards;
        options.shardSize = 2;
        auto outcome = hashDir(dir.path(), options);
        QVERIFY(outcome);
        SerializationInfo info;
        info.method = Serialization::Shards;
        info.shardSize = 2;
        auto manifest = manifestFromOutcome(*outcome, info);
        QVERIFY(manifest);
        QCOMPARE(manifest->resources.size(), 13);
        QCOMPARE(manifest->resources[4].name, u"f:8:10"_s);
        QCOMPARE(manifest->resources[5].name, u"f:10:12"_s);
        QCOMPARE(manifest->resources[12].name, u"f:24:25"_s);
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"empty", ""}});
        HashOptions files;
        auto f = hashDir(dir.path(), files);
        QVERIFY(f);
        auto fm = manifestFromOutcome(*f, SerializationInfo{});
        QVERIFY(fm);
        QCOMPARE(fm->resources.size(), 1);
        QCOMPARE(fm->resources[0].name, u"empty"_s);
        QCOMPARE(fm->resources[0].digest.toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

        HashOptions shards;
        shards.serialization = Serialization::Shards;
        shards.shardSize = 8;
        auto s = hashDir(dir.path(), shards);
        QVERIFY(s);
        SerializationInfo info;
        info.method = Serialization::Shards;
        info.shardSize = 8;
        auto sm = manifestFromOutcome(*s, info);
        QVERIFY(sm);
        QVERIFY(sm->resources.isEmpty());
        QCOMPARE(sm->rootDigest().toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void nonPositiveShardSizeIsRefused()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{"a", "a"}});
        HashOptions options;
        options.serialization = Serialization::Shards;
        options.shardSize = 0;
        QVERIFY(!hashDir(dir.path(), options));
    }

    void blake2bKnownAnswer()
    {
        // RFC 7693 Appendix A: BLAKE2b-512("abc").
        QTemporaryDir dir;
        writeTree(dir.path(), {{"abc", "abc"}});
        HashOptions options;
        options.algorithm = HashAlgorithm::Blake2b;
        auto outcome = hashDir(dir.path(), options);
        QVERIFY(outcome);
        QCOMPARE(outcome->digests[0].parts.size(), 1);
        QCOMPARE(outcome->digests[0].parts[0].digest.toHex(),
                 QByteArray("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                            "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"));
    }

    void blake2bFilesAndShards()
    {
        QTemporaryDir dir;
        const Tree tree{{"a.bin", randomBytes(100'003, 1)}, {"b.bin", randomBytes(17, 2)}};
        writeTree(dir.path(), tree);
        for (qint64 shard : {qint64(0), qint64(4096)}) {
            HashOptions options;
            options.algorithm = HashAlgorithm::Blake2b;
            options.serialization = shard ? Serialization::Shards : Serialization::Files;
            options.shardSize = shard ? shard : 1'000'000'000;
            options.chunkSize = 1000;
            auto outcome = hashDir(dir.path(), options);
            QVERIFY(outcome);
            for (auto it = tree.cbegin(); it != tree.cend(); ++it)
                QCOMPARE(actualParts(*outcome, QString::fromUtf8(it.key())), expectedParts(it.value(), shard, blake2b));
            SerializationInfo info;
            info.method = options.serialization;
            info.hashType = HashAlgorithm::Blake2b;
            info.shardSize = shard;
            auto manifest = manifestFromOutcome(*outcome, info);
            QVERIFY(manifest);
            QByteArray all;
            for (const Resource &r : manifest->resources) {
                QCOMPARE(r.digest.size(), 64);
                QCOMPARE(r.algorithm, shard ? u"blake2b-sharded-4096"_s : u"blake2b"_s);
                all += r.digest;
            }
            QCOMPARE(manifest->rootDigest().toHex(), sha256(all).toHex());  // always SHA-256
        }
    }

    void threadsGiveSameDigests_data()
    {
        QTest::addColumn<int>("serialization");
        QTest::newRow("files") << int(Serialization::Files);
        QTest::newRow("shards") << int(Serialization::Shards);
    }

    void threadsGiveSameDigests()
    {
        QFETCH(int, serialization);
        QTemporaryDir dir;
        Tree tree;
        for (int i = 0; i < 300; ++i)
            tree.insert("small/" + QByteArray::number(i), randomBytes(i * 13 % 4001, quint32(i)));
        tree.insert("big/a", randomBytes(5 << 20, 1001));
        tree.insert("big/b", randomBytes((3 << 20) + 1, 1002));
        tree.insert("big/c", randomBytes((2 << 20) - 1, 1003));
        writeTree(dir.path(), tree);

        QList<HashOutcome> outcomes;
        for (int threads : {1, 4}) {
            HashOptions options;
            options.serialization = Serialization(serialization);
            options.shardSize = (1 << 20) + 7;
            options.threads = threads;
            options.chunkSize = 256 << 10;
            auto outcome = hashDir(dir.path(), options);
            QVERIFY(outcome);
            QVERIFY(outcome->complete());
            outcomes << *outcome;
        }
        const qint64 shard = serialization == int(Serialization::Files) ? 0 : (1 << 20) + 7;
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            const QString name = QString::fromUtf8(it.key());
            const QStringList expected = expectedParts(it.value(), shard, sha256);
            QCOMPARE(actualParts(outcomes[0], name), expected);
            QCOMPARE(actualParts(outcomes[1], name), expected);
        }
    }

    void progressIsMonotonic()
    {
        QTemporaryDir dir;
        Tree tree;
        for (int i = 0; i < 6; ++i)
            tree.insert("f" + QByteArray::number(i), randomBytes(12 << 20, quint32(i)));
        writeTree(dir.path(), tree);
        qint64 total = 0;
        for (const QByteArray &c : tree)
            total += c.size();

        JobControl control;
        HashOptions options;
        options.threads = 2;
        options.chunkSize = 256 << 10;
        QFuture<Result<HashOutcome>> future =
            QtConcurrent::run([&] { return hashModel(dir.path(), SourceOptions{}, options, control); });
        QList<qint64> samples;
        while (!future.isFinished()) {
            samples << control.bytesDone.load();
            QThread::usleep(200);
        }
        samples << control.bytesDone.load();
        auto outcome = future.result();
        QVERIFY(outcome);
        for (int i = 1; i < samples.size(); ++i)
            QVERIFY2(samples[i] >= samples[i - 1], qPrintable(u"%1 then %2"_s.arg(samples[i - 1]).arg(samples[i])));
        QCOMPARE(control.bytesTotal.load(), total);
        QCOMPARE(samples.last(), total);
        for (qint64 s : samples)
            QVERIFY(s >= 0 && s <= total);
    }

    void cancelStopsEarly()
    {
        QTemporaryDir dir;
        const qint64 size = qint64(8) << 30;
        QVERIFY(makeSparse(dir.filePath(u"huge.bin"_s), size));
        writeTree(dir.path(), {{"small", "s"}});

        JobControl control;
        HashOptions options;
        options.threads = 2;
        QFuture<Result<HashOutcome>> future =
            QtConcurrent::run([&] { return hashModel(dir.path(), SourceOptions{}, options, control); });
        while (!future.isFinished()) {
            if (control.bytesDone.load() > 0)
                control.cancel();
            QThread::usleep(200);
        }
        auto outcome = future.result();
        QVERIFY(control.isCancelled());
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(u"Cancelled"_s), qPrintable(outcome.error().message));
        QCOMPARE(control.bytesTotal.load(), size + 1);
        QVERIFY2(control.bytesDone.load() < size / 2, qPrintable(QString::number(control.bytesDone.load())));
    }

    void filesChangedAfterListing()
    {
        QTemporaryDir dir;
        const Tree tree{{"ok1", "first"}, {"ok2", randomBytes(70'000, 3)}, {"gone", "vanishes"},
                        {"swapped", "original"}, {"grown", "grows"}, {"touched", "touched"},
                        {"todir", "becomes a folder"}, {"shrunk", randomBytes(5000, 4)}};
        writeTree(dir.path(), tree);
        auto listing = listFilesystemModel(dir.path(), SourceOptions{});
        QVERIFY(listing);

        const auto path = [&](const char *n) { return dir.filePath(QLatin1String(n)); };
        QVERIFY(QFile::remove(path("gone")));
        {
            // Same size and same mtime: only the inode tells.
            struct stat before;
            QCOMPARE(::stat(QFile::encodeName(path("swapped")).constData(), &before), 0);
            writeFile(dir.path(), u"swapped.new"_s, "ORIGINAL");
            const struct timespec times[2] = {before.st_atim, before.st_mtim};
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path("swapped.new")).constData(), times, 0), 0);
            QCOMPARE(::rename(QFile::encodeName(path("swapped.new")).constData(),
                              QFile::encodeName(path("swapped")).constData()), 0);
        }
        {
            QFile f(path("grown"));
            QVERIFY(f.open(QIODevice::Append));
            f.write("!");
        }
        {
            // Same inode, same size, new mtime.
            struct stat before;
            QCOMPARE(::stat(QFile::encodeName(path("touched")).constData(), &before), 0);
            struct timespec times[2] = {before.st_atim, before.st_mtim};
            times[1].tv_sec -= 100;
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path("touched")).constData(), times, 0), 0);
        }
        QVERIFY(QFile::remove(path("todir")));
        QVERIFY(QDir(dir.path()).mkdir(u"todir"_s));
        QVERIFY(QFile(path("shrunk")).resize(100));

        HashOutcome outcome;
        outcome.listing = *listing;
        outcome.options.threads = 3;
        JobControl control;
        hashListedFiles(outcome, control);
        QCOMPARE(outcome.digests.size(), listing->entries.size());
        for (const char *bad : {"gone", "swapped", "grown", "touched", "todir", "shrunk"}) {
            const int i = outcome.listing.indexOf(QLatin1String(bad));
            QVERIFY(i >= 0);
            QVERIFY2(!outcome.digests[i].error.isEmpty(), bad);
            QVERIFY2(outcome.digests[i].parts.isEmpty(), bad);
            QVERIFY2(!outcome.digests[i].done, bad);
        }
        for (const char *good : {"ok1", "ok2"}) {
            const int i = outcome.listing.indexOf(QLatin1String(good));
            QVERIFY(outcome.digests[i].error.isEmpty());
            QCOMPARE(outcome.digests[i].parts.size(), 1);
            QCOMPARE(outcome.digests[i].parts[0].digest.toHex(), sha256(tree.value(good)).toHex());
        }
        QVERIFY(!outcome.complete());
        QCOMPARE(outcome.errors().size(), 6);
        QVERIFY(!manifestFromOutcome(outcome, SerializationInfo{}));
    }
};

QTEST_GUILESS_MAIN(TestHashing)
#include "tst_hashing.moc"
