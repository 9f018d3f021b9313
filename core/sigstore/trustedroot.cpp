#include "sigstore/trustedroot.h"

#include "bundle/protojson.h"
#include "common/tr.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/x509.h>

namespace hallmark::sigstore {

using namespace protojson;

namespace {

constexpr Name kMediaType{"mediaType", "media_type"};
constexpr Name kTlogs{"tlogs", nullptr};
constexpr Name kCas{"certificateAuthorities", "certificate_authorities"};
constexpr Name kCtlogs{"ctlogs", nullptr};
constexpr Name kTsas{"timestampAuthorities", "timestamp_authorities"};
constexpr Name kBaseUrl{"baseUrl", "base_url"};
constexpr Name kHashAlgorithm{"hashAlgorithm", "hash_algorithm"};
constexpr Name kPublicKey{"publicKey", "public_key"};
constexpr Name kLogId{"logId", "log_id"};
constexpr Name kKeyId{"keyId", "key_id"};
constexpr Name kCheckpointKeyId{"checkpointKeyId", "checkpoint_key_id"};
constexpr Name kOperator{"operator", nullptr};
constexpr Name kRawBytes{"rawBytes", "raw_bytes"};
constexpr Name kKeyDetails{"keyDetails", "key_details"};
constexpr Name kValidFor{"validFor", "valid_for"};
constexpr Name kStart{"start", nullptr};
constexpr Name kEnd{"end", nullptr};
constexpr Name kSubject{"subject", nullptr};
constexpr Name kOrganization{"organization", nullptr};
constexpr Name kCommonName{"commonName", "common_name"};
constexpr Name kUri{"uri", nullptr};
constexpr Name kCertChain{"certChain", "cert_chain"};
constexpr Name kCertificates{"certificates", nullptr};
constexpr Name kTrustedRoot{"trustedRoot", "trusted_root"};
constexpr Name kSigningConfig{"signingConfig", "signing_config"};

const char kResourcePath[] = ":/sigstore/trusted_root.prod.json";

Result<QDateTime> readTime(const Object &o, Name name, bool required)
{
    auto text = o.string(name, required);
    if (!text)
        return err(text);
    if (text->isEmpty())
        return QDateTime();
    const QDateTime t = parseRfc3339(*text);
    if (!t.isValid())
        return fail(HM_TR("Sigstore", "The field \"%1\" is not an RFC 3339 time.").arg(o.pathOf(name)));
    return t;
}

Result<ValidityWindow> readValidity(const Object &parent, bool required)
{
    if (!parent.has(kValidFor)) {
        if (required)
            return fail(HM_TR("Sigstore", "The field \"%1\" is missing.").arg(parent.pathOf(kValidFor) + QStringLiteral(".start")));
        return ValidityWindow{};
    }
    auto v = parent.object(kValidFor);
    if (!v)
        return err(v);
    if (auto ok = v->onlyKeys({kStart, kEnd}); !ok)
        return std::unexpected(ok.error());
    auto start = readTime(*v, kStart, true);
    auto end = readTime(*v, kEnd, false);
    if (!start || !end)
        return std::unexpected(!start ? start.error() : end.error());
    return ValidityWindow{*start, *end};
}

Result<LogKey> readLog(const Json &json, const QString &path, bool transparencyLog)
{
    auto o = Object::from(json, path);
    if (!o)
        return err(o);
    if (auto ok = o->onlyKeys({kBaseUrl, kHashAlgorithm, kPublicKey, kLogId, kCheckpointKeyId, kOperator}); !ok)
        return std::unexpected(ok.error());
    LogKey log;
    auto url = o->string(kBaseUrl, false);
    auto hash = o->string(kHashAlgorithm, false);
    auto op = o->string(kOperator, false);
    if (!url || !hash || !op)
        return std::unexpected(!url ? url.error() : !hash ? hash.error() : op.error());
    log.baseUrl = *url;
    log.operatorName = *op;
    if (!hash->isEmpty() && *hash != QLatin1String("SHA2_256") && *hash != QLatin1String("1"))
        return fail(HM_TR("Sigstore", "The field \"%1\" must be SHA2_256; it is \"%2\".").arg(o->pathOf(kHashAlgorithm), *hash));
    if (hash->isEmpty() && transparencyLog)
        return fail(HM_TR("Sigstore", "The field \"%1\" is missing.").arg(o->pathOf(kHashAlgorithm)));

    auto keyId = o->bytesIn(kLogId, kKeyId);
    if (!keyId)
        return err(keyId);
    if (keyId->isEmpty())
        return fail(HM_TR("Sigstore", "The field \"%1\" is empty.").arg(o->pathOf(kLogId) + QStringLiteral(".keyId")));
    log.logId = *keyId;
    if (o->has(kCheckpointKeyId)) {
        auto id = o->bytesIn(kCheckpointKeyId, kKeyId);
        if (!id)
            return err(id);
        log.checkpointKeyId = *id;
    }

    auto key = o->object(kPublicKey);
    if (!key)
        return err(key);
    if (auto ok = key->onlyKeys({kRawBytes, kKeyDetails, kValidFor}); !ok)
        return std::unexpected(ok.error());
    auto raw = key->bytes(kRawBytes);
    auto details = key->string(kKeyDetails, false);
    if (!raw || !details)
        return std::unexpected(!raw ? raw.error() : details.error());
    if (raw->isEmpty())
        return fail(HM_TR("Sigstore", "The field \"%1\" is empty.").arg(key->pathOf(kRawBytes)));
    log.rawKey = *raw;
    log.keyDetails = *details;
    auto validity = readValidity(*key, true);
    if (!validity)
        return err(validity);
    log.validFor = *validity;
    auto pkey = publicKeyFromDer(*raw, *details);
    if (!pkey)
        return fail(HM_TR("Sigstore", "The key in \"%1\" cannot be read: %2").arg(key->pathOf(kRawBytes), pkey.error().message),
                    pkey.error().detail);
    log.key = *pkey;
    return log;
}

Result<CertificateAuthorityInfo> readAuthority(const Json &json, const QString &path)
{
    auto o = Object::from(json, path);
    if (!o)
        return err(o);
    if (auto ok = o->onlyKeys({kSubject, kUri, kCertChain, kValidFor, kOperator}); !ok)
        return std::unexpected(ok.error());
    CertificateAuthorityInfo ca;
    auto uri = o->string(kUri, false);
    auto op = o->string(kOperator, false);
    if (!uri || !op)
        return std::unexpected(!uri ? uri.error() : op.error());
    ca.uri = *uri;
    ca.operatorName = *op;
    if (o->has(kSubject)) {
        auto subject = o->object(kSubject);
        if (!subject)
            return err(subject);
        if (auto ok = subject->onlyKeys({kOrganization, kCommonName}); !ok)
            return std::unexpected(ok.error());
        ca.organization = subject->string(kOrganization, false).value_or(QString());
        ca.commonName = subject->string(kCommonName, false).value_or(QString());
    }
    auto chain = o->object(kCertChain);
    if (!chain)
        return err(chain);
    if (auto ok = chain->onlyKeys({kCertificates}); !ok)
        return std::unexpected(ok.error());
    auto certs = chain->array(kCertificates);
    if (!certs)
        return err(certs);
    if (certs->empty())
        return fail(HM_TR("Sigstore", "The field \"%1\" is empty.").arg(chain->pathOf(kCertificates)));
    for (size_t i = 0; i < certs->size(); ++i) {
        const QString certPath = chain->pathOf(kCertificates) + QStringLiteral("[%1]").arg(i);
        auto c = Object::from((*certs)[i], certPath);
        if (!c)
            return err(c);
        auto der = c->bytes(kRawBytes);
        if (!der)
            return err(der);
        auto cert = readCertificateDer(*der);
        if (!cert)
            return fail(HM_TR("Sigstore", "The certificate \"%1\" cannot be read: %2").arg(certPath, cert.error().message),
                        cert.error().detail);
        ca.chain << *cert;
    }
    auto validity = readValidity(*o, true);
    if (!validity)
        return err(validity);
    ca.validFor = *validity;
    return ca;
}

template <typename T, typename F>
Result<QList<T>> readList(const Object &o, Name name, F read)
{
    auto items = o.array(name, false);
    if (!items)
        return err(items);
    QList<T> out;
    for (size_t i = 0; i < items->size(); ++i) {
        auto item = read((*items)[i], o.pathOf(name) + QStringLiteral("[%1]").arg(i));
        if (!item)
            return err(item);
        out << *item;
    }
    return out;
}

bool isTrustedRootMediaType(const QString &type)
{
    return type == QLatin1String("application/vnd.dev.sigstore.trustedroot+json;version=0.1")
        || type == QLatin1String("application/vnd.dev.sigstore.trustedroot.v0.1+json")
        || type == QLatin1String("application/vnd.dev.sigstore.trustedroot.v0.2+json");
}

Result<TrustedRoot> readRoot(const Object &o)
{
    if (auto ok = o.onlyKeys({kMediaType, kTlogs, kCas, kCtlogs, kTsas}); !ok)
        return std::unexpected(ok.error());
    TrustedRoot root;
    auto type = o.string(kMediaType);
    if (!type)
        return err(type);
    if (!isTrustedRootMediaType(*type))
        return fail(HM_TR("Sigstore", "Unsupported trusted root media type \"%1\".").arg(*type));
    root.mediaType = *type;
    auto tlogs = readList<LogKey>(o, kTlogs, [](const Json &j, const QString &p) { return readLog(j, p, true); });
    if (!tlogs)
        return err(tlogs);
    auto ctlogs = readList<LogKey>(o, kCtlogs, [](const Json &j, const QString &p) { return readLog(j, p, false); });
    if (!ctlogs)
        return err(ctlogs);
    auto cas = readList<CertificateAuthorityInfo>(o, kCas, readAuthority);
    if (!cas)
        return err(cas);
    auto tsas = readList<CertificateAuthorityInfo>(o, kTsas, readAuthority);
    if (!tsas)
        return err(tsas);
    root.tlogs = *tlogs;
    root.ctlogs = *ctlogs;
    root.certificateAuthorities = *cas;
    root.timestampAuthorities = *tsas;
    return root;
}

} // namespace

bool ValidityWindow::contains(const QDateTime &t) const
{
    if (!t.isValid())
        return false;
    if (start.isValid() && t < start)
        return false;
    return !end.isValid() || t <= end;
}

QString LogKey::host() const
{
    const QUrl url(baseUrl);
    return url.host().isEmpty() ? baseUrl : url.host();
}

const LogKey *TrustedRoot::tlog(const QByteArray &logId) const
{
    for (const LogKey &l : tlogs)
        if (l.logId == logId)
            return &l;
    return nullptr;
}

const LogKey *TrustedRoot::ctlog(const QByteArray &logId) const
{
    for (const LogKey &l : ctlogs)
        if (l.logId == logId)
            return &l;
    return nullptr;
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), std::min(m.captured(6).toInt(), 59),
                     m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime t(date, time, Qt::UTC);
    if (!m.captured(9).isEmpty()) {
        const int offset = (m.captured(10).toInt() * 60 + m.captured(11).toInt()) * 60;
        t = t.addSecs(m.captured(9) == QLatin1String("+") ? -offset : offset);
    }
    return t;
}

Result<KeyPtr> publicKeyFromDer(const QByteArray &der, const QString &keyDetails)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (!pkey && keyDetails.startsWith(QLatin1String("PKCS1_RSA"))) {
        p = reinterpret_cast<const unsigned char *>(der.constData());
        pkey = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()));
    }
    if (!pkey)
        return fail(HM_TR("Sigstore", "The public key is not a DER SubjectPublicKeyInfo."), ossl::takeErrors());
    ERR_clear_error();
    return std::make_shared<Key>(ossl::Pkey(pkey));
}

Result<TrustedRoot> parseTrustedRoot(const QByteArray &text)
{
    auto json = parse(text, HM_TR("Sigstore", "trusted root"));
    if (!json)
        return err(json);
    auto top = Object::from(*json, QStringLiteral("trustedRoot"));
    if (!top)
        return err(top);
    auto type = top->string(kMediaType);
    if (!type)
        return err(type);
    if (type->startsWith(QLatin1String("application/vnd.dev.sigstore.clienttrustconfig"))) {
        if (*type != QLatin1String("application/vnd.dev.sigstore.clienttrustconfig.v0.1+json"))
            return fail(HM_TR("Sigstore", "Unsupported client trust configuration media type \"%1\".").arg(*type));
        const Object config(*json, QStringLiteral("clientTrustConfig"));
        if (auto ok = config.onlyKeys({kMediaType, kTrustedRoot, kSigningConfig}); !ok)
            return std::unexpected(ok.error());
        if (!config.has(kSigningConfig))
            return fail(HM_TR("Sigstore", "The field \"%1\" is missing.").arg(config.pathOf(kSigningConfig)));
        auto inner = config.object(kTrustedRoot);
        if (!inner)
            return err(inner);
        return readRoot(*inner);
    }
    return readRoot(*top);
}

Result<TrustedRoot> loadTrustedRoot(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Sigstore", "Cannot read the trusted root \"%1\": %2").arg(path, f.errorString()));
    auto root = parseTrustedRoot(f.read(16 << 20));
    if (!root)
        return fail(HM_TR("Sigstore", "The trusted root \"%1\" is not usable: %2").arg(path, root.error().message),
                    root.error().detail);
    root->origin = path;
    return root;
}

QString productionTrustedRootPath()
{
    return QString::fromLatin1(kResourcePath);
}

Result<TrustedRoot> productionTrustedRoot()
{
    auto root = loadTrustedRoot(productionTrustedRootPath());
    if (root)
        root->origin = HM_TR("Sigstore", "Sigstore public-good production (built in)");
    return root;
}

} // namespace hallmark::sigstore
