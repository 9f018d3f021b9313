#pragma once

#include "bundle/bundle.h"
#include "sigstore/identitypolicy.h"
#include "sigstore/signedcontent.h"
#include "sigstore/sigstoreresult.h"
#include "sigstore/trustedroot.h"

#include <optional>

namespace hallmark::sigstore {

// What the verifier demands. Either an identity (keyless, Fulcio) or a key.
struct SigstorePolicy {
    std::optional<IdentityPolicy> identity;
    KeyPtr publicKey;
    // When the key is trusted only for a while (sigstore-go's expiring key),
    // every trusted signing time must fall inside. Unbounded by default.
    ValidityWindow publicKeyValidFor;
    int logThreshold = 1;
    int timestampThreshold = 1;
    int sctThreshold = 1;
    // With a key the user supplied: a bundle carrying no log entry and no
    // timestamp at all (an attestation signed offline) is checked against the
    // key alone, as @sigstore/verify does with tlogThreshold 0. A bundle that
    // does carry entries must still have them verify.
    bool offlineKeyBundles = false;
};

// Offline verification in sigstore-go's order and strictness
// (docs/sigstore-verification.md §5). Every step is recorded in the result,
// pass or fail, so people can see what was checked.
SigstoreResult verifySigstoreBundle(const Bundle &bundle, const TrustedRoot &root, const Artifact &artifact,
                                    const SigstorePolicy &policy);

} // namespace hallmark::sigstore
