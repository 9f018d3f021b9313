#pragma once

#include "common/atomicfile.h"
#include "common/cancel.h"
#include "common/result.h"
#include "keys/signer.h"
#include "manifest/manifest.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace hallmark::attest {

// The model's OMS manifest as `sign` would compute it (files, SHA-256),
// leaving out `outputFile` and `ignorePaths`.
Result<Manifest> currentManifest(const QString &modelPath, const QStringList &ignorePaths, const QString &outputFile,
                                 JobControl &control);

// An in-toto Statement v1 whose one subject is the model: name = model
// name, digest.sha256 = manifest root digest.
QByteArray attestationStatement(const QString &modelName, const QByteArray &manifestDigest, const QString &predicateType,
                                const nlohmann::json &predicate);

// A Sigstore bundle v0.3 holding the DSSE envelope signed by `signer`, with
// verificationMaterial.publicKey.hint (the OMS key hint) and an empty
// tlogEntries list: what @sigstore/verify accepts for a key with its
// tlogThreshold set to 0.
Result<QByteArray> signedAttestationBundle(const QByteArray &statement, Signer &signer);

struct AttestRequest {
    QString modelPath;
    QString outputPath;
    Overwrite overwrite = Overwrite::Refuse;
    QStringList ignorePaths;
    QString predicateType;
    nlohmann::json predicate;  // must be an object
};

struct AttestResult {
    Manifest manifest;
    QByteArray statement;
    QByteArray bundle;
};

// Hashes the model, builds the statement, signs it and writes the bundle
// atomically. Nothing is written on failure.
Result<AttestResult> createAttestation(const AttestRequest &request, Signer &signer, JobControl &control);

} // namespace hallmark::attest
