#pragma once

#include "common/result.h"
#include "crypto/certificate.h"
#include "sigstore/trustedroot.h"

namespace hallmark::sigstore {

struct SctCheck {
    int embedded = 0;          // SCTs in the certificate
    QStringList verifiedLogs;  // distinct CT logs (base URLs) whose SCT verified
    QStringList problems;      // per SCT, why it did not count
};

// Verifies the leaf's embedded SCTs (RFC 6962 precertificate entries) with
// the trusted root's CT logs. `issuer` is the certificate that signed the leaf.
SctCheck verifyEmbeddedScts(const Certificate &leaf, const Certificate &issuer, const TrustedRoot &root);

// The TBSCertificate without the SCT list extension: the precert entry.
Result<QByteArray> precertTbs(const Certificate &leaf);

} // namespace hallmark::sigstore
