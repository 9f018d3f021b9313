#include "manifest/manifestdiff.h"

#include "common/tr.h"
#include "source/ignorerules.h"

#include <QHash>

namespace hallmark {

int ManifestDiff::count(DiffKind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(), [kind](const DiffEntry &e) { return e.kind == kind; }));
}

bool ManifestDiff::contentMatches() const
{
    for (const DiffEntry &e : entries)
        if (e.kind != DiffKind::Unchanged && e.kind != DiffKind::Ignored)
            return false;
    return true;
}

ObservedModel observeModel(const HashOutcome &outcome, const SerializationInfo &serialization)
{
    ObservedModel out;
    HashOutcome usable = outcome;
    for (int i = 0; i < usable.listing.entries.size(); ++i) {
        SourceEntry &e = usable.listing.entries[i];
        const FileDigest *d = i < usable.digests.size() ? &usable.digests[i] : nullptr;
        if (!e.hashable || !d || !d->done || !d->error.isEmpty()) {
            QString reason = d && !d->error.isEmpty() ? d->error : HM_TR("Manifest", "not readable as a plain file");
            for (const Finding &f : outcome.listing.findings)
                if (f.path == e.displayPath && f.severity == Severity::Error)
                    reason = f.message;
            out.unreadable.append({e.path, reason});
            e.hashable = false;
        }
    }
    usable.listing.findings.clear();
    for (int i = 0; i < usable.listing.entries.size(); ++i)
        if (!usable.listing.entries[i].hashable)
            usable.digests[i] = FileDigest{{}, {}, true};
    auto manifest = manifestFromOutcome(usable, serialization);
    if (manifest)
        out.manifest = *manifest;
    return out;
}

namespace {
// Shard names carry their file path before ":start:end".
QString filePathOf(const QString &name, bool shards)
{
    if (!shards)
        return name;
    return name.section(QLatin1Char(':'), 0, -3);
}
} // namespace

ManifestDiff diffManifests(const Manifest &signed_, const ObservedModel &observed, const QList<IgnoredEntry> &ignored)
{
    const bool shards = signed_.serialization.method == Serialization::Shards;
    QHash<QString, QByteArray> expected, actual;
    for (const Resource &r : signed_.resources)
        expected.insert(r.name, r.digest);
    for (const Resource &r : observed.manifest.resources)
        actual.insert(r.name, r.digest);
    QHash<QString, QString> unreadable;
    for (const auto &u : observed.unreadable)
        unreadable.insert(u.first, u.second);

    ManifestDiff diff;
    QList<DiffEntry> missing, added;
    for (const Resource &r : signed_.resources) {
        DiffEntry e{DiffKind::Unchanged, r.name, {}, r.digest, {}, {}};
        auto it = actual.find(r.name);
        const QString path = filePathOf(r.name, shards);
        if (it != actual.end()) {
            e.actual = *it;
            e.kind = *it == r.digest ? DiffKind::Unchanged : DiffKind::Changed;
        } else if (unreadable.contains(path)) {
            e.kind = DiffKind::Unreadable;
            e.note = unreadable.value(path);
        } else {
            e.kind = DiffKind::Missing;
            missing << e;
            continue;
        }
        diff.entries << e;
    }
    for (const Resource &r : observed.manifest.resources)
        if (!expected.contains(r.name))
            added << DiffEntry{DiffKind::Added, r.name, {}, {}, r.digest, {}};
    for (const auto &u : observed.unreadable) {
        bool covered = false;
        for (const Resource &r : signed_.resources)
            covered = covered || filePathOf(r.name, shards) == u.first;
        if (!covered)
            diff.entries << DiffEntry{DiffKind::Unreadable, u.first, {}, {}, {}, u.second};
    }

    // Same content under a new name: a move, not an unrelated add and delete.
    if (!shards) {
        for (DiffEntry &a : added) {
            for (int i = 0; i < missing.size(); ++i) {
                if (missing[i].expected == a.actual) {
                    a.kind = DiffKind::Moved;
                    a.movedFrom = missing[i].name;
                    a.expected = missing[i].expected;
                    missing.removeAt(i);
                    break;
                }
            }
        }
    }
    diff.entries << missing << added;
    for (const IgnoredEntry &i : ignored)
        diff.entries << DiffEntry{DiffKind::Ignored, i.path, {}, {}, {},
                                  HM_TR("Manifest", "rule \"%1\", %2").arg(i.rule, describe(i.origin))};
    return diff;
}

} // namespace hallmark
