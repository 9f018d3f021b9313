#pragma once

#include "common/result.h"
#include "sbom/sbomdocument.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

// JSON helpers shared by the SBOM readers: a parse that refuses hostile
// input (size, nesting) before building anything, and lenient accessors
// that treat a wrong type as absent.
namespace hallmark::sbomjson {

using Json = nlohmann::json;

constexpr int kMaxDepth = 200;
constexpr qsizetype kMaxBytes = qsizetype(1) << 30;

Result<Json> parse(const QByteArray &text);

// The member, or null when `object` is not an object or lacks it.
const Json *member(const Json &object, const char *key);
// Strings as written, numbers and booleans rendered; otherwise empty.
QString text(const Json &value);
QString text(const Json &object, const char *key);
// The member when it is an array, else an empty array.
const Json &array(const Json &object, const char *key);

// Adds every scalar below `value` as a property named by its path. Long
// strings (base64 images) are replaced by their length.
void flatten(const Json &value, const QString &path, QList<SbomProperty> &out, int depth = 0);

} // namespace hallmark::sbomjson
