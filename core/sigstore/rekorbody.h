#pragma once

#include "bundle/bundle.h"
#include "common/result.h"
#include "crypto/certificate.h"
#include "sigstore/tlogentry.h"

namespace hallmark::sigstore {

// What signed the bundle: the Fulcio leaf or the verifier's public key.
struct SignerMaterial {
    CertificatePtr leaf;
    KeyPtr key;
    KeyPtr publicKey() const { return leaf ? leaf->publicKey() : key; }
};

// The body's kind and apiVersion, which must equal kindVersion and be one
// Hallmark understands.
Result<void> checkBodyKind(const TlogEntry &entry);

// Rekor v1: the logged body must describe this bundle's signature, signer
// and digest (hashedrekord 0.0.1, dsse 0.0.1, intoto 0.0.2). CVE-2022-36056.
Result<void> checkV1Body(const TlogEntry &entry, const Bundle &bundle, const SignerMaterial &signer);

// Rekor v2: the hashedrekord 0.0.2 leaf rebuilt from the bundle (JCS). For
// DSSE the digest is SHA-256 of the PAE.
Result<QByteArray> rebuildV2Body(const Bundle &bundle, const SignerMaterial &signer);

} // namespace hallmark::sigstore
