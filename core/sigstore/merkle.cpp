#include "sigstore/merkle.h"

#include "common/tr.h"

#include <QCryptographicHash>

#include <bit>

namespace hallmark::sigstore {

QByteArray merkleLeafHash(const QByteArray &leaf)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(1, '\0'));
    h.addData(leaf);
    return h.result();
}

QByteArray merkleNodeHash(const QByteArray &left, const QByteArray &right)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(1, '\1'));
    h.addData(left);
    h.addData(right);
    return h.result();
}

Result<QByteArray> rootFromInclusionProof(quint64 index, quint64 size, const QByteArray &leafHash,
                                          const QList<QByteArray> &proof)
{
    if (index >= size)
        return fail(HM_TR("Sigstore", "The entry index %1 is not inside a tree of size %2.").arg(index).arg(size));
    if (leafHash.size() != 32)
        return fail(HM_TR("Sigstore", "The leaf hash is not 32 bytes long."));
    const int inner = std::bit_width(index ^ (size - 1));
    const int border = std::popcount(index >> inner);
    if (proof.size() != inner + border)
        return fail(HM_TR("Sigstore", "The inclusion proof has %1 hashes; a tree of size %2 needs %3 for index %4.")
                        .arg(proof.size()).arg(size).arg(inner + border).arg(index));
    for (const QByteArray &h : proof)
        if (h.size() != 32)
            return fail(HM_TR("Sigstore", "A hash in the inclusion proof is not 32 bytes long."));
    QByteArray h = leafHash;
    for (int i = 0; i < inner; ++i)
        h = ((index >> i) & 1) ? merkleNodeHash(proof[i], h) : merkleNodeHash(h, proof[i]);
    for (int i = inner; i < proof.size(); ++i)
        h = merkleNodeHash(proof[i], h);
    return h;
}

Result<void> verifyInclusion(quint64 index, quint64 size, const QByteArray &leafHash, const QList<QByteArray> &proof,
                             const QByteArray &root)
{
    auto calculated = rootFromInclusionProof(index, size, leafHash, proof);
    if (!calculated)
        return std::unexpected(calculated.error());
    if (*calculated != root)
        return fail(HM_TR("Sigstore", "The inclusion proof leads to root %1, but the log's root is %2.")
                        .arg(QString::fromLatin1(calculated->toHex()), QString::fromLatin1(root.toHex())));
    return {};
}

} // namespace hallmark::sigstore
