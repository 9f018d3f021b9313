#include "manifest/statement.h"

#include <nlohmann/json.hpp>

namespace hallmark {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

QByteArray statementJson(const Manifest &manifest, int indent)
{
    using json = nlohmann::ordered_json;
    const SerializationInfo &s = manifest.serialization;
    json serialization = {
        {"method", s.method == Serialization::Files ? "files" : "shards"},
        {"hash_type", utf8(algorithmName(s.hashType))},
        {"allow_symlinks", s.allowSymlinks},
    };
    if (s.method == Serialization::Shards)
        serialization["shard_size"] = s.shardSize;
    if (!s.ignorePaths.isEmpty()) {
        json ignores = json::array();
        for (const QString &p : s.ignorePaths)
            ignores.push_back(utf8(p));
        serialization["ignore_paths"] = ignores;
    }
    json resources = json::array();
    for (const Resource &r : manifest.resources)
        resources.push_back({{"name", utf8(r.name)}, {"algorithm", utf8(r.algorithm)}, {"digest", r.digest.toHex().toStdString()}});

    const json statement = {
        {"_type", kStatementTypeV1},
        {"subject", json::array({{{"name", utf8(manifest.modelName)},
                                  {"digest", {{"sha256", manifest.rootDigest().toHex().toStdString()}}}}})},
        {"predicateType", kOmsPredicateType},
        {"predicate", {{"serialization", serialization}, {"resources", resources}}},
    };
    const std::string text = statement.dump(indent, ' ', false, json::error_handler_t::strict);
    return QByteArray::fromStdString(text);
}

} // namespace hallmark
