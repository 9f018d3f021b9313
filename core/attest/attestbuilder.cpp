#include "attest/attestbuilder.h"

#include "bundle/bundle.h"
#include "bundle/bundlewriter.h"
#include "bundle/intoto.h"
#include "bundle/pae.h"
#include "common/tr.h"
#include "hashing/modelhasher.h"
#include "signing/signaturepath.h"
#include "source/archivesource.h"

#include <QDir>
#include <QFileInfo>

namespace hallmark::attest {

Result<Manifest> currentManifest(const QString &modelPath, const QStringList &ignorePaths, const QString &outputFile,
                                 JobControl &control)
{
    if (looksLikeArchive(modelPath))
        return fail(HM_TR("Attest", "Archives cannot be attested as models; unpack it and attest the folder."));
    SourceOptions source;
    source.ignorePaths = ignorePaths;
    if (!outputFile.isEmpty())
        source.signatureFile = QFileInfo(outputFile).absoluteFilePath();
    // A model signature inside the folder is not part of the model: leave it
    // out as `sign` does, so attesting before or after signing gives the
    // same manifest digest.
    const QString modelSignature = QDir(modelPath).filePath(modelSignatureName());
    if (QFileInfo(modelPath).isDir() && QFileInfo::exists(modelSignature)
        && QFileInfo(modelSignature).absoluteFilePath() != source.signatureFile)
        source.ignorePaths << modelSignatureName();
    HashOptions options;
    auto outcome = hashModel(modelPath, source, options, control);
    if (!outcome)
        return std::unexpected(outcome.error());
    SerializationInfo serialization;
    serialization.hashType = options.algorithm;
    auto manifest = manifestFromOutcome(*outcome, serialization);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifest->resources.isEmpty())
        return fail(HM_TR("Attest", "The model holds no files."));
    return manifest;
}

QByteArray attestationStatement(const QString &modelName, const QByteArray &manifestDigest, const QString &predicateType,
                                const nlohmann::json &predicate)
{
    using Json = nlohmann::ordered_json;
    const Json statement = {
        {"_type", kInTotoStatementV1},
        {"subject", Json::array({{{"name", modelName.toStdString()},
                                  {"digest", {{"sha256", manifestDigest.toHex().toStdString()}}}}})},
        {"predicateType", predicateType.toStdString()},
        {"predicate", Json::parse(predicate.dump())},
    };
    return QByteArray::fromStdString(statement.dump());
}

Result<QByteArray> signedAttestationBundle(const QByteArray &statement, Signer &signer)
{
    auto signature = signer.sign(pae(kInTotoPayloadType, statement));
    if (!signature)
        return std::unexpected(signature.error());
    return omsKeyBundle(signer.publicKey()->omsHint(), statement, *signature);
}

Result<AttestResult> createAttestation(const AttestRequest &request, Signer &signer, JobControl &control)
{
    if (request.overwrite == Overwrite::Refuse && QFileInfo::exists(request.outputPath))
        return fail(HM_TR("Attest", "\"%1\" already exists; it was left unchanged. Choose another name or allow "
                                    "overwriting (--force).").arg(request.outputPath));
    if (!request.predicate.is_object())
        return fail(HM_TR("Attest", "The predicate must be a JSON object."));
    if (request.predicateType.trimmed().isEmpty())
        return fail(HM_TR("Attest", "The predicate type (a URI) is missing."));
    auto manifest = currentManifest(request.modelPath, request.ignorePaths, request.outputPath, control);
    if (!manifest)
        return std::unexpected(manifest.error());
    AttestResult result;
    result.manifest = *manifest;
    result.statement = attestationStatement(manifest->modelName, manifest->rootDigest(), request.predicateType, request.predicate);
    auto bundle = signedAttestationBundle(result.statement, signer);
    if (!bundle)
        return std::unexpected(bundle.error());
    result.bundle = *bundle;
    if (control.isCancelled())
        return fail(HM_TR("Attest", "Cancelled."));
    if (auto written = writeFileAtomically(request.outputPath, result.bundle, request.overwrite); !written)
        return std::unexpected(written.error());
    return result;
}

} // namespace hallmark::attest
