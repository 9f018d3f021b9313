#pragma once

#include "sbom/sbomdocument.h"

namespace hallmark {

// Places node `child` under `parent` for a containment relationship unless
// it already has a parent or this would make a loop. Children lists are
// built afterwards by attachOrphansAndBuildChildren().
bool setContainer(SbomDocument &doc, int parent, int child);
// Every node without a parent goes under the root (node 0); then children
// lists are filled in index order. Linear.
void attachOrphansAndBuildChildren(SbomDocument &doc);

// "DEPENDENCY_OF" → "dependencyOf".
QString camelCase(const QString &upperSnake);

} // namespace hallmark
