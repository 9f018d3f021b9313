#pragma once

#include "common/result.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hallmark::sigstore {

// A closed interval [start, end]; an invalid end means "still valid".
struct ValidityWindow {
    QDateTime start;
    QDateTime end;
    bool contains(const QDateTime &t) const;
};

// A transparency log (Rekor) or certificate transparency log (CT).
struct LogKey {
    QString baseUrl;
    QByteArray logId;            // v1: SHA-256(SPKI); v2: SHA-256(origin ‖ 0x0A ‖ 0x01 ‖ key)
    QByteArray checkpointKeyId;  // optional (trusted root v0.2)
    QByteArray rawKey;           // rawBytes as stored
    QString keyDetails;
    KeyPtr key;                  // null when the key type is not understood
    ValidityWindow validFor;
    QString operatorName;
    QString host() const;        // baseUrl without scheme and path: the checkpoint origin
};

struct CertificateAuthorityInfo {
    QString uri;
    QString commonName;
    QString organization;
    QList<CertificatePtr> chain;  // as stored: the last one is the anchor
    ValidityWindow validFor;
    QString operatorName;
};

struct TrustedRoot {
    QString mediaType;
    QString origin;  // where it came from, for people
    QList<LogKey> tlogs;
    QList<CertificateAuthorityInfo> certificateAuthorities;
    QList<LogKey> ctlogs;
    QList<CertificateAuthorityInfo> timestampAuthorities;

    const LogKey *tlog(const QByteArray &logId) const;
    const LogKey *ctlog(const QByteArray &logId) const;
};

// A trusted_root.json (media types …trustedroot+json;version=0.1,
// …trustedroot.v0.1+json, …trustedroot.v0.2+json) or a ClientTrustConfig
// holding one. A malformed root is an error naming the field.
Result<TrustedRoot> parseTrustedRoot(const QByteArray &json);
Result<TrustedRoot> loadTrustedRoot(const QString &path);
// The Sigstore public-good production root shipped with Hallmark.
Result<TrustedRoot> productionTrustedRoot();
QString productionTrustedRootPath();  // the Qt resource path

// RFC 3339 with any number of fraction digits, "Z" or an offset.
QDateTime parseRfc3339(const QString &text);

Result<KeyPtr> publicKeyFromDer(const QByteArray &der, const QString &keyDetails = {});

} // namespace hallmark::sigstore
