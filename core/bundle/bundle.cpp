#include "bundle/bundle.h"

#include "bundle/protojson.h"
#include "common/tr.h"

#include <QRegularExpression>

namespace hallmark {

using namespace protojson;

namespace {

constexpr Name kMediaType{"mediaType", "media_type"};
constexpr Name kMaterial{"verificationMaterial", "verification_material"};
constexpr Name kDsse{"dsseEnvelope", "dsse_envelope"};
constexpr Name kMessage{"messageSignature", "message_signature"};
constexpr Name kPublicKey{"publicKey", "public_key"};
constexpr Name kChain{"x509CertificateChain", "x509_certificate_chain"};
constexpr Name kCertificate{"certificate", nullptr};
constexpr Name kTlog{"tlogEntries", "tlog_entries"};
constexpr Name kTimestamps{"timestampVerificationData", "timestamp_verification_data"};
constexpr Name kRfc3161{"rfc3161Timestamps", "rfc3161_timestamps"};
constexpr Name kSignedTimestamp{"signedTimestamp", "signed_timestamp"};
constexpr Name kHint{"hint", nullptr};
constexpr Name kRawBytes{"rawBytes", "raw_bytes"};
constexpr Name kKeyDetails{"keyDetails", "key_details"};
constexpr Name kCertificates{"certificates", nullptr};
constexpr Name kPayload{"payload", nullptr};
constexpr Name kPayloadType{"payloadType", "payload_type"};
constexpr Name kSignatures{"signatures", nullptr};
constexpr Name kSig{"sig", nullptr};
constexpr Name kKeyid{"keyid", nullptr};
constexpr Name kMessageDigest{"messageDigest", "message_digest"};
constexpr Name kAlgorithm{"algorithm", nullptr};
constexpr Name kDigest{"digest", nullptr};
constexpr Name kSignature{"signature", nullptr};

// A certificate as protobuf-specs writes it: {"rawBytes": base64 DER}.
Result<QByteArray> readCertificateBytes(const Object &cert)
{
    if (auto ok = cert.onlyKeys({kRawBytes}); !ok)
        return std::unexpected(ok.error());
    return cert.bytes(kRawBytes);
}

Result<void> readMaterial(const Object &root, Bundle &bundle)
{
    auto material = root.object(kMaterial);
    if (!material)
        return std::unexpected(material.error());
    if (auto ok = material->onlyKeys({kPublicKey, kChain, kCertificate, kTlog, kTimestamps}); !ok)
        return ok;
    const int kinds = int(material->has(kPublicKey)) + int(material->has(kChain)) + int(material->has(kCertificate));
    if (kinds != 1)
        return fail(HM_TR("Bundle", "\"verificationMaterial\" must hold exactly one of publicKey, "
                                    "x509CertificateChain or certificate; it holds %1.").arg(kinds));

    if (material->has(kPublicKey)) {
        bundle.material = MaterialKind::PublicKey;
        auto key = material->object(kPublicKey);
        if (!key)
            return std::unexpected(key.error());
        if (auto ok = key->onlyKeys({kHint, kRawBytes, kKeyDetails}); !ok)
            return ok;
        auto hint = key->string(kHint, false);
        auto raw = key->bytes(kRawBytes, false);
        auto details = key->string(kKeyDetails, false);
        if (!hint || !raw || !details)
            return std::unexpected(!hint ? hint.error() : !raw ? raw.error() : details.error());
        bundle.publicKeyHint = *hint;
        bundle.legacyPublicKeyPem = *raw;
        bundle.legacyKeyDetails = *details;
    } else if (material->has(kChain)) {
        // protobuf-specs forbids a chain in v0.3, but model_signing's certificate
        // method writes exactly that; the Sigstore verifier enforces the rule.
        bundle.material = MaterialKind::X509CertificateChain;
        auto chain = material->object(kChain);
        if (!chain)
            return std::unexpected(chain.error());
        if (auto ok = chain->onlyKeys({kCertificates}); !ok)
            return ok;
        auto certs = chain->array(kCertificates);
        if (!certs)
            return std::unexpected(certs.error());
        if (certs->empty())
            return fail(HM_TR("Bundle", "The certificate chain in the bundle is empty."));
        for (size_t i = 0; i < certs->size(); ++i) {
            auto cert = Object::from((*certs)[i], chain->pathOf(kCertificates) + QStringLiteral("[%1]").arg(i));
            if (!cert)
                return std::unexpected(cert.error());
            auto der = readCertificateBytes(*cert);
            if (!der)
                return std::unexpected(der.error());
            bundle.certificates << *der;
        }
    } else {
        bundle.material = MaterialKind::Certificate;
        auto cert = material->object(kCertificate);
        if (!cert)
            return std::unexpected(cert.error());
        auto der = readCertificateBytes(*cert);
        if (!der)
            return std::unexpected(der.error());
        bundle.certificates << *der;
    }

    if (const nlohmann::json *tlog = material->find(kTlog)) {
        if (!tlog->is_array())
            return fail(wrongType(material->pathOf(kTlog), "a list"));
        bundle.hasTlogEntriesField = true;
        bundle.tlogEntries = tlog->get<std::vector<nlohmann::json>>();
        if (bundle.tlogEntries.size() > 32)
            return fail(HM_TR("Bundle", "The bundle holds more than 32 log entries."));
    }
    if (material->has(kTimestamps)) {
        auto data = material->object(kTimestamps);
        if (!data)
            return std::unexpected(data.error());
        if (auto ok = data->onlyKeys({kRfc3161}); !ok)
            return ok;
        auto stamps = data->array(kRfc3161, false);
        if (!stamps)
            return std::unexpected(stamps.error());
        if (stamps->size() > 32)
            return fail(HM_TR("Bundle", "The bundle holds more than 32 timestamps."));
        for (size_t i = 0; i < stamps->size(); ++i) {
            auto stamp = Object::from((*stamps)[i], data->pathOf(kRfc3161) + QStringLiteral("[%1]").arg(i));
            if (!stamp)
                return std::unexpected(stamp.error());
            auto der = stamp->bytes(kSignedTimestamp);
            if (!der)
                return std::unexpected(der.error());
            bundle.rfc3161Timestamps.push_back(*der);
        }
    }
    return {};
}

Result<DsseEnvelope> readDsse(const Object &root)
{
    auto env = root.object(kDsse);
    if (!env)
        return std::unexpected(env.error());
    if (auto ok = env->onlyKeys({kPayload, kPayloadType, kSignatures}); !ok)
        return std::unexpected(ok.error());
    DsseEnvelope out;
    auto payload = env->bytes(kPayload);
    auto type = env->string(kPayloadType);
    auto sigs = env->array(kSignatures);
    if (!payload || !type || !sigs)
        return std::unexpected(!payload ? payload.error() : !type ? type.error() : sigs.error());
    if (payload->isEmpty())
        return fail(HM_TR("Bundle", "The signed payload is empty."));
    out.payload = *payload;
    out.payloadType = *type;
    if (sigs->empty())
        return fail(HM_TR("Bundle", "The envelope holds no signature."));
    for (size_t i = 0; i < sigs->size(); ++i) {
        auto sig = Object::from((*sigs)[i], env->pathOf(kSignatures) + QStringLiteral("[%1]").arg(i));
        if (!sig)
            return std::unexpected(sig.error());
        if (auto ok = sig->onlyKeys({kSig, kKeyid}); !ok)
            return std::unexpected(ok.error());
        auto bytes = sig->bytes(kSig);
        auto keyid = sig->string(kKeyid, false);
        if (!bytes || !keyid)
            return std::unexpected(!bytes ? bytes.error() : keyid.error());
        if (bytes->isEmpty())
            return fail(HM_TR("Bundle", "The field \"%1\" is empty.").arg(sig->pathOf(kSig)));
        out.signatures.append({*bytes, *keyid});
    }
    return out;
}

Result<MessageSignature> readMessageSignature(const Object &root)
{
    auto msg = root.object(kMessage);
    if (!msg)
        return std::unexpected(msg.error());
    if (auto ok = msg->onlyKeys({kMessageDigest, kSignature}); !ok)
        return std::unexpected(ok.error());
    MessageSignature out;
    auto sig = msg->bytes(kSignature);
    if (!sig)
        return std::unexpected(sig.error());
    out.signature = *sig;
    if (msg->has(kMessageDigest)) {
        auto digest = msg->object(kMessageDigest);
        if (!digest)
            return std::unexpected(digest.error());
        if (auto ok = digest->onlyKeys({kAlgorithm, kDigest}); !ok)
            return std::unexpected(ok.error());
        auto alg = digest->string(kAlgorithm, false);
        auto bytes = digest->bytes(kDigest);
        if (!alg || !bytes)
            return std::unexpected(!alg ? alg.error() : bytes.error());
        out.digestAlgorithm = *alg;
        out.digest = *bytes;
    }
    return out;
}

} // namespace

Result<BundleVersion> bundleVersionFromMediaType(const QString &mediaType)
{
    static const QRegularExpression legacy(
        QStringLiteral("^application/vnd\\.dev\\.sigstore\\.bundle\\+json;version=0\\.([123])$"));
    static const QRegularExpression semver(
        QStringLiteral("^application/vnd\\.dev\\.sigstore\\.bundle\\.v0\\.([123])(\\.\\d+)?\\+json$"));
    auto m = legacy.match(mediaType);
    if (!m.hasMatch())
        m = semver.match(mediaType);
    if (!m.hasMatch())
        return fail(HM_TR("Bundle", "Unsupported bundle media type \"%1\".").arg(mediaType));
    switch (m.captured(1).toInt()) {
    case 1: return BundleVersion::V01;
    case 2: return BundleVersion::V02;
    default: return BundleVersion::V03;
    }
}

Result<Bundle> parseBundle(const QByteArray &text)
{
    auto json = parse(text, HM_TR("Bundle", "signature bundle"));
    if (!json)
        return std::unexpected(json.error());
    auto root = Object::from(*json, QStringLiteral("bundle"));
    if (!root)
        return std::unexpected(root.error());
    if (auto ok = root->onlyKeys({kMediaType, kMaterial, kDsse, kMessage}); !ok)
        return std::unexpected(ok.error());

    Bundle bundle;
    auto mediaType = root->string(kMediaType);
    if (!mediaType)
        return std::unexpected(mediaType.error());
    bundle.mediaType = *mediaType;
    auto version = bundleVersionFromMediaType(*mediaType);
    if (!version)
        return std::unexpected(version.error());
    bundle.version = *version;

    if (auto ok = readMaterial(*root, bundle); !ok)
        return std::unexpected(ok.error());

    const bool hasDsse = root->has(kDsse), hasMessage = root->has(kMessage);
    if (hasDsse == hasMessage)
        return fail(HM_TR("Bundle", "The bundle must hold exactly one of dsseEnvelope or messageSignature."));
    if (hasDsse) {
        auto env = readDsse(*root);
        if (!env)
            return std::unexpected(env.error());
        bundle.dsse = std::move(*env);
    } else {
        auto msg = readMessageSignature(*root);
        if (!msg)
            return std::unexpected(msg.error());
        bundle.messageSignature = std::move(*msg);
    }
    return bundle;
}

} // namespace hallmark
