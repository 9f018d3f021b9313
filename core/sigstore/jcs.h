#pragma once

#include "common/result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace hallmark::sigstore {

// RFC 8785 canonical JSON for the values Sigstore signs: objects, arrays,
// strings, integers, booleans and null. Keys are sorted by UTF-16 code
// units, no whitespace. Fractional numbers are refused.
Result<QByteArray> canonicalJson(const nlohmann::json &value);

} // namespace hallmark::sigstore
