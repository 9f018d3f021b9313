#include "signing/modelsigner.h"

#include "bundle/bundlewriter.h"
#include "bundle/pae.h"
#include "bundle/bundle.h"
#include "common/tr.h"
#include "hashing/modelhasher.h"
#include "manifest/statement.h"
#include "source/archivesource.h"
#include "source/ignorerules.h"

#include <QFileInfo>

namespace hallmark {

namespace {

Result<QList<QByteArray>> certificateChain(const SignRequest &request, const Key &signingKey)
{
    auto leafCerts = readCertificateFile(request.signingCertificatePath);
    if (!leafCerts)
        return std::unexpected(leafCerts.error());
    const CertificatePtr leaf = leafCerts->first();
    const KeyPtr leafKey = leaf->publicKey();
    if (!leafKey || leafKey->spkiDer() != signingKey.spkiDer())
        return fail(HM_TR("Sign", "The public key in the certificate \"%1\" does not match the signing key.")
                        .arg(request.signingCertificatePath));
    QList<QByteArray> chain{leaf->der()};
    for (const QString &path : request.chainPaths) {
        auto certs = readCertificateFile(path);
        if (!certs)
            return std::unexpected(certs.error());
        for (const CertificatePtr &c : *certs)
            if (!chain.contains(c->der()) && !(c->isCa() && c->isSelfIssued()))  // the root stays out (OMS §12)
                chain << c->der();
    }
    return chain;
}

} // namespace

Result<SignResult> signModel(const SignRequest &request, Signer &signer, JobControl &control)
{
    if (request.overwrite == Overwrite::Refuse && QFileInfo::exists(request.outputPath))
        return fail(HM_TR("Sign", "\"%1\" already exists; it was left unchanged. Choose another name or allow "
                                  "overwriting (--force).").arg(request.outputPath));
    if (looksLikeArchive(request.modelPath))
        return fail(HM_TR("Sign", "Archives cannot be signed as models; unpack it and sign the folder."));
    const KeyPtr publicKey = signer.publicKey();
    QList<QByteArray> chain;
    if (!request.signingCertificatePath.isEmpty()) {
        auto c = certificateChain(request, *publicKey);
        if (!c)
            return std::unexpected(c.error());
        chain = *c;
    }

    SourceOptions source;
    source.ignorePaths = request.ignorePaths;
    source.signatureFile = QFileInfo(request.outputPath).absoluteFilePath();
    HashOptions options;
    auto outcome = hashModel(request.modelPath, source, options, control);
    if (!outcome)
        return std::unexpected(outcome.error());

    SerializationInfo serialization;
    serialization.hashType = options.algorithm;
    auto rules = IgnoreRules::make(source, QFileInfo(request.modelPath).absoluteFilePath());
    if (rules && outcome->listing.kind == SourceKind::Directory)
        for (const IgnoreRules::Rule &r : rules->rules())
            serialization.ignorePaths << r.path;
    auto manifest = manifestFromOutcome(*outcome, serialization);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifest->resources.isEmpty())
        return fail(HM_TR("Sign", "The model holds no files to sign."));

    const QByteArray payload = statementJson(*manifest, 2);
    auto signature = signer.sign(pae(kInTotoPayloadType, payload));
    if (!signature)
        return std::unexpected(signature.error());
    const QByteArray bundle = chain.isEmpty() ? omsKeyBundle(publicKey->omsHint(), payload, *signature)
                                              : omsCertificateBundle(chain, payload, *signature);
    if (control.isCancelled())
        return fail(HM_TR("Sign", "Cancelled."));
    if (auto written = writeFileAtomically(request.outputPath, bundle, request.overwrite); !written)
        return std::unexpected(written.error());
    return SignResult{*manifest, bundle};
}

} // namespace hallmark
