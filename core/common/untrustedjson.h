#pragma once

#include "common/result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace hallmark {

// nlohmann parses any depth, but copying, printing and comparing a value
// recurse once per level, so a hostile file of nested brackets overflows the
// stack long after parsing. Untrusted text is measured before it is parsed.
inline constexpr int kMaxJsonDepth = 64;

// The deepest nesting of arrays and objects in `text`, counted up to limit + 1.
int jsonNesting(const QByteArray &text, int limit);

// Parses JSON from a file or a network peer: fails when it is not JSON or
// nests deeper than `maxDepth`.
Result<nlohmann::json> parseUntrustedJson(const QByteArray &text, int maxDepth = kMaxJsonDepth);

} // namespace hallmark
