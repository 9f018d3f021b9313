#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace hallmark {

inline constexpr char kBundleMediaTypeV03[] = "application/vnd.dev.sigstore.bundle.v0.3+json";
inline constexpr char kInTotoPayloadType[] = "application/vnd.in-toto+json";

enum class BundleVersion { V01, V02, V03 };

enum class MaterialKind { PublicKey, X509CertificateChain, Certificate };

struct DsseSignature {
    QByteArray sig;
    QString keyid;
};

struct DsseEnvelope {
    QByteArray payload;
    QString payloadType;
    QList<DsseSignature> signatures;
};

struct MessageSignature {
    QString digestAlgorithm;  // "SHA2_256", …
    QByteArray digest;
    QByteArray signature;
};

struct Bundle {
    QString mediaType;
    BundleVersion version = BundleVersion::V03;

    MaterialKind material = MaterialKind::PublicKey;
    QString publicKeyHint;
    QByteArray legacyPublicKeyPem;  // model_signing ≤ v1.0 `publicKey.rawBytes`
    QString legacyKeyDetails;
    QList<QByteArray> certificates; // DER, leaf first
    bool hasTlogEntriesField = false;
    std::vector<nlohmann::json> tlogEntries;
    std::vector<QByteArray> rfc3161Timestamps;

    std::optional<DsseEnvelope> dsse;
    std::optional<MessageSignature> messageSignature;
};

// Parses any Sigstore bundle v0.1–v0.3 (and model_signing's legacy public
// key form). Structural rules are enforced; signatures are not checked here.
Result<Bundle> parseBundle(const QByteArray &json);

Result<BundleVersion> bundleVersionFromMediaType(const QString &mediaType);

} // namespace hallmark
