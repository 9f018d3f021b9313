#pragma once

// Test keys and certificates made with the OpenSSL C API, independently of
// hallmark's crypto code. Everything is PEM; nothing is trusted beyond a test.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hallmark::test::pki {

enum class KeyFormat { Pkcs8, Sec1, EncryptedPkcs8, EncryptedSec1 };

// "P-256", "P-384", "P-521", "secp256k1".
QByteArray ecKey(const char *group, KeyFormat format = KeyFormat::Pkcs8, const QByteArray &passphrase = {});
QByteArray rsaKey(int bits = 2048);
// SPKI PEM of a clear private key PEM.
QByteArray publicPem(const QByteArray &privatePem);
// Hex SHA-256 of the SPKI DER (what hallmark calls the fingerprint).
QString spkiFingerprint(const QByteArray &pem);

struct CertSpec {
    QString commonName;
    bool ca = false;
    bool digitalSignature = true;  // leaf KU
    bool codeSigning = true;       // leaf EKU
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(365);
};

// Certificate for `subjectKey` (private PEM) issued by `issuerKey` with
// `issuerCert`; both empty means self-signed.
QByteArray certificate(const CertSpec &spec, const QByteArray &subjectKey, const QByteArray &issuerKey = {},
                       const QByteArray &issuerCert = {});
QByteArray certDer(const QByteArray &certPem);

// root → intermediate → leaf, written as files into `dir`.
struct Chain {
    QString rootCert, rootKey, intCert, intKey, leafCert, leafKey, leafPub;
};
Chain writeChain(const QString &dir, const QString &prefix = QStringLiteral("pki"),
                 const CertSpec &leaf = {QStringLiteral("signer")}, const char *leafGroup = "P-256");

void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

} // namespace hallmark::test::pki
