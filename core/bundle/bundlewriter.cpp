#include "bundle/bundlewriter.h"

#include "bundle/bundle.h"

#include <nlohmann/json.hpp>

namespace hallmark {

namespace {
using Json = nlohmann::ordered_json;

std::string b64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

QByteArray finish(Json material, const QByteArray &payload, const QByteArray &signature)
{
    material["tlogEntries"] = Json::array();
    const Json bundle = {
        {"mediaType", kBundleMediaTypeV03},
        {"verificationMaterial", material},
        {"dsseEnvelope",
         {{"payload", b64(payload)},
          {"payloadType", kInTotoPayloadType},
          {"signatures", Json::array({{{"sig", b64(signature)}, {"keyid", ""}}})}}},
    };
    return QByteArray::fromStdString(bundle.dump());
}
} // namespace

QByteArray omsKeyBundle(const QString &hint, const QByteArray &payload, const QByteArray &signature)
{
    return finish({{"publicKey", {{"hint", hint.toStdString()}}}}, payload, signature);
}

QByteArray omsCertificateBundle(const QList<QByteArray> &chainDer, const QByteArray &payload,
                                const QByteArray &signature)
{
    Json certs = Json::array();
    for (const QByteArray &der : chainDer)
        certs.push_back({{"rawBytes", b64(der)}});
    return finish({{"x509CertificateChain", {{"certificates", certs}}}}, payload, signature);
}

} // namespace hallmark
