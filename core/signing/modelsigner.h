#pragma once

#include "common/atomicfile.h"
#include "common/cancel.h"
#include "keys/signer.h"
#include "manifest/manifest.h"

namespace hallmark {

struct SignRequest {
    QString modelPath;
    QString outputPath;
    Overwrite overwrite = Overwrite::Refuse;
    QStringList ignorePaths;
    // Certificate method: the signer's certificate and any chain files.
    QString signingCertificatePath;
    QStringList chainPaths;
};

struct SignResult {
    Manifest manifest;
    QByteArray bundle;
};

// Hashes the model (files, SHA-256: what every OMS tool verifies), signs the
// manifest and writes the bundle atomically. Nothing is written on failure.
Result<SignResult> signModel(const SignRequest &request, Signer &signer, JobControl &control);

} // namespace hallmark
