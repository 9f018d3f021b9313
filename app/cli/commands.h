#pragma once

#include <QStringList>

#include <memory>

namespace hallmark { class Signer; }

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

// pkcs11command.cpp: the signer for a pkcs11: key URI (PIN from the URI, else
// a terminal prompt); prints the error and returns null on failure.
std::unique_ptr<Signer> openTokenSigner(const QString &uri);
// The PEM certificate the token holds for the signer's key, or empty.
QByteArray tokenCertificatePem(const Signer &signer);

} // namespace hallmark::cli
