#include "sbom/sbomdiff.h"

#include <QRegularExpression>

#include <algorithm>

namespace hallmark {

namespace {
QString identity(const SbomNode &n)
{
    if (!n.purl.isEmpty()) {
        QString p = n.purl;
        static const QRegularExpression versionPart(QStringLiteral("[@?#]"));
        const qsizetype cut = p.indexOf(versionPart);
        if (cut > 0)
            p.truncate(cut);
        return p;
    }
    return kindName(n.kind) + QLatin1Char(':') + (n.path.isEmpty() ? n.name : n.path);
}
} // namespace

QString licenceText(const SbomNode &node)
{
    QStringList parts;
    for (const SbomLicence &l : node.licences)
        parts << l.text;
    parts.sort();
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

QString hashText(const SbomNode &node)
{
    QStringList parts;
    for (const SbomHash &h : node.hashes)
        parts << h.algorithm + QLatin1Char(':') + h.value;
    parts.sort();
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

QList<SbomChange> diffSboms(const SbomDocument &before, const SbomDocument &after)
{
    // identity → unpaired nodes of the old document, in document order
    QHash<QString, QList<int>> old;
    for (int i = 1; i < before.nodes.size(); ++i)
        old[identity(before.nodes[i])].append(i);
    QList<int> pairOf(after.nodes.size(), -1);
    QList<bool> paired(before.nodes.size(), false);
    // equal versions first, then in order
    for (int pass = 0; pass < 2; ++pass) {
        for (int j = 1; j < after.nodes.size(); ++j) {
            if (pairOf[j] >= 0)
                continue;
            auto it = old.find(identity(after.nodes[j]));
            if (it == old.end())
                continue;
            QList<int> &candidates = it.value();
            for (qsizetype c = 0; c < candidates.size(); ++c) {
                const int i = candidates[c];
                if (pass == 0 && before.nodes[i].version != after.nodes[j].version)
                    continue;
                pairOf[j] = i;
                paired[i] = true;
                candidates.removeAt(c);
                break;
            }
        }
    }
    QList<SbomChange> changes;
    for (int i = 1; i < before.nodes.size(); ++i)
        if (!paired[i])
            changes.append({SbomChangeKind::Removed, identity(before.nodes[i]), before.nodes[i].name, i, -1,
                            before.nodes[i].version, {}});
    for (int j = 1; j < after.nodes.size(); ++j) {
        const SbomNode &b = after.nodes[j];
        const int i = pairOf[j];
        if (i < 0) {
            changes.append({SbomChangeKind::Added, identity(b), b.name, -1, j, {}, b.version});
            continue;
        }
        const SbomNode &a = before.nodes[i];
        if (a.version != b.version)
            changes.append({SbomChangeKind::VersionChanged, identity(b), b.name, i, j, a.version, b.version});
        if (const QString was = licenceText(a), now = licenceText(b); was != now)
            changes.append({SbomChangeKind::LicenceChanged, identity(b), b.name, i, j, was, now});
        if (const QString was = hashText(a), now = hashText(b); was != now)
            changes.append({SbomChangeKind::HashChanged, identity(b), b.name, i, j, was, now});
    }
    return changes;
}

QString changeKindName(SbomChangeKind kind)
{
    switch (kind) {
    case SbomChangeKind::Added: return QStringLiteral("added");
    case SbomChangeKind::Removed: return QStringLiteral("removed");
    case SbomChangeKind::VersionChanged: return QStringLiteral("version-changed");
    case SbomChangeKind::LicenceChanged: return QStringLiteral("licence-changed");
    case SbomChangeKind::HashChanged: return QStringLiteral("hash-changed");
    }
    return {};
}

} // namespace hallmark
