#pragma once

#include "common/result.h"
#include "crypto/keys.h"

namespace hallmark {

// Verifies `signature` (DER for ECDSA) over `message`, hashing with
// `digest` ("SHA256", …; nullptr for Ed25519).
bool verifySignature(const Key &key, const char *digest, const QByteArray &message, const QByteArray &signature);

Result<QByteArray> signMessage(const Key &key, const char *digest, const QByteArray &message);

// ECDSA signatures in raw r‖s (PKCS#11, P1363) to DER, and back.
Result<QByteArray> ecdsaRawToDer(const QByteArray &raw);

} // namespace hallmark
