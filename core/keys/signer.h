#pragma once

#include "common/result.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"

namespace hallmark {

// Something that can sign: a key file today, a PKCS#11 token tomorrow.
// Verification never goes through here; it stays in OpenSSL.
class Signer
{
public:
    virtual ~Signer() = default;
    // A DER signature over `message`, hashed with the key's curve hash.
    virtual Result<QByteArray> sign(const QByteArray &message) = 0;
    virtual KeyPtr publicKey() const = 0;
    virtual QString description() const = 0;  // where the key lives, for people
};

class SoftwareSigner : public Signer
{
public:
    // Loads an EC P-256/384/521 private key from PEM; the passphrase buffer is
    // only read during the call.
    static Result<std::unique_ptr<SoftwareSigner>> fromPemFile(const QString &path, const SecretBuffer &passphrase);

    Result<QByteArray> sign(const QByteArray &message) override;
    KeyPtr publicKey() const override { return m_public; }
    QString description() const override { return m_description; }

private:
    SoftwareSigner(KeyPtr key, QString description);
    KeyPtr m_key;
    KeyPtr m_public;
    QString m_description;
};

} // namespace hallmark
