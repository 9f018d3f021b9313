#pragma once

#include "sbom/sbomdocument.h"

#include <QList>
#include <QStringList>

namespace hallmark::ui {

// Everything the SBOM views look up per node, built once (on a worker) so
// the models answer in constant time: the tree as the views show it, the
// findings per node and the text a search matches.
struct SbomIndex {
    QList<SbomFinding> findings;    // checkSbom()
    LicenceSummary licences;
    QList<int> kindCounts;          // by int(SbomNodeKind), the root left out

    // The displayed tree, a true tree even if the document's parent links
    // are not: children in document order, each node under one parent.
    QList<int> topLevel;            // normally just node 0
    QList<int> parentOf;            // -1 for top-level nodes
    QList<int> rowInParent;
    QList<int> childStart;          // children of n: childNodes[childStart[n] .. childStart[n + 1])
    QList<int> childNodes;

    QList<int> findingNode;            // per finding: the node it is about (its ref, or the name of a node without one), or -1
    QList<QList<int>> findingsByNode;  // indexes into findings
    QStringList searchText;            // per node, case-folded: name, version, purl, ref, path, licences, hashes

    int childCount(int node) const { return childStart[node + 1] - childStart[node]; }
    int child(int node, int row) const { return childNodes[childStart[node] + row]; }
    int kindCount(SbomNodeKind kind) const { return kindCounts.value(int(kind)); }
};

SbomIndex indexSbom(const SbomDocument &doc);

} // namespace hallmark::ui
