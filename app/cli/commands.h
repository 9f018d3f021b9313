#pragma once

#include <QStringList>

#include <memory>

#include <nlohmann/json_fwd.hpp>

namespace hallmark { class Signer; struct Manifest; }

namespace hallmark::cli {

// Each command takes the arguments after the program name, command first,
// and returns the process exit code.
int hashCommand(const QStringList &args);
int signCommand(const QStringList &args);
int verifyCommand(const QStringList &args);
int keygenCommand(const QStringList &args);
int signModelAdapterCommand(const QStringList &args);
int verifyModelAdapterCommand(const QStringList &args);
int verifyBundleCommand(const QStringList &args);
int pkcs11Command(const QStringList &args);
int sbomCommand(const QStringList &args);
int attestCommand(const QStringList &args);
int inspectCommand(const QStringList &args);

// attestcommand.cpp: verify's --attestation checks. Subjects are bound to
// `verifiedManifest` (the model's, once its signature verified; null: none).
// Prints the reports (or adds "attestations" and "conditions" to *jsonOut)
// and returns Ok, NotVerified (a signature, binding or condition does not
// hold) or BadInput.
struct AttestationOptions {
    QStringList files;
    QString publicKeyPath;
    QStringList certChainPaths;     // trust anchors for certificate-signed attestations
    QString identity;               // Sigstore keyless: certificate SAN (exact)
    QString identityProvider;       // and OIDC issuer (exact)
    QString trustedRootPath;        // empty: Sigstore public-good
    QStringList conditions;
};
int checkAttestations(const AttestationOptions &options, const Manifest *verifiedManifest, bool json, nlohmann::json *jsonOut);

// pkcs11command.cpp: the signer for a pkcs11: key URI (PIN from the URI, else
// a terminal prompt); prints the error and returns null on failure.
std::unique_ptr<Signer> openTokenSigner(const QString &uri);
// The PEM certificate the token holds for the signer's key, or empty.
QByteArray tokenCertificatePem(const Signer &signer);

} // namespace hallmark::cli
