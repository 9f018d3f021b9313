#pragma once

#include "common/result.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark::attest {

// Reads the predicate to attest: a JSON object of at most 16 MiB. Each
// failure says what the file holds instead.
Result<nlohmann::json> readPredicateFile(const QString &path);

} // namespace hallmark::attest
