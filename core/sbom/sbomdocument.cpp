#include "sbom/sbomdocument.h"

#include "common/tr.h"

#include <algorithm>

namespace hallmark {

int SbomDocument::addNode(SbomNode node, int parent)
{
    node.parent = parent;
    const int index = int(nodes.size());
    nodes.append(std::move(node));
    if (parent >= 0)
        nodes[parent].children.append(index);
    indexRef(index);
    return index;
}

void SbomDocument::indexRef(int node)
{
    const QString &ref = nodes[node].ref;
    if (ref.isEmpty())
        return;
    auto it = refIndex.constFind(ref);
    if (it == refIndex.constEnd()) {
        refIndex.insert(ref, node);
        return;
    }
    if (it.value() != node)
        duplicateRefs.append(ref);
}

void SbomDocument::finalise()
{
    const int n = int(nodes.size());
    m_outStart.fill(0, n + 1);
    m_inStart.fill(0, n + 1);
    for (const SbomEdge &e : std::as_const(edges)) {
        if (e.from >= 0 && e.from < n)
            ++m_outStart[e.from + 1];
        if (e.to >= 0 && e.to < n)
            ++m_inStart[e.to + 1];
    }
    for (int i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_out.resize(m_outStart[n]);
    m_in.resize(m_inStart[n]);
    QList<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    QList<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (int i = 0; i < edges.size(); ++i) {
        const SbomEdge &e = edges[i];
        if (e.from >= 0 && e.from < n)
            m_out[outFill[e.from]++] = i;
        if (e.to >= 0 && e.to < n)
            m_in[inFill[e.to]++] = i;
    }
}

std::span<const int> SbomDocument::outgoing(int node) const
{
    if (node < 0 || node + 1 >= m_outStart.size())
        return {};
    return std::span<const int>(m_out.constData() + m_outStart[node], size_t(m_outStart[node + 1] - m_outStart[node]));
}

std::span<const int> SbomDocument::incoming(int node) const
{
    if (node < 0 || node + 1 >= m_inStart.size())
        return {};
    return std::span<const int>(m_in.constData() + m_inStart[node], size_t(m_inStart[node + 1] - m_inStart[node]));
}

QString formatName(SbomFormat format)
{
    switch (format) {
    case SbomFormat::CycloneDx: return QStringLiteral("CycloneDX");
    case SbomFormat::Spdx2: return QStringLiteral("SPDX");
    case SbomFormat::Spdx3: return QStringLiteral("SPDX");
    case SbomFormat::Unknown: break;
    }
    return HM_TR("Sbom", "unknown");
}

QString kindName(SbomNodeKind kind)
{
    switch (kind) {
    case SbomNodeKind::Document: return QStringLiteral("document");
    case SbomNodeKind::Component: return QStringLiteral("component");
    case SbomNodeKind::Model: return QStringLiteral("model");
    case SbomNodeKind::Dataset: return QStringLiteral("dataset");
    case SbomNodeKind::File: return QStringLiteral("file");
    case SbomNodeKind::Service: return QStringLiteral("service");
    case SbomNodeKind::Other: break;
    }
    return QStringLiteral("other");
}

QString normaliseHashAlgorithm(const QString &name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    static const QHash<QString, QString> known{
        {QStringLiteral("md5"), QStringLiteral("md5")},
        {QStringLiteral("sha1"), QStringLiteral("sha1")},
        {QStringLiteral("sha224"), QStringLiteral("sha224")},
        {QStringLiteral("sha256"), QStringLiteral("sha256")},
        {QStringLiteral("sha384"), QStringLiteral("sha384")},
        {QStringLiteral("sha512"), QStringLiteral("sha512")},
        {QStringLiteral("sha3224"), QStringLiteral("sha3-224")},
        {QStringLiteral("sha3256"), QStringLiteral("sha3-256")},
        {QStringLiteral("sha3384"), QStringLiteral("sha3-384")},
        {QStringLiteral("sha3512"), QStringLiteral("sha3-512")},
        {QStringLiteral("blake2b256"), QStringLiteral("blake2b-256")},
        {QStringLiteral("blake2b384"), QStringLiteral("blake2b-384")},
        {QStringLiteral("blake2b512"), QStringLiteral("blake2b-512")},
        {QStringLiteral("blake2b"), QStringLiteral("blake2b-512")},  // in-toto and OMS: BLAKE2b-512
        {QStringLiteral("blake3"), QStringLiteral("blake3")},
        {QStringLiteral("sha512224"), QStringLiteral("sha512-224")},
        {QStringLiteral("sha512256"), QStringLiteral("sha512-256")},
        {QStringLiteral("streebog256"), QStringLiteral("streebog-256")},
        {QStringLiteral("streebog512"), QStringLiteral("streebog-512")},
    };
    return known.value(key, name.toLower());
}

int expectedHexLength(const QString &a)
{
    static const QHash<QString, int> lengths{
        {QStringLiteral("md5"), 32},          {QStringLiteral("sha1"), 40},         {QStringLiteral("sha224"), 56},
        {QStringLiteral("sha256"), 64},       {QStringLiteral("sha384"), 96},       {QStringLiteral("sha512"), 128},
        {QStringLiteral("sha3-224"), 56},     {QStringLiteral("sha3-256"), 64},     {QStringLiteral("sha3-384"), 96},
        {QStringLiteral("sha3-512"), 128},    {QStringLiteral("blake2b-256"), 64},  {QStringLiteral("blake2b-384"), 96},
        {QStringLiteral("blake2b-512"), 128}, {QStringLiteral("sha512-224"), 56},   {QStringLiteral("sha512-256"), 64},
        {QStringLiteral("streebog-256"), 64}, {QStringLiteral("streebog-512"), 128}, {QStringLiteral("md2"), 32},
        {QStringLiteral("md4"), 32},          {QStringLiteral("adler32"), 8},
    };
    return lengths.value(a, 0);
}

LicenceSummary licenceSummary(const SbomDocument &doc)
{
    LicenceSummary summary;
    QHash<QString, int> at;
    for (int i = 1; i < doc.nodes.size(); ++i) {
        const SbomNode &n = doc.nodes[i];
        if (n.licences.isEmpty()) {
            if (n.licenceExplicitlyNone)
                ++summary.explicitlyNone;
            else
                ++summary.withoutLicence;
            continue;
        }
        QSet<QString> counted;
        for (const SbomLicence &l : n.licences) {
            int &slot = at[l.text];
            if (slot == 0) {
                summary.licences.append(LicenceCount{l.text});
                slot = int(summary.licences.size());
            }
            LicenceCount &c = summary.licences[slot - 1];
            if (!counted.contains(l.text)) {
                counted.insert(l.text);
                ++c.components;
            }
            if (l.acknowledgement == QLatin1String("declared"))
                ++c.declared;
            else if (l.acknowledgement == QLatin1String("concluded"))
                ++c.concluded;
        }
    }
    std::sort(summary.licences.begin(), summary.licences.end(), [](const LicenceCount &a, const LicenceCount &b) {
        return a.components != b.components ? a.components > b.components : a.licence < b.licence;
    });
    return summary;
}

} // namespace hallmark
