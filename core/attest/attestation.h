#pragma once

#include "attest/discovery.h"
#include "bundle/bundle.h"
#include "bundle/intoto.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>

namespace hallmark::attest {

enum class Carrier { SigstoreBundle, DsseEnvelope, Statement };

// One attestation as found: its carrier, its envelope and, when readable,
// its statement. Nothing here has been verified yet.
struct Attestation {
    QString origin;         // the file it came from
    int line = 0;           // 1-based line in a JSON Lines file; 0 otherwise
    Carrier carrier = Carrier::Statement;
    std::optional<Bundle> bundle;      // Sigstore bundle carrier
    std::optional<DsseEnvelope> envelope;  // bundle or bare DSSE
    QByteArray certificatePem;         // slsa-github-generator's non-standard signatures[0].cert
    QByteArray payload;                // the statement bytes (the envelope's payload)
    QString statementError;            // why the payload is not a statement
    std::optional<InTotoStatement> statement;
    nlohmann::json statementJson;      // the payload as JSON, for trees and conditions
};

// Reads a Sigstore bundle, a bare DSSE envelope, a statement, or JSON Lines of
// any of them. Fails only when nothing at all can be read.
Result<QList<Attestation>> readAttestations(const QByteArray &content, const QString &origin);
Result<QList<Attestation>> readAttestationFile(const QString &path);

// A bare DSSE envelope; standard and URL-safe base64 are both accepted.
Result<DsseEnvelope> parseDsseEnvelope(const nlohmann::json &json, QByteArray *certificatePem = nullptr);

QString carrierLabel(Carrier carrier);

} // namespace hallmark::attest
