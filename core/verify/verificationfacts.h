#pragma once

#include "crypto/certificate.h"
#include "crypto/chain.h"
#include "manifest/manifestdiff.h"
#include "manifest/signedmanifest.h"
#include "sigstore/sigstoreresult.h"

#include <QDateTime>
#include <optional>

namespace hallmark {

enum class VerifyMethod { Key, Certificate, Sigstore };

enum class SignatureCheck { NotChecked, Valid, ValidLegacyEncoding, Invalid };

struct SignerInfo {
    VerifyMethod method = VerifyMethod::Key;
    QString keyType;
    QString keyFingerprint;           // hex SHA-256 of the SPKI DER
    QString hint;                     // publicKey.hint, unauthenticated
    QList<CertificatePtr> chain;      // from the bundle, leaf first
    QList<CertificatePtr> builtPath;  // as verified, leaf → anchor
};

// Everything the verifier established, before any judgement. assess()
// turns it into a verdict; the UI shows the details.
struct VerificationFacts {
    QString inputError;       // a file the user named could not be read
    QString bundleError;      // the signature file is malformed or unsupported
    QString materialMismatch; // e.g. a certificate bundle checked with a public key
    SignatureCheck signature = SignatureCheck::NotChecked;
    QString signatureProblem;
    bool hintMismatch = false;
    bool legacyKeyMaterial = false;  // model_signing ≤ 1.0 rawBytes key
    std::optional<ChainResult> chain;
    bool chainCheckedAtSigningTime = false;
    std::optional<ChainResult> chainAtSigningTime;  // when the first check found expiry
    QString statementError;
    std::optional<SignedManifest> signedManifest;
    QStringList unsafeManifest;
    QString hashError;
    QList<Finding> findings;
    ManifestDiff diff;
    bool partial = false;                 // --ignore-unsigned-files
    QList<IgnoredEntry> exclusions;       // beyond git defaults and the signature file
    QStringList riskyExclusions;          // excluded files that run code or steer loading
    SignerInfo signer;
    std::optional<sigstore::SigstoreResult> sigstore;  // the sigstore method's checklist and evidence
};

} // namespace hallmark
