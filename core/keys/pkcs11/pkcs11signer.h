#pragma once

#include "keys/pkcs11/pkcs11module.h"
#include "keys/pkcs11/pkcs11uri.h"
#include "keys/signer.h"

#include <functional>

namespace hallmark { struct JobControl; }

namespace hallmark::pkcs11 {

// Signs on a token. Mechanisms: CKM_ECDSA over the curve hash (computed
// here; raw r‖s returned as DER), CKM_SHA256_RSA_PKCS or CKM_RSA_PKCS_PSS
// (SHA-256, MGF1-SHA-256, salt 32) and CKM_EDDSA over the whole message.
// Every signature is checked against the public key before it is returned.
// Thread-safe: signing is serialised on the session.
// Model signatures (OMS) need an EC P-256/384/521 key: check requireOmsCurve().
class Pkcs11Signer : public Signer
{
public:
    enum class RsaPadding { Pss, Pkcs1v15 };

    Result<QByteArray> sign(const QByteArray &message) override;
    KeyPtr publicKey() const override { return m_public; }
    QString description() const override;

    KeyType keyType() const { return m_keyType; }
    CertificatePtr certificate() const { return m_certificate; }  // null when the token has none
    const SlotInfo &slot() const { return m_session->slot(); }
    QString keyLabel() const { return m_label; }
    QByteArray keyId() const { return m_id; }
    void setRsaPadding(RsaPadding padding) { m_padding = padding; }
    RsaPadding rsaPadding() const { return m_padding; }
    // The digest a verifier uses: "SHA256", "SHA384", "SHA512", or nullptr (Ed25519).
    const char *digestName() const;

private:
    friend class Session;
    Pkcs11Signer() = default;
    std::shared_ptr<Session> m_session;
    unsigned long m_key = 0;
    KeyType m_keyType = KeyType::Unknown;
    KeyPtr m_public;
    CertificatePtr m_certificate;
    QString m_label;
    QByteArray m_id;
    RsaPadding m_padding = RsaPadding::Pss;
};

// What a PIN dialog or prompt shows.
struct PinRequest {
    ModuleInfo module;
    SlotInfo slot;
    TokenInfo token;        // fresh flags: count low, final try
    QString keyLabel;       // from the URI
    QByteArray keyId;
    bool protectedAuthenticationPath = false;  // "Enter the PIN on the reader"
    bool previousAttemptFailed = false;
};
// Returns the PIN, an empty buffer to go ahead with the reader's PIN pad
// (protectedAuthenticationPath), or nullopt to cancel. May be called up to
// three times after wrong PINs. Called on the thread running openSigner.
using PinProvider = std::function<std::optional<SecretBuffer>(const PinRequest &)>;

// Resolves a key URI: the module (module-path, module-name, else every
// registered module), the token (label, manufacturer, model, serial,
// slot-id), the login (pin-value, pin-source read verbatim as model_signing
// does, the PIN pad, else `askPin`), then the private key.
Result<std::unique_ptr<Pkcs11Signer>> openSigner(const Uri &uri, const PinProvider &askPin,
                                                  const JobControl *control = nullptr);

} // namespace hallmark::pkcs11
