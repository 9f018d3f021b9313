#pragma once

#include "common/cancel.h"
#include "verify/verificationfacts.h"

namespace hallmark {

struct VerifyRequest {
    QString modelPath;
    QString signaturePath;
    VerifyMethod method = VerifyMethod::Key;
    QString publicKeyPath;
    QStringList trustAnchorPaths;
    QString identity;          // sigstore: the certificate SAN, exactly
    QString identityProvider;  // sigstore: the OIDC issuer, exactly
    QString trustedRootPath;   // sigstore: empty = built-in Sigstore public-good root
    bool checkCertificateAtSigningTime = false;  // the reference's leniency: validity at notBefore
    QStringList ignorePaths;
    bool ignoreUnsignedFiles = false;
    QDateTime now;  // empty: the current time
};

// Checks an OMS model signature made with a key or a certificate, then
// re-hashes the model and compares. Blocks; run it on a worker.
VerificationFacts verifyModelSignature(const VerifyRequest &request, JobControl &control);

} // namespace hallmark
