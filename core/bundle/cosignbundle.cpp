#include "bundle/cosignbundle.h"

#include "bundle/protojson.h"
#include "common/tr.h"
#include "common/untrustedjson.h"

namespace hallmark {

using namespace protojson;

namespace {
constexpr Name kSignature{"base64Signature", nullptr};
constexpr Name kCert{"cert", nullptr};
constexpr Name kRekorBundle{"rekorBundle", nullptr};
constexpr Name kSet{"SignedEntryTimestamp", nullptr};
constexpr Name kPayload{"Payload", nullptr};
constexpr Name kBody{"body", nullptr};
constexpr Name kTime{"integratedTime", nullptr};
constexpr Name kIndex{"logIndex", nullptr};
constexpr Name kLogId{"logID", nullptr};

} // namespace

Result<Bundle> parseCosignBundle(const QByteArray &text)
{
    auto json = parse(text, HM_TR("Bundle", "cosign bundle"));
    if (!json)
        return err(json);
    auto root = Object::from(*json, QStringLiteral("cosignBundle"));
    if (!root)
        return err(root);
    if (auto ok = root->onlyKeys({kSignature, kCert, kRekorBundle}); !ok)
        return std::unexpected(ok.error());
    Bundle bundle;
    bundle.mediaType = QStringLiteral("cosign legacy bundle");
    bundle.version = BundleVersion::V01;
    auto sig = root->bytes(kSignature);
    auto cert = root->bytes(kCert, false);
    if (!sig || !cert)
        return std::unexpected(!sig ? sig.error() : cert.error());
    MessageSignature message;
    message.signature = *sig;
    if (cert->contains("-----BEGIN CERTIFICATE-----")) {
        bundle.material = MaterialKind::Certificate;
        const int begin = int(cert->indexOf("-----BEGIN CERTIFICATE-----"));
        const int end = int(cert->indexOf("-----END CERTIFICATE-----", begin));
        const QByteArray body = cert->mid(begin + 27, end - begin - 27);
        auto der = QByteArray::fromBase64Encoding(body.simplified().replace(' ', QByteArray()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
        if (end < 0 || !der)
            return fail(HM_TR("Bundle", "The field \"cosignBundle.cert\" holds a damaged certificate."));
        bundle.certificates << der.decoded;
    } else {
        bundle.material = MaterialKind::PublicKey;
    }
    if (root->has(kRekorBundle)) {
        auto rekor = root->object(kRekorBundle);
        if (!rekor)
            return err(rekor);
        if (auto ok = rekor->onlyKeys({kSet, kPayload}); !ok)
            return std::unexpected(ok.error());
        auto set = rekor->bytes(kSet);
        auto payload = rekor->object(kPayload);
        if (!set || !payload)
            return std::unexpected(!set ? set.error() : payload.error());
        if (auto ok = payload->onlyKeys({kBody, kTime, kIndex, kLogId}); !ok)
            return std::unexpected(ok.error());
        auto body = payload->bytes(kBody);
        auto time = payload->int64(kTime);
        auto index = payload->int64(kIndex);
        auto logId = payload->string(kLogId);
        if (!body || !time || !index || !logId)
            return std::unexpected(!body ? body.error() : !time ? time.error() : !index ? index.error() : logId.error());
        const Json entryBody = parseUntrustedJson(*body).value_or(Json());
        if (!entryBody.is_object() || !entryBody.contains("kind") || !entryBody.contains("apiVersion"))
            return fail(HM_TR("Bundle", "The field \"%1\" is not a log entry.").arg(payload->pathOf(kBody)));
        // The logged digest binds the artifact (checked against it later).
        const auto hash = entryBody.value("/spec/data/hash"_json_pointer, Json::object());
        if (hash.is_object() && hash.value("algorithm", "") == "sha256") {
            message.digestAlgorithm = QStringLiteral("SHA2_256");
            message.digest = QByteArray::fromHex(QByteArray::fromStdString(hash.value("value", "")));
        }
        Json entry = {
            {"logIndex", std::to_string(*index)},
            {"logId", {{"keyId", QByteArray::fromHex(logId->toLatin1()).toBase64().toStdString()}}},
            {"kindVersion", {{"kind", entryBody["kind"]}, {"version", entryBody["apiVersion"]}}},
            {"integratedTime", std::to_string(*time)},
            {"inclusionPromise", {{"signedEntryTimestamp", set->toBase64().toStdString()}}},
            {"canonicalizedBody", body->toBase64().toStdString()},
        };
        bundle.hasTlogEntriesField = true;
        bundle.tlogEntries.push_back(entry);
    }
    bundle.messageSignature = message;
    return bundle;
}

Result<Bundle> parseAnyBundle(const QByteArray &text)
{
    auto bundle = parseBundle(text);
    if (bundle)
        return bundle;
    const Json json = parseUntrustedJson(text).value_or(Json());
    if (json.is_object() && json.contains("base64Signature") && !json.contains("mediaType"))
        return parseCosignBundle(text);
    return bundle;
}

} // namespace hallmark
