#pragma once

#include "common/result.h"
#include "sigstore/tlogentry.h"
#include "sigstore/trustedroot.h"

namespace hallmark::sigstore {

// The Rekor v1 signed entry timestamp's preimage: JCS of
// {"body","integratedTime","logID" (hex),"logIndex" (global)}.
Result<QByteArray> setPayload(const TlogEntry &entry);

// Checks the SET with the log's ECDSA key and that the integrated time
// lies inside the key's validity.
Result<void> verifyInclusionPromise(const TlogEntry &entry, const LogKey &log);

} // namespace hallmark::sigstore
