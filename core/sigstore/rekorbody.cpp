#include "sigstore/rekorbody.h"

#include "bundle/pae.h"
#include "common/tr.h"
#include "common/untrustedjson.h"
#include "sigstore/jcs.h"
#include "sigstore/trustedroot.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace hallmark::sigstore {

namespace {

using Json = nlohmann::json;

QString str(const Json &j, std::initializer_list<const char *> path)
{
    const Json *cur = &j;
    for (const char *p : path) {
        if (!cur->is_object() || !cur->contains(p))
            return {};
        cur = &(*cur)[p];
    }
    return cur->is_string() ? QString::fromStdString(cur->get<std::string>()) : QString();
}

QByteArray b64(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

std::unexpected<Error> mismatch(const QString &what)
{
    return fail(HM_TR("Sigstore", "The log entry does not match the bundle: %1").arg(what));
}

// The logged PEM (certificate or key) must be the signer's.
Result<void> checkVerifier(const QByteArray &pem, const SignerMaterial &signer)
{
    if (signer.leaf) {
        auto certs = readCertificatesPem(pem);
        if (!certs || certs->isEmpty() || certs->first()->der() != signer.leaf->der())
            return mismatch(HM_TR("Sigstore", "the logged certificate is not the bundle's signing certificate."));
        return {};
    }
    auto key = readPublicKeyPem(pem);
    if (!key) {
        auto certs = readCertificatesPem(pem);
        if (certs && !certs->isEmpty())
            key = certs->first()->publicKey();
    }
    if (!key || !*key || !signer.key || (*key)->spkiDer() != signer.key->spkiDer())
        return mismatch(HM_TR("Sigstore", "the logged public key is not the verification key."));
    return {};
}

QString digestAlgorithmName(const QString &rekorName)
{
    if (rekorName == QLatin1String("sha256")) return QStringLiteral("SHA2_256");
    if (rekorName == QLatin1String("sha384")) return QStringLiteral("SHA2_384");
    if (rekorName == QLatin1String("sha512")) return QStringLiteral("SHA2_512");
    return {};
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

Result<Json> bodyJson(const TlogEntry &entry)
{
    Json body = parseUntrustedJson(entry.canonicalizedBody).value_or(Json());
    if (!body.is_object())
        return fail(HM_TR("Sigstore", "The log entry's body is not a JSON object."));
    return body;
}

Result<void> checkPayloadHash(const QString &algorithm, const QString &value, const Bundle &bundle)
{
    if (algorithm != QLatin1String("sha256") || QByteArray::fromHex(value.toLatin1()) != sha256(bundle.dsse->payload)
        || value.size() != 64)
        return mismatch(HM_TR("Sigstore", "the logged payload hash is not the hash of the envelope's payload."));
    return {};
}

} // namespace

Result<void> checkBodyKind(const TlogEntry &entry)
{
    const QString kv = entry.kind + QLatin1Char(' ') + entry.version;
    static const QStringList known = {QStringLiteral("hashedrekord 0.0.1"), QStringLiteral("dsse 0.0.1"),
                                      QStringLiteral("intoto 0.0.2"), QStringLiteral("hashedrekord 0.0.2")};
    if (!known.contains(kv))
        return fail(HM_TR("Sigstore", "Unsupported log entry type %1 %2.").arg(entry.kind, entry.version));
    if (entry.canonicalizedBody.isEmpty())
        return {};
    auto body = bodyJson(entry);
    if (!body)
        return std::unexpected(body.error());
    if (str(*body, {"kind"}) != entry.kind || str(*body, {"apiVersion"}) != entry.version)
        return fail(HM_TR("Sigstore", "The log entry's body is a %1 %2, but the bundle says %3 %4.")
                        .arg(str(*body, {"kind"}), str(*body, {"apiVersion"}), entry.kind, entry.version));
    return {};
}

Result<void> checkV1Body(const TlogEntry &entry, const Bundle &bundle, const SignerMaterial &signer)
{
    auto parsed = bodyJson(entry);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Json &body = *parsed;
    if (!body.contains("spec") || !body["spec"].is_object())
        return mismatch(HM_TR("Sigstore", "the body has no spec."));
    const Json &spec = body["spec"];

    if (entry.kind == QLatin1String("hashedrekord")) {
        if (!bundle.messageSignature)
            return mismatch(HM_TR("Sigstore", "a hashedrekord entry cannot log a DSSE envelope."));
        const MessageSignature &m = *bundle.messageSignature;
        if (b64(str(spec, {"signature", "content"})) != m.signature)
            return mismatch(HM_TR("Sigstore", "the logged signature is not the bundle's signature."));
        if (auto ok = checkVerifier(b64(str(spec, {"signature", "publicKey", "content"})), signer); !ok)
            return ok;
        const QString alg = digestAlgorithmName(str(spec, {"data", "hash", "algorithm"}));
        const QByteArray digest = QByteArray::fromHex(str(spec, {"data", "hash", "value"}).toLatin1());
        if (!m.digest.isEmpty() && (alg != m.digestAlgorithm || digest != m.digest))
            return mismatch(HM_TR("Sigstore", "the logged digest is not the bundle's message digest."));
        return {};
    }
    if (!bundle.dsse)
        return mismatch(HM_TR("Sigstore", "a %1 entry cannot log a message signature.").arg(entry.kind));
    const DsseEnvelope &env = *bundle.dsse;
    if (entry.kind == QLatin1String("dsse")) {
        if (auto ok = checkPayloadHash(str(spec, {"payloadHash", "algorithm"}), str(spec, {"payloadHash", "value"}), bundle); !ok)
            return ok;
        const Json sigs = spec.value("signatures", Json::array());
        if (!sigs.is_array() || sigs.size() != size_t(env.signatures.size()))
            return mismatch(HM_TR("Sigstore", "the log and the envelope hold different numbers of signatures."));
        for (size_t i = 0; i < sigs.size(); ++i) {
            if (b64(str(sigs[i], {"signature"})) != env.signatures[int(i)].sig)
                return mismatch(HM_TR("Sigstore", "the logged signature is not the envelope's signature."));
            if (auto ok = checkVerifier(b64(str(sigs[i], {"verifier"})), signer); !ok)
                return ok;
        }
        return {};
    }
    // intoto 0.0.2: signatures are base64 of the base64 text.
    const Json content = spec.value("content", Json::object());
    if (auto ok = checkPayloadHash(str(content, {"payloadHash", "algorithm"}), str(content, {"payloadHash", "value"}), bundle); !ok)
        return ok;
    if (str(content, {"envelope", "payloadType"}) != env.payloadType)
        return mismatch(HM_TR("Sigstore", "the logged payload type is not the envelope's."));
    const Json sigs = content.contains("envelope") ? content["envelope"].value("signatures", Json::array()) : Json::array();
    if (!sigs.is_array() || sigs.size() != size_t(env.signatures.size()))
        return mismatch(HM_TR("Sigstore", "the log and the envelope hold different numbers of signatures."));
    for (size_t i = 0; i < sigs.size(); ++i) {
        if (QByteArray::fromBase64(b64(str(sigs[i], {"sig"}))) != env.signatures[int(i)].sig)
            return mismatch(HM_TR("Sigstore", "the logged signature is not the envelope's signature."));
        if (auto ok = checkVerifier(b64(str(sigs[i], {"publicKey"})), signer); !ok)
            return ok;
    }
    return {};
}

namespace {
Result<QString> keyDetails(const Key &key)
{
    switch (EVP_PKEY_base_id(key.get())) {
    case EVP_PKEY_EC:
        switch (key.curve().value_or(EcCurve::P256)) {
        case EcCurve::P256: return QStringLiteral("PKIX_ECDSA_P256_SHA_256");
        case EcCurve::P384: return QStringLiteral("PKIX_ECDSA_P384_SHA_384");
        case EcCurve::P521: return QStringLiteral("PKIX_ECDSA_P521_SHA_512");
        }
        break;
    case EVP_PKEY_RSA: return QStringLiteral("PKIX_RSA_PKCS1V15_%1_SHA256").arg(EVP_PKEY_get_bits(key.get()));
    case EVP_PKEY_ED25519: return QStringLiteral("PKIX_ED25519_PH");
    default: break;
    }
    return fail(HM_TR("Sigstore", "The signing key type %1 cannot be logged in Rekor v2.").arg(key.typeName()));
}
} // namespace

Result<QByteArray> rebuildV2Body(const Bundle &bundle, const SignerMaterial &signer)
{
    const KeyPtr key = signer.publicKey();
    if (!key)
        return fail(HM_TR("Sigstore", "There is no key to rebuild the log entry with."));
    auto details = keyDetails(*key);
    if (!details)
        return std::unexpected(details.error());
    QByteArray digest, signature;
    QString algorithm = QStringLiteral("SHA2_256");
    if (bundle.dsse) {
        if (bundle.dsse->signatures.size() != 1)
            return fail(HM_TR("Sigstore", "A DSSE envelope must hold exactly one signature."));
        digest = sha256(pae(bundle.dsse->payloadType.toUtf8(), bundle.dsse->payload));
        signature = bundle.dsse->signatures.first().sig;
    } else {
        digest = bundle.messageSignature->digest;
        algorithm = bundle.messageSignature->digestAlgorithm;
        signature = bundle.messageSignature->signature;
    }
    Json verifier = {{"keyDetails", details->toStdString()}};
    if (signer.leaf)
        verifier["x509Certificate"] = {{"rawBytes", signer.leaf->der().toBase64().toStdString()}};
    else
        verifier["publicKey"] = {{"rawBytes", key->spkiDer().toBase64().toStdString()}};
    const Json entry = {
        {"apiVersion", "0.0.2"},
        {"kind", "hashedrekord"},
        {"spec", {{"hashedRekordV002", {
            {"data", {{"algorithm", algorithm.toStdString()}, {"digest", digest.toBase64().toStdString()}}},
            {"signature", {{"content", signature.toBase64().toStdString()}, {"verifier", verifier}}},
        }}}},
    };
    return canonicalJson(entry);
}

} // namespace hallmark::sigstore
