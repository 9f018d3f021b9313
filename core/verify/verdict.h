#pragma once

#include "verify/verificationfacts.h"

namespace hallmark {

enum class VerdictStatus {
    Verified,                // valid, trusted, every signed file matches
    VerifiedWithExclusions,  // as above, but files were left out beyond the defaults
    SignerNotTrusted,        // signature valid, but no path to a trusted anchor
    CertificateExpired,      // signature valid; certificate outside its validity
    ContentMismatch,         // files differ from what was signed
    BadSignature,            // the signature does not verify
    UnsafeManifest,          // the signed manifest cannot protect anything
    WrongMaterial,           // the signature is of another kind than asked for
    MalformedSignature,      // unreadable, unsupported or inconsistent signature
    Unsigned,                // no signature was found
    CannotVerify,            // the model or an input could not be read
};

struct Verdict {
    VerdictStatus status = VerdictStatus::CannotVerify;
    QStringList reasons;  // specific, translated, most important first
    bool legacy = false;  // an old model_signing format was accepted
};

// The judgement, from facts alone.
Verdict assess(const VerificationFacts &facts);

bool isVerified(VerdictStatus status);

} // namespace hallmark
