// Keys, signatures, certificates and chains (core/crypto), against material
// made independently with the OpenSSL C API (tests/support/pki).

#include "coretest.h"
#include "pki.h"

#include "crypto/certificate.h"
#include "crypto/chain.h"
#include "crypto/keys.h"
#include "crypto/signatures.h"

#include <QTest>

#include <openssl/ecdsa.h>

using namespace hallmark;
using namespace hallmark::test;
namespace pk = hallmark::test::pki;

Q_DECLARE_METATYPE(pk::KeyFormat)
Q_DECLARE_METATYPE(hallmark::EcCurve)

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateKeyFormats_data();
    void privateKeyFormats();
    void wrongOrMissingPassphrase();
    void publicKeyReaderNamesWrongFiles();
    void vectorKeyHintAndFingerprint();
    void omsCurveOnly();
    void signAndVerify_data();
    void signAndVerify();
    void rawSignatureToDer();
    void certificatesWithTextBetween();
    void certificateDerRejectsTrailingBytes();
    void chainStatuses();
    void chainAtSigningTime();
    void selfSignedLeafIsItsOwnAnchor();
    void vectorChain();
};

void TestCrypto::privateKeyFormats_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<pk::KeyFormat>("format");
    QTest::addColumn<EcCurve>("curve");
    QTest::addColumn<QString>("digest");
    const struct { const char *g; EcCurve c; const char *d; } curves[] = {
        {"P-256", EcCurve::P256, "SHA256"}, {"P-384", EcCurve::P384, "SHA384"}, {"P-521", EcCurve::P521, "SHA512"}};
    const struct { const char *n; pk::KeyFormat f; } formats[] = {{"pkcs8", pk::KeyFormat::Pkcs8},
                                                                  {"sec1", pk::KeyFormat::Sec1},
                                                                  {"encrypted-pkcs8", pk::KeyFormat::EncryptedPkcs8},
                                                                  {"encrypted-sec1", pk::KeyFormat::EncryptedSec1}};
    for (const auto &c : curves)
        for (const auto &f : formats)
            QTest::addRow("%s-%s", c.g, f.n) << QByteArray(c.g) << f.f << c.c << QString::fromLatin1(c.d);
}

void TestCrypto::privateKeyFormats()
{
    QFETCH(QByteArray, group);
    QFETCH(pk::KeyFormat, format);
    QFETCH(EcCurve, curve);
    QFETCH(QString, digest);
    const QByteArray pass = "correct horse";
    const QByteArray pem = pk::ecKey(group.constData(), format, pass);
    const bool encrypted = format == pk::KeyFormat::EncryptedPkcs8 || format == pk::KeyFormat::EncryptedSec1;
    QCOMPARE(privateKeyIsEncrypted(pem), encrypted);
    auto key = readPrivateKeyPem(pem, encrypted ? SecretBuffer(QByteArray(pass)) : SecretBuffer());
    QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
    QCOMPARE((*key)->curve(), std::optional<EcCurve>(curve));
    QCOMPARE((*key)->typeName(), QStringLiteral("EC ") + QString::fromLatin1(group));
    QCOMPARE(QString::fromLatin1((*key)->digestForSignatures()), digest);
    QVERIFY(requireOmsCurve(**key).has_value());
    // The public half matches what OpenSSL derives on its own.
    const QByteArray pub = (*key)->spkiPem();
    QVERIFY(pub.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QCOMPARE((*key)->fingerprint(), pk::spkiFingerprint(pub));
    QCOMPARE((*key)->omsHint(), QString::fromLatin1(sha256(pub).toHex()));
    QVERIFY((*key)->omsHint() != (*key)->fingerprint());
}

void TestCrypto::wrongOrMissingPassphrase()
{
    const QByteArray pem = pk::ecKey("P-256", pk::KeyFormat::EncryptedPkcs8, "right");
    auto none = readPrivateKeyPem(pem, SecretBuffer());
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(QLatin1String("passphrase is needed")), qPrintable(none.error().message));
    auto wrong = readPrivateKeyPem(pem, SecretBuffer(QByteArray("wrong")));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QLatin1String("passphrase is wrong")), qPrintable(wrong.error().message));
    QVERIFY(!readPrivateKeyPem("not a key", SecretBuffer()));
}

void TestCrypto::publicKeyReaderNamesWrongFiles()
{
    const QByteArray key = pk::ecKey("P-256");
    const QByteArray cert = pk::certificate({QStringLiteral("x")}, key);
    auto fromCert = readPublicKeyPem(cert);
    QVERIFY(!fromCert);
    QVERIFY(fromCert.error().message.contains(QLatin1String("certificate, not a public key")));
    auto fromPrivate = readPublicKeyPem(key);
    QVERIFY(!fromPrivate);
    QVERIFY(fromPrivate.error().message.contains(QLatin1String("private key")));
    auto certFromKey = readCertificatesPem(pk::publicPem(key));
    QVERIFY(!certFromKey);
    QVERIFY(certFromKey.error().message.contains(QLatin1String("public key, not a certificate")));
    // Text before the block (certtool dumps) is skipped.
    auto withText = readPublicKeyPem("Public Key Info:\n\tfoo\n" + pk::publicPem(key) + "trailing\n");
    QVERIFY(withText);
}

void TestCrypto::vectorKeyHintAndFingerprint()
{
    HALLMARK_SHARED_OR_SKIP(dir, "model-signing");
    const QString keys = dir + QStringLiteral("/scripts/tests/keys/certificate/");
    auto pub = readPublicKeyFile(keys + QStringLiteral("signing-key-pub.pem"));
    QVERIFY(pub);
    QCOMPARE((*pub)->omsHint(), QStringLiteral("e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e"));
    QVERIFY((*pub)->fingerprint().startsWith(QLatin1String("c1e49d63")));
    QCOMPARE((*pub)->typeName(), QStringLiteral("EC P-384"));
    auto priv = readPrivateKeyPem(pk::readBytes(keys + QStringLiteral("signing-key.pem")), SecretBuffer());
    QVERIFY(priv);
    QCOMPARE((*priv)->fingerprint(), (*pub)->fingerprint());
}

void TestCrypto::omsCurveOnly()
{
    auto rsa = readPrivateKeyPem(pk::rsaKey(2048), SecretBuffer());
    QVERIFY(rsa);
    auto r = requireOmsCurve(**rsa);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("RSA 2048")));
    auto k1 = readPrivateKeyPem(pk::ecKey("secp256k1"), SecretBuffer());
    QVERIFY(k1);
    QVERIFY(!(*k1)->curve());
    auto r1 = requireOmsCurve(**k1);
    QVERIFY(!r1);
    QVERIFY(r1.error().message.contains(QLatin1String("secp256k1")));
}

void TestCrypto::signAndVerify_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::newRow("P-256") << QByteArray("P-256");
    QTest::newRow("P-384") << QByteArray("P-384");
    QTest::newRow("P-521") << QByteArray("P-521");
}

void TestCrypto::signAndVerify()
{
    QFETCH(QByteArray, group);
    auto key = readPrivateKeyPem(pk::ecKey(group.constData()), SecretBuffer());
    auto other = readPrivateKeyPem(pk::ecKey(group.constData()), SecretBuffer());
    QVERIFY(key && other);
    const QByteArray msg = "DSSEv1 4 type 5 hello";
    auto sig = signMessage(**key, (*key)->digestForSignatures(), msg);
    QVERIFY(sig);
    const KeyPtr pub = (*key)->publicOnly();
    QVERIFY(verifySignature(*pub, (*key)->digestForSignatures(), msg, *sig));
    QVERIFY(!verifySignature(*pub, (*key)->digestForSignatures(), msg + "!", *sig));
    QVERIFY(!verifySignature(*(*other)->publicOnly(), (*key)->digestForSignatures(), msg, *sig));
    QByteArray flipped = *sig;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    QVERIFY(!verifySignature(*pub, (*key)->digestForSignatures(), msg, flipped));
    QVERIFY(!verifySignature(*pub, (*key)->digestForSignatures(), msg, QByteArray()));
    // The curve's own hash, not another one.
    if (group != "P-256")
        QVERIFY(!verifySignature(*pub, "SHA256", msg, *sig));
}

void TestCrypto::rawSignatureToDer()
{
    auto key = readPrivateKeyPem(pk::ecKey("P-384"), SecretBuffer());
    QVERIFY(key);
    auto der = signMessage(**key, "SHA384", "message");
    QVERIFY(der);
    const auto *p = reinterpret_cast<const unsigned char *>(der->constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der->size()));
    QVERIFY(sig);
    QByteArray raw(96, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 48);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 48, 48);
    ECDSA_SIG_free(sig);
    auto back = ecdsaRawToDer(raw);
    QVERIFY(back);
    QCOMPARE(*back, *der);
    QVERIFY(!ecdsaRawToDer(QByteArray(95, 'x')));
    QVERIFY(!ecdsaRawToDer(QByteArray()));
}

void TestCrypto::certificatesWithTextBetween()
{
    QTemporaryDir tmp;
    const pk::Chain c = pk::writeChain(tmp.path());
    const QByteArray text = "Subject: whatever\n" + pk::readBytes(c.leafCert) + "\nsome notes here\n\n"
        + pk::readBytes(c.intCert) + "a key in between:\n" + pk::readBytes(c.leafPub) + pk::readBytes(c.rootCert) + "end\n";
    auto certs = readCertificatesPem(text);
    QVERIFY2(certs, qPrintable(certs ? QString() : certs.error().message));
    QCOMPARE(certs->size(), 3);
    QCOMPARE(certs->at(0)->commonName(), QStringLiteral("signer"));
    QCOMPARE(certs->at(1)->commonName(), QStringLiteral("pki intermediate"));
    QCOMPARE(certs->at(2)->commonName(), QStringLiteral("pki root"));
    QVERIFY(!certs->at(0)->isCa());
    QVERIFY(certs->at(1)->isCa());
    QVERIFY(certs->at(2)->isSelfIssued());
    QVERIFY(!certs->at(1)->isSelfIssued());
    QVERIFY(certs->at(0)->allowsCodeSigning());
    QCOMPARE(certs->at(0)->der(), pk::certDer(pk::readBytes(c.leafCert)));
    QCOMPARE(certs->at(0)->fingerprint(), QString::fromLatin1(sha256(pk::certDer(pk::readBytes(c.leafCert))).toHex()));
    QCOMPARE(certs->at(0)->publicKey()->fingerprint(), pk::spkiFingerprint(pk::readBytes(c.leafPub)));
    QVERIFY(!readCertificatesPem("no certificates at all"));
}

void TestCrypto::certificateDerRejectsTrailingBytes()
{
    const QByteArray der = pk::certDer(pk::certificate({QStringLiteral("x")}, pk::ecKey("P-256")));
    QVERIFY(readCertificateDer(der));
    QVERIFY(!readCertificateDer(der + "x"));
    QVERIFY(!readCertificateDer(der.left(der.size() - 1)));
    QVERIFY(!readCertificateDer(QByteArray()));
}

namespace {
CertificatePtr loadOne(const QByteArray &pem)
{
    auto certs = readCertificatesPem(pem);
    return certs ? certs->first() : nullptr;
}
} // namespace

void TestCrypto::chainStatuses()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray rootKey = pk::ecKey("P-384"), intKey = pk::ecKey("P-256"), leafKey = pk::ecKey("P-256");
    const QByteArray root = pk::certificate({QStringLiteral("root"), true}, rootKey);
    const QByteArray inter = pk::certificate({QStringLiteral("int"), true}, intKey, rootKey, root);
    const QByteArray otherRootKey = pk::ecKey("P-256");
    const QByteArray otherRoot = pk::certificate({QStringLiteral("root"), true}, otherRootKey);
    auto leafWith = [&](pk::CertSpec spec) { return loadOne(pk::certificate(spec, leafKey, intKey, inter)); };
    const CertificatePtr r = loadOne(root), i = loadOne(inter), o = loadOne(otherRoot);

    const CertificatePtr good = leafWith({QStringLiteral("leaf")});
    QCOMPARE(verifyChain(good, {i}, {r}, now).status, ChainStatus::Trusted);
    ChainResult full = verifyChain(good, {i}, {r}, now);
    QCOMPARE(full.path.size(), 3);
    QCOMPARE(full.path.last()->der(), r->der());
    // An intermediate chosen as anchor is enough.
    QCOMPARE(verifyChain(good, {}, {i}, now).status, ChainStatus::Trusted);
    // Same name, other key: no path.
    QCOMPARE(verifyChain(good, {i}, {o}, now).status, ChainStatus::NoPathToAnchor);
    QCOMPARE(verifyChain(good, {}, {r}, now).status, ChainStatus::NoPathToAnchor);
    // The root inside the bundle does not make itself trusted.
    QCOMPARE(verifyChain(good, {i, r}, {o}, now).status, ChainStatus::NoPathToAnchor);

    pk::CertSpec expired{QStringLiteral("leaf")};
    expired.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    expired.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    ChainResult e = verifyChain(leafWith(expired), {i}, {r}, now);
    QCOMPARE(e.status, ChainStatus::Expired);
    QVERIFY(!e.reason.isEmpty());

    pk::CertSpec future{QStringLiteral("leaf")};
    future.notBefore = now.addDays(30);
    future.notAfter = now.addDays(60);
    QCOMPARE(verifyChain(leafWith(future), {i}, {r}, now).status, ChainStatus::NotYetValid);

    pk::CertSpec noUsage{QStringLiteral("leaf")};
    noUsage.digitalSignature = false;
    noUsage.codeSigning = false;
    QCOMPARE(verifyChain(leafWith(noUsage), {i}, {r}, now).status, ChainStatus::WrongUsage);
    // Either usage alone is enough (KU digitalSignature or EKU codeSigning).
    pk::CertSpec kuOnly{QStringLiteral("leaf")};
    kuOnly.codeSigning = false;
    QCOMPARE(verifyChain(leafWith(kuOnly), {i}, {r}, now).status, ChainStatus::Trusted);
    pk::CertSpec ekuOnly{QStringLiteral("leaf")};
    ekuOnly.digitalSignature = false;
    QCOMPARE(verifyChain(leafWith(ekuOnly), {i}, {r}, now).status, ChainStatus::Trusted);
}

void TestCrypto::chainAtSigningTime()
{
    const QByteArray rootKey = pk::ecKey("P-256"), leafKey = pk::ecKey("P-256");
    pk::CertSpec rootSpec{QStringLiteral("root"), true};
    rootSpec.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    rootSpec.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray root = pk::certificate(rootSpec, rootKey);
    pk::CertSpec expired{QStringLiteral("leaf")};
    expired.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    expired.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    const CertificatePtr leaf = loadOne(pk::certificate(expired, leafKey, rootKey, root));
    QCOMPARE(leaf->notBefore(), expired.notBefore);
    QCOMPARE(leaf->notAfter(), expired.notAfter);
    QCOMPARE(verifyChain(leaf, {}, {loadOne(root)}, QDateTime::currentDateTimeUtc()).status, ChainStatus::Expired);
    QCOMPARE(verifyChain(leaf, {}, {loadOne(root)}, leaf->notBefore()).status, ChainStatus::Trusted);
}

void TestCrypto::selfSignedLeafIsItsOwnAnchor()
{
    const CertificatePtr self = loadOne(pk::certificate({QStringLiteral("self")}, pk::ecKey("P-256")));
    QVERIFY(self->isSelfIssued());
    const ChainResult r = verifyChain(self, {}, {self}, QDateTime::currentDateTimeUtc());
    QVERIFY2(r.status == ChainStatus::Trusted, qPrintable(r.detail));
    const CertificatePtr stranger = loadOne(pk::certificate({QStringLiteral("self")}, pk::ecKey("P-256")));
    QCOMPARE(verifyChain(self, {}, {stranger}, QDateTime::currentDateTimeUtc()).status, ChainStatus::NoPathToAnchor);
}

void TestCrypto::vectorChain()
{
    HALLMARK_SHARED_OR_SKIP(dir, "model-signing");
    const QString keys = dir + QStringLiteral("/scripts/tests/keys/certificate/");
    auto leaf = readCertificateFile(keys + QStringLiteral("signing-key-cert.pem"));
    auto inter = readCertificateFile(keys + QStringLiteral("int-ca-cert.pem"));
    auto root = readCertificateFile(keys + QStringLiteral("ca-cert.pem"));
    QVERIFY(leaf && inter && root);
    QCOMPARE(leaf->size(), 1);
    QCOMPARE(leaf->first()->commonName(), QStringLiteral("intermediate-ca"));
    QCOMPARE(root->first()->commonName(), QStringLiteral("root-ca"));
    QCOMPARE(leaf->first()->notBefore().date(), QDate(2025, 5, 2));
    QCOMPARE(leaf->first()->notAfter().date(), QDate(2035, 4, 30));
    QCOMPARE(leaf->first()->publicKey()->typeName(), QStringLiteral("EC P-384"));
    QCOMPARE(root->first()->publicKey()->typeName(), QStringLiteral("RSA 3072"));
    const QDateTime at(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(verifyChain(leaf->first(), *inter, *root, at).status, ChainStatus::Trusted);
    QCOMPARE(verifyChain(leaf->first(), {}, *root, at).status, ChainStatus::NoPathToAnchor);
    QCOMPARE(verifyChain(leaf->first(), *inter, *root, QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC)).status,
             ChainStatus::Expired);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
