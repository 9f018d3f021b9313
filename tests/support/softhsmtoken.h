#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hallmark::test {

// Runs a tool; warns with its output and returns false when it does not succeed.
bool runTool(const QString &program, const QStringList &args);

// Throwaway SoftHSM2 tokens kept in a private folder, made and filled with
// the command-line tools (softhsm2-util, pkcs11-tool, openssl), independently
// of the code under test.
class SoftHsmToken
{
public:
    static QString module();
    // What is missing to make tokens (a tool or the module), or empty.
    static QString missingRequirement();

    // `label` and `pin` name the token p11() logs in to.
    SoftHsmToken(const QString &label, const QString &pin);

    bool isValid() const { return m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes softhsm2.conf and points SOFTHSM2_CONF at it. SoftHSM reads it in
    // C_Initialize, so this has to come before any module initialises.
    void configure();
    // Makes a token with the user PIN; `label` defaults to this token's.
    bool initToken(const QString &label = {}) const;
    // pkcs11-tool, logged in to this token.
    bool p11(const QStringList &args) const;
    // The public key `id` as <name>.pem (through <name>.der), exported with pkcs11-tool and openssl.
    bool exportPublicKey(const QString &id, const QString &name) const;
    // A throwaway CA (ca.key, ca.pem) issues a code-signing certificate
    // (leaf.der) for `publicKeyPem`, stored on the token under `id` and `label`.
    bool storeCertificate(const QString &caSubject, const QString &publicKeyPem, const QString &id,
                          const QString &label) const;

private:
    QTemporaryDir m_dir;
    QString m_label;
    QString m_pin;
};

} // namespace hallmark::test
