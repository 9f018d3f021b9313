#pragma once

#include "sbom/sbomdocument.h"

#include <QString>

namespace hallmark {

// For an id that matches a common SPDX licence id only when case is ignored
// ("apache-2.0"), the correctly cased id; otherwise empty. SPDX ids are
// case-sensitive in CycloneDX's schema.
QString spdxIdWithOtherCase(const QString &id);

// Why `expression` is not a well-formed SPDX licence expression (SPDX 2.3
// and 3.0 annex: ids, "+", LicenseRef-, DocumentRef-…:LicenseRef-, AND, OR,
// WITH an exception or AdditionRef-, parentheses; operators in capitals;
// NONE and NOASSERTION only alone), translated; empty when it is. Whether an
// id is on the SPDX licence list is not checked.
QString licenceExpressionProblem(const QString &expression);
// Adds a "licence.expression" warning about `owner` (a name) at `where` (a ref
// or JSON path) when `expression` is malformed.
void checkLicenceExpression(const QString &expression, const QString &owner, const QString &where,
                            QList<SbomFinding> &findings);

} // namespace hallmark
