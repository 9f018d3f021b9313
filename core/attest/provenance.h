#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

namespace hallmark::attest {

inline constexpr char kSlsaProvenanceV02[] = "https://slsa.dev/provenance/v0.2";
inline constexpr char kSlsaProvenanceV1[] = "https://slsa.dev/provenance/v1";

struct ProvenanceMaterial {
    QString uri;
    QString name;                 // v1 resolvedDependencies only
    QMap<QString, QString> digest;
};

// SLSA provenance v0.2 or v1 in v1's vocabulary (docs §9 "Migrating from 0.2").
struct SlsaProvenance {
    QString version;              // "v0.2" or "v1"
    QString builderId;
    QString buildType;
    QString invocationId;         // v0.2 metadata.buildInvocationId
    QString startedOn;            // as written (RFC 3339)
    QString finishedOn;
    QDateTime started;            // invalid when absent or unreadable
    QDateTime finished;
    nlohmann::json externalParameters;  // v0.2 invocation.parameters
    nlohmann::json internalParameters;  // v0.2 invocation.environment
    nlohmann::json configSource;        // v0.2 invocation.configSource
    QList<ProvenanceMaterial> materials; // v0.2 materials, v1 resolvedDependencies
    QStringList problems;         // required fields that are missing, translated
};

// Dispatches on the predicate type, not the statement type (v0.1 statements
// carry v1 predicates). nullopt for any other predicate type.
std::optional<SlsaProvenance> readSlsaProvenance(const QString &predicateType, const nlohmann::json &predicate);

} // namespace hallmark::attest
