#include "cliio.h"
#include "commands.h"
#include "sigstoreoutput.h"
#include "verdictoutput.h"

#include "signing/signaturepath.h"
#include "source/ignorerules.h"
#include "verify/omsverifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

VerificationFacts runVerify(const VerifyRequest &request)
{
    JobControl control;
    VerificationFacts facts;
    auto done = runWithProgress<bool>(control, [&]() -> Result<bool> {
        facts = verifyModelSignature(request, control);
        return true;
    });
    return facts;
}

// Prints the model's verdict and, when asked, the attestation checks; returns
// their exit code (Ok when none were asked for).
int printFacts(const Verdict &verdict, const VerificationFacts &facts, bool json, const AttestationOptions &attestations = {})
{
    const bool checkAttestationsToo = !attestations.files.isEmpty() || !attestations.conditions.isEmpty();
    const Manifest *verified = isVerified(verdict.status) && facts.signedManifest ? &facts.signedManifest->manifest : nullptr;
    if (json) {
        auto doc = nlohmann::json::parse(verdictJson(verdict, facts).toStdString(), nullptr, false);
        if (facts.sigstore && doc.is_object())
            doc["sigstore"] = sigstoreResultJson(*facts.sigstore);
        const int attestationExit = checkAttestationsToo ? checkAttestations(attestations, verified, true, &doc) : int(Ok);
        out(QString::fromStdString(doc.dump(2)));
        return attestationExit;
    }
    if (facts.sigstore)
        printSigstoreResult(*facts.sigstore);
    printVerdictText(verdict, facts);
    return checkAttestationsToo ? checkAttestations(attestations, verified, false, nullptr) : int(Ok);
}

} // namespace

int verifyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a model against its signature."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), tr("The model folder, file or archive."));
    const QCommandLineOption sigOpt(QStringLiteral("signature"), tr("The signature file (default: model.sig in the model)."),
                                    QStringLiteral("file"));
    const QCommandLineOption keyOpt(QStringLiteral("public-key"), tr("Verify with this PEM public key."), QStringLiteral("file"));
    const QCommandLineOption chainOpt(QStringLiteral("cert-chain"), tr("Trust anchor certificates (PEM). Repeatable."),
                                      QStringLiteral("file"));
    const QCommandLineOption identityOpt(QStringLiteral("identity"),
                                         tr("Verify a Sigstore signature made by this identity (certificate SAN)."),
                                         QStringLiteral("identity"));
    const QCommandLineOption providerOpt(QStringLiteral("identity-provider"),
                                         tr("The OIDC issuer that vouched for --identity."), QStringLiteral("url"));
    const QCommandLineOption rootOpt(QStringLiteral("trusted-root"),
                                     tr("Sigstore trusted_root.json or ClientTrustConfig (default: Sigstore public-good)."),
                                     QStringLiteral("file"));
    const QCommandLineOption atSigningOpt(QStringLiteral("check-certificate-at-signing-time"),
                                          tr("Check certificate validity at its notBefore time, as the reference tool "
                                             "does, instead of now."));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"), tr("Leave this path out. Repeatable."), QStringLiteral("path"));
    const QCommandLineOption unsignedOpt(QStringLiteral("ignore-unsigned-files"), tr("Check only the files the signature names."));
    const QCommandLineOption strictOpt(QStringLiteral("strict"), tr("Fail when any file was left out of the check."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption attestationOpt(QStringLiteral("attestation"),
                                            tr("Also check this attestation (bundle, DSSE envelope or JSON Lines). Repeatable."),
                                            QStringLiteral("file"));
    const QCommandLineOption attestationKeyOpt(QStringLiteral("attestation-public-key"),
                                               tr("PEM public key for the attestations (default: --public-key)."),
                                               QStringLiteral("file"));
    const QCommandLineOption attestationChainOpt(QStringLiteral("attestation-cert-chain"),
                                                 tr("Trust anchor certificates (PEM) for the attestations (default: --cert-chain). "
                                                    "Repeatable."),
                                                 QStringLiteral("file"));
    const QCommandLineOption attestationIdentityOpt(QStringLiteral("attestation-identity"),
                                                    tr("Check Sigstore-signed attestations against this identity (certificate "
                                                       "SAN; default: --identity)."),
                                                    QStringLiteral("identity"));
    const QCommandLineOption attestationProviderOpt(QStringLiteral("attestation-identity-provider"),
                                                    tr("The OIDC issuer that vouched for --attestation-identity (default: "
                                                       "--identity-provider)."),
                                                    QStringLiteral("url"));
    const QCommandLineOption attestationRootOpt(QStringLiteral("attestation-trusted-root"),
                                                tr("Sigstore trusted_root.json or ClientTrustConfig for the attestations "
                                                   "(default: --trusted-root, else Sigstore public-good)."),
                                                QStringLiteral("file"));
    const QCommandLineOption conditionOpt(QStringLiteral("condition"),
                                          tr("A condition the attestations must meet, e.g. \"predicate.eval.accuracy >= 0.85\". "
                                             "Repeatable."),
                                          QStringLiteral("expr"));
    parser.addOptions({sigOpt, keyOpt, chainOpt, identityOpt, providerOpt, rootOpt, atSigningOpt, ignoreOpt, unsignedOpt, strictOpt, jsonOpt,
                       attestationOpt, attestationKeyOpt, attestationChainOpt, attestationIdentityOpt, attestationProviderOpt,
                       attestationRootOpt, conditionOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one model path."));
        return BadInput;
    }
    if (int(parser.isSet(keyOpt)) + int(parser.isSet(chainOpt)) + int(parser.isSet(identityOpt)) != 1) {
        err(tr("Give one of --public-key, --cert-chain or --identity."));
        return BadInput;
    }
    if (parser.isSet(identityOpt) != parser.isSet(providerOpt)) {
        err(tr("--identity and --identity-provider go together."));
        return BadInput;
    }
    VerifyRequest request;
    request.modelPath = parser.positionalArguments().constFirst();
    request.signaturePath = parser.isSet(sigOpt) ? parser.value(sigOpt) : defaultSignaturePath(request.modelPath);
    request.method = parser.isSet(keyOpt)        ? VerifyMethod::Key
        : parser.isSet(identityOpt)              ? VerifyMethod::Sigstore
                                                 : VerifyMethod::Certificate;
    request.publicKeyPath = parser.value(keyOpt);
    request.trustAnchorPaths = parser.values(chainOpt);
    request.identity = parser.value(identityOpt);
    request.identityProvider = parser.value(providerOpt);
    request.trustedRootPath = parser.value(rootOpt);
    request.checkCertificateAtSigningTime = parser.isSet(atSigningOpt);
    request.ignorePaths = parser.values(ignoreOpt);
    request.ignoreUnsignedFiles = parser.isSet(unsignedOpt);

    if (parser.isSet(conditionOpt) && !parser.isSet(attestationOpt)) {
        err(tr("--condition needs at least one --attestation."));
        return BadInput;
    }
    for (const QCommandLineOption *o : {&attestationKeyOpt, &attestationChainOpt, &attestationIdentityOpt, &attestationProviderOpt,
                                        &attestationRootOpt}) {
        if (parser.isSet(*o) && !parser.isSet(attestationOpt)) {
            err(tr("--%1 needs at least one --attestation.").arg(o->names().constFirst()));
            return BadInput;
        }
    }
    // Each attestation option falls back to the model's own.
    const auto either = [&](const QCommandLineOption &own, const QCommandLineOption &model) {
        return parser.isSet(own) ? parser.value(own) : parser.value(model);
    };
    AttestationOptions attestations;
    attestations.files = parser.values(attestationOpt);
    attestations.conditions = parser.values(conditionOpt);
    attestations.publicKeyPath = either(attestationKeyOpt, keyOpt);
    attestations.certChainPaths = parser.isSet(attestationChainOpt) ? parser.values(attestationChainOpt) : parser.values(chainOpt);
    attestations.identity = either(attestationIdentityOpt, identityOpt);
    attestations.identityProvider = either(attestationProviderOpt, providerOpt);
    attestations.trustedRootPath = either(attestationRootOpt, rootOpt);
    if (attestations.identity.isEmpty() != attestations.identityProvider.isEmpty()) {
        err(tr("--attestation-identity and --attestation-identity-provider go together."));
        return BadInput;
    }

    const VerificationFacts facts = runVerify(request);
    const Verdict verdict = assess(facts);
    const int attestationExit = printFacts(verdict, facts, parser.isSet(jsonOpt), attestations);
    if (verdict.status == VerdictStatus::CannotVerify)
        return BadInput;
    if (attestationExit != Ok)
        return attestationExit;
    if (verdict.status == VerdictStatus::Verified)
        return Ok;
    if (verdict.status == VerdictStatus::VerifiedWithExclusions)
        return parser.isSet(strictOpt) ? NotVerified : Ok;
    return NotVerified;
}

int verifyModelAdapterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OMS conformance adapter: verify a model."));
    parser.addHelpOption();
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("key, certificate or sigstore."), QStringLiteral("method"));
    const QCommandLineOption modelOpt(QStringLiteral("model-path"), tr("The model."), QStringLiteral("path"));
    const QCommandLineOption bundleOpt(QStringLiteral("bundle"), tr("The signature bundle."), QStringLiteral("path"));
    const QCommandLineOption keyOpt(QStringLiteral("public-key"), tr("PEM public key."), QStringLiteral("file"));
    const QCommandLineOption chainOpt(QStringLiteral("cert-chain"), tr("Trust anchors. Repeatable."), QStringLiteral("file"));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"), tr("Absolute path to leave out. Repeatable."), QStringLiteral("path"));
    const QCommandLineOption unsignedOpt(QStringLiteral("ignore-unsigned-files"), tr("Check only signed files."));
    const QCommandLineOption identityOpt(QStringLiteral("identity"), tr("Sigstore: the signer's identity."), QStringLiteral("identity"));
    const QCommandLineOption providerOpt(QStringLiteral("identity-provider"), tr("Sigstore: the OIDC issuer."), QStringLiteral("url"));
    const QCommandLineOption rootOpt(QStringLiteral("trusted-root"), tr("Sigstore: trusted root or ClientTrustConfig."),
                                     QStringLiteral("file"));
    const QCommandLineOption stagingOpt(QStringLiteral("use-staging"), tr("Sigstore: trust the staging instance."));
    parser.addOptions({methodOpt, modelOpt, bundleOpt, keyOpt, chainOpt, ignoreOpt, unsignedOpt, identityOpt, providerOpt,
                       rootOpt, stagingOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    const QString method = parser.value(methodOpt);
    if (method != QLatin1String("key") && method != QLatin1String("certificate") && method != QLatin1String("sigstore")) {
        err(tr("--method must be key, certificate or sigstore."));
        return BadInput;
    }
    VerifyRequest request;
    request.modelPath = parser.value(modelOpt);
    request.signaturePath = parser.value(bundleOpt);
    request.method = method == QLatin1String("key")   ? VerifyMethod::Key
        : method == QLatin1String("sigstore")            ? VerifyMethod::Sigstore
                                                         : VerifyMethod::Certificate;
    request.publicKeyPath = parser.value(keyOpt);
    request.trustAnchorPaths = parser.values(chainOpt);
    request.identity = parser.value(identityOpt);
    request.identityProvider = parser.value(providerOpt);
    request.trustedRootPath = parser.value(rootOpt);
    if (request.method == VerifyMethod::Sigstore && parser.isSet(stagingOpt) && request.trustedRootPath.isEmpty()) {
        err(tr("Hallmark ships only the production trusted root; give the staging root with --trusted-root."));
        return BadInput;
    }
    request.ignoreUnsignedFiles = parser.isSet(unsignedOpt);
    for (const QString &p : parser.values(ignoreOpt))
        if (IgnoreRules::normalise(p, QFileInfo(request.modelPath).absoluteFilePath()))
            request.ignorePaths << p;
    if (request.method == VerifyMethod::Key && request.publicKeyPath.isEmpty()) {
        err(tr("The key method needs --public-key."));
        return BadInput;
    }
    const VerificationFacts facts = runVerify(request);
    const Verdict verdict = assess(facts);
    printFacts(verdict, facts, false);
    return isVerified(verdict.status) ? Ok : NotVerified;
}

} // namespace hallmark::cli
