#pragma once

#include "common/result.h"
#include "sigstore/trustedroot.h"

#include <QDateTime>

namespace hallmark::sigstore {

struct VerifiedTimestamp {
    QDateTime genTime;
    QString authority;  // the trusted root's TSA (URI or common name)
};

// Verifies an RFC 3161 TimeStampResp (DER) over `signature` (the raw
// signature bytes) against the trusted root's TSAs: status granted, no
// SHA-1 imprint, CMS signature, chain to the TSA anchor at genTime, genTime
// inside the TSA's validFor, non-CA signer.
Result<VerifiedTimestamp> verifyRfc3161(const QByteArray &response, const QByteArray &signature, const TrustedRoot &root);

} // namespace hallmark::sigstore
