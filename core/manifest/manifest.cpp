#include "manifest/manifest.h"

#include "common/tr.h"

#include <algorithm>
#include <tuple>

namespace hallmark {

QByteArray Manifest::rootDigest() const
{
    Digester d(HashAlgorithm::Sha256);
    for (const Resource &r : resources)
        d.update(r.digest.constData(), r.digest.size());
    return d.finish();
}

QString shardName(const QString &path, qint64 start, qint64 end)
{
    return QStringLiteral("%1:%2:%3").arg(path).arg(start).arg(end);
}

namespace {

struct SortKey {
    QByteArray path;
    qint64 start = 0;
    qint64 end = 0;
};

// Shard names parse from the right, so paths may themselves contain ':'.
SortKey sortKey(const Resource &r)
{
    const QByteArray name = r.name.toUtf8();
    if (!r.algorithm.contains(QLatin1String("-sharded-")))
        return {name, 0, 0};
    const int second = name.lastIndexOf(':');
    const int first = second > 0 ? name.lastIndexOf(':', second - 1) : -1;
    if (first < 0)
        return {name, 0, 0};
    return {name.left(first), name.mid(first + 1, second - first - 1).toLongLong(), name.mid(second + 1).toLongLong()};
}

} // namespace

void sortResources(QList<Resource> &resources)
{
    std::stable_sort(resources.begin(), resources.end(), [](const Resource &a, const Resource &b) {
        const SortKey ka = sortKey(a), kb = sortKey(b);
        // QByteArray compares bytes unsigned: UTF-8 byte order is code-point order.
        return std::tie(ka.path, ka.start, ka.end) < std::tie(kb.path, kb.start, kb.end);
    });
}

Result<Manifest> manifestFromOutcome(const HashOutcome &outcome, const SerializationInfo &serialization)
{
    for (const Finding &f : outcome.listing.findings)
        if (f.severity == Severity::Error)
            return fail(HM_TR("Manifest", "The model cannot be described by a manifest: %1").arg(f.message));
    const QStringList errors = outcome.errors();
    if (!errors.isEmpty())
        return fail(HM_TR("Manifest", "Some files could not be read: %1").arg(errors.join(QLatin1String("; "))));
    if (!outcome.complete())
        return fail(HM_TR("Manifest", "Hashing did not finish."));

    Manifest m;
    m.modelName = outcome.listing.modelName;
    m.serialization = serialization;
    const QString algorithm = algorithmName(serialization.hashType);
    const QString shardAlgorithm = QStringLiteral("%1-sharded-%2").arg(algorithm).arg(serialization.shardSize);
    for (int i = 0; i < outcome.listing.entries.size(); ++i) {
        const SourceEntry &e = outcome.listing.entries[i];
        const FileDigest &d = outcome.digests[i];
        for (const PartDigest &p : d.parts) {
            if (serialization.method == Serialization::Files)
                m.resources.append({e.path, algorithm, p.digest});
            else
                m.resources.append({shardName(e.path, p.start, p.end), shardAlgorithm, p.digest});
        }
    }
    sortResources(m.resources);
    return m;
}

} // namespace hallmark
