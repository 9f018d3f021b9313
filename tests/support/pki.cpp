#include "pki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hallmark::test::pki {

namespace {

QByteArray bioBytes(BIO *bio)
{
    char *p = nullptr;
    const long n = BIO_get_mem_data(bio, &p);
    QByteArray out(p, int(n));
    BIO_free(bio);
    return out;
}

EVP_PKEY *loadPrivate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return k;
}

X509 *loadCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return x;
}

QByteArray privatePem(EVP_PKEY *key, KeyFormat format, const QByteArray &passphrase)
{
    BIO *bio = BIO_new(BIO_s_mem());
    auto *pass = reinterpret_cast<unsigned char *>(const_cast<char *>(passphrase.constData()));
    switch (format) {
    case KeyFormat::Pkcs8: PEM_write_bio_PKCS8PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); break;
    case KeyFormat::Sec1: PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr); break;
    case KeyFormat::EncryptedPkcs8:
        PEM_write_bio_PKCS8PrivateKey(bio, key, EVP_aes_256_cbc(), passphrase.constData(), int(passphrase.size()),
                                      nullptr, nullptr);
        break;
    case KeyFormat::EncryptedSec1:
        PEM_write_bio_PrivateKey_traditional(bio, key, EVP_aes_128_cbc(), pass, int(passphrase.size()), nullptr,
                                             nullptr);
        break;
    }
    return bioBytes(bio);
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    QVERIFY2(ext, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

} // namespace

QByteArray ecKey(const char *group, KeyFormat format, const QByteArray &passphrase)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
    if (!key)
        qFatal("EC key generation failed for %s", group);
    const QByteArray pem = privatePem(key, format, passphrase);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray rsaKey(int bits)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    const QByteArray pem = privatePem(key, KeyFormat::Pkcs8, {});
    EVP_PKEY_free(key);
    return pem;
}

QByteArray publicPem(const QByteArray &privatePemText)
{
    EVP_PKEY *key = loadPrivate(privatePemText);
    if (!key)
        qFatal("publicPem: not a clear private key");
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    EVP_PKEY_free(key);
    return bioBytes(bio);
}

QString spkiFingerprint(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    const QByteArray bytes(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    EVP_PKEY_free(key);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray certificate(const CertSpec &spec, const QByteArray &subjectKey, const QByteArray &issuerKey,
                       const QByteArray &issuerCert)
{
    EVP_PKEY *subject = loadPrivate(subjectKey);
    EVP_PKEY *signer = issuerKey.isEmpty() ? subject : loadPrivate(issuerKey);
    X509 *issuer = issuerCert.isEmpty() ? nullptr : loadCert(issuerCert);
    X509 *x = X509_new();
    X509_set_version(x, 2);
    unsigned char serial[12];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_NAME *name = X509_NAME_new();
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Hallmark tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_subject_name(x, name);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
    X509_NAME_free(name);
    ASN1_TIME_set(X509_getm_notBefore(x), time_t(spec.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x), time_t(spec.notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(x, subject);
    X509 *extIssuer = issuer ? issuer : x;
    addExt(x, extIssuer, NID_subject_key_identifier, "hash");
    addExt(x, extIssuer, NID_authority_key_identifier, "keyid:always");
    if (spec.ca) {
        addExt(x, extIssuer, NID_basic_constraints, "critical,CA:TRUE");
        addExt(x, extIssuer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        addExt(x, extIssuer, NID_basic_constraints, "critical,CA:FALSE");
        addExt(x, extIssuer, NID_key_usage, spec.digitalSignature ? "critical,digitalSignature" : "critical,keyAgreement");
        addExt(x, extIssuer, NID_ext_key_usage, spec.codeSigning ? "codeSigning" : "serverAuth");
    }
    X509_sign(x, signer, EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, x);
    X509_free(x);
    X509_free(issuer);
    if (signer != subject)
        EVP_PKEY_free(signer);
    EVP_PKEY_free(subject);
    return bioBytes(bio);
}

QByteArray certDer(const QByteArray &certPem)
{
    X509 *x = loadCert(certPem);
    unsigned char *der = nullptr;
    const int len = i2d_X509(x, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_free(x);
    return out;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Chain writeChain(const QString &dir, const QString &prefix, const CertSpec &leaf, const char *leafGroup)
{
    const QByteArray rootKey = ecKey("P-384");
    const QByteArray intKey = ecKey("P-256");
    const QByteArray leafKey = ecKey(leafGroup);
    const QByteArray root = certificate({prefix + QStringLiteral(" root"), true}, rootKey);
    const QByteArray inter = certificate({prefix + QStringLiteral(" intermediate"), true}, intKey, rootKey, root);
    const QByteArray leafCert = certificate(leaf, leafKey, intKey, inter);
    Chain c;
    const QDir d(dir);
    c.rootCert = d.filePath(prefix + QStringLiteral("-root.pem"));
    c.rootKey = d.filePath(prefix + QStringLiteral("-root-key.pem"));
    c.intCert = d.filePath(prefix + QStringLiteral("-int.pem"));
    c.intKey = d.filePath(prefix + QStringLiteral("-int-key.pem"));
    c.leafCert = d.filePath(prefix + QStringLiteral("-leaf.pem"));
    c.leafKey = d.filePath(prefix + QStringLiteral("-leaf-key.pem"));
    c.leafPub = d.filePath(prefix + QStringLiteral("-leaf-pub.pem"));
    writeBytes(c.rootCert, root);
    writeBytes(c.rootKey, rootKey);
    writeBytes(c.intCert, inter);
    writeBytes(c.intKey, intKey);
    writeBytes(c.leafCert, leafCert);
    writeBytes(c.leafKey, leafKey);
    writeBytes(c.leafPub, publicPem(leafKey));
    return c;
}

} // namespace hallmark::test::pki
