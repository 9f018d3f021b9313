// Every key and certificate vector in ../shared/vectors/model-signing
// verifies as README-VECTORS.md says, and tampered copies fail.

#include "coretest.h"
#include "pki.h"

#include "verify/omsverifier.h"
#include "verify/verdict.h"

#include <QDirIterator>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using Json = nlohmann::json;

Q_DECLARE_METATYPE(hallmark::VerdictStatus)

namespace {

struct Vectors {
    QString root;
    QString keys() const { return root + QStringLiteral("/scripts/tests/keys/certificate/"); }
    QString pub() const { return keys() + QStringLiteral("signing-key-pub.pem"); }
    QString ca() const { return keys() + QStringLiteral("ca-cert.pem"); }
    QString dir(const QString &name) const { return root + QStringLiteral("/scripts/tests/") + name; }
    QString oms(const QString &rel) const { return root + QStringLiteral("/ossf-model-signing-spec/test-vectors/v1.0/") + rel; }
};

VerificationFacts verify(const QString &model, const QString &sig, bool key, const QString &material,
                         const QStringList &ignores = {})
{
    VerifyRequest r;
    r.modelPath = model;
    r.signaturePath = sig;
    r.method = key ? VerifyMethod::Key : VerifyMethod::Certificate;
    if (key)
        r.publicKeyPath = material;
    else
        r.trustAnchorPaths = {material};
    r.ignorePaths = ignores;
    JobControl control;
    return verifyModelSignature(r, control);
}

QString describe(const VerificationFacts &, const Verdict &v)
{
    return QStringLiteral("status %1: %2").arg(int(v.status)).arg(v.reasons.join(QLatin1String(" | ")));
}

void copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        QFile::copy(it.filePath(), QDir(to).filePath(it.fileName()));
    }
}

void flipSignatureBit(const QString &bundlePath)
{
    Json j = Json::parse(pki::readBytes(bundlePath).toStdString());
    QByteArray sig = QByteArray::fromBase64(QByteArray::fromStdString(j["dsseEnvelope"]["signatures"][0]["sig"].get<std::string>()));
    sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x04);
    j["dsseEnvelope"]["signatures"][0]["sig"] = sig.toBase64().toStdString();
    pki::writeBytes(bundlePath, QByteArray::fromStdString(j.dump()));
}

const DiffEntry *entry(const ManifestDiff &diff, const QString &name)
{
    for (const DiffEntry &e : diff.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace

class TestVerifyVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTransparencyVectors_data();
    void modelTransparencyVectors();
    void tamperedCopies_data();
    void tamperedCopies();
    void v101NeedsIgnoreMe_data();
    void v101NeedsIgnoreMe();
    void omsSpecValidBundles_data();
    void omsSpecValidBundles();
    void omsSpecInvalidBundles_data();
    void omsSpecInvalidBundles();
    void sigstoreBundlesAreWrongMaterial();

private:
    Vectors v;
    QTemporaryDir tmp;
    QString wrongKey, wrongCa;
};

void TestVerifyVectors::initTestCase()
{
    const auto dir = sharedVectors(QStringLiteral("model-signing"));
    if (!dir)
        QSKIP("../shared/vectors is not present beside the checkout; skipping vector checks");
    v.root = *dir;
    wrongKey = tmp.filePath(QStringLiteral("wrong-pub.pem"));
    pki::writeBytes(wrongKey, pki::publicPem(pki::ecKey("P-384")));
    // Same subject as the real root, other key.
    wrongCa = tmp.filePath(QStringLiteral("wrong-ca.pem"));
    pki::writeBytes(wrongCa, pki::certificate({QStringLiteral("root-ca"), true}, pki::ecKey("P-384")));
}

void TestVerifyVectors::modelTransparencyVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("key");
    QTest::addColumn<bool>("singleFile");
    QTest::addColumn<bool>("ignoreMe");
    QTest::addColumn<VerdictStatus>("status");
    QTest::addColumn<bool>("legacy");
    using S = VerdictStatus;
    // Files beyond the defaults left out (ignore-me) make "verified with exclusions".
    QTest::newRow("v0.2.0-certificate") << "v0.2.0-certificate" << false << false << false << S::Verified << true;
    QTest::newRow("v0.3.1-certificate") << "v0.3.1-certificate" << false << false << false << S::Verified << false;
    QTest::newRow("v1.0.0-certificate") << "v1.0.0-certificate" << false << false << false << S::Verified << false;
    QTest::newRow("v1.0.1-certificate") << "v1.0.1-certificate" << false << false << true << S::VerifiedWithExclusions << false;
    QTest::newRow("v1.1.0-certificate") << "v1.1.0-certificate" << false << false << false << S::VerifiedWithExclusions << false;
    QTest::newRow("v0.3.1-elliptic-key") << "v0.3.1-elliptic-key" << true << true << false << S::Verified << true;
    QTest::newRow("v1.0.0-elliptic-key") << "v1.0.0-elliptic-key" << true << true << false << S::Verified << true;
    QTest::newRow("v1.0.1-elliptic-key") << "v1.0.1-elliptic-key" << true << false << true << S::VerifiedWithExclusions << true;
    QTest::newRow("v1.1.0-elliptic-key") << "v1.1.0-elliptic-key" << true << false << false << S::VerifiedWithExclusions << false;
}

void TestVerifyVectors::modelTransparencyVectors()
{
    QFETCH(QString, name);
    QFETCH(bool, key);
    QFETCH(bool, singleFile);
    QFETCH(bool, ignoreMe);
    QFETCH(VerdictStatus, status);
    QFETCH(bool, legacy);
    const QString dir = v.dir(name);
    const QString model = singleFile ? dir + QStringLiteral("/signme-1") : dir;
    const VerificationFacts f = verify(model, dir + QStringLiteral("/model.sig"), key, key ? v.pub() : v.ca(),
                                       ignoreMe ? QStringList{QStringLiteral("ignore-me")} : QStringList());
    const Verdict verdict = assess(f);
    QVERIFY2(verdict.status == status, qPrintable(describe(f, verdict)));
    QCOMPARE(verdict.legacy, legacy);
    QVERIFY(isVerified(verdict.status));
    // The files listed are the vector's, each unchanged, with the digests the README gives.
    const QString first = singleFile ? QStringLiteral(".") : QStringLiteral("signme-1");
    const DiffEntry *e = entry(f.diff, first);
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Unchanged);
    const QByteArray signme1 = pki::readBytes(dir + QStringLiteral("/signme-1"));
    QCOMPARE(e->expected, sha256(signme1));
    QCOMPARE(signme1, key ? QByteArray("signme-1\n") : QByteArray("signme-1"));
    if (!singleFile) {
        QCOMPARE(f.diff.count(DiffKind::Unchanged), 2);
        QVERIFY(entry(f.diff, QStringLiteral("signme-2")));
    }
    if (name == QLatin1String("v0.2.0-certificate")) {
        QCOMPARE(f.signature, SignatureCheck::ValidLegacyEncoding);
        QCOMPARE(f.signedManifest->kind, PredicateKind::LegacyDigestsV01);
        QCOMPARE(f.signer.chain.size(), 2);
    } else {
        QCOMPARE(f.signature, SignatureCheck::Valid);
    }
    if (!key) {
        QVERIFY(f.chain);
        QCOMPARE(f.chain->status, ChainStatus::Trusted);
        QCOMPARE(f.signer.builtPath.last()->commonName(), QStringLiteral("root-ca"));
    }
    if (name == QLatin1String("v1.1.0-elliptic-key")) {
        QCOMPARE(f.signer.hint, QStringLiteral("e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e"));
        QVERIFY(!f.legacyKeyMaterial);
    }
    if (name.startsWith(QLatin1String("v1.1.0"))) {
        QVERIFY(f.signedManifest->recordedIgnorePaths.contains(QStringLiteral("ignore-me")));
        QCOMPARE(f.exclusions.size(), 1);
        QCOMPARE(f.exclusions[0].path, QStringLiteral("ignore-me"));
        QCOMPARE(f.exclusions[0].origin, IgnoreOrigin::Recorded);
    }
}

void TestVerifyVectors::tamperedCopies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("key");
    QTest::addColumn<bool>("singleFile");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<VerdictStatus>("status");
    const struct { const char *n; bool key; bool single; } vectors[] = {
        {"v0.2.0-certificate", false, false}, {"v0.3.1-certificate", false, false}, {"v1.0.0-certificate", false, false},
        {"v1.0.1-certificate", false, false}, {"v1.1.0-certificate", false, false}, {"v0.3.1-elliptic-key", true, true},
        {"v1.0.0-elliptic-key", true, true}, {"v1.0.1-elliptic-key", true, false}, {"v1.1.0-elliptic-key", true, false},
    };
    for (const auto &x : vectors) {
        QTest::addRow("%s-changed-byte", x.n) << x.n << x.key << x.single << "byte" << VerdictStatus::ContentMismatch;
        QTest::addRow("%s-flipped-signature", x.n) << x.n << x.key << x.single << "signature" << VerdictStatus::BadSignature;
        if (x.key)
            QTest::addRow("%s-wrong-key", x.n) << x.n << x.key << x.single << "key" << VerdictStatus::BadSignature;
        else
            QTest::addRow("%s-wrong-ca", x.n) << x.n << x.key << x.single << "ca" << VerdictStatus::SignerNotTrusted;
    }
}

void TestVerifyVectors::tamperedCopies()
{
    QFETCH(QString, name);
    QFETCH(bool, key);
    QFETCH(bool, singleFile);
    QFETCH(QString, tamper);
    QFETCH(VerdictStatus, status);
    QTemporaryDir work;
    const QString dir = work.filePath(name);
    copyDir(v.dir(name), dir);
    const QString sig = dir + QStringLiteral("/model.sig");
    const QString target = dir + QStringLiteral("/signme-1");
    const QByteArray original = pki::readBytes(target);
    QByteArray changed = original;
    if (tamper == QLatin1String("byte")) {
        changed[0] = 'S';
        pki::writeBytes(target, changed);
    } else if (tamper == QLatin1String("signature")) {
        flipSignatureBit(sig);
    }
    const QString material = tamper == QLatin1String("key") ? wrongKey
        : tamper == QLatin1String("ca")                      ? wrongCa
        : key                                                ? v.pub()
                                                             : v.ca();
    const QStringList ignores = name.startsWith(QLatin1String("v1.0.1")) ? QStringList{QStringLiteral("ignore-me")} : QStringList();
    const VerificationFacts f = verify(singleFile ? target : dir, sig, key, material, ignores);
    const Verdict verdict = assess(f);
    QVERIFY2(verdict.status == status, qPrintable(describe(f, verdict)));
    QVERIFY(!isVerified(verdict.status));
    if (tamper == QLatin1String("byte")) {
        const DiffEntry *e = entry(f.diff, singleFile ? QStringLiteral(".") : QStringLiteral("signme-1"));
        QVERIFY(e);
        QCOMPARE(e->kind, DiffKind::Changed);
        QCOMPARE(e->expected, sha256(original));
        QCOMPARE(e->actual, sha256(changed));
    }
    if (tamper == QLatin1String("key") && name == QLatin1String("v1.1.0-elliptic-key"))
        QVERIFY(f.hintMismatch);
}

void TestVerifyVectors::v101NeedsIgnoreMe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("key");
    QTest::newRow("certificate") << "v1.0.1-certificate" << false;
    QTest::newRow("elliptic-key") << "v1.0.1-elliptic-key" << true;
}

void TestVerifyVectors::v101NeedsIgnoreMe()
{
    QFETCH(QString, name);
    QFETCH(bool, key);
    const QString dir = v.dir(name);
    const VerificationFacts f = verify(dir, dir + QStringLiteral("/model.sig"), key, key ? v.pub() : v.ca());
    const Verdict verdict = assess(f);
    QCOMPARE(verdict.status, VerdictStatus::ContentMismatch);
    const DiffEntry *e = entry(f.diff, QStringLiteral("ignore-me"));
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Added);
    QCOMPARE(e->actual, sha256(QByteArray()));
    QCOMPARE(f.diff.count(DiffKind::Added), 1);
}

void TestVerifyVectors::omsSpecValidBundles_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<bool>("key");
    QTest::newRow("key") << "valid/key.bundle.json" << true;
    QTest::newRow("certificate") << "valid/certificate.bundle.json" << false;
}

void TestVerifyVectors::omsSpecValidBundles()
{
    QFETCH(QString, bundle);
    QFETCH(bool, key);
    QTemporaryDir work;
    const QString model = work.filePath(QStringLiteral("model"));
    writeTree(model, {{"signme-1", "signme-1\n"}, {"signme-2", "signme-2"}, {"ignore-me", ""}});
    const QString material = key ? v.pub() : v.ca();
    const VerificationFacts f = verify(model, v.oms(bundle), key, material);
    const Verdict verdict = assess(f);
    // ignore-me is left out by the signer's recorded ignore_paths.
    QVERIFY2(verdict.status == VerdictStatus::VerifiedWithExclusions, qPrintable(describe(f, verdict)));
    QCOMPARE(f.signedManifest->subjectName, QStringLiteral("model"));
    QCOMPARE(f.diff.count(DiffKind::Unchanged), 2);
    // Without ignore-me on disk nothing is excluded: plain Verified.
    QFile::remove(model + QStringLiteral("/ignore-me"));
    QCOMPARE(assess(verify(model, v.oms(bundle), key, material)).status, VerdictStatus::Verified);
    // A changed file, a removed file, an added file: each fails.
    pki::writeBytes(model + QStringLiteral("/signme-2"), "signme-3");
    QCOMPARE(assess(verify(model, v.oms(bundle), key, material)).status, VerdictStatus::ContentMismatch);
    pki::writeBytes(model + QStringLiteral("/signme-2"), "signme-2");
    pki::writeBytes(model + QStringLiteral("/extra"), "x");
    QCOMPARE(assess(verify(model, v.oms(bundle), key, material)).status, VerdictStatus::ContentMismatch);
    QFile::remove(model + QStringLiteral("/extra"));
    QFile::remove(model + QStringLiteral("/signme-1"));
    QCOMPARE(assess(verify(model, v.oms(bundle), key, material)).status, VerdictStatus::ContentMismatch);
    // Wrong key or CA.
    pki::writeBytes(model + QStringLiteral("/signme-1"), "signme-1\n");
    QCOMPARE(assess(verify(model, v.oms(bundle), key, key ? wrongKey : wrongCa)).status,
             key ? VerdictStatus::BadSignature : VerdictStatus::SignerNotTrusted);
}

void TestVerifyVectors::omsSpecInvalidBundles_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<bool>("key");
    QTest::addColumn<VerdictStatus>("status");
    QTest::addColumn<QString>("reason");
    using S = VerdictStatus;
    QTest::newRow("wrong-predicate") << "invalid-payload/wrong-predicate.bundle.json" << true << S::BadSignature << QString();
    QTest::newRow("empty") << "invalid/empty.bundle.json" << true << S::MalformedSignature << "empty";
    QTest::newRow("missing-envelope") << "invalid/missing-envelope.bundle.json" << true << S::MalformedSignature << "dsseEnvelope";
    QTest::newRow("missing-verification-material") << "invalid/missing-verification-material.bundle.json" << true
                                                   << S::MalformedSignature << "verificationMaterial";
    QTest::newRow("missing-tlog-entries-as-key") << "invalid/missing-tlog-entries.bundle.json" << true << S::WrongMaterial << QString();
    QTest::newRow("missing-tlog-entries-as-cert") << "invalid/missing-tlog-entries.bundle.json" << false << S::WrongMaterial << QString();
}

void TestVerifyVectors::omsSpecInvalidBundles()
{
    QFETCH(QString, bundle);
    QFETCH(bool, key);
    QFETCH(VerdictStatus, status);
    QFETCH(QString, reason);
    QTemporaryDir work;
    const QString model = work.filePath(QStringLiteral("model"));
    writeTree(model, {{"signme-1", "signme-1\n"}, {"signme-2", "signme-2"}, {"ignore-me", ""}});
    const VerificationFacts f = verify(model, v.oms(bundle), key, key ? v.pub() : v.ca());
    const Verdict verdict = assess(f);
    QVERIFY2(verdict.status == status, qPrintable(describe(f, verdict)));
    if (!reason.isEmpty())
        QVERIFY2(verdict.reasons.join(QLatin1Char(' ')).contains(reason), qPrintable(verdict.reasons.join(QLatin1Char(' '))));
}

void TestVerifyVectors::sigstoreBundlesAreWrongMaterial()
{
    for (const char *name : {"v0.3.1-sigstore", "v1.0.0-sigstore", "v1.0.1-sigstore", "v1.1.0-sigstore"}) {
        const QString dir = v.dir(QString::fromLatin1(name));
        for (bool key : {true, false}) {
            const Verdict verdict = assess(verify(dir, dir + QStringLiteral("/model.sig"), key, key ? v.pub() : v.ca()));
            QVERIFY2(verdict.status == VerdictStatus::WrongMaterial, name);
        }
    }
    const Verdict spec = assess(verify(v.dir(QStringLiteral("v1.1.0-sigstore")), v.oms(QStringLiteral("valid/sigstore.bundle.json")),
                                       true, v.pub()));
    QCOMPARE(spec.status, VerdictStatus::WrongMaterial);
}

QTEST_GUILESS_MAIN(TestVerifyVectors)
#include "tst_verify_vectors.moc"
