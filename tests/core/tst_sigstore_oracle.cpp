// Bundles made at test time by the npm packages @sigstore/sign and
// @sigstore/mock (tests/sigstore-oracle/make-bundles.mjs), verified by the core
// API and by `hallmark-cli verify-bundle`; then tampered copies, each of which
// must fail at the check that owns the tampered input. Also: public-key
// validity windows and one RFC 3161 timestamp per authority (sigstore-go
// rules), on these bundles and on the shared vectors, and @sigstore/verify's
// opinion of bundles Hallmark accepts. Last, the keyless DSSE bundles as
// attestations of a model through `hallmark-cli verify --attestation`.
//
// Needs node and npm; the packages come from the npm cache (npm ci --offline)
// or the registry. Without either the npm parts are skipped, saying why.

#include "coretest.h"
#include "npmoracle.h"

#include "bundle/cosignbundle.h"
#include "crypto/keys.h"
#include "sigstore/verifier.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace hallmark;
using namespace hallmark::sigstore;

namespace {

using Json = nlohmann::json;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Json readJson(const QString &path)
{
    return Json::parse(readAll(path).toStdString(), nullptr, false);
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
}

// Flips one bit in the middle of the bytes a base64 string holds.
std::string flipBase64(const std::string &text)
{
    QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(text));
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    return bytes.toBase64().toStdString();
}

// Flips a bit in the checkpoint's log signature (the last token of the last line).
std::string flipCheckpointSignature(const std::string &note)
{
    const size_t end = note.size() - 1;  // the final '\n'
    const size_t space = note.rfind(' ', end);
    return note.substr(0, space + 1) + flipBase64(note.substr(space + 1, end - space - 1)) + "\n";
}

// Changes the root hash line of the checkpoint's signed text.
std::string changeCheckpointRoot(const std::string &note)
{
    const size_t first = note.find('\n'), second = note.find('\n', first + 1), third = note.find('\n', second + 1);
    return note.substr(0, second + 1) + flipBase64(note.substr(second + 1, third - second - 1)) + note.substr(third);
}

QString pemFromDer(const QByteArray &der)
{
    QString pem = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    return pem + QStringLiteral("-----END PUBLIC KEY-----\n");
}

QString stepsOf(const SigstoreResult &r)
{
    QStringList out;
    for (const VerificationStep &s : r.steps)
        out << s.id + QLatin1Char('=') + outcomeKeyword(s.outcome) + QStringLiteral(": ") + s.reason;
    return out.join(QLatin1Char('\n'));
}

// One way to spoil a bundle (or its trusted root) and the step that must catch it.
struct Tamper {
    const char *name;
    const char *step;  // expected failedStep; "" = still valid, see `check`
    std::function<bool(Json &bundle, Json &root, QByteArray &artifact, QString &identity, QString &issuer)> apply;
};

} // namespace

// The npm parts: skipped without node/npm/registry, failed when the script breaks.
#define ORACLE_OR_SKIP()                          \
    do {                                          \
        if (!m_error.isEmpty())                   \
            QFAIL(qPrintable(m_error));           \
        if (!m_skip.isEmpty())                    \
            QSKIP(qPrintable(m_skip));            \
    } while (false)

class TestSigstoreOracle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_oracle;    // the copied script dir, with node_modules
    QString m_out;       // what make-bundles.mjs wrote
    QString m_node;
    QString m_skip;      // why the npm parts cannot run
    QString m_error;     // why they ran but failed
    Json m_manifest;
    TrustedRoot m_root;
    QByteArray m_artifact;
    int m_cliRuns = 0;

    bool ready()
    {
        return m_skip.isEmpty() && m_error.isEmpty();
    }

    QString path(const QString &name) const { return m_out + QLatin1Char('/') + name; }

    static SigstoreResult verifyJson(const Json &bundle, const TrustedRoot &root, const Artifact &artifact, const SigstorePolicy &policy)
    {
        auto parsed = parseAnyBundle(QByteArray::fromStdString(bundle.dump()));
        if (!parsed) {
            SigstoreResult r;
            r.failedStep = QStringLiteral("parse");
            r.failure = parsed.error().message;
            return r;
        }
        return verifySigstoreBundle(*parsed, root, artifact, policy);
    }

    SigstorePolicy identityPolicy(const QString &san, const QString &issuer) const
    {
        SigstorePolicy p;
        p.identity = IdentityPolicy{san, false, issuer, false, {}};
        return p;
    }
    SigstorePolicy manifestPolicy(const Json &entry) const
    {
        if (entry.value("keyless", true))
            return identityPolicy(QString::fromStdString(m_manifest["identity"]), QString::fromStdString(m_manifest["issuer"]));
        SigstorePolicy p;
        p.publicKey = *readPublicKeyFile(path(QStringLiteral("signing-key.pub")));
        return p;
    }
    Json bundleJson(const QString &file) const { return readJson(path(file)); }
    Json manifestEntry(const QString &file) const
    {
        for (const Json &b : m_manifest["bundles"])
            if (QString::fromStdString(b["file"]) == file)
                return b;
        return Json::object();
    }
    // Whether a tampering has anything to spoil in this bundle.
    bool applies(const QString &file, int tamper) const
    {
        const Tamper &t = tamperings()[size_t(tamper)];
        if (!manifestEntry(file).value("keyless", true) && QByteArray(t.name).startsWith("identity"))
            return false;
        Json bundle = bundleJson(file), root = readJson(path(QStringLiteral("trusted_root.json")));
        QByteArray artifact = m_artifact;
        QString identity, issuer;
        return t.apply(bundle, root, artifact, identity, issuer);
    }

    // The CLI's verdict on files written to a scratch dir: exit code and failedStep.
    QPair<int, QString> cli(const Json &bundle, const Json &root, const QByteArray &artifact, const QStringList &who)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("cli"));
        QDir().mkpath(dir);
        writeAll(dir + QStringLiteral("/bundle.json"), QByteArray::fromStdString(bundle.dump()));
        writeAll(dir + QStringLiteral("/root.json"), QByteArray::fromStdString(root.dump()));
        writeAll(dir + QStringLiteral("/artifact"), artifact);
        QStringList args{QStringLiteral("verify-bundle"), QStringLiteral("--json"), QStringLiteral("--bundle"), dir + QStringLiteral("/bundle.json"),
                         QStringLiteral("--trusted-root"), dir + QStringLiteral("/root.json")};
        args << who << dir + QStringLiteral("/artifact");
        const test::ProcessResult r = test::runCli(args);
        ++m_cliRuns;
        const Json out = Json::parse(r.out.toStdString(), nullptr, false);
        const QString failed = out.is_object() ? QString::fromStdString(out.value("failedStep", std::string())) : QStringLiteral("?");
        return {r.exitCode, failed};
    }
    QStringList cliWho(const Json &entry, const QString &identity, const QString &issuer) const
    {
        if (!entry.value("keyless", true))
            return {QStringLiteral("--key"), path(QStringLiteral("signing-key.pub"))};
        return {QStringLiteral("--certificate-identity"), identity, QStringLiteral("--certificate-oidc-issuer"), issuer};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const test::NpmOracle oracle = test::prepareNpmOracle(
            qEnvironmentVariable("HALLMARK_ORACLE_DIR", QStringLiteral(HALLMARK_ORACLE_DIR)),
            {QStringLiteral("package.json"), QStringLiteral("package-lock.json"), QStringLiteral("make-bundles.mjs"),
             QStringLiteral("verify.mjs")},
            m_tmp.filePath(QStringLiteral("oracle")), 20, 17, QStringLiteral("@sigstore/sign and @sigstore/mock"));
        QVERIFY2(oracle.error.isEmpty(), qPrintable(oracle.error));
        m_skip = oracle.skip;
        if (!m_skip.isEmpty())
            return;
        m_oracle = oracle.dir;
        m_node = oracle.node;
        m_out = m_tmp.filePath(QStringLiteral("bundles"));
        const test::ProcessResult made = test::runProgram(m_node, {QStringLiteral("make-bundles.mjs"), m_out}, 180000, m_oracle);
        if (!made.ok()) {
            m_error = QStringLiteral("make-bundles.mjs failed (exit %1): %2").arg(made.exitCode).arg(made.text());
            return;
        }
        qInfo().noquote() << QString::fromUtf8(made.out).trimmed();
        m_manifest = readJson(path(QStringLiteral("manifest.json")));
        auto root = loadTrustedRoot(path(QStringLiteral("trusted_root.json")));
        if (!m_manifest.is_object() || !root) {
            m_error = QStringLiteral("the oracle's manifest or trusted root cannot be read");
            return;
        }
        m_root = *root;
        m_artifact = readAll(path(QStringLiteral("artifact.txt")));
    }

    void generatedKindsAndSizes()
    {
        ORACLE_OR_SKIP();
        QSet<QString> seen;
        for (const Json &b : m_manifest["bundles"])
            if (b.value("expect", "") == "valid" && b.value("keyless", false))
                seen.insert(QStringLiteral("%1/%2").arg(QString::fromStdString(b["kind"])).arg(b["treeSize"].get<int>()));
        for (const char *kind : {"message", "dsse"})
            for (int size : {1, 2, 7, 1000})
                QVERIFY2(seen.contains(QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(size)), kind);
    }

    void bundlesVerify_data()
    {
        QTest::addColumn<QString>("file");
        // Rows come from the manifest, which exists only after initTestCase.
        if (!ready()) {
            QTest::newRow("oracle") << QString();
            return;
        }
        for (const Json &b : m_manifest["bundles"])
            QTest::newRow(b["file"].get<std::string>().c_str()) << QString::fromStdString(b["file"]);
    }

    void bundlesVerify()
    {
        ORACLE_OR_SKIP();
        QFETCH(QString, file);
        const Json entry = manifestEntry(file);
        const QString expect = QString::fromStdString(entry["expect"]);
        const SigstorePolicy policy = manifestPolicy(entry);
        const Json bundle = bundleJson(file);
        Artifact artifact;
        artifact.data = m_artifact;
        const SigstoreResult r = verifyJson(bundle, m_root, artifact, policy);

        // @sigstore/verify, in the generator, agrees with the expectation.
        const std::string oracle = entry.value("sigstoreVerify", "");
        QVERIFY2((expect == QLatin1String("valid")) == (oracle == "valid"), oracle.c_str());

        if (expect == QLatin1String("valid")) {
            QVERIFY2(r.verified, qPrintable(r.failure + QLatin1Char('\n') + stepsOf(r)));
            QCOMPARE(r.logs.size(), 1);
            const LogEntryReport &log = r.logs.first();
            QVERIFY(log.counted);
            QCOMPARE(log.promise, StepOutcome::Passed);
            QCOMPARE(log.proof, StepOutcome::Passed);
            QCOMPARE(log.checkpoint, StepOutcome::Passed);
            QCOMPARE(log.body, StepOutcome::Passed);
            QCOMPARE(log.treeSize, qint64(entry["treeSize"].get<int>()));
            QCOMPARE(log.treeIndex, qint64(entry["treeIndex"].get<int>()));
            QCOMPARE(log.logIndex, qint64(entry["logIndex"].get<qint64>()));
            QCOMPARE(log.kind, entry["kind"] == "dsse" ? QStringLiteral("dsse 0.0.1") : QStringLiteral("hashedrekord 0.0.1"));
            // The SET's time and every TSA time count.
            QCOMPARE(r.timestamps.size(), 1 + entry["timestamps"].get<int>());
            for (const TimestampReport &t : r.timestamps)
                QVERIFY2(t.verified, qPrintable(t.reason));
            if (entry.value("keyless", true)) {
                QCOMPARE(r.identity.san, QString::fromStdString(m_manifest["identity"]));
                QCOMPARE(r.identity.issuer, QString::fromStdString(m_manifest["issuer"]));
                QCOMPARE(r.step(QStringLiteral("sct"))->outcome, StepOutcome::Passed);
            }
            // Through the digest as well, for message signatures.
            if (entry["kind"] == "message") {
                Artifact digest;
                digest.sha256 = test::sha256(m_artifact);
                const SigstoreResult d = verifyJson(bundle, m_root, digest, policy);
                QVERIFY2(d.verified, qPrintable(d.failure));
            }
        } else {
            QVERIFY(!r.verified);
            QCOMPARE(r.failedStep, expect);
        }

        const Json root = readJson(path(QStringLiteral("trusted_root.json")));
        const auto [exit, failed] = cli(bundle, root, m_artifact,
                                        cliWho(entry, QString::fromStdString(m_manifest["identity"]), QString::fromStdString(m_manifest["issuer"])));
        if (expect == QLatin1String("valid")) {
            QCOMPARE(exit, 0);
        } else {
            QCOMPARE(exit, 1);
            QCOMPARE(failed, expect);
        }
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tamper");
        const QStringList files{QStringLiteral("message-tree1.sigstore.json"), QStringLiteral("message-tree2.sigstore.json"),
                                QStringLiteral("message-tree7.sigstore.json"), QStringLiteral("message-tree1000.sigstore.json"),
                                QStringLiteral("dsse-tree1.sigstore.json"), QStringLiteral("dsse-tree7.sigstore.json"),
                                QStringLiteral("dsse-tree1000.sigstore.json"), QStringLiteral("message-key-tree7.sigstore.json")};
        if (!ready()) {
            QTest::newRow("oracle") << QString() << -1;
            return;
        }
        const auto &tampers = tamperings();
        for (const QString &f : files)
            for (int i = 0; i < int(tampers.size()); ++i)
                if (applies(f, i))
                    QTest::newRow(qPrintable(f.section(QLatin1Char('.'), 0, 0) + QLatin1Char('/') + QLatin1String(tampers[size_t(i)].name)))
                        << f << i;
    }

    void tampered()
    {
        ORACLE_OR_SKIP();
        QFETCH(QString, file);
        QFETCH(int, tamper);
        const Json entry = manifestEntry(file);
        const Tamper &t = tamperings()[size_t(tamper)];
        const bool keyless = entry.value("keyless", true);
        Json bundle = bundleJson(file);
        Json rootJson = readJson(path(QStringLiteral("trusted_root.json")));
        QByteArray artifact = m_artifact;
        QString identity = QString::fromStdString(m_manifest["identity"]), issuer = QString::fromStdString(m_manifest["issuer"]);
        QVERIFY(t.apply(bundle, rootJson, artifact, identity, issuer));

        auto root = parseTrustedRoot(QByteArray::fromStdString(rootJson.dump()));
        QVERIFY2(root, root ? "" : qPrintable(root.error().message));
        SigstorePolicy policy = manifestPolicy(entry);
        if (keyless)
            policy.identity = IdentityPolicy{identity, false, issuer, false, {}};
        if (QByteArray(t.name) == "wrong-key") {
            const QByteArray spki = QByteArray::fromBase64(QByteArray::fromStdString(rootJson["tlogs"][0]["publicKey"]["rawBytes"]));
            policy.publicKey = *readPublicKeyPem(pemFromDer(spki).toLatin1());
            writeAll(m_tmp.filePath(QStringLiteral("wrong.pub")), pemFromDer(spki).toLatin1());
        }
        Artifact a;
        a.data = artifact;
        const SigstoreResult r = verifyJson(bundle, *root, a, policy);
        const QString step = QLatin1String(t.step);

        if (step.isEmpty()) {  // a spoiled RFC 3161 timestamp: the SET still vouches
            QVERIFY2(r.verified, qPrintable(r.failure));
            QCOMPARE(r.step(QStringLiteral("rfc3161"))->outcome, StepOutcome::Failed);
            SigstorePolicy two = policy;
            two.timestampThreshold = 2;
            const SigstoreResult r2 = verifyJson(bundle, *root, a, two);
            QVERIFY(!r2.verified);
            QCOMPARE(r2.failedStep, QStringLiteral("observer-time"));
            return;
        }
        QVERIFY2(!r.verified, qPrintable(stepsOf(r)));
        QVERIFY2(r.failedStep == step, qPrintable(QStringLiteral("expected %1, failed at %2: %3").arg(step, r.failedStep, r.failure)));
        const VerificationStep *s = r.step(step);
        QVERIFY(s && s->outcome == StepOutcome::Failed && !s->reason.isEmpty());
        if (QByteArray(t.name) == "set" || QByteArray(t.name) == "global-index")
            QCOMPARE(r.logs.first().promise, StepOutcome::Failed);

        QStringList who = cliWho(entry, identity, issuer);
        if (QByteArray(t.name) == "wrong-key")
            who = {QStringLiteral("--key"), m_tmp.filePath(QStringLiteral("wrong.pub"))};
        const auto [exit, failed] = cli(bundle, rootJson, artifact, who);
        QCOMPARE(exit, 1);
        QCOMPARE(failed, step);
    }

    // sigstore-go TestPublicKeyValidityCheckedAgainstSignedTimestamp, on an
    // oracle bundle: the key is trusted only for a window.
    void publicKeyValidityWindow()
    {
        ORACLE_OR_SKIP();
        const Json bundle = bundleJson(QStringLiteral("message-key-tree7.sigstore.json"));
        Artifact a;
        a.data = m_artifact;
        SigstorePolicy policy;
        policy.publicKey = *readPublicKeyFile(path(QStringLiteral("signing-key.pub")));
        SigstoreResult r = verifyJson(bundle, m_root, a, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.step(QStringLiteral("certificate-chain"))->outcome, StepOutcome::Skipped);

        const QDateTime signedAt = QDateTime::fromString(QString::fromStdString(m_manifest["signedAt"]), Qt::ISODateWithMs);
        QVERIFY(signedAt.isValid());
        policy.publicKeyValidFor = {signedAt.addSecs(-3600), signedAt.addSecs(3600)};
        r = verifyJson(bundle, m_root, a, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.step(QStringLiteral("certificate-chain"))->outcome, StepOutcome::Passed);

        policy.publicKeyValidFor = {QDateTime::fromSecsSinceEpoch(0, Qt::UTC), QDateTime::fromSecsSinceEpoch(1, Qt::UTC)};
        r = verifyJson(bundle, m_root, a, policy);
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("certificate-chain"));
        QVERIFY2(r.failure.contains(QLatin1String("validity window")), qPrintable(r.failure));

        // Open-ended, but starting after the signing: still outside.
        policy.publicKeyValidFor = {signedAt.addSecs(3600), {}};
        r = verifyJson(bundle, m_root, a, policy);
        QCOMPARE(r.failedStep, QStringLiteral("certificate-chain"));
    }

    // The public vector: key valid only [1970-01-01T00:00:00Z, 00:00:01Z].
    void publicKeyValidityVector()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore/sigstore-go");
        const QString g = dir + QLatin1Char('/');
        auto bundle = parseAnyBundle(readAll(g + QStringLiteral("public-key-validity.sigstore.json")));
        auto root = loadTrustedRoot(g + QStringLiteral("public-key-validity.json"));
        QVERIFY(bundle && root);
        Artifact digest;
        digest.sha256 = bundle->messageSignature->digest;
        SigstorePolicy policy;
        policy.publicKey = *readPublicKeyFile(g + QStringLiteral("public-key-validity.pem"));
        policy.logThreshold = 0;  // TSA only, as in sigstore-go's test (WithSignedTimestamps(1))

        SigstoreResult r = verifySigstoreBundle(*bundle, *root, digest, policy);  // unbounded key
        QVERIFY2(r.verified, qPrintable(r.failure + QLatin1Char('\n') + stepsOf(r)));

        policy.publicKeyValidFor = {QDateTime::fromSecsSinceEpoch(0, Qt::UTC), QDateTime::fromSecsSinceEpoch(1, Qt::UTC)};
        r = verifySigstoreBundle(*bundle, *root, digest, policy);
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("certificate-chain"));
        QVERIFY2(r.failure.contains(QLatin1String("outside the public key's validity window")), qPrintable(r.failure));
        QCOMPARE(r.step(QStringLiteral("signature"))->outcome, StepOutcome::Skipped);  // stopped before
    }

    // sigstore-go counts one timestamp per TSA: a repeat must not meet a threshold.
    void oneTimestampPerAuthorityVector()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore/conformance/bundle-verify");
        const QString d = dir + QStringLiteral("/rekor2-happy-path/");
        Json bundle = readJson(d + QStringLiteral("bundle.sigstore.json"));
        auto root = loadTrustedRoot(d + QStringLiteral("trusted_root.json"));
        QVERIFY(root);
        Artifact a;
        a.data = readAll(dir + QStringLiteral("/a.txt"));
        const SigstorePolicy policy = identityPolicy(
            QStringLiteral("https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/"
                           "extremely-dangerous-oidc-beacon.yml@refs/heads/main"),
            QStringLiteral("https://token.actions.githubusercontent.com"));
        auto &stamps = bundle["verificationMaterial"]["timestampVerificationData"]["rfc3161Timestamps"];
        QCOMPARE(stamps.size(), size_t(1));
        stamps.push_back(stamps[0]);

        SigstoreResult r = verifyJson(bundle, *root, a, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.timestamps.size(), 2);
        QVERIFY(r.timestamps[0].verified);
        QVERIFY(!r.timestamps[1].verified);
        QVERIFY2(r.timestamps[1].reason.contains(QLatin1String("only one per authority")), qPrintable(r.timestamps[1].reason));

        SigstorePolicy two = policy;
        two.timestampThreshold = 2;
        r = verifyJson(bundle, *root, a, two);
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("observer-time"));
    }

    // The same on oracle bundles: two TSAs count twice, one TSA twice counts once.
    void oneTimestampPerAuthority()
    {
        ORACLE_OR_SKIP();
        Artifact a;
        a.data = m_artifact;
        SigstorePolicy policy = identityPolicy(QString::fromStdString(m_manifest["identity"]), QString::fromStdString(m_manifest["issuer"]));
        policy.timestampThreshold = 3;  // the SET and two TSA times
        SigstoreResult r = verifyJson(bundleJson(QStringLiteral("message-2tsa-tree7.sigstore.json")), m_root, a, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.timestamps.size(), 3);

        Json doubled = bundleJson(QStringLiteral("message-tree7.sigstore.json"));
        auto &stamps = doubled["verificationMaterial"]["timestampVerificationData"]["rfc3161Timestamps"];
        stamps.push_back(stamps[0]);
        r = verifyJson(doubled, m_root, a, policy);
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("observer-time"));
        policy.timestampThreshold = 2;
        r = verifyJson(doubled, m_root, a, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));
    }

    // The other direction: bundles Hallmark accepts, and one it rejects, through @sigstore/verify.
    void sigstoreVerifyAgrees()
    {
        ORACLE_OR_SKIP();
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore");
        const QString conf = dir + QStringLiteral("/conformance/bundle-verify/");
        const QString prod = dir + QStringLiteral("/trusted_root.prod.json");
        const QString identity = QStringLiteral("https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
                                                ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main");
        const QString issuer = QStringLiteral("https://token.actions.githubusercontent.com");
        struct Case {
            QString bundle, root, who, whoValue2;
            bool valid;
        };
        const QList<Case> cases{
            {conf + QStringLiteral("happy-path-v0.3/bundle.sigstore.json"), prod, identity, issuer, true},
            {conf + QStringLiteral("happy-path-intoto-in-dsse-v3/bundle.sigstore.json"), prod, identity, issuer, true},
            {conf + QStringLiteral("happy-path-v0.3/bundle.sigstore.json"), prod, identity + QStringLiteral("/other"), issuer, false},
        };
        for (const Case &c : cases) {
            auto bundle = parseAnyBundle(readAll(c.bundle));
            auto root = loadTrustedRoot(c.root);
            QVERIFY(bundle && root);
            const bool dsse = bundle->dsse.has_value();
            Artifact a;
            if (!dsse)
                a.data = readAll(conf + QStringLiteral("a.txt"));
            const SigstoreResult mine = verifySigstoreBundle(*bundle, *root, a, identityPolicy(c.who, c.whoValue2));
            QCOMPARE(mine.verified, c.valid);
            QStringList args{QStringLiteral("verify.mjs"), QStringLiteral("--bundle"), c.bundle, QStringLiteral("--trusted-root"), c.root,
                             QStringLiteral("--identity"), c.who, QStringLiteral("--issuer"), c.whoValue2};
            if (!dsse)
                args << QStringLiteral("--artifact") << conf + QStringLiteral("a.txt");
            const test::ProcessResult theirs = test::runProgram(m_node, args, 60000, m_oracle);
            QVERIFY2(theirs.exitCode == (c.valid ? 0 : 1), qPrintable(c.bundle + QStringLiteral(": ") + theirs.text()));
        }
        // And a spoiled oracle bundle, which both must reject.
        Json b = bundleJson(QStringLiteral("message-tree7.sigstore.json"));
        auto &proof = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["hashes"][0];
        proof = flipBase64(proof.get<std::string>());
        writeAll(m_tmp.filePath(QStringLiteral("spoiled.json")), QByteArray::fromStdString(b.dump()));
        const test::ProcessResult theirs = test::runProgram(m_node, {QStringLiteral("verify.mjs"), QStringLiteral("--bundle"), m_tmp.filePath(QStringLiteral("spoiled.json")),
                                                    QStringLiteral("--trusted-root"), path(QStringLiteral("trusted_root.json")),
                                                    QStringLiteral("--artifact"), path(QStringLiteral("artifact.txt")),
                                                    QStringLiteral("--identity"), QString::fromStdString(m_manifest["identity"]),
                                                    QStringLiteral("--issuer"), QString::fromStdString(m_manifest["issuer"])}, 60000, m_oracle);
        QVERIFY2(theirs.exitCode == 1, qPrintable(theirs.text()));
    }

    // The DSSE bundles' subject is artifact.txt, so a model holding that file
    // is what they attest. The model itself is signed with a local key.
    void keylessAttestationThroughVerify()
    {
        ORACLE_OR_SKIP();
        const QString dir = m_tmp.filePath(QStringLiteral("attest"));
        const QString model = dir + QStringLiteral("/model");
        test::writeTree(model, {{"artifact.txt", m_artifact}, {"weights.bin", test::randomBytes(3000, 5)}});
        auto key = generateEcKey(EcCurve::P256);
        QVERIFY(key);
        test::writeFile(dir, QStringLiteral("pass.txt"), "oracle pass");
        test::writeFile(dir, QStringLiteral("model.key"), *encryptedPrivateKeyPem(**key, SecretBuffer(QByteArray("oracle pass"))));
        test::writeFile(dir, QStringLiteral("model.pub"), (*key)->spkiPem());
        const QString sig = dir + QStringLiteral("/model.sig");
        auto r = test::runCli({QStringLiteral("sign"), model, QStringLiteral("--private-key"), dir + QStringLiteral("/model.key"),
                               QStringLiteral("--password-file"), dir + QStringLiteral("/pass.txt"), QStringLiteral("-o"), sig});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString identity = QString::fromStdString(m_manifest["identity"]);
        const QString issuer = QString::fromStdString(m_manifest["issuer"]);
        const auto verify = [&](const QString &bundle, const QStringList &extra) {
            return test::runCli(QStringList{QStringLiteral("verify"), model, QStringLiteral("--signature"), sig,
                                            QStringLiteral("--public-key"), dir + QStringLiteral("/model.pub"),
                                            QStringLiteral("--attestation"), path(bundle)}
                                + extra);
        };
        const QStringList root{QStringLiteral("--attestation-trusted-root"), path(QStringLiteral("trusted_root.json"))};
        const QStringList who{QStringLiteral("--attestation-identity"), identity, QStringLiteral("--attestation-identity-provider"), issuer};
        const QStringList condition{QStringLiteral("--condition"), QStringLiteral("exists(predicate.note)")};

        // The right identity: verified, bound to artifact.txt, the condition passes.
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"), root + who + condition);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("Sigstore verification passed for " + identity.toUtf8()), r.out.constData());
        QVERIFY(r.out.contains("PASS"));
        r = verify(QStringLiteral("dsse-tree1000.sigstore.json"), root + who + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        Json doc = Json::parse(r.out.toStdString(), nullptr, false);
        QCOMPARE(doc["attestations"][0]["signature"]["status"], Json("verified"));
        QCOMPARE(doc["attestations"][0]["signature"]["method"], Json("sigstore"));

        // Someone else's identity or issuer: exit 1, saying who signed.
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"),
                   root + QStringList{QStringLiteral("--attestation-identity"), QStringLiteral("https://example.org/someone-else"),
                                      QStringLiteral("--attestation-identity-provider"), issuer} + condition);
        QVERIFY2(r.exitCode == 1, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("failed") && r.out.contains("issued to \"" + identity.toUtf8() + "\""), r.out.constData());
        QVERIFY(r.out.contains("CANNOT EVALUATE"));
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"),
                   root + QStringList{QStringLiteral("--attestation-identity"), identity, QStringLiteral("--attestation-identity-provider"),
                                      QStringLiteral("https://accounts.example.org")});
        QVERIFY2(r.exitCode == 1 && r.out.contains("vouched for by \"" + issuer.toUtf8() + "\""), r.out.constData());

        // No identity: not checked, so not usable. The public-good root does not know the mock CA.
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"), root);
        QVERIFY2(r.exitCode == 1 && r.out.contains("give the signer's identity"), r.out.constData());
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"), who);
        QVERIFY2(r.exitCode == 1, r.out.constData());
        doc = Json::parse(test::runCli(QStringList{QStringLiteral("verify"), model, QStringLiteral("--signature"), sig,
                                                   QStringLiteral("--public-key"), dir + QStringLiteral("/model.pub"), QStringLiteral("--json"),
                                                   QStringLiteral("--attestation"), path(QStringLiteral("dsse-tree7.sigstore.json"))}
                                       + who).out.toStdString(), nullptr, false);
        QCOMPARE(doc["attestations"][0]["signature"]["status"], Json("failed"));

        // A bad signature, logged as it is, fails with the right identity.
        r = verify(QStringLiteral("dsse-badsig-tree7.sigstore.json"), root + who);
        QVERIFY2(r.exitCode == 1 && r.out.contains("failed"), r.out.constData());

        // Usage: an identity needs its issuer; the options need an attestation; an unreadable root.
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"), root + QStringList{QStringLiteral("--attestation-identity"), identity});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("verify"), model, QStringLiteral("--signature"), sig, QStringLiteral("--public-key"),
                          dir + QStringLiteral("/model.pub"), QStringLiteral("--attestation-identity"), identity,
                          QStringLiteral("--attestation-identity-provider"), issuer});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--attestation-identity needs"), r.err.constData());
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"),
                   who + QStringList{QStringLiteral("--attestation-trusted-root"), dir + QStringLiteral("/nope.json")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("nope.json"), r.err.constData());
        r = verify(QStringLiteral("dsse-tree7.sigstore.json"),
                   who + root + QStringList{QStringLiteral("--attestation-cert-chain"), dir + QStringLiteral("/nope.pem")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("nope.pem"), r.err.constData());
    }

    void cleanupTestCase()
    {
        if (!m_skip.isEmpty())
            qInfo("oracle skipped: %s", qPrintable(m_skip));
        else if (m_cliRuns > 0)
            qInfo("oracle: %d hallmark-cli verify-bundle runs", m_cliRuns);
    }

private:
    static const std::vector<Tamper> &tamperings()
    {
        static const std::vector<Tamper> list{
            {"signature", "log-body", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 // The log recorded the real signature: the bundle no longer matches it.
                 if (b.contains("messageSignature")) {
                     auto &s = b["messageSignature"]["signature"];
                     s = flipBase64(s.get<std::string>());
                 } else {
                     auto &s = b["dsseEnvelope"]["signatures"][0]["sig"];
                     s = flipBase64(s.get<std::string>());
                 }
                 return true;
             }},
            {"artifact-message", "signature", [](Json &b, Json &, QByteArray &a, QString &, QString &) {
                 a[a.size() / 2] = char(a[a.size() / 2] ^ 0x01);
                 return b.contains("messageSignature");
             }},
            {"artifact-dsse", "artifact", [](Json &b, Json &, QByteArray &a, QString &, QString &) {
                 a[a.size() / 2] = char(a[a.size() / 2] ^ 0x01);
                 return b.contains("dsseEnvelope");
             }},
            {"proof-hash", "inclusion-proof", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &hashes = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["hashes"];
                 if (hashes.empty())
                     return false;
                 hashes[hashes.size() / 2] = flipBase64(hashes[hashes.size() / 2].get<std::string>());
                 return true;
             }},
            {"proof-root", "inclusion-proof", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &root = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["rootHash"];
                 root = flipBase64(root.get<std::string>());
                 return true;
             }},
            {"proof-index", "inclusion-proof", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &proof = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"];
                 const qint64 size = std::stoll(proof["treeSize"].get<std::string>());
                 const qint64 index = proof.contains("logIndex") ? std::stoll(proof["logIndex"].get<std::string>()) : 0;
                 proof["logIndex"] = std::to_string(size == 1 ? 1 : (index + 1) % size);
                 return true;
             }},
            {"set", "log-threshold", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &set = b["verificationMaterial"]["tlogEntries"][0]["inclusionPromise"]["signedEntryTimestamp"];
                 set = flipBase64(set.get<std::string>());
                 return true;
             }},
            {"global-index", "log-threshold", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 // The SET covers the global index; the proof uses the tree index.
                 auto &index = b["verificationMaterial"]["tlogEntries"][0]["logIndex"];
                 index = std::to_string(std::stoll(index.get<std::string>()) + 1);
                 return true;
             }},
            {"checkpoint-signature", "checkpoint", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &note = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["checkpoint"]["envelope"];
                 note = flipCheckpointSignature(note.get<std::string>());
                 return true;
             }},
            {"checkpoint-root", "checkpoint", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &note = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["checkpoint"]["envelope"];
                 note = changeCheckpointRoot(note.get<std::string>());
                 return true;
             }},
            {"rfc3161", "", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 auto &ts = b["verificationMaterial"]["timestampVerificationData"]["rfc3161Timestamps"][0]["signedTimestamp"];
                 ts = flipBase64(ts.get<std::string>());
                 return true;
             }},
            {"identity-san", "identity", [](Json &, Json &, QByteArray &, QString &id, QString &) {
                 id += QStringLiteral("x");
                 return true;
             }},
            {"identity-issuer", "identity", [](Json &, Json &, QByteArray &, QString &, QString &issuer) {
                 issuer = QStringLiteral("https://token.actions.githubusercontent.com");
                 return true;
             }},
            {"wrong-key", "log-body", [](Json &b, Json &, QByteArray &, QString &, QString &) {
                 return b["verificationMaterial"].contains("publicKey");
             }},
            {"root-ca-window", "certificate-chain", [](Json &b, Json &r, QByteArray &, QString &, QString &) {
                 r["certificateAuthorities"][0]["validFor"]["start"] = "2099-01-01T00:00:00Z";
                 return !b["verificationMaterial"].contains("publicKey");
             }},
            {"root-tlog-window", "log-threshold", [](Json &, Json &r, QByteArray &, QString &, QString &) {
                 // The SET is checked against the log key's window; the entry then does not count.
                 r["tlogs"][0]["publicKey"]["validFor"]["start"] = "2099-01-01T00:00:00Z";
                 return true;
             }},
            {"root-ctlog-window", "sct", [](Json &b, Json &r, QByteArray &, QString &, QString &) {
                 r["ctlogs"][0]["publicKey"]["validFor"]["start"] = "2099-01-01T00:00:00Z";
                 return !b["verificationMaterial"].contains("publicKey");
             }},
            {"root-tsa-window", "", [](Json &, Json &r, QByteArray &, QString &, QString &) {
                 for (auto &tsa : r["timestampAuthorities"])
                     tsa["validFor"]["start"] = "2099-01-01T00:00:00Z";
                 return true;
             }},
        };
        return list;
    }
};

QTEST_GUILESS_MAIN(TestSigstoreOracle)
#include "tst_sigstore_oracle.moc"
