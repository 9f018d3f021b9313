#pragma once

#include "attest/attestreport.h"
#include "attest/fieldtree.h"

#include <nlohmann/json.hpp>

namespace hallmark::cli {

// Text and JSON for attestation reports, condition results and field trees;
// shared by inspect and verify.
void printAttestationReport(const attest::AttestationReport &report);
void printConditionResult(const attest::ConditionResult &result);
void printFieldTree(const attest::FieldNode &node, int indent = 0, int maxDepth = 12);

nlohmann::json attestationReportJson(const attest::AttestationReport &report);
nlohmann::json conditionResultJson(const attest::ConditionResult &result);

} // namespace hallmark::cli
