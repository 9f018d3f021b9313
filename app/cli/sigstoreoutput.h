#pragma once

#include "sigstore/sigstoreresult.h"

#include <nlohmann/json.hpp>

namespace hallmark::cli {

// The Sigstore checklist, log entries and timestamps, as text lines or JSON.
void printSigstoreResult(const sigstore::SigstoreResult &result);
nlohmann::json sigstoreResultJson(const sigstore::SigstoreResult &result);

} // namespace hallmark::cli
