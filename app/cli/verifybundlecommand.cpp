#include "cliio.h"
#include "commands.h"
#include "sigstoreoutput.h"

#include "bundle/cosignbundle.h"
#include "sigstore/verifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

Result<sigstore::Artifact> readArtifact(const QString &arg)
{
    static const QRegularExpression digest(QStringLiteral("^sha256:([0-9a-fA-F]{64})$"));
    sigstore::Artifact artifact;
    if (const auto m = digest.match(arg); m.hasMatch()) {
        artifact.sha256 = QByteArray::fromHex(m.captured(1).toLatin1());
        return artifact;
    }
    QFile f(arg);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the artifact \"%1\": %2").arg(arg, f.errorString()));
    artifact.data = f.readAll();
    return artifact;
}

} // namespace

int verifyBundleCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Verify a Sigstore bundle offline (sigstore-conformance client protocol)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("artifact"), tr("The signed file, or sha256:<hex>."));
    const QCommandLineOption bundleOpt(QStringLiteral("bundle"), tr("The Sigstore bundle (or legacy cosign bundle)."),
                                       QStringLiteral("file"));
    const QCommandLineOption identityOpt(QStringLiteral("certificate-identity"), tr("The signer's identity (SAN), exactly."),
                                         QStringLiteral("identity"));
    const QCommandLineOption identityReOpt(QStringLiteral("certificate-identity-regexp"),
                                           tr("The signer's identity as a regular expression matching all of it."),
                                           QStringLiteral("pattern"));
    const QCommandLineOption issuerOpt(QStringLiteral("certificate-oidc-issuer"), tr("The OIDC issuer, exactly."),
                                       QStringLiteral("url"));
    const QCommandLineOption issuerReOpt(QStringLiteral("certificate-oidc-issuer-regexp"),
                                         tr("The OIDC issuer as a regular expression matching all of it."),
                                         QStringLiteral("pattern"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), tr("Verify with this PEM public key instead of an identity."),
                                    QStringLiteral("file"));
    const QCommandLineOption rootOpt(QStringLiteral("trusted-root"),
                                     tr("trusted_root.json or ClientTrustConfig (default: Sigstore public-good)."),
                                     QStringLiteral("file"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({bundleOpt, identityOpt, identityReOpt, issuerOpt, issuerReOpt, keyOpt, rootOpt, jsonOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(bundleOpt)) {
        err(tr("Give --bundle and exactly one artifact (a path or sha256:<hex>)."));
        return BadInput;
    }
    const bool hasIdentity = parser.isSet(identityOpt) || parser.isSet(identityReOpt);
    const bool hasIssuer = parser.isSet(issuerOpt) || parser.isSet(issuerReOpt);
    if (parser.isSet(keyOpt) == (hasIdentity || hasIssuer) || (!parser.isSet(keyOpt) && !(hasIdentity && hasIssuer))) {
        err(tr("Give either --key, or --certificate-identity and --certificate-oidc-issuer."));
        return BadInput;
    }

    sigstore::SigstorePolicy policy;
    if (parser.isSet(keyOpt)) {
        auto key = readPublicKeyFile(parser.value(keyOpt));
        if (!key) {
            err(key.error().message);
            return BadInput;
        }
        policy.publicKey = *key;
        policy.offlineKeyBundles = true;
    } else {
        sigstore::IdentityPolicy identity;
        identity.sanRegex = !parser.isSet(identityOpt);
        identity.san = identity.sanRegex ? parser.value(identityReOpt) : parser.value(identityOpt);
        identity.issuerRegex = !parser.isSet(issuerOpt);
        identity.issuer = identity.issuerRegex ? parser.value(issuerReOpt) : parser.value(issuerOpt);
        policy.identity = identity;
    }
    auto root = parser.isSet(rootOpt) ? sigstore::loadTrustedRoot(parser.value(rootOpt)) : sigstore::productionTrustedRoot();
    if (!root) {
        err(root.error().message);
        return BadInput;
    }
    auto artifact = readArtifact(parser.positionalArguments().constFirst());
    if (!artifact) {
        err(artifact.error().message);
        return BadInput;
    }
    QFile file(parser.value(bundleOpt));
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read the bundle \"%1\": %2").arg(file.fileName(), file.errorString()));
        return BadInput;
    }
    auto bundle = parseAnyBundle(file.read(16 << 20));
    if (!bundle) {
        err(tr("Not verified: the bundle cannot be read: %1").arg(bundle.error().message));
        return NotVerified;
    }
    const sigstore::SigstoreResult result = sigstore::verifySigstoreBundle(*bundle, *root, *artifact, policy);
    if (parser.isSet(jsonOpt))
        out(QString::fromStdString(sigstoreResultJson(result).dump(2)));
    else
        printSigstoreResult(result);
    return result.verified ? Ok : NotVerified;
}

} // namespace hallmark::cli
