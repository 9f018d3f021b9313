#include "pkcs11/tokensigner.h"

#include "keys/pkcs11/pkcs11signer.h"
#include "pkcs11/pinbroker.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace hallmark::ui {

namespace {

Error cancelledError()
{
    return Error{QCoreApplication::translate("TokenSigner", "Cancelled."), {}};
}

class TokenSigner : public Signer
{
public:
    TokenSigner(std::unique_ptr<pkcs11::Pkcs11Signer> inner, PinBroker *broker, const JobControl &control,
                QString tokenLabel)
        : m_inner(std::move(inner)), m_broker(broker), m_control(control), m_label(std::move(tokenLabel))
    {
    }

    Result<QByteArray> sign(const QByteArray &message) override
    {
        if (m_control.isCancelled())
            return std::unexpected(cancelledError());
        m_broker->callStarted(m_label);
        auto result = m_inner->sign(message);
        m_broker->callFinished();
        if (m_control.isCancelled())  // a late answer after Cancel is dropped
            return std::unexpected(cancelledError());
        return result;
    }
    KeyPtr publicKey() const override { return m_inner->publicKey(); }
    QString description() const override { return m_inner->description(); }

    std::unique_ptr<QTemporaryDir> certificateDir;  // the token's certificate, for signModel

private:
    std::unique_ptr<pkcs11::Pkcs11Signer> m_inner;
    PinBroker *m_broker;
    const JobControl &m_control;
    QString m_label;
};

} // namespace

SignController::SignerFactory tokenSignerFactory(const TokenKey &key, PinBroker *broker)
{
    return [key, broker](SignRequest &request, const JobControl &control) -> Result<std::unique_ptr<Signer>> {
        auto uri = pkcs11::Uri::parse(key.uri);
        if (!uri)
            return std::unexpected(uri.error());
        const QString label = key.tokenLabel();
        bool inCall = false;  // a login is under way (it follows each PIN)
        auto askPin = [&](const pkcs11::PinRequest &pinRequest) -> std::optional<SecretBuffer> {
            if (inCall)
                broker->callFinished();
            inCall = false;
            std::optional<SecretBuffer> pin = broker->askPin(pinRequest, control);
            if (pin) {
                broker->callStarted(label);
                inCall = true;
            }
            return pin;
        };
        auto opened = pkcs11::openSigner(*uri, askPin, &control);
        if (inCall)
            broker->callFinished();
        if (control.isCancelled())
            return std::unexpected(cancelledError());
        if (!opened)
            return std::unexpected(opened.error());
        const CertificatePtr certificate = (*opened)->certificate();
        auto signer = std::make_unique<TokenSigner>(std::move(*opened), broker, control, label);
        if (key.withCertificate) {
            if (!certificate)
                return std::unexpected(Error{QCoreApplication::translate("TokenSigner",
                                                                         "Token \"%1\" holds no certificate for key \"%2\".")
                                                 .arg(label, key.displayName()),
                                             {}});
            // signModel reads the certificate from a file; it holds no secret.
            signer->certificateDir = std::make_unique<QTemporaryDir>();
            const QString path = signer->certificateDir->filePath(QStringLiteral("token-certificate.pem"));
            QFile file(path);
            if (!signer->certificateDir->isValid() || !file.open(QIODevice::WriteOnly)
                || file.write(certificate->pem()) < 0)
                return std::unexpected(Error{QCoreApplication::translate("TokenSigner",
                                                                         "The token's certificate could not be saved "
                                                                         "for signing."),
                                             file.errorString()});
            file.close();
            request.signingCertificatePath = path;
        }
        return std::unique_ptr<Signer>(std::move(signer));
    };
}

} // namespace hallmark::ui
