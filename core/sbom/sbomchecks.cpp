#include "sbom/sbomchecks.h"

#include "common/tr.h"

namespace hallmark {

namespace {

constexpr int kMaxCycleFindings = 50;

bool isExternalRef(const SbomDocument &doc, const QString &ref)
{
    return ref.startsWith(QLatin1String("urn:cdx:")) || ref.startsWith(QLatin1String("DocumentRef-"))
        || doc.otherRefs.contains(ref);
}

QString label(const SbomDocument &doc, int node)
{
    const SbomNode &n = doc.nodes[node];
    return n.ref.isEmpty() ? n.name : n.ref;
}

void findCycles(const SbomDocument &doc, QList<SbomFinding> &out)
{
    // Iterative depth-first search over dependsOn edges; a grey target is a back edge.
    enum Colour : char { White, Grey, Black };
    const int n = int(doc.nodes.size());
    QList<char> colour(n, White);
    struct Frame {
        int node;
        size_t next;
    };
    QList<Frame> stack;
    int found = 0;
    for (int start = 0; start < n; ++start) {
        if (colour[start] != White)
            continue;
        colour[start] = Grey;
        stack.append(Frame{start, 0});
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const auto edges = doc.outgoing(top.node);
            if (top.next >= edges.size()) {
                colour[top.node] = Black;
                stack.removeLast();
                continue;
            }
            const SbomEdge &e = doc.edges[edges[top.next++]];
            if (e.type != QLatin1String("dependsOn") || e.to < 0)
                continue;
            if (colour[e.to] == Grey) {
                if (++found <= kMaxCycleFindings)
                    out.append(SbomFinding{SbomSeverity::Warning, QStringLiteral("graph.cycle"), label(doc, e.to),
                                           HM_TR("Sbom", "Dependency cycle: \"%1\" depends on \"%2\", which already leads "
                                                         "back to it.")
                                               .arg(label(doc, e.from), label(doc, e.to))});
            } else if (colour[e.to] == White) {
                colour[e.to] = Grey;
                stack.append(Frame{e.to, 0});
            }
        }
    }
    if (found > kMaxCycleFindings)
        out.append(SbomFinding{SbomSeverity::Warning, QStringLiteral("graph.cycle"), QString(),
                               HM_TR("Sbom", "%1 more dependency cycles.").arg(found - kMaxCycleFindings)});
}

bool isHex(const QString &s)
{
    for (const QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return !s.isEmpty();
}

bool purlLooksValid(const QString &purl)
{
    if (!purl.startsWith(QLatin1String("pkg:")))
        return false;
    const QString rest = purl.mid(4);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash > 0 && slash + 1 < rest.size();
}

} // namespace

QList<SbomFinding> checkSbom(const SbomDocument &doc)
{
    QList<SbomFinding> out = doc.findings;
    for (const QString &ref : doc.duplicateRefs)
        out.append(SbomFinding{SbomSeverity::Error, QStringLiteral("ref.duplicate"), ref,
                               HM_TR("Sbom", "The reference \"%1\" names more than one element.").arg(ref)});
    for (const SbomEdge &e : doc.edges) {
        if (e.from < 0 && !e.fromRef.isEmpty() && !isExternalRef(doc, e.fromRef))
            out.append(SbomFinding{SbomSeverity::Error, QStringLiteral("ref.dangling"), e.fromRef,
                                   HM_TR("Sbom", "\"%1\" is used in a %2 relationship but names nothing in the document.")
                                       .arg(e.fromRef, e.type)});
        if (e.to < 0 && !e.external && !isExternalRef(doc, e.toRef))
            out.append(SbomFinding{SbomSeverity::Error, QStringLiteral("ref.dangling"), e.toRef,
                                   HM_TR("Sbom", "\"%1\" is used in a %2 relationship but names nothing in the document.")
                                       .arg(e.toRef, e.type)});
    }
    findCycles(doc, out);
    for (int i = 1; i < doc.nodes.size(); ++i) {
        const SbomNode &n = doc.nodes[i];
        const QString who = label(doc, i);
        for (const SbomHash &h : n.hashes) {
            const int expected = expectedHexLength(h.algorithm);
            if (expected > 0 && (h.value.size() != expected || !isHex(h.value)))
                out.append(SbomFinding{SbomSeverity::Error, QStringLiteral("hash.length"), who,
                                       HM_TR("Sbom", "The %1 hash of \"%2\" has %3 characters; %1 has %4 hex digits.")
                                           .arg(h.original, n.name)
                                           .arg(h.value.size())
                                           .arg(expected)});
        }
        if (n.licences.isEmpty() && !n.licenceExplicitlyNone) {
            if (n.kind == SbomNodeKind::Model || n.kind == SbomNodeKind::Dataset)
                out.append(SbomFinding{SbomSeverity::Warning, QStringLiteral("licence.missing"), who,
                                       n.kind == SbomNodeKind::Model
                                           ? HM_TR("Sbom", "The model \"%1\" states no licence.").arg(n.name)
                                           : HM_TR("Sbom", "The dataset \"%1\" states no licence.").arg(n.name)});
            else if (n.kind == SbomNodeKind::Component)
                out.append(SbomFinding{SbomSeverity::Info, QStringLiteral("licence.missing"), who,
                                       HM_TR("Sbom", "\"%1\" states no licence.").arg(n.name)});
        }
        if (!n.purl.isEmpty() && !purlLooksValid(n.purl))
            out.append(SbomFinding{SbomSeverity::Warning, QStringLiteral("purl.syntax"), who,
                                   HM_TR("Sbom", "\"%1\" is not a package URL (pkg:type/name).").arg(n.purl)});
    }
    return out;
}

int countFindings(const QList<SbomFinding> &findings, SbomSeverity severity)
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const SbomFinding &f) { return f.severity == severity; }));
}

bool passesChecks(const QList<SbomFinding> &findings)
{
    return countFindings(findings, SbomSeverity::Error) == 0;
}

bool schemaValid(const QList<SbomFinding> &findings)
{
    return std::none_of(findings.begin(), findings.end(), [](const SbomFinding &f) {
        return f.severity == SbomSeverity::Error && f.code.startsWith(QLatin1String("schema."));
    });
}

QString severityName(SbomSeverity severity)
{
    switch (severity) {
    case SbomSeverity::Info: return QStringLiteral("info");
    case SbomSeverity::Warning: return QStringLiteral("warning");
    case SbomSeverity::Error: break;
    }
    return QStringLiteral("error");
}

} // namespace hallmark
