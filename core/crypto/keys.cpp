#include "crypto/keys.h"

#include "common/tr.h"
#include "hashing/digester.h"

#include <QFile>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace hallmark {

namespace {

int passphraseCallback(char *buf, int size, int, void *userdata)
{
    const auto *secret = static_cast<const SecretBuffer *>(userdata);
    if (!secret || secret->isEmpty() || secret->size() > size)
        return -1;
    memcpy(buf, secret->data(), size_t(secret->size()));
    return int(secret->size());
}

QString groupName(EVP_PKEY *pkey)
{
    char name[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &len) != 1)
        return {};
    return QString::fromLatin1(name, int(len));
}

} // namespace

std::shared_ptr<Key> Key::publicOnly() const
{
    const QByteArray der = spkiDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return std::make_shared<Key>(ossl::Pkey(d2i_PUBKEY(nullptr, &p, long(der.size()))));
}

std::optional<EcCurve> Key::curve() const
{
    if (EVP_PKEY_get_base_id(m_pkey.get()) != EVP_PKEY_EC)
        return std::nullopt;
    const QString group = groupName(m_pkey.get());
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256"))
        return EcCurve::P256;
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return EcCurve::P384;
    if (group == QLatin1String("secp521r1") || group == QLatin1String("P-521"))
        return EcCurve::P521;
    return std::nullopt;
}

QString Key::typeName() const
{
    switch (EVP_PKEY_get_base_id(m_pkey.get())) {
    case EVP_PKEY_EC: {
        if (auto c = curve())
            return QStringLiteral("EC %1").arg(curveName(*c));
        return QStringLiteral("EC %1").arg(groupName(m_pkey.get()));
    }
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS: return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(m_pkey.get()));
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    default: return HM_TR("Crypto", "unknown key type");
    }
}

QByteArray Key::spkiDer() const
{
    unsigned char *out = nullptr;
    const int len = i2d_PUBKEY(m_pkey.get(), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

QByteArray Key::spkiPem() const
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), m_pkey.get());
    return ossl::bioContents(bio.get());
}

QString Key::fingerprint() const
{
    return QString::fromLatin1(Digester::digest(HashAlgorithm::Sha256, spkiDer()).toHex());
}

QString Key::omsHint() const
{
    return QString::fromLatin1(Digester::digest(HashAlgorithm::Sha256, spkiPem()).toHex());
}

const char *Key::digestForSignatures() const
{
    switch (curve().value_or(EcCurve::P256)) {
    case EcCurve::P256: return "SHA256";
    case EcCurve::P384: return "SHA384";
    case EcCurve::P521: return "SHA512";
    }
    return "SHA256";
}

QString curveName(EcCurve curve)
{
    switch (curve) {
    case EcCurve::P256: return QStringLiteral("P-256");
    case EcCurve::P384: return QStringLiteral("P-384");
    case EcCurve::P521: return QStringLiteral("P-521");
    }
    return {};
}

Result<KeyPtr> readPublicKeyPem(const QByteArray &pem)
{
    ERR_clear_error();
    auto bio = ossl::memoryBio(pem);
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!pkey) {
        const QString detail = ossl::takeErrors();
        if (pem.contains("-----BEGIN CERTIFICATE-----"))
            return fail(HM_TR("Crypto", "This file holds a certificate, not a public key."), detail);
        if (pem.contains("PRIVATE KEY-----"))
            return fail(HM_TR("Crypto", "This file holds a private key; give the public key instead."), detail);
        return fail(HM_TR("Crypto", "No PEM public key (\"BEGIN PUBLIC KEY\") was found."), detail);
    }
    return std::make_shared<Key>(ossl::Pkey(pkey));
}

Result<KeyPtr> readPublicKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Crypto", "Cannot read the public key \"%1\": %2").arg(path, f.errorString()));
    auto key = readPublicKeyPem(f.read(1 << 20));
    if (!key)
        return fail(HM_TR("Crypto", "\"%1\": %2").arg(path, key.error().message), key.error().detail);
    return key;
}

bool privateKeyIsEncrypted(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

Result<KeyPtr> readPrivateKeyPem(const QByteArray &pem, const SecretBuffer &passphrase)
{
    ERR_clear_error();
    auto bio = ossl::memoryBio(pem);
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback,
                                             const_cast<SecretBuffer *>(&passphrase));
    if (!pkey) {
        const QString detail = ossl::takeErrors();
        if (privateKeyIsEncrypted(pem))
            return fail(passphrase.isEmpty() ? HM_TR("Crypto", "The private key is encrypted; a passphrase is needed.")
                                             : HM_TR("Crypto", "The passphrase is wrong, or the key is damaged."),
                        detail);
        return fail(HM_TR("Crypto", "No PEM private key was found."), detail);
    }
    return std::make_shared<Key>(ossl::Pkey(pkey));
}

Result<void> requireOmsCurve(const Key &key)
{
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return fail(HM_TR("Crypto", "Only elliptic-curve keys (P-256, P-384, P-521) can make model signatures; this "
                                    "is a %1 key.").arg(key.typeName()));
    if (!key.curve())
        return fail(HM_TR("Crypto", "The curve of this key (%1) is not supported; use P-256, P-384 or P-521.")
                        .arg(key.typeName()));
    return {};
}

Result<KeyPtr> generateEcKey(EcCurve curve)
{
    const char *group = curve == EcCurve::P256 ? "P-256" : curve == EcCurve::P384 ? "P-384" : "P-521";
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
    if (!pkey)
        return fail(HM_TR("Crypto", "Generating the key failed."), ossl::takeErrors());
    return std::make_shared<Key>(ossl::Pkey(pkey));
}

Result<QByteArray> encryptedPrivateKeyPem(const Key &key, const SecretBuffer &passphrase)
{
    if (passphrase.isEmpty())
        return fail(HM_TR("Crypto", "A passphrase is required to protect the new private key."));
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(), passphrase.data(),
                                      int(passphrase.size()), nullptr, nullptr) != 1)
        return fail(HM_TR("Crypto", "Encrypting the private key failed."), ossl::takeErrors());
    return ossl::bioContents(bio.get());
}

} // namespace hallmark
