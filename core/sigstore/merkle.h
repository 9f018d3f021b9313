#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace hallmark::sigstore {

// RFC 6962 / RFC 9162 Merkle tree hashing.
QByteArray merkleLeafHash(const QByteArray &leaf);                        // SHA-256(0x00 ‖ leaf)
QByteArray merkleNodeHash(const QByteArray &left, const QByteArray &right); // SHA-256(0x01 ‖ l ‖ r)

// The root an inclusion proof leads to, or an error when the proof has the
// wrong shape for (index, size).
Result<QByteArray> rootFromInclusionProof(quint64 index, quint64 size, const QByteArray &leafHash,
                                          const QList<QByteArray> &proof);

// Fails with the calculated and expected roots when they differ.
Result<void> verifyInclusion(quint64 index, quint64 size, const QByteArray &leafHash, const QList<QByteArray> &proof,
                             const QByteArray &root);

} // namespace hallmark::sigstore
