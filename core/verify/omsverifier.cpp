#include "verify/omsverifier.h"

#include "bundle/bundle.h"
#include "bundle/intoto.h"
#include "bundle/pae.h"
#include "common/tr.h"
#include "crypto/signatures.h"
#include "hashing/modelhasher.h"
#include "sigstore/verifier.h"
#include "verify/riskyfiles.h"

#include <QFile>
#include <QFileInfo>

namespace hallmark {

namespace {

constexpr qint64 kMaxSignatureBytes = 16 << 20;

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Verify", "Cannot read the %1 \"%2\": %3").arg(what, path, f.errorString()));
    if (f.size() > kMaxSignatureBytes)
        return fail(HM_TR("Verify", "The %1 \"%2\" is too large.").arg(what, path));
    return f.readAll();
}

bool isOmsMediaType(const QString &mediaType)
{
    return mediaType == QLatin1String(kBundleMediaTypeV03)
        || mediaType == QLatin1String("application/vnd.dev.sigstore.bundle+json;version=0.3");
}

// Tries the standard encoding first, then model_signing v0.2's.
SignatureCheck checkDsse(const Key &key, const QList<const char *> &digests, const DsseEnvelope &env)
{
    const QByteArray sig = env.signatures.first().sig;
    const QByteArray type = env.payloadType.toUtf8();
    for (const char *md : digests)
        if (verifySignature(key, md, pae(type, env.payload), sig))
            return SignatureCheck::Valid;
    for (const char *md : digests)
        if (verifySignature(key, md, legacyPae(type, env.payload), sig))
            return SignatureCheck::ValidLegacyEncoding;
    return SignatureCheck::Invalid;
}

void checkKeyMethod(const VerifyRequest &request, const Bundle &bundle, VerificationFacts &facts)
{
    auto key = readPublicKeyFile(request.publicKeyPath);
    if (!key) {
        facts.inputError = key.error().message;
        return;
    }
    facts.signer.keyType = (*key)->typeName();
    facts.signer.keyFingerprint = (*key)->fingerprint();
    facts.signer.hint = bundle.publicKeyHint;
    if (auto ok = requireOmsCurve(**key); !ok) {
        facts.inputError = ok.error().message;
        return;
    }
    if (!bundle.publicKeyHint.isEmpty() && bundle.publicKeyHint.toLower() != (*key)->omsHint()) {
        facts.hintMismatch = true;
        facts.signature = SignatureCheck::Invalid;
        facts.signatureProblem = HM_TR("Verify", "The signature names a different public key than the one you gave.");
        return;
    }
    facts.legacyKeyMaterial = bundle.publicKeyHint.isEmpty();
    facts.signature = checkDsse(**key, {(*key)->digestForSignatures()}, *bundle.dsse);
}

void checkCertificateMethod(const VerifyRequest &request, const Bundle &bundle, VerificationFacts &facts)
{
    QList<CertificatePtr> anchors;
    for (const QString &path : request.trustAnchorPaths) {
        auto certs = readCertificateFile(path);
        if (!certs) {
            facts.inputError = certs.error().message;
            return;
        }
        anchors << *certs;
    }
    if (anchors.isEmpty()) {
        facts.inputError = HM_TR("Verify", "Give at least one trust anchor certificate (--cert-chain).");
        return;
    }
    QList<CertificatePtr> chain;
    for (const QByteArray &der : bundle.certificates) {
        auto cert = readCertificateDer(der);
        if (!cert) {
            facts.bundleError = HM_TR("Verify", "A certificate in the signature is damaged: %1").arg(cert.error().message);
            return;
        }
        chain << *cert;
    }
    facts.signer.chain = chain;
    const CertificatePtr leaf = chain.first();
    const KeyPtr key = leaf->publicKey();
    if (!key) {
        facts.bundleError = HM_TR("Verify", "The signing certificate has no usable public key.");
        return;
    }
    facts.signer.keyType = key->typeName();
    facts.signer.keyFingerprint = key->fingerprint();

    facts.signature = checkDsse(*key, {key->digestForSignatures(), "SHA256"}, *bundle.dsse);
    if (facts.signature == SignatureCheck::Invalid)
        return;

    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const QDateTime at = request.checkCertificateAtSigningTime ? leaf->notBefore() : now;
    facts.chainCheckedAtSigningTime = request.checkCertificateAtSigningTime;
    facts.chain = verifyChain(leaf, chain.mid(1), anchors, at);
    facts.signer.builtPath = facts.chain->path;
    if (facts.chain->status == ChainStatus::Expired || facts.chain->status == ChainStatus::NotYetValid)
        facts.chainAtSigningTime = verifyChain(leaf, chain.mid(1), anchors, leaf->notBefore());
}

void checkSigstoreMethod(const VerifyRequest &request, const Bundle &bundle, VerificationFacts &facts)
{
    if (request.identity.isEmpty() || request.identityProvider.isEmpty()) {
        facts.inputError = HM_TR("Verify", "The sigstore method needs the signer's identity and identity provider.");
        return;
    }
    auto root = request.trustedRootPath.isEmpty() ? sigstore::productionTrustedRoot()
                                                  : sigstore::loadTrustedRoot(request.trustedRootPath);
    if (!root) {
        facts.inputError = root.error().message;
        return;
    }
    sigstore::SigstorePolicy policy;
    policy.identity = sigstore::IdentityPolicy{request.identity, false, request.identityProvider, false, {}};
    // The subject is the model's manifest digest: the model itself is compared afterwards.
    facts.sigstore = sigstore::verifySigstoreBundle(bundle, *root, sigstore::Artifact{}, policy);
    facts.signer.chain = facts.sigstore->chain;
    facts.signer.builtPath = facts.sigstore->chain;
    if (!facts.sigstore->chain.isEmpty()) {
        if (const KeyPtr key = facts.sigstore->chain.first()->publicKey()) {
            facts.signer.keyType = key->typeName();
            facts.signer.keyFingerprint = key->fingerprint();
        }
    }
    if (facts.sigstore->verified) {
        facts.signature = SignatureCheck::Valid;
    } else {
        facts.signature = SignatureCheck::Invalid;
        facts.signatureProblem = facts.sigstore->failure;
    }
}

void checkStatement(const Bundle &bundle, VerificationFacts &facts)
{
    if (bundle.dsse->payloadType != QLatin1String(kInTotoPayloadType)) {
        facts.statementError = HM_TR("Verify", "Expected a DSSE payload of type %1, got \"%2\".")
                                   .arg(QLatin1String(kInTotoPayloadType), bundle.dsse->payloadType);
        return;
    }
    auto statement = parseInTotoStatement(bundle.dsse->payload);
    if (!statement) {
        facts.statementError = statement.error().message;
        return;
    }
    auto manifest = readSignedManifest(*statement);
    if (!manifest) {
        facts.statementError = manifest.error().message;
        return;
    }
    facts.signedManifest = std::move(*manifest);
    if (facts.signedManifest->manifest.resources.isEmpty())
        facts.unsafeManifest << HM_TR("Verify", "The signature lists no files at all, so it would match any model.");
    for (const QString &entry : dangerousIgnoreEntries(facts.signedManifest->recordedIgnorePaths))
        facts.unsafeManifest << HM_TR("Verify", "The signer asks to ignore \"%1\", which would exclude the whole model "
                                                "or reach outside it.").arg(entry);
}

void compareContent(const VerifyRequest &request, VerificationFacts &facts, JobControl &control)
{
    const SignedManifest &signed_ = *facts.signedManifest;
    SourceOptions source;
    source.allowSymlinks = signed_.manifest.serialization.allowSymlinks;
    source.ignorePaths = request.ignorePaths;
    source.recordedIgnorePaths = signed_.recordedIgnorePaths;
    source.signatureFile = QFileInfo(request.signaturePath).absoluteFilePath();
    if (request.ignoreUnsignedFiles) {
        QSet<QString> signedPaths;
        const bool shards = signed_.manifest.serialization.method == Serialization::Shards;
        for (const Resource &r : signed_.manifest.resources) {
            const QString path = shards ? r.name.section(QLatin1Char(':'), 0, -3) : r.name;
            if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
                facts.unsafeManifest << HM_TR("Verify", "The signature names \"%1\", which lies outside the model.").arg(path);
                return;
            }
            signedPaths.insert(path);
        }
        source.onlyPaths = signedPaths;
        facts.partial = true;
    }
    HashOptions options;
    options.algorithm = signed_.manifest.serialization.hashType;
    options.serialization = signed_.manifest.serialization.method;
    if (options.serialization == Serialization::Shards)
        options.shardSize = signed_.manifest.serialization.shardSize;

    auto outcome = hashModel(request.modelPath, source, options, control);
    if (!outcome) {
        facts.hashError = outcome.error().message;
        return;
    }
    facts.findings = outcome->listing.findings;
    const ObservedModel observed = observeModel(*outcome, signed_.manifest.serialization);
    facts.diff = diffManifests(signed_.manifest, observed, outcome->listing.ignored);
    for (const IgnoredEntry &i : outcome->listing.ignored) {
        if (i.origin == IgnoreOrigin::Default || i.origin == IgnoreOrigin::SignatureFile)
            continue;
        facts.exclusions << i;
        if (isRiskyFile(i.path))
            facts.riskyExclusions << i.path;
    }
}

} // namespace

VerificationFacts verifyModelSignature(const VerifyRequest &request, JobControl &control)
{
    VerificationFacts facts;
    facts.signer.method = request.method;
    if (!QFileInfo::exists(request.modelPath)) {
        facts.inputError = HM_TR("Verify", "The model \"%1\" does not exist.").arg(request.modelPath);
        return facts;
    }
    auto text = readSmallFile(request.signaturePath, HM_TR("Verify", "signature"));
    if (!text) {
        facts.inputError = text.error().message;
        return facts;
    }
    auto bundle = parseBundle(*text);
    if (!bundle) {
        facts.bundleError = bundle.error().message;
        return facts;
    }
    if (!isOmsMediaType(bundle->mediaType)) {
        facts.bundleError = HM_TR("Verify", "Model signatures use the media type %1; this one is \"%2\".")
                                .arg(QLatin1String(kBundleMediaTypeV03), bundle->mediaType);
        return facts;
    }
    if (!bundle->dsse) {
        facts.bundleError = HM_TR("Verify", "A model signature must hold a DSSE envelope.");
        return facts;
    }
    const bool keyMaterial = bundle->material == MaterialKind::PublicKey;
    const bool chainMaterial = bundle->material == MaterialKind::X509CertificateChain;
    if (request.method == VerifyMethod::Key && !keyMaterial) {
        facts.materialMismatch = HM_TR("Verify", "The signature was made with a certificate, but you asked to check it "
                                                 "against a public key.");
        return facts;
    }
    if (request.method == VerifyMethod::Sigstore && keyMaterial) {
        facts.materialMismatch = HM_TR("Verify", "The signature was made with a bare key, but you asked to check a "
                                                 "Sigstore identity.");
        return facts;
    }
    if (request.method == VerifyMethod::Certificate && !chainMaterial) {
        facts.materialMismatch = keyMaterial
            ? HM_TR("Verify", "The signature was made with a bare key, but you asked to check a certificate chain.")
            : HM_TR("Verify", "The signature carries a Sigstore certificate; check it with the sigstore method.");
        return facts;
    }

    if (request.method == VerifyMethod::Key)
        checkKeyMethod(request, *bundle, facts);
    else if (request.method == VerifyMethod::Sigstore)
        checkSigstoreMethod(request, *bundle, facts);
    else
        checkCertificateMethod(request, *bundle, facts);
    if (!facts.inputError.isEmpty() || !facts.bundleError.isEmpty() || facts.signature == SignatureCheck::Invalid)
        return facts;

    checkStatement(*bundle, facts);
    if (!facts.statementError.isEmpty() || !facts.unsafeManifest.isEmpty())
        return facts;
    compareContent(request, facts, control);
    return facts;
}

} // namespace hallmark
