#pragma once

#include "sbom/sbomdocument.h"

#include <QList>

namespace hallmark {

// The checks a schema does not make (doc §6), plus the schema-level rules
// the reader found: unique refs, dangling refs, dependency cycles, hash
// length against the algorithm, models and datasets without a licence,
// purl syntax. Linear in nodes and edges.
QList<SbomFinding> checkSbom(const SbomDocument &doc);

int countFindings(const QList<SbomFinding> &findings, SbomSeverity severity);
// No finding is an error.
bool passesChecks(const QList<SbomFinding> &findings);
// No error from a rule the format's JSON schema states (code "schema.*").
bool schemaValid(const QList<SbomFinding> &findings);

QString severityName(SbomSeverity severity);

} // namespace hallmark
