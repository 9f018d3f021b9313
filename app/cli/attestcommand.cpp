#include "attestoutput.h"
#include "cliio.h"
#include "commands.h"
#include "passphrase.h"

#include "attest/attestbuilder.h"
#include "attest/attestreport.h"
#include "attest/predicatefile.h"
#include "common/pathtext.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "sigstore/trustedroot.h"

#include <QCoreApplication>
#include <QFile>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

std::unique_ptr<Signer> softwareSigner(const QString &keyPath, const QString &passwordFile)
{
    SecretBuffer secret;
    if (!passwordFile.isEmpty()) {
        QString error;
        secret = SecretBuffer::fromFile(passwordFile, true, &error);
        if (!error.isEmpty()) {
            err(error);
            return nullptr;
        }
    } else {
        QFile f(keyPath);
        if (f.open(QIODevice::ReadOnly) && privateKeyIsEncrypted(f.read(1 << 20))) {
            secret = promptPassphrase(tr("Passphrase for %1: ").arg(keyPath));
            if (secret.isEmpty()) {
                err(tr("The private key is encrypted; give its passphrase with --password-file or run in a terminal."));
                return nullptr;
            }
        }
    }
    auto signer = SoftwareSigner::fromPemFile(keyPath, secret);
    secret.clear();
    if (!signer) {
        err(signer.error().message);
        return nullptr;
    }
    return std::move(*signer);
}

} // namespace

int attestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign an in-toto statement about a model: its subject is the model's manifest "
                                        "digest, its predicate the JSON file you give. Written as a Sigstore bundle."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), tr("The model folder or file."));
    const QCommandLineOption predOpt(QStringLiteral("predicate"), tr("JSON file holding the predicate (an object)."), QStringLiteral("file"));
    const QCommandLineOption typeOpt(QStringLiteral("predicate-type"), tr("The predicate type URI."), QStringLiteral("uri"));
    const QCommandLineOption keyOpt(QStringLiteral("private-key"), tr("PEM private key (EC P-256/384/521)."), QStringLiteral("file"));
    const QCommandLineOption passOpt(QStringLiteral("password-file"), tr("File holding the key's passphrase."), QStringLiteral("file"));
    const QCommandLineOption p11Opt(QStringLiteral("pkcs11-uri"), tr("Sign with a key on a PKCS#11 token (pkcs11: URI)."),
                                    QStringLiteral("uri"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, tr("Where to write the attestation bundle."),
                                    QStringLiteral("file"));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"), tr("Leave this path out of the model. Repeatable."),
                                       QStringLiteral("path"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), tr("Replace an existing output file."));
    parser.addOptions({predOpt, typeOpt, keyOpt, passOpt, p11Opt, outOpt, ignoreOpt, forceOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one model path."));
        return BadInput;
    }
    if (!parser.isSet(predOpt) || !parser.isSet(typeOpt) || !parser.isSet(outOpt)) {
        err(tr("--predicate, --predicate-type and -o are required."));
        return BadInput;
    }
    if (parser.isSet(keyOpt) == parser.isSet(p11Opt)) {
        err(tr("Give either --private-key or --pkcs11-uri."));
        return BadInput;
    }
    auto predicate = attest::readPredicateFile(parser.value(predOpt));
    if (!predicate) {
        err(tr("Cannot use the predicate \"%1\": %2").arg(parser.value(predOpt), predicate.error().message));
        return BadInput;
    }
    attest::AttestRequest request;
    request.predicate = std::move(*predicate);
    request.modelPath = parser.positionalArguments().constFirst();
    request.outputPath = parser.value(outOpt);
    request.predicateType = parser.value(typeOpt);
    request.ignorePaths = parser.values(ignoreOpt);
    request.overwrite = parser.isSet(forceOpt) ? Overwrite::Allow : Overwrite::Refuse;

    std::unique_ptr<Signer> signer = parser.isSet(p11Opt) ? openTokenSigner(parser.value(p11Opt))
                                                          : softwareSigner(parser.value(keyOpt), parser.value(passOpt));
    if (!signer)
        return BadInput;
    JobControl control;
    auto result = runWithProgress<attest::AttestResult>(control, [&] { return attest::createAttestation(request, *signer, control); });
    if (!result) {
        err(tr("Attesting failed: %1").arg(result.error().message));
        return BadInput;
    }
    out(tr("Attested \"%1\" with %2.").arg(result->manifest.modelName, signer->description()));
    out(tr("Subject: %1 sha256:%2").arg(result->manifest.modelName, hex(result->manifest.rootDigest())));
    out(tr("Predicate type: %1").arg(request.predicateType));
    out(tr("Attestation written to %1").arg(request.outputPath));
    return Ok;
}

int checkAttestations(const AttestationOptions &options, const Manifest *verifiedManifest, bool json, nlohmann::json *jsonOut)
{
    attest::AttestationTrust trust;
    if (!options.publicKeyPath.isEmpty()) {
        auto key = readPublicKeyFile(options.publicKeyPath);
        if (!key) {
            err(key.error().message);
            return BadInput;
        }
        trust.publicKey = *key;
    }
    for (const QString &path : options.certChainPaths) {
        auto certs = readCertificateFile(path);
        if (!certs) {
            err(certs.error().message);
            return BadInput;
        }
        trust.anchors << *certs;
    }
    if (!options.identity.isEmpty())
        trust.identity = sigstore::IdentityPolicy{options.identity, false, options.identityProvider, false, {}};
    if (!options.trustedRootPath.isEmpty()) {
        auto root = sigstore::loadTrustedRoot(options.trustedRootPath);
        if (!root) {
            err(root.error().message);
            return BadInput;
        }
        trust.trustedRoot = *root;
    }
    std::optional<attest::ModelDigests> model;
    if (verifiedManifest)
        model = attest::modelDigests(*verifiedManifest);
    QList<attest::AttestationReport> reports;
    for (const QString &file : options.files) {
        auto attestations = attest::readAttestationFile(file);
        if (!attestations) {
            err(tr("The attestation \"%1\" cannot be read: %2").arg(file, attestations.error().message));
            return BadInput;
        }
        for (const attest::Attestation &a : *attestations)
            reports << attest::assessAttestation(a, trust, model);
    }
    int exit = Ok;
    nlohmann::json reportJson = nlohmann::json::array();
    for (const attest::AttestationReport &r : reports) {
        if (json)
            reportJson.push_back(attestationReportJson(r));
        else
            printAttestationReport(r);
        if (!r.usableForConditions())
            exit = NotVerified;
    }
    nlohmann::json conditionsJson = nlohmann::json::array();
    for (const QString &expression : options.conditions) {
        const attest::ConditionResult c = attest::evaluateOverAttestations(expression, reports);
        if (json)
            conditionsJson.push_back(conditionResultJson(c));
        else
            printConditionResult(c);
        if (c.outcome != attest::ConditionOutcome::Pass)
            exit = NotVerified;
    }
    if (jsonOut) {
        (*jsonOut)["attestations"] = reportJson;
        (*jsonOut)["conditions"] = conditionsJson;
    }
    return exit;
}

} // namespace hallmark::cli
