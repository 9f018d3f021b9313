#include "sbom/sbomindex.h"

#include "sbom/sbomchecks.h"

namespace hallmark::ui {

namespace {

void buildTree(const SbomDocument &doc, SbomIndex &index)
{
    const int n = int(doc.nodes.size());
    index.parentOf.fill(-2, n);  // -2: not placed yet
    index.rowInParent.fill(0, n);
    QList<QList<int>> children(n);
    auto place = [&](int node, int parent, QList<int> &siblings) {
        index.parentOf[node] = parent;
        index.rowInParent[node] = int(siblings.size());
        siblings.append(node);
    };
    // Breadth-first from the nodes without a parent, taking each node once.
    QList<int> queue;
    for (int i = 0; i < n; ++i) {
        if (doc.nodes[i].parent < 0) {
            place(i, -1, index.topLevel);
            queue.append(i);
        }
    }
    int unplaced = 0;
    for (qsizetype head = 0;; ++head) {
        if (head == queue.size()) {
            // Whatever a loop of parent links kept out becomes a top-level row.
            while (unplaced < n && index.parentOf[unplaced] != -2)
                ++unplaced;
            if (unplaced == n)
                break;
            place(unplaced, -1, index.topLevel);
            queue.append(unplaced);
        }
        const int p = queue[head];
        for (const int c : doc.nodes[p].children) {
            if (c < 0 || c >= n || index.parentOf[c] != -2)
                continue;
            place(c, p, children[p]);
            queue.append(c);
        }
    }
    index.childStart.resize(n + 1);
    index.childNodes.reserve(n);
    for (int i = 0; i < n; ++i) {
        index.childStart[i] = int(index.childNodes.size());
        index.childNodes.append(children[i]);
    }
    index.childStart[n] = int(index.childNodes.size());
}

QString searchTextOf(const SbomNode &node)
{
    QStringList parts{node.name, node.version, node.purl, node.ref, node.path};
    for (const SbomLicence &l : node.licences)
        parts << l.text;
    for (const SbomHash &h : node.hashes)
        parts << h.value;
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

void placeFindings(const SbomDocument &doc, SbomIndex &index)
{
    QHash<QString, int> unreferenced;  // names of nodes without a ref, as checkSbom labels them
    for (int i = 1; i < doc.nodes.size(); ++i)
        if (doc.nodes[i].ref.isEmpty() && !unreferenced.contains(doc.nodes[i].name))
            unreferenced.insert(doc.nodes[i].name, i);
    index.findingsByNode.resize(doc.nodes.size());
    index.findingNode.reserve(index.findings.size());
    for (int f = 0; f < index.findings.size(); ++f) {
        const QString &ref = index.findings[f].ref;
        int node = ref.isEmpty() ? -1 : doc.find(ref);
        if (node < 0 && !ref.isEmpty())
            node = unreferenced.value(ref, -1);
        index.findingNode.append(node);
        if (node >= 0)
            index.findingsByNode[node].append(f);
    }
}

} // namespace

SbomIndex indexSbom(const SbomDocument &doc)
{
    SbomIndex index;
    index.findings = checkSbom(doc);
    index.licences = licenceSummary(doc);
    index.kindCounts.fill(0, int(SbomNodeKind::Other) + 1);
    for (int i = 1; i < doc.nodes.size(); ++i)
        ++index.kindCounts[int(doc.nodes[i].kind)];
    buildTree(doc, index);
    placeFindings(doc, index);
    index.searchText.reserve(doc.nodes.size());
    for (const SbomNode &node : doc.nodes)
        index.searchText.append(searchTextOf(node));
    return index;
}

} // namespace hallmark::ui
