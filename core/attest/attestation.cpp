#include "attest/attestation.h"

#include "common/tr.h"
#include "common/untrustedjson.h"

#include <QFile>

namespace hallmark::attest {

namespace {

using Json = nlohmann::json;

constexpr qint64 kMaxAttestationBytes = 32 << 20;

std::optional<QByteArray> decodeBase64(const Json &value)
{
    if (!value.is_string())
        return std::nullopt;
    const QByteArray text = QByteArray::fromStdString(value.get<std::string>());
    const bool urlSafe = text.contains('-') || text.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(
        text, (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

void readStatement(Attestation &a)
{
    auto json = parseUntrustedJson(a.payload);
    if (!json) {
        a.statementError = HM_TR("Attest", "The payload is not usable JSON: %1").arg(json.error().message);
        return;
    }
    a.statementJson = std::move(*json);
    auto s = parseInTotoStatement(a.payload);
    if (!s) {
        a.statementError = s.error().message;
        return;
    }
    if (s->type != QLatin1String(kInTotoStatementV1) && s->type != QLatin1String(kInTotoStatementV01)) {
        a.statementError = HM_TR("Attest", "The payload is not an in-toto statement (_type \"%1\").").arg(s->type);
        return;
    }
    a.statement = std::move(*s);
}

Result<Attestation> readOne(const Json &j, const QByteArray &raw, const QString &origin, int line)
{
    Attestation a;
    a.origin = origin;
    a.line = line;
    const QByteArray one = raw;
    const std::string mediaType = j.is_object() && j.contains("mediaType") && j["mediaType"].is_string()
        ? j["mediaType"].get<std::string>() : std::string();
    if (mediaType.starts_with("application/vnd.dev.sigstore.bundle")) {
        auto bundle = parseBundle(one);
        if (!bundle)
            return std::unexpected(bundle.error());
        if (!bundle->dsse)
            return fail(HM_TR("Attest", "The Sigstore bundle signs a plain message, not an attestation."));
        a.carrier = Carrier::SigstoreBundle;
        a.envelope = bundle->dsse;
        a.payload = bundle->dsse->payload;
        a.bundle = std::move(*bundle);
    } else if (j.is_object() && j.contains("payload") && j.contains("payloadType")) {
        auto env = parseDsseEnvelope(j, &a.certificatePem);
        if (!env)
            return std::unexpected(env.error());
        a.carrier = Carrier::DsseEnvelope;
        a.payload = env->payload;
        a.envelope = std::move(*env);
    } else if (j.is_object() && j.contains("_type")) {
        a.carrier = Carrier::Statement;
        a.payload = one;
    } else {
        return fail(HM_TR("Attest", "Neither a Sigstore bundle, a DSSE envelope nor an in-toto statement."));
    }
    readStatement(a);
    return a;
}

} // namespace

Result<DsseEnvelope> parseDsseEnvelope(const Json &j, QByteArray *certificatePem)
{
    if (!j.is_object())
        return fail(HM_TR("Attest", "A DSSE envelope must be a JSON object."));
    DsseEnvelope env;
    auto payload = decodeBase64(j.value("payload", Json()));
    if (!payload)
        return fail(HM_TR("Attest", "The envelope's payload is not base64."));
    env.payload = *payload;
    if (!j["payloadType"].is_string())
        return fail(HM_TR("Attest", "The envelope's payloadType is not text."));
    env.payloadType = QString::fromStdString(j["payloadType"].get<std::string>());
    const Json sigs = j.value("signatures", Json());
    if (!sigs.is_array())
        return fail(HM_TR("Attest", "The envelope's signatures are not a list."));
    for (const Json &s : sigs) {
        if (!s.is_object())
            return fail(HM_TR("Attest", "An envelope signature is not a JSON object."));
        auto sig = decodeBase64(s.value("sig", Json()));
        if (!sig)
            return fail(HM_TR("Attest", "An envelope signature is not base64."));
        DsseSignature d;
        d.sig = *sig;
        if (s.contains("keyid") && s["keyid"].is_string())
            d.keyid = QString::fromStdString(s["keyid"].get<std::string>());
        if (certificatePem && certificatePem->isEmpty() && s.contains("cert") && s["cert"].is_string())
            *certificatePem = QByteArray::fromStdString(s["cert"].get<std::string>());
        env.signatures << d;
    }
    return env;
}

Result<QList<Attestation>> readAttestations(const QByteArray &content, const QString &origin)
{
    if (jsonNesting(content, kMaxJsonDepth) > kMaxJsonDepth)
        return fail(HM_TR("Attest", "\"%1\" nests deeper than %2 levels; no attestation does.").arg(origin).arg(kMaxJsonDepth));
    const DocumentKind kind = sniffDocument(content);
    QList<Attestation> out;
    if (kind == DocumentKind::InTotoJsonLines) {
        int lineNo = 0;
        for (const QByteArray &line : content.split('\n')) {
            ++lineNo;
            const QByteArray l = line.trimmed();
            if (l.isEmpty())
                continue;
            auto j = parseUntrustedJson(l);
            if (!j)
                return fail(HM_TR("Attest", "Line %1: %2").arg(lineNo).arg(j.error().message));
            auto a = readOne(*j, l, origin, lineNo);
            if (!a)
                return fail(HM_TR("Attest", "Line %1: %2").arg(lineNo).arg(a.error().message), a.error().detail);
            out << *a;
        }
        return out;
    }
    if (kind != DocumentKind::SigstoreBundle && kind != DocumentKind::DsseEnvelope && kind != DocumentKind::InTotoStatement)
        return fail(HM_TR("Attest", "\"%1\" is not an attestation; it looks like: %2.").arg(origin, kindLabel(kind)));
    const QByteArray text = content.trimmed();
    auto j = parseUntrustedJson(text);
    if (!j)
        return std::unexpected(j.error());
    auto a = readOne(*j, text, origin, 0);
    if (!a)
        return std::unexpected(a.error());
    out << *a;
    return out;
}

Result<QList<Attestation>> readAttestationFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Attest", "Cannot read \"%1\": %2").arg(path, f.errorString()));
    if (f.size() > kMaxAttestationBytes)
        return fail(HM_TR("Attest", "\"%1\" is too large for an attestation.").arg(path));
    return readAttestations(f.readAll(), path);
}

QString carrierLabel(Carrier carrier)
{
    switch (carrier) {
    case Carrier::SigstoreBundle: return HM_TR("Attest", "Sigstore bundle");
    case Carrier::DsseEnvelope: return HM_TR("Attest", "DSSE envelope");
    case Carrier::Statement: return HM_TR("Attest", "unsigned statement");
    }
    return {};
}

} // namespace hallmark::attest
