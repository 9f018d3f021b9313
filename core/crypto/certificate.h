#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "crypto/ossl.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hallmark {

class Certificate;
using CertificatePtr = std::shared_ptr<const Certificate>;

struct CertificateExtension {
    QString oid;
    QString name;
    bool critical = false;
    QString value;  // OpenSSL's text rendering
};

class Certificate
{
public:
    explicit Certificate(ossl::X509Ptr x509) : m_x509(std::move(x509)) {}

    X509 *get() const { return m_x509.get(); }
    QString subject() const;
    QString issuer() const;
    QString commonName() const;
    QString serialHex() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QStringList subjectAltNames() const;  // "email:…", "URI:…", "DNS:…", "otherName:…"
    bool isCa() const;
    bool isSelfIssued() const;
    bool allowsCodeSigning() const;  // KU digitalSignature or EKU codeSigning
    KeyPtr publicKey() const;
    QByteArray der() const;
    QByteArray pem() const;
    QString fingerprint() const;  // hex SHA-256 of the DER
    QList<CertificateExtension> extensions() const;

private:
    ossl::X509Ptr m_x509;
};

Result<CertificatePtr> readCertificateDer(const QByteArray &der);
// Every CERTIFICATE block in order; text between blocks is skipped.
Result<QList<CertificatePtr>> readCertificatesPem(const QByteArray &pem);
Result<QList<CertificatePtr>> readCertificateFile(const QString &path);

} // namespace hallmark
