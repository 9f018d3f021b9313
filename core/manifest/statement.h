#pragma once

#include "manifest/manifest.h"

namespace hallmark {

inline constexpr char kStatementTypeV1[] = "https://in-toto.io/Statement/v1";
inline constexpr char kOmsPredicateType[] = "https://model_signing/signature/v1.0";

// The OMS v1.0 in-toto statement for a manifest. `indent` < 0 is compact.
QByteArray statementJson(const Manifest &manifest, int indent = -1);

} // namespace hallmark
