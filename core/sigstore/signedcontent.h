#pragma once

#include "bundle/bundle.h"
#include "crypto/keys.h"
#include "sigstore/sigstoreresult.h"

#include <optional>

namespace hallmark::sigstore {

// What was signed: the artifact's bytes, or only its SHA-256 digest
// ("sha256:<hex>"), or nothing (OMS compares the model itself later).
struct Artifact {
    std::optional<QByteArray> data;
    QByteArray sha256;  // used when data is absent
    bool present() const { return data.has_value() || !sha256.isEmpty(); }
};

struct CheckOutcome {
    StepOutcome outcome = StepOutcome::Skipped;
    QString reason;
};

// §5.8: the message signature over the artifact, or the DSSE signature over PAE.
CheckOutcome checkSignature(const Bundle &bundle, const Key &key, const Artifact &artifact);

// §5.7 step 7: the artifact is what was signed (message digest, or an
// in-toto subject of the DSSE statement).
CheckOutcome checkArtifact(const Bundle &bundle, const Artifact &artifact);

} // namespace hallmark::sigstore
