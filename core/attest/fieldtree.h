#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark::attest {

// A JSON value as a tree people can read, and a tree model can show
// lazily. Each node knows the condition path that reaches it.
struct FieldNode {
    QString key;    // "accuracy", "[0]"; empty at the root
    QString type;   // "object", "array", "string", "number", "boolean", "null"
    QString value;  // scalars: the value as text; containers: "3 fields", "2 items"
    QString path;   // condition-language path, e.g. predicate.eval.accuracy
    QList<FieldNode> children;
};

// `rootPath` is the path of `json` itself ("" for a whole statement).
FieldNode fieldTree(const nlohmann::json &json, const QString &rootPath = {}, int maxDepth = 64);

// The path step for an object key: ".name", or ["odd key"] when it needs quoting.
QString pathStepForKey(const QString &key);

} // namespace hallmark::attest
