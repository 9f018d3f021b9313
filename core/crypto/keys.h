#pragma once

#include "common/result.h"
#include "common/secretbuffer.h"
#include "crypto/ossl.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hallmark {

enum class EcCurve { P256, P384, P521 };

// A public or private key with what people need to know about it.
class Key
{
public:
    explicit Key(ossl::Pkey pkey) : m_pkey(std::move(pkey)) {}

    EVP_PKEY *get() const { return m_pkey.get(); }
    std::shared_ptr<Key> publicOnly() const;

    QString typeName() const;         // "EC P-384", "RSA 3072", "Ed25519"
    std::optional<EcCurve> curve() const;
    QByteArray spkiDer() const;
    QByteArray spkiPem() const;       // as PEM_write_bio_PUBKEY writes it
    QString fingerprint() const;      // hex SHA-256 of the SPKI DER
    QString omsHint() const;          // hex SHA-256 of the SPKI PEM text (model_signing)
    const char *digestForSignatures() const;  // by curve: SHA256/384/512

private:
    ossl::Pkey m_pkey;
};

using KeyPtr = std::shared_ptr<Key>;

// Reads the first PUBLIC KEY block; text around it is skipped.
Result<KeyPtr> readPublicKeyPem(const QByteArray &pem);
Result<KeyPtr> readPublicKeyFile(const QString &path);

// PKCS#8, SEC1 and encrypted PEM. `passphrase` may be empty for clear keys.
Result<KeyPtr> readPrivateKeyPem(const QByteArray &pem, const SecretBuffer &passphrase);
bool privateKeyIsEncrypted(const QByteArray &pem);

// model_signing accepts EC P-256/384/521 only.
Result<void> requireOmsCurve(const Key &key);

Result<KeyPtr> generateEcKey(EcCurve curve);
// PKCS#8 PEM encrypted with AES-256-CBC under the passphrase.
Result<QByteArray> encryptedPrivateKeyPem(const Key &key, const SecretBuffer &passphrase);

QString curveName(EcCurve curve);

} // namespace hallmark
