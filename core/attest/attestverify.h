#pragma once

#include "attest/attestation.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "sigstore/identitypolicy.h"
#include "sigstore/sigstoreresult.h"
#include "sigstore/trustedroot.h"

#include <QDateTime>
#include <optional>

namespace hallmark::attest {

// What an attestation's signature may be checked against: the same three
// methods as model signatures. Any may be empty.
struct AttestationTrust {
    KeyPtr publicKey;                             // key method
    QList<CertificatePtr> anchors;                // certificate method
    std::optional<sigstore::IdentityPolicy> identity;  // Sigstore keyless
    std::optional<sigstore::TrustedRoot> trustedRoot;  // with identity; empty: public-good
    QDateTime now;                                // empty: the current time
};

enum class SignatureStatus { Verified, Failed, NotChecked, Unsigned };

struct AttestationSignature {
    SignatureStatus status = SignatureStatus::NotChecked;
    QString method;   // "key", "certificate", "sigstore"
    QString signer;   // key fingerprint or certificate subject / SAN
    QString reason;   // translated
    std::optional<sigstore::SigstoreResult> sigstore;
};

// Verifies the envelope signature with the material the attestation names
// and the trust given. The statement is trusted only when this is Verified.
AttestationSignature verifyAttestationSignature(const Attestation &attestation, const AttestationTrust &trust);

QString signatureStatusKeyword(SignatureStatus status);  // "verified", "failed", "not-checked", "unsigned"

} // namespace hallmark::attest
