#include "cliio.h"
#include "commands.h"
#include "passphrase.h"

#include "common/atomicfile.h"
#include "common/pathtext.h"
#include "crypto/keys.h"
#include "signing/modelsigner.h"
#include "signing/signaturepath.h"
#include "source/ignorerules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

// The passphrase for `keyPath`: from a file, from the terminal, or none
// when the key is not encrypted. nullopt: needed but not obtainable.
std::optional<SecretBuffer> passphraseFor(const QString &keyPath, const QString &passwordFile)
{
    if (!passwordFile.isEmpty()) {
        QString error;
        SecretBuffer secret = SecretBuffer::fromFile(passwordFile, true, &error);
        if (!error.isEmpty()) {
            err(error);
            return std::nullopt;
        }
        return secret;
    }
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly) || !privateKeyIsEncrypted(f.read(1 << 20)))
        return SecretBuffer();
    SecretBuffer typed = promptPassphrase(tr("Passphrase for %1: ").arg(keyPath));
    if (typed.isEmpty()) {
        err(tr("The private key is encrypted; give its passphrase with --password-file or run in a terminal."));
        return std::nullopt;
    }
    return typed;
}

int runSign(SignRequest request, const QString &keyPath, const QString &passwordFile,
            const QString &pkcs11Uri = {}, bool tokenCertificate = false)
{
    std::unique_ptr<Signer> signer;
    QTemporaryFile tokenCert;  // the token's certificate, for the certificate method
    if (!pkcs11Uri.isEmpty()) {
        if (!keyPath.isEmpty()) {
            err(tr("Give either --private-key or --pkcs11-uri, not both."));
            return BadInput;
        }
        signer = openTokenSigner(pkcs11Uri);
        if (!signer)
            return BadInput;
        if (auto ok = requireOmsCurve(*signer->publicKey()); !ok) {
            err(tr("Signing failed: %1").arg(ok.error().message));
            return BadInput;
        }
        if (request.signingCertificatePath.isEmpty() && (tokenCertificate || !request.chainPaths.isEmpty())) {
            const QByteArray pem = tokenCertificatePem(*signer);
            if (pem.isEmpty()) {
                err(tr("The token holds no certificate for this key; give one with --signing-cert."));
                return BadInput;
            }
            if (!tokenCert.open() || tokenCert.write(pem) != pem.size() || !tokenCert.flush()) {
                err(tr("Cannot write a temporary file: %1").arg(tokenCert.errorString()));
                return BadInput;
            }
            request.signingCertificatePath = tokenCert.fileName();
        }
    } else {
        if (keyPath.isEmpty()) {
            err(tr("Give the private key with --private-key or a token key with --pkcs11-uri."));
            return BadInput;
        }
        auto secret = passphraseFor(keyPath, passwordFile);
        if (!secret)
            return BadInput;
        auto software = SoftwareSigner::fromPemFile(keyPath, *secret);
        secret->clear();
        if (!software) {
            err(software.error().message);
            return BadInput;
        }
        signer = std::move(*software);
    }
    JobControl control;
    auto result = runWithProgress<SignResult>(control, [&] { return signModel(request, *signer, control); });
    if (!result) {
        err(tr("Signing failed: %1").arg(result.error().message));
        return BadInput;
    }
    out(tr("Signed %1 files of \"%2\" with %3.")
            .arg(result->manifest.resources.size())
            .arg(result->manifest.modelName, signer->description()));
    out(tr("Manifest digest (sha256): %1").arg(hex(result->manifest.rootDigest())));
    out(tr("Signature written to %1").arg(request.outputPath));
    return Ok;
}

} // namespace

int signCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign a model folder or file with a local EC private key."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), tr("The model folder or file."));
    const QCommandLineOption keyOpt(QStringLiteral("private-key"), tr("PEM private key (EC P-256/384/521)."), QStringLiteral("file"));
    const QCommandLineOption passOpt(QStringLiteral("password-file"), tr("File holding the key's passphrase."), QStringLiteral("file"));
    const QCommandLineOption certOpt(QStringLiteral("signing-cert"), tr("PEM certificate of the signing key."), QStringLiteral("file"));
    const QCommandLineOption chainOpt(QStringLiteral("cert-chain"), tr("PEM certificates of the issuers. Repeatable."), QStringLiteral("file"));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"), tr("Leave this path out. Repeatable."), QStringLiteral("path"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the signature (default: model.sig inside the model folder)."),
                                    QStringLiteral("file"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), tr("Replace an existing signature file."));
    const QCommandLineOption p11Opt(QStringLiteral("pkcs11-uri"), tr("Sign with a key on a PKCS#11 token (pkcs11: URI)."),
                                    QStringLiteral("uri"));
    const QCommandLineOption tokenCertOpt(QStringLiteral("token-cert"),
                                          tr("With --pkcs11-uri: sign with the certificate the token holds for the key."));
    parser.addOptions({keyOpt, passOpt, certOpt, chainOpt, ignoreOpt, outOpt, forceOpt, p11Opt, tokenCertOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one model path."));
        return BadInput;
    }
    if (parser.isSet(chainOpt) && !parser.isSet(certOpt) && !parser.isSet(p11Opt)) {
        err(tr("--cert-chain needs --signing-cert."));
        return BadInput;
    }
    SignRequest request;
    request.modelPath = parser.positionalArguments().constFirst();
    request.outputPath = parser.isSet(outOpt) ? parser.value(outOpt) : defaultSignaturePath(request.modelPath);
    request.overwrite = parser.isSet(forceOpt) ? Overwrite::Allow : Overwrite::Refuse;
    request.ignorePaths = parser.values(ignoreOpt);
    request.signingCertificatePath = parser.value(certOpt);
    request.chainPaths = parser.values(chainOpt);
    return runSign(request, parser.value(keyOpt), parser.value(passOpt), parser.value(p11Opt), parser.isSet(tokenCertOpt));
}

int signModelAdapterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OMS conformance adapter: sign a model."));
    parser.addHelpOption();
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("key or certificate."), QStringLiteral("method"));
    const QCommandLineOption modelOpt(QStringLiteral("model-path"), tr("The model."), QStringLiteral("path"));
    const QCommandLineOption bundleOpt(QStringLiteral("output-bundle"), tr("Where to write the bundle."), QStringLiteral("path"));
    const QCommandLineOption keyOpt(QStringLiteral("private-key"), tr("PEM private key."), QStringLiteral("file"));
    const QCommandLineOption certOpt(QStringLiteral("signing-cert"), tr("PEM signing certificate."), QStringLiteral("file"));
    const QCommandLineOption chainOpt(QStringLiteral("cert-chain"), tr("Chain certificates. Repeatable."), QStringLiteral("file"));
    const QCommandLineOption ignoreOpt(QStringLiteral("ignore-paths"), tr("Absolute path to leave out. Repeatable."), QStringLiteral("path"));
    const QCommandLineOption p11Opt(QStringLiteral("pkcs11-uri"), tr("Token key (pkcs11: URI) instead of --private-key."),
                                    QStringLiteral("uri"));
    parser.addOptions({methodOpt, modelOpt, bundleOpt, keyOpt, certOpt, chainOpt, ignoreOpt, p11Opt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    const QString method = parser.value(methodOpt);
    if (method != QLatin1String("key") && method != QLatin1String("certificate")) {
        err(tr("--method must be key or certificate."));
        return BadInput;
    }
    if (!parser.isSet(modelOpt) || !parser.isSet(bundleOpt)) {
        err(tr("--model-path and --output-bundle are required."));
        return BadInput;
    }
    SignRequest request;
    request.modelPath = parser.value(modelOpt);
    request.outputPath = parser.value(bundleOpt);
    for (const QString &p : parser.values(ignoreOpt))
        if (IgnoreRules::normalise(p, QFileInfo(request.modelPath).absoluteFilePath()))
            request.ignorePaths << p;
    const bool tokenCertificate = method == QLatin1String("certificate") && parser.isSet(p11Opt) && !parser.isSet(certOpt);
    if (method == QLatin1String("certificate") && !tokenCertificate) {
        if (!parser.isSet(certOpt)) {
            err(tr("The certificate method needs --signing-cert."));
            return BadInput;
        }
        request.signingCertificatePath = parser.value(certOpt);
        request.chainPaths = parser.values(chainOpt);
    }
    if (tokenCertificate)
        request.chainPaths = parser.values(chainOpt);
    return runSign(request, parser.value(keyOpt), QString(), parser.value(p11Opt), tokenCertificate);
}

int keygenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new EC key pair; the private key is encrypted with a passphrase."));
    parser.addHelpOption();
    const QCommandLineOption privOpt(QStringLiteral("private-key"), tr("Where to write the encrypted private key."), QStringLiteral("file"));
    const QCommandLineOption pubOpt(QStringLiteral("public-key"), tr("Where to write the public key."), QStringLiteral("file"));
    const QCommandLineOption curveOpt(QStringLiteral("curve"), tr("p256, p384 (default) or p521."), QStringLiteral("curve"),
                                      QStringLiteral("p384"));
    const QCommandLineOption passOpt(QStringLiteral("password-file"), tr("File holding the new passphrase."), QStringLiteral("file"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), tr("Replace existing files."));
    parser.addOptions({privOpt, pubOpt, curveOpt, passOpt, forceOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (!parser.isSet(privOpt) || !parser.isSet(pubOpt)) {
        err(tr("Give --private-key and --public-key."));
        return BadInput;
    }
    const QString c = parser.value(curveOpt).toLower();
    const std::optional<EcCurve> curve = c == QLatin1String("p256") ? std::optional(EcCurve::P256)
        : c == QLatin1String("p384")                                ? std::optional(EcCurve::P384)
        : c == QLatin1String("p521")                                ? std::optional(EcCurve::P521)
                                                                    : std::nullopt;
    if (!curve) {
        err(tr("Unknown curve \"%1\"; use p256, p384 or p521.").arg(c));
        return BadInput;
    }
    SecretBuffer passphrase;
    if (parser.isSet(passOpt)) {
        QString error;
        passphrase = SecretBuffer::fromFile(parser.value(passOpt), true, &error);
        if (!error.isEmpty()) {
            err(error);
            return BadInput;
        }
    } else {
        passphrase = promptPassphrase(tr("New passphrase: "));
        SecretBuffer again = promptPassphrase(tr("Repeat the passphrase: "));
        if (passphrase.size() != again.size() || memcmp(passphrase.data(), again.data(), size_t(again.size())) != 0) {
            err(tr("The passphrases differ."));
            return BadInput;
        }
    }
    if (passphrase.isEmpty()) {
        err(tr("An empty passphrase is not allowed; give one with --password-file or type it in a terminal."));
        return BadInput;
    }
    const Overwrite overwrite = parser.isSet(forceOpt) ? Overwrite::Allow : Overwrite::Refuse;
    for (const QString &path : {parser.value(privOpt), parser.value(pubOpt)}) {
        if (overwrite == Overwrite::Refuse && QFileInfo::exists(path)) {
            err(tr("\"%1\" already exists; it was left unchanged (use --force to replace it).").arg(path));
            return BadInput;
        }
    }
    auto key = generateEcKey(*curve);
    if (!key) {
        err(key.error().message);
        return BadInput;
    }
    auto pem = encryptedPrivateKeyPem(**key, passphrase);
    passphrase.clear();
    if (!pem) {
        err(pem.error().message);
        return BadInput;
    }
    if (auto ok = writeFileAtomically(parser.value(privOpt), *pem, overwrite, 0600); !ok) {
        err(ok.error().message);
        return BadInput;
    }
    if (auto ok = writeFileAtomically(parser.value(pubOpt), (*key)->spkiPem(), overwrite); !ok) {
        err(ok.error().message);
        return BadInput;
    }
    out(tr("New %1 key; fingerprint (SHA-256 of the public key): %2").arg((*key)->typeName(), (*key)->fingerprint()));
    return Ok;
}

} // namespace hallmark::cli
