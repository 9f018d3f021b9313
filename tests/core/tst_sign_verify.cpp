// Sign → verify round trips through the core API, with keys and generated
// certificate chains, and every way a model or signature can go wrong.

#include "coretest.h"
#include "pki.h"

#include "bundle/bundle.h"
#include "bundle/bundlewriter.h"
#include "bundle/pae.h"
#include "crypto/keys.h"
#include "crypto/signatures.h"
#include "keys/signer.h"
#include "signing/modelsigner.h"
#include "verify/omsverifier.h"
#include "verify/verdict.h"

#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using Json = nlohmann::json;

namespace pk = hallmark::test::pki;

Q_DECLARE_METATYPE(pk::KeyFormat)

namespace {

const Tree kModel{{"weights.bin", "\x00\x01\x02weights"}, {"config.json", "{\"a\":1}"}, {"sub/adapter.bin", "adapter"}};

struct SignArgs {
    QString model{}, output{}, key{};
    QByteArray passphrase{};
    QString cert{};
    QStringList chain{}, ignores{};
    Overwrite overwrite = Overwrite::Refuse;
};

Result<SignResult> sign(const SignArgs &a)
{
    auto signer = SoftwareSigner::fromPemFile(a.key, SecretBuffer(QByteArray(a.passphrase)));
    if (!signer)
        return std::unexpected(signer.error());
    SignRequest r;
    r.modelPath = a.model;
    r.outputPath = a.output;
    r.overwrite = a.overwrite;
    r.ignorePaths = a.ignores;
    r.signingCertificatePath = a.cert;
    r.chainPaths = a.chain;
    JobControl control;
    return signModel(r, **signer, control);
}

struct VerifyArgs {
    QString model{}, signature{}, publicKey{};
    QStringList anchors{}, ignores{};
    bool atSigningTime = false, ignoreUnsigned = false;
};

VerificationFacts verify(const VerifyArgs &a)
{
    VerifyRequest r;
    r.modelPath = a.model;
    r.signaturePath = a.signature;
    r.method = a.publicKey.isEmpty() ? VerifyMethod::Certificate : VerifyMethod::Key;
    r.publicKeyPath = a.publicKey;
    r.trustAnchorPaths = a.anchors;
    r.ignorePaths = a.ignores;
    r.checkCertificateAtSigningTime = a.atSigningTime;
    r.ignoreUnsignedFiles = a.ignoreUnsigned;
    JobControl control;
    return verifyModelSignature(r, control);
}

QString why(const VerificationFacts &f)
{
    const Verdict v = assess(f);
    return QStringLiteral("status %1: %2").arg(int(v.status)).arg(v.reasons.join(QLatin1String(" | ")));
}

#define VERIFY_STATUS(facts, expected)                                                   \
    do {                                                                                 \
        const VerificationFacts &f_ = (facts);                                           \
        QVERIFY2(assess(f_).status == (expected), qPrintable(why(f_)));                  \
    } while (false)

Json payloadOf(const QString &bundlePath)
{
    const Json b = Json::parse(pk::readBytes(bundlePath).toStdString());
    const QByteArray payload = QByteArray::fromBase64(QByteArray::fromStdString(b["dsseEnvelope"]["payload"].get<std::string>()));
    return Json::parse(payload.toStdString());
}

const DiffEntry *entry(const ManifestDiff &diff, const QString &name)
{
    for (const DiffEntry &e : diff.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace

class TestSignVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyRoundTrip_data();
    void keyRoundTrip();
    void certificateRoundTrip();
    void selfSignedLeaf();
    void contentTampering();
    void renamedFileIsMoved();
    void signatureTampering();
    void wrongMaterial();
    void certificateTampering();
    void expiredCertificate();
    void refusedKeys();
    void refusedInputs();
    void overwriteNeedsForce();
    void signatureInsideModel();
    void unsafeManifests_data();
    void unsafeManifests();
    void exclusions();
    void singleFileAndDeterminism();

private:
    QTemporaryDir m_dir;
    QString m_key, m_pub;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshModel(const QString &name, const Tree &tree = kModel)
    {
        const QString p = path(name);
        QDir(p).removeRecursively();
        writeTree(p, tree);
        return p;
    }
};

void TestSignVerify::initTestCase()
{
    m_key = path(QStringLiteral("key.pem"));
    m_pub = path(QStringLiteral("pub.pem"));
    const QByteArray key = pk::ecKey("P-256");
    pk::writeBytes(m_key, key);
    pk::writeBytes(m_pub, pk::publicPem(key));
}

void TestSignVerify::keyRoundTrip_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<pk::KeyFormat>("format");
    for (const char *g : {"P-256", "P-384", "P-521"}) {
        QTest::addRow("%s-pkcs8", g) << QByteArray(g) << pk::KeyFormat::Pkcs8;
        QTest::addRow("%s-sec1", g) << QByteArray(g) << pk::KeyFormat::Sec1;
        QTest::addRow("%s-encrypted", g) << QByteArray(g) << pk::KeyFormat::EncryptedPkcs8;
        QTest::addRow("%s-encrypted-sec1", g) << QByteArray(g) << pk::KeyFormat::EncryptedSec1;
    }
}

void TestSignVerify::keyRoundTrip()
{
    QFETCH(QByteArray, group);
    QFETCH(pk::KeyFormat, format);
    const QByteArray pass = "s3cret pass";
    const QByteArray clear = pk::ecKey(group.constData());
    auto parsed = readPrivateKeyPem(clear, SecretBuffer());
    QVERIFY(parsed);
    // Re-encode the same key in the format under test.
    QByteArray pem = clear;
    if (format != pk::KeyFormat::Pkcs8) {
        const QString tmpPem = path(QStringLiteral("reencode.pem"));
        pk::writeBytes(tmpPem, clear);
        QProcess p;
        QStringList args{QStringLiteral("ec"), QStringLiteral("-in"), tmpPem};
        if (format == pk::KeyFormat::EncryptedPkcs8)
            args = {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), tmpPem, QStringLiteral("-v2"),
                    QStringLiteral("aes-256-cbc"), QStringLiteral("-passout"), QStringLiteral("pass:") + QString::fromLatin1(pass)};
        else if (format == pk::KeyFormat::EncryptedSec1)
            args << QStringLiteral("-aes128") << QStringLiteral("-passout") << QStringLiteral("pass:") + QString::fromLatin1(pass);
        p.start(QStringLiteral("openssl"), args);
        QVERIFY(p.waitForFinished(30000));
        pem = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const bool encrypted = format == pk::KeyFormat::EncryptedPkcs8 || format == pk::KeyFormat::EncryptedSec1;
    QCOMPARE(pem.contains("ENCRYPTED"), encrypted);
    QCOMPARE(pem.contains("BEGIN EC PRIVATE KEY"), format == pk::KeyFormat::Sec1 || format == pk::KeyFormat::EncryptedSec1);
    const QString keyPath = path(QStringLiteral("k-") + QString::fromLatin1(QTest::currentDataTag()));
    const QString pubPath = keyPath + QStringLiteral(".pub");
    pk::writeBytes(keyPath, pem);
    pk::writeBytes(pubPath, pk::publicPem(clear));

    const QString model = freshModel(QStringLiteral("model-rt"));
    const QString sig = model + QStringLiteral("/model.sig");
    auto signed_ = sign({model, sig, keyPath, encrypted ? pass : QByteArray()});
    QVERIFY2(signed_, qPrintable(signed_ ? QString() : signed_.error().message));
    if (encrypted)
        QVERIFY(!sign({model, path(QStringLiteral("x.sig")), keyPath, "wrong"}));

    // The manifest, computed independently.
    QStringList names;
    for (const Resource &r : signed_->manifest.resources) {
        names << r.name;
        QCOMPARE(r.digest, sha256(kModel.value(r.name.toUtf8())));
        QCOMPARE(r.algorithm, QStringLiteral("sha256"));
    }
    QCOMPARE(names, QStringList({QStringLiteral("config.json"), QStringLiteral("sub/adapter.bin"), QStringLiteral("weights.bin")}));
    const Json st = payloadOf(sig);
    JSON_COMPARE(QByteArray::fromStdString(st["subject"][0]["digest"]["sha256"].get<std::string>()), expectedFilesRoot(kModel).toHex());
    JSON_COMPARE(st["subject"][0]["name"], Json("model-rt"));
    const Json ignores = st["predicate"]["serialization"]["ignore_paths"];
    for (const char *p : {".git", ".gitattributes", ".github", ".gitignore", "model.sig"})
        QVERIFY2(std::find(ignores.begin(), ignores.end(), Json(p)) != ignores.end(), p);
    auto bundle = parseBundle(pk::readBytes(sig));
    QVERIFY(bundle);
    QCOMPARE(bundle->publicKeyHint, QString::fromLatin1(sha256(pk::publicPem(clear)).toHex()));
    // The signature verifies under the curve hash, checked with OpenSSL directly.
    auto pub = readPublicKeyPem(pk::publicPem(clear));
    const char *md = group == "P-256" ? "SHA256" : group == "P-384" ? "SHA384" : "SHA512";
    QVERIFY(verifySignature(**pub, md, pae(kInTotoPayloadType, bundle->dsse->payload), bundle->dsse->signatures[0].sig));

    const VerificationFacts f = verify({model, sig, pubPath});
    VERIFY_STATUS(f, VerdictStatus::Verified);
    QCOMPARE(f.diff.count(DiffKind::Unchanged), 3);
    QCOMPARE(f.signer.keyFingerprint, pk::spkiFingerprint(pk::publicPem(clear)));
}

void TestSignVerify::certificateRoundTrip()
{
    const pk::Chain c = pk::writeChain(m_dir.path(), QStringLiteral("rt"));
    // A chain file with the intermediate and the root, and text between them.
    const QString chainFile = path(QStringLiteral("rt-chain.txt"));
    pk::writeBytes(chainFile, "Intermediate:\n" + pk::readBytes(c.intCert) + "\nRoot (not needed in the bundle):\n"
                                  + pk::readBytes(c.rootCert) + "\n-- end --\n");
    const QString model = freshModel(QStringLiteral("model-cert"));
    const QString sig = path(QStringLiteral("model-cert.sig"));
    auto s = sign({model, sig, c.leafKey, {}, c.leafCert, {chainFile}});
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    auto bundle = parseBundle(pk::readBytes(sig));
    QVERIFY(bundle);
    QCOMPARE(bundle->material, MaterialKind::X509CertificateChain);
    // [leaf, intermediate]; the root is omitted (model-signing-format §12).
    QCOMPARE(bundle->certificates, QList<QByteArray>({pk::certDer(pk::readBytes(c.leafCert)), pk::certDer(pk::readBytes(c.intCert))}));

    VerificationFacts f = verify({model, sig, {}, {c.rootCert}});
    VERIFY_STATUS(f, VerdictStatus::Verified);
    QCOMPARE(f.chain->path.size(), 3);
    QCOMPARE(f.signer.chain.size(), 2);
    // The intermediate alone as the anchor works too.
    VERIFY_STATUS(verify({model, sig, {}, {c.intCert}}), VerdictStatus::Verified);
    // A certificate that is not the signing key's is refused.
    const pk::Chain other = pk::writeChain(m_dir.path(), QStringLiteral("other"));
    auto mismatch = sign({model, path(QStringLiteral("mismatch.sig")), c.leafKey, {}, other.leafCert});
    QVERIFY(!mismatch);
    QVERIFY(mismatch.error().message.contains(QLatin1String("does not match")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("mismatch.sig"))));
    // Leaf keys on other curves.
    for (const char *g : {"P-384", "P-521"}) {
        const pk::Chain cc = pk::writeChain(m_dir.path(), QStringLiteral("curve-") + QLatin1String(g), {QStringLiteral("signer")}, g);
        const QString sig2 = path(QStringLiteral("curve-%1.sig").arg(QLatin1String(g)));
        QVERIFY(sign({model, sig2, cc.leafKey, {}, cc.leafCert, {cc.intCert}}));
        VERIFY_STATUS(verify({model, sig2, {}, {cc.rootCert}}), VerdictStatus::Verified);
    }
}

void TestSignVerify::selfSignedLeaf()
{
    const QByteArray key = pk::ecKey("P-384");
    const QString keyPath = path(QStringLiteral("self-key.pem")), certPath = path(QStringLiteral("self-cert.pem"));
    pk::writeBytes(keyPath, key);
    pk::writeBytes(certPath, pk::certificate({QStringLiteral("self")}, key));
    const QString model = freshModel(QStringLiteral("model-self"));
    const QString sig = path(QStringLiteral("self.sig"));
    QVERIFY(sign({model, sig, keyPath, {}, certPath, {certPath}}));
    auto bundle = parseBundle(pk::readBytes(sig));
    QCOMPARE(bundle->certificates.size(), 1);  // the leaf, not twice
    VERIFY_STATUS(verify({model, sig, {}, {certPath}}), VerdictStatus::Verified);
    const QString stranger = path(QStringLiteral("stranger.pem"));
    pk::writeBytes(stranger, pk::certificate({QStringLiteral("self")}, pk::ecKey("P-384")));
    VERIFY_STATUS(verify({model, sig, {}, {stranger}}), VerdictStatus::SignerNotTrusted);
}

void TestSignVerify::contentTampering()
{
    const QString model = freshModel(QStringLiteral("model-tamper"));
    const QString sig = path(QStringLiteral("tamper.sig"));
    QVERIFY(sign({model, sig, m_key}));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::Verified);

    pk::writeBytes(model + QStringLiteral("/config.json"), "{\"a\":2}");
    VerificationFacts f = verify({model, sig, m_pub});
    VERIFY_STATUS(f, VerdictStatus::ContentMismatch);
    const DiffEntry *e = entry(f.diff, QStringLiteral("config.json"));
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Changed);
    QCOMPARE(e->expected, sha256("{\"a\":1}"));
    QCOMPARE(e->actual, sha256("{\"a\":2}"));
    QCOMPARE(f.diff.count(DiffKind::Unchanged), 2);
    pk::writeBytes(model + QStringLiteral("/config.json"), "{\"a\":1}");

    pk::writeBytes(model + QStringLiteral("/sub/new.bin"), "new");
    f = verify({model, sig, m_pub});
    VERIFY_STATUS(f, VerdictStatus::ContentMismatch);
    e = entry(f.diff, QStringLiteral("sub/new.bin"));
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Added);
    QCOMPARE(e->actual, sha256("new"));
    QVERIFY(e->expected.isEmpty());
    QFile::remove(model + QStringLiteral("/sub/new.bin"));

    QFile::remove(model + QStringLiteral("/weights.bin"));
    f = verify({model, sig, m_pub});
    VERIFY_STATUS(f, VerdictStatus::ContentMismatch);
    e = entry(f.diff, QStringLiteral("weights.bin"));
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Missing);
    QCOMPARE(e->expected, sha256(kModel.value("weights.bin")));

    // An empty directory is not content.
    writeTree(model, {{"weights.bin", kModel.value("weights.bin")}});
    QDir(model).mkpath(QStringLiteral("empty/dir"));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::Verified);

    // A signature for another model.
    const QString other = freshModel(QStringLiteral("model-other"), {{"weights.bin", "other"}});
    const QString otherSig = path(QStringLiteral("other.sig"));
    QVERIFY(sign({other, otherSig, m_key}));
    VERIFY_STATUS(verify({model, otherSig, m_pub}), VerdictStatus::ContentMismatch);
}

void TestSignVerify::renamedFileIsMoved()
{
    const QString model = freshModel(QStringLiteral("model-move"));
    const QString sig = path(QStringLiteral("move.sig"));
    QVERIFY(sign({model, sig, m_key}));
    QVERIFY(QFile::rename(model + QStringLiteral("/sub/adapter.bin"), model + QStringLiteral("/adapter-renamed.bin")));
    const VerificationFacts f = verify({model, sig, m_pub});
    VERIFY_STATUS(f, VerdictStatus::ContentMismatch);
    const DiffEntry *e = entry(f.diff, QStringLiteral("adapter-renamed.bin"));
    QVERIFY(e);
    QCOMPARE(e->kind, DiffKind::Moved);
    QCOMPARE(e->movedFrom, QStringLiteral("sub/adapter.bin"));
    QCOMPARE(e->expected, sha256("adapter"));
    QCOMPARE(e->actual, sha256("adapter"));
    QVERIFY(!entry(f.diff, QStringLiteral("sub/adapter.bin")));
    QCOMPARE(f.diff.count(DiffKind::Missing), 0);
    QCOMPARE(f.diff.count(DiffKind::Added), 0);
}

void TestSignVerify::signatureTampering()
{
    const QString model = freshModel(QStringLiteral("model-sigt"));
    const QString sig = path(QStringLiteral("sigt.sig"));
    QVERIFY(sign({model, sig, m_key}));
    const QByteArray good = pk::readBytes(sig);
    Json b = Json::parse(good.toStdString());

    Json flipped = b;
    QByteArray s = QByteArray::fromBase64(QByteArray::fromStdString(b["dsseEnvelope"]["signatures"][0]["sig"].get<std::string>()));
    s[10] = char(s[10] ^ 0x80);
    flipped["dsseEnvelope"]["signatures"][0]["sig"] = s.toBase64().toStdString();
    pk::writeBytes(sig, QByteArray::fromStdString(flipped.dump()));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::BadSignature);

    // The payload edited without re-signing (here: another resource digest).
    Json edited = b;
    Json payload = Json::parse(QByteArray::fromBase64(QByteArray::fromStdString(b["dsseEnvelope"]["payload"].get<std::string>())).toStdString());
    payload["predicateType"] = "https://model_signing/signature/v9";
    edited["dsseEnvelope"]["payload"] = QByteArray::fromStdString(payload.dump()).toBase64().toStdString();
    pk::writeBytes(sig, QByteArray::fromStdString(edited.dump()));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::BadSignature);

    // The outer media type changed: the inner signature is fine, the bundle is not.
    Json media = b;
    media["mediaType"] = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    pk::writeBytes(sig, QByteArray::fromStdString(media.dump()));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::MalformedSignature);
    // An empty signature list, a truncated file.
    Json none = b;
    none["dsseEnvelope"]["signatures"] = Json::array();
    pk::writeBytes(sig, QByteArray::fromStdString(none.dump()));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::MalformedSignature);
    pk::writeBytes(sig, good.left(100));
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::MalformedSignature);

    // A wrong key: the hint already disagrees.
    pk::writeBytes(sig, good);
    const QString wrong = path(QStringLiteral("wrong-pub.pem"));
    pk::writeBytes(wrong, pk::publicPem(pk::ecKey("P-256")));
    const VerificationFacts f = verify({model, sig, wrong});
    VERIFY_STATUS(f, VerdictStatus::BadSignature);
    QVERIFY(f.hintMismatch);
    // Without the hint, the signature itself decides.
    Json noHint = b;
    noHint["verificationMaterial"]["publicKey"].erase("hint");
    noHint["verificationMaterial"]["publicKey"]["rawBytes"] = pk::readBytes(m_pub).toBase64().toStdString();
    pk::writeBytes(sig, QByteArray::fromStdString(noHint.dump()));
    const VerificationFacts g = verify({model, sig, wrong});
    VERIFY_STATUS(g, VerdictStatus::BadSignature);
    QVERIFY(!g.hintMismatch);
    const VerificationFacts h = verify({model, sig, m_pub});
    VERIFY_STATUS(h, VerdictStatus::Verified);
    QVERIFY(h.legacyKeyMaterial);
}

void TestSignVerify::wrongMaterial()
{
    const pk::Chain c = pk::writeChain(m_dir.path(), QStringLiteral("wm"));
    const QString model = freshModel(QStringLiteral("model-wm"));
    const QString certSig = path(QStringLiteral("wm-cert.sig")), keySig = path(QStringLiteral("wm-key.sig"));
    QVERIFY(sign({model, certSig, c.leafKey, {}, c.leafCert, {c.intCert}}));
    QVERIFY(sign({model, keySig, c.leafKey}));
    // A certificate bundle checked as a key, and the other way round.
    VERIFY_STATUS(verify({model, certSig, c.leafPub}), VerdictStatus::WrongMaterial);
    VERIFY_STATUS(verify({model, keySig, {}, {c.rootCert}}), VerdictStatus::WrongMaterial);
    // A certificate file given as the public key, a key given as anchor: bad input.
    VERIFY_STATUS(verify({model, keySig, c.leafCert}), VerdictStatus::CannotVerify);
    VERIFY_STATUS(verify({model, certSig, {}, {c.leafPub}}), VerdictStatus::CannotVerify);
}

void TestSignVerify::certificateTampering()
{
    const pk::Chain c = pk::writeChain(m_dir.path(), QStringLiteral("ct"));
    const QString model = freshModel(QStringLiteral("model-ct"));
    const QString sig = path(QStringLiteral("ct.sig"));
    QVERIFY(sign({model, sig, c.leafKey, {}, c.leafCert, {c.intCert}}));
    const pk::Chain other = pk::writeChain(path(QStringLiteral("other-ct")), QStringLiteral("ct"));  // same names, other keys
    QVERIFY(pk::readBytes(other.rootCert) != pk::readBytes(c.rootCert));
    const VerificationFacts wrongCa = verify({model, sig, {}, {other.rootCert}});
    VERIFY_STATUS(wrongCa, VerdictStatus::SignerNotTrusted);
    QCOMPARE(wrongCa.chain->status, ChainStatus::NoPathToAnchor);
    // The wrong CA stays wrong at signing time.
    VERIFY_STATUS(verify({model, sig, {}, {other.rootCert}, {}, true}), VerdictStatus::SignerNotTrusted);

    pk::writeBytes(model + QStringLiteral("/weights.bin"), "changed");
    VERIFY_STATUS(verify({model, sig, {}, {c.rootCert}}), VerdictStatus::ContentMismatch);

    // A leaf that may not sign code.
    pk::CertSpec noUsage{QStringLiteral("nousage")};
    noUsage.digitalSignature = false;
    noUsage.codeSigning = false;
    const pk::Chain nu = pk::writeChain(m_dir.path(), QStringLiteral("nu"), noUsage);
    const QString model2 = freshModel(QStringLiteral("model-nu"));
    const QString sig2 = path(QStringLiteral("nu.sig"));
    QVERIFY(sign({model2, sig2, nu.leafKey, {}, nu.leafCert, {nu.intCert}}));
    const VerificationFacts f = verify({model2, sig2, {}, {nu.rootCert}});
    VERIFY_STATUS(f, VerdictStatus::SignerNotTrusted);
    QCOMPARE(f.chain->status, ChainStatus::WrongUsage);

    // Not yet valid.
    pk::CertSpec future{QStringLiteral("future")};
    future.notBefore = QDateTime::currentDateTimeUtc().addDays(30);
    future.notAfter = QDateTime::currentDateTimeUtc().addDays(60);
    const pk::Chain fu = pk::writeChain(m_dir.path(), QStringLiteral("fu"), future);
    const QString sig3 = path(QStringLiteral("fu.sig"));
    QVERIFY(sign({model2, sig3, fu.leafKey, {}, fu.leafCert, {fu.intCert}}));
    const VerificationFacts g = verify({model2, sig3, {}, {fu.rootCert}});
    VERIFY_STATUS(g, VerdictStatus::CertificateExpired);
    QCOMPARE(g.chain->status, ChainStatus::NotYetValid);
}

void TestSignVerify::expiredCertificate()
{
    // root and intermediate valid 2019–2040, leaf only 2020-01-01..02.
    pk::CertSpec ca{QStringLiteral("old root"), true};
    ca.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    ca.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray rootKey = pk::ecKey("P-256"), intKey = pk::ecKey("P-256"), leafKey = pk::ecKey("P-256");
    const QByteArray root = pk::certificate(ca, rootKey);
    ca.commonName = QStringLiteral("old int");
    const QByteArray inter = pk::certificate(ca, intKey, rootKey, root);
    pk::CertSpec leaf{QStringLiteral("expired leaf")};
    leaf.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    const QString rootPath = path(QStringLiteral("exp-root.pem")), chainPath = path(QStringLiteral("exp-int.pem"));
    const QString leafPath = path(QStringLiteral("exp-leaf.pem")), keyPath = path(QStringLiteral("exp-key.pem"));
    pk::writeBytes(rootPath, root);
    pk::writeBytes(chainPath, inter);
    pk::writeBytes(leafPath, pk::certificate(leaf, leafKey, intKey, inter));
    pk::writeBytes(keyPath, leafKey);
    const QString model = freshModel(QStringLiteral("model-exp"));
    const QString sig = path(QStringLiteral("exp.sig"));
    QVERIFY(sign({model, sig, keyPath, {}, leafPath, {chainPath}}));
    const VerificationFacts now = verify({model, sig, {}, {rootPath}});
    VERIFY_STATUS(now, VerdictStatus::CertificateExpired);
    QCOMPARE(now.chain->status, ChainStatus::Expired);
    QVERIFY(!isVerified(assess(now).status));
    const VerificationFacts then = verify({model, sig, {}, {rootPath}, {}, true});
    VERIFY_STATUS(then, VerdictStatus::Verified);
    QVERIFY(then.chainCheckedAtSigningTime);
    // At signing time, but the files changed: still a mismatch.
    pk::writeBytes(model + QStringLiteral("/config.json"), "x");
    VERIFY_STATUS(verify({model, sig, {}, {rootPath}, {}, true}), VerdictStatus::ContentMismatch);
}

void TestSignVerify::refusedKeys()
{
    const QString model = freshModel(QStringLiteral("model-refuse"));
    const QString rsa = path(QStringLiteral("rsa.pem")), k1 = path(QStringLiteral("k1.pem"));
    pk::writeBytes(rsa, pk::rsaKey(2048));
    pk::writeBytes(k1, pk::ecKey("secp256k1"));
    auto a = sign({model, path(QStringLiteral("rsa.sig")), rsa});
    QVERIFY(!a);
    QVERIFY(a.error().message.contains(QLatin1String("elliptic-curve")));
    auto b = sign({model, path(QStringLiteral("k1.sig")), k1});
    QVERIFY(!b);
    QVERIFY(b.error().message.contains(QLatin1String("secp256k1")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("rsa.sig"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("k1.sig"))));
    // Verifying with an RSA public key is refused as input.
    const QString rsaPub = path(QStringLiteral("rsa-pub.pem"));
    pk::writeBytes(rsaPub, pk::publicPem(pk::readBytes(rsa)));
    const QString sig = path(QStringLiteral("refuse.sig"));
    QVERIFY(sign({model, sig, m_key}));
    VERIFY_STATUS(verify({model, sig, rsaPub}), VerdictStatus::CannotVerify);
}

void TestSignVerify::refusedInputs()
{
    const QString empty = path(QStringLiteral("empty-model"));
    QDir().mkpath(empty + QStringLiteral("/.git"));
    pk::writeBytes(empty + QStringLiteral("/.gitignore"), "*.tmp\n");
    pk::writeBytes(empty + QStringLiteral("/.git/HEAD"), "ref");
    auto r = sign({empty, path(QStringLiteral("empty.sig")), m_key});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("no files")), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("empty.sig"))));
    QDir().mkpath(path(QStringLiteral("really-empty")));
    QVERIFY(!sign({path(QStringLiteral("really-empty")), path(QStringLiteral("empty2.sig")), m_key}));
    // Missing model, missing signature file.
    QVERIFY(!sign({path(QStringLiteral("nope")), path(QStringLiteral("nope.sig")), m_key}));
    VERIFY_STATUS(verify({path(QStringLiteral("nope")), path(QStringLiteral("refuse.sig")), m_pub}), VerdictStatus::CannotVerify);
    const QString model = freshModel(QStringLiteral("model-nosig"));
    VERIFY_STATUS(verify({model, path(QStringLiteral("absent.sig")), m_pub}), VerdictStatus::CannotVerify);
}

void TestSignVerify::overwriteNeedsForce()
{
    const QString model = freshModel(QStringLiteral("model-force"));
    const QString sig = path(QStringLiteral("force.sig"));
    const QByteArray before = "precious existing content\n";
    pk::writeBytes(sig, before);
    auto r = sign({model, sig, m_key});
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("--force")));
    QCOMPARE(pk::readBytes(sig), before);
    SignArgs a{model, sig, m_key};
    a.overwrite = Overwrite::Allow;
    QVERIFY(sign(a));
    QVERIFY(pk::readBytes(sig) != before);
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::Verified);
    // No stray temporary files next to it.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral(".force.sig*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
}

void TestSignVerify::signatureInsideModel()
{
    const QString model = freshModel(QStringLiteral("model-inside"));
    const QString sig = model + QStringLiteral("/sub/bundle.sig");
    auto r = sign({model, sig, m_key});
    QVERIFY(r);
    for (const Resource &res : r->manifest.resources)
        QVERIFY(res.name != QLatin1String("sub/bundle.sig"));
    QCOMPARE(r->manifest.resources.size(), 3);
    const VerificationFacts f = verify({model, sig, m_pub});
    VERIFY_STATUS(f, VerdictStatus::Verified);
    QVERIFY(f.exclusions.isEmpty());
    // Re-signing in place with --force still leaves the old signature out.
    SignArgs again{model, sig, m_key};
    again.overwrite = Overwrite::Allow;
    auto r2 = sign(again);
    QVERIFY(r2);
    QCOMPARE(r2->manifest.resources.size(), 3);
}

void TestSignVerify::unsafeManifests_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("empty-resources") << "empty";
    QTest::newRow("ignore-dot") << ".";
    QTest::newRow("ignore-empty") << "";
    QTest::newRow("ignore-dot-slash") << "./";
    QTest::newRow("ignore-parent") << "../x";
    QTest::newRow("ignore-absolute") << "/etc";
    QTest::newRow("ignore-glob") << "*";
}

void TestSignVerify::unsafeManifests()
{
    QFETCH(QString, kind);
    const QString model = freshModel(QStringLiteral("model-unsafe"), {{"a.bin", "a"}});
    const bool emptyResources = kind == QLatin1String("empty");
    Json resources = Json::array();
    QByteArray root = sha256(QByteArray());
    if (!emptyResources) {
        resources.push_back({{"name", "a.bin"}, {"algorithm", "sha256"}, {"digest", sha256("a").toHex().toStdString()}});
        root = sha256(sha256("a"));
    }
    Json serialization = {{"method", "files"}, {"hash_type", "sha256"}, {"allow_symlinks", false}};
    serialization["ignore_paths"] = emptyResources ? Json::array({"."}) : Json::array({kind.toStdString()});
    const Json st = {{"_type", "https://in-toto.io/Statement/v1"},
                     {"subject", Json::array({{{"name", "m"}, {"digest", {{"sha256", root.toHex().toStdString()}}}}})},
                     {"predicateType", "https://model_signing/signature/v1.0"},
                     {"predicate", {{"serialization", serialization}, {"resources", resources}}}};
    const QByteArray payload = QByteArray::fromStdString(st.dump());
    auto key = readPrivateKeyPem(pk::readBytes(m_key), SecretBuffer());
    auto sig = signMessage(**key, "SHA256", pae(kInTotoPayloadType, payload));
    QVERIFY(sig);
    const QString bundlePath = path(QStringLiteral("unsafe.sig"));
    pk::writeBytes(bundlePath, omsKeyBundle((*key)->omsHint(), payload, *sig));
    const VerificationFacts f = verify({model, bundlePath, m_pub});
    QCOMPARE(f.signature, SignatureCheck::Valid);  // the signature itself is good
    VERIFY_STATUS(f, VerdictStatus::UnsafeManifest);
    QVERIFY(!isVerified(assess(f).status));
}

void TestSignVerify::exclusions()
{
    const QString model = freshModel(QStringLiteral("model-excl"));
    const QString sig = path(QStringLiteral("excl.sig"));
    QVERIFY(sign({model, sig, m_key}));
    pk::writeBytes(model + QStringLiteral("/unsigned.txt"), "later");
    pk::writeBytes(model + QStringLiteral("/sub/loader.py"), "import os");
    VERIFY_STATUS(verify({model, sig, m_pub}), VerdictStatus::ContentMismatch);
    VerifyArgs a{model, sig, m_pub};
    a.ignoreUnsigned = true;
    const VerificationFacts f = verify(a);
    VERIFY_STATUS(f, VerdictStatus::VerifiedWithExclusions);
    QVERIFY(f.partial);
    QStringList excluded;
    for (const IgnoredEntry &e : f.exclusions)
        excluded << e.path;
    excluded.sort();
    QCOMPARE(excluded, QStringList({QStringLiteral("sub/loader.py"), QStringLiteral("unsigned.txt")}));
    QCOMPARE(f.riskyExclusions, QStringList{QStringLiteral("sub/loader.py")});
    QVERIFY(assess(f).reasons.value(0).contains(QLatin1String("sub/loader.py")));
    // --ignore-unsigned-files still catches changed and missing signed files.
    pk::writeBytes(model + QStringLiteral("/weights.bin"), "evil");
    VERIFY_STATUS(verify(a), VerdictStatus::ContentMismatch);
    QFile::remove(model + QStringLiteral("/weights.bin"));
    VERIFY_STATUS(verify(a), VerdictStatus::ContentMismatch);
    pk::writeBytes(model + QStringLiteral("/weights.bin"), kModel.value("weights.bin"));
    // A user ignore: verified with exclusions, naming the file and its origin.
    VerifyArgs b{model, sig, m_pub};
    b.ignores = {QStringLiteral("unsigned.txt"), QStringLiteral("sub/loader.py")};
    const VerificationFacts g = verify(b);
    VERIFY_STATUS(g, VerdictStatus::VerifiedWithExclusions);
    QCOMPARE(g.exclusions.size(), 2);
    QCOMPARE(g.exclusions[0].origin, IgnoreOrigin::User);
    // Ignoring a signed file is a missing file.
    VerifyArgs c{model, sig, m_pub};
    c.ignores = {QStringLiteral("unsigned.txt"), QStringLiteral("sub/loader.py"), QStringLiteral("config.json")};
    VERIFY_STATUS(verify(c), VerdictStatus::ContentMismatch);
}

void TestSignVerify::singleFileAndDeterminism()
{
    const QString file = path(QStringLiteral("single/model.gguf"));
    pk::writeBytes(file, "GGUF single file model");
    const QString sig = path(QStringLiteral("single.sig"));
    auto r = sign({file, sig, m_key});
    QVERIFY(r);
    QCOMPARE(r->manifest.resources.size(), 1);
    QCOMPARE(r->manifest.resources[0].name, QStringLiteral("."));
    QCOMPARE(r->manifest.resources[0].digest, sha256("GGUF single file model"));
    VERIFY_STATUS(verify({file, sig, m_pub}), VerdictStatus::Verified);
    pk::writeBytes(file, "GGUF single file modeL");
    VERIFY_STATUS(verify({file, sig, m_pub}), VerdictStatus::ContentMismatch);

    const QString model = freshModel(QStringLiteral("model-det"));
    QVERIFY(sign({model, path(QStringLiteral("det1.sig")), m_key}));
    QVERIFY(sign({model, path(QStringLiteral("det2.sig")), m_key}));
    Json p1 = payloadOf(path(QStringLiteral("det1.sig"))), p2 = payloadOf(path(QStringLiteral("det2.sig")));
    JSON_COMPARE(p1["predicate"]["resources"], p2["predicate"]["resources"]);
    JSON_COMPARE(p1["subject"], p2["subject"]);
}

QTEST_GUILESS_MAIN(TestSignVerify)
#include "tst_sign_verify.moc"
