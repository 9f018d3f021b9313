#include "sbom/sbomcrosscheck.h"

#include <QSet>

namespace hallmark {

namespace {
QString normalisedPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    while (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    return path;
}
} // namespace

int SbomCrossCheck::count(CrossCheckStatus status) const
{
    return int(std::count_if(entries.begin(), entries.end(), [&](const CrossCheckEntry &e) { return e.status == status; }));
}

SbomCrossCheck crossCheck(const SbomDocument &doc, const Manifest &manifest)
{
    SbomCrossCheck result;
    QHash<QString, int> byPath;
    QHash<QString, int> byDigest;  // "alg:hex"
    for (int i = 0; i < manifest.resources.size(); ++i) {
        const Resource &r = manifest.resources[i];
        byPath.insert(r.name, i);
        byDigest.insert(normaliseHashAlgorithm(r.algorithm) + QLatin1Char(':') + QString::fromLatin1(r.digest.toHex()), i);
    }
    QSet<int> seen;
    for (int n = 1; n < doc.nodes.size(); ++n) {
        const SbomNode &node = doc.nodes[n];
        if (node.kind == SbomNodeKind::File && !node.path.isEmpty()) {
            const QString path = normalisedPath(node.path);
            const auto at = byPath.constFind(path);
            if (at == byPath.constEnd()) {
                const SbomHash first = node.hashes.value(0);
                result.entries.append({CrossCheckStatus::OnlyInSbom, path, n, first.algorithm, first.value, {}});
                continue;
            }
            const Resource &r = manifest.resources[*at];
            seen.insert(*at);
            const QString algorithm = normaliseHashAlgorithm(r.algorithm);
            const QString modelDigest = QString::fromLatin1(r.digest.toHex());
            CrossCheckEntry entry{CrossCheckStatus::NotComparable, path, n, algorithm, {}, modelDigest};
            for (const SbomHash &h : node.hashes) {
                if (h.algorithm != algorithm)
                    continue;
                entry.sbomDigest = h.value;
                entry.status = h.value == modelDigest ? CrossCheckStatus::Match : CrossCheckStatus::Mismatch;
                if (entry.status == CrossCheckStatus::Mismatch)
                    break;
            }
            result.entries.append(entry);
            continue;
        }
        if (node.hashes.isEmpty())
            continue;
        bool matched = false;
        for (const SbomHash &h : node.hashes) {
            const auto at = byDigest.constFind(h.algorithm + QLatin1Char(':') + h.value);
            if (at == byDigest.constEnd())
                continue;
            const Resource &r = manifest.resources[*at];
            seen.insert(*at);
            result.entries.append({CrossCheckStatus::Match, r.name, n, h.algorithm, h.value, h.value});
            matched = true;
            break;
        }
        if (!matched && (node.kind == SbomNodeKind::Model || node.kind == SbomNodeKind::Dataset))
            result.entries.append({CrossCheckStatus::OnlyInSbom, {}, n, node.hashes[0].algorithm, node.hashes[0].value, {}});
    }
    for (int i = 0; i < manifest.resources.size(); ++i) {
        if (seen.contains(i))
            continue;
        const Resource &r = manifest.resources[i];
        result.entries.append({CrossCheckStatus::OnlyInModel, r.name, -1, normaliseHashAlgorithm(r.algorithm), {},
                               QString::fromLatin1(r.digest.toHex())});
    }
    return result;
}

QString crossCheckStatusName(CrossCheckStatus status)
{
    switch (status) {
    case CrossCheckStatus::Match: return QStringLiteral("match");
    case CrossCheckStatus::Mismatch: return QStringLiteral("mismatch");
    case CrossCheckStatus::NotComparable: return QStringLiteral("not-comparable");
    case CrossCheckStatus::OnlyInSbom: return QStringLiteral("only-in-sbom");
    case CrossCheckStatus::OnlyInModel: return QStringLiteral("only-in-model");
    }
    return {};
}

} // namespace hallmark
