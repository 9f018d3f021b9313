#include "sbom/sbomtree.h"

namespace hallmark {

bool setContainer(SbomDocument &doc, int parent, int child)
{
    if (parent < 0 || child <= 0 || parent == child || doc.nodes[child].parent >= 0)
        return false;
    // Walk up from the parent; a long chain is refused rather than walked.
    int at = parent;
    for (int steps = 0; at > 0; ++steps) {
        if (at == child || steps > 1000)
            return false;
        at = doc.nodes[at].parent;
    }
    doc.nodes[child].parent = parent;
    return true;
}

void attachOrphansAndBuildChildren(SbomDocument &doc)
{
    for (SbomNode &n : doc.nodes)
        n.children.clear();
    for (int i = 1; i < doc.nodes.size(); ++i) {
        if (doc.nodes[i].parent < 0)
            doc.nodes[i].parent = 0;
        doc.nodes[doc.nodes[i].parent].children.append(i);
    }
}

QString camelCase(const QString &upperSnake)
{
    QString out;
    bool upper = false;
    for (const QChar c : upperSnake) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c.toLower();
        upper = false;
    }
    return out;
}

} // namespace hallmark
