#include "sigstore/rfc3161.h"

#include "common/tr.h"

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

namespace hallmark::sigstore {

namespace {

struct TsRespFree { void operator()(TS_RESP *r) const { TS_RESP_free(r); } };
struct TsCtxFree { void operator()(TS_VERIFY_CTX *c) const { TS_VERIFY_CTX_free(c); } };

QDateTime generalizedTime(const ASN1_GENERALIZEDTIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString authorityName(const CertificateAuthorityInfo &tsa)
{
    if (!tsa.uri.isEmpty())
        return tsa.uri;
    return tsa.commonName.isEmpty() ? tsa.chain.first()->subject() : tsa.commonName;
}

// One attempt against one TSA; the error says why it did not verify.
Result<void> verifyWith(TS_RESP *resp, const QByteArray &signature, const CertificateAuthorityInfo &tsa, const QDateTime &at)
{
    X509_STORE *store = X509_STORE_new();
    const CertificatePtr anchor = tsa.chain.last();
    X509_STORE_add_cert(store, anchor->get());
    X509_VERIFY_PARAM *param = X509_STORE_get0_param(store);
    X509_VERIFY_PARAM_set_time(param, at.toSecsSinceEpoch());
    if (!anchor->isSelfIssued())
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    STACK_OF(X509) *certs = sk_X509_new_null();
    for (int i = 0; i + 1 < tsa.chain.size(); ++i) {
        X509_up_ref(tsa.chain[i]->get());
        sk_X509_push(certs, tsa.chain[i]->get());
    }
    std::unique_ptr<TS_VERIFY_CTX, TsCtxFree> ctx(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_DATA);
    TS_VERIFY_CTX_set_data(ctx.get(), BIO_new_mem_buf(signature.constData(), int(signature.size())));
    TS_VERIFY_CTX_set_store(ctx.get(), store);  // ownership moves to ctx (OpenSSL 3.0)
    TS_VERIFY_CTX_set_certs(ctx.get(), certs);
    const int ok = TS_RESP_verify_response(ctx.get(), resp);
    const QString detail = ossl::takeErrors();
    if (ok != 1)
        return fail(HM_TR("Sigstore", "The timestamp does not verify against \"%1\".").arg(authorityName(tsa)), detail);
    return {};
}

bool signerIsCa(TS_RESP *resp)
{
    PKCS7 *token = TS_RESP_get_token(resp);
    STACK_OF(X509) *signers = token ? PKCS7_get0_signers(token, nullptr, 0) : nullptr;
    bool ca = false;
    for (int i = 0; signers && i < sk_X509_num(signers); ++i)
        ca = ca || X509_check_ca(sk_X509_value(signers, i)) > 0;
    sk_X509_free(signers);
    ERR_clear_error();
    return ca;
}

} // namespace

Result<VerifiedTimestamp> verifyRfc3161(const QByteArray &response, const QByteArray &signature, const TrustedRoot &root)
{
    const auto *p = reinterpret_cast<const unsigned char *>(response.constData());
    std::unique_ptr<TS_RESP, TsRespFree> resp(d2i_TS_RESP(nullptr, &p, long(response.size())));
    if (!resp)
        return fail(HM_TR("Sigstore", "The timestamp is not a DER TimeStampResp."), ossl::takeErrors());
    TS_STATUS_INFO *status = TS_RESP_get_status_info(resp.get());
    const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    if (code != 0 && code != 1)
        return fail(HM_TR("Sigstore", "The timestamp authority did not grant the request (status %1).").arg(code));
    TS_TST_INFO *info = TS_RESP_get_tst_info(resp.get());
    if (!info)
        return fail(HM_TR("Sigstore", "The timestamp holds no token."));
    const X509_ALGOR *alg = TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(info));
    const int nid = OBJ_obj2nid(alg->algorithm);
    if (nid != NID_sha256 && nid != NID_sha384 && nid != NID_sha512)
        return fail(HM_TR("Sigstore", "The timestamp uses a weak or unknown hash (%1).").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    const QDateTime genTime = generalizedTime(TS_TST_INFO_get_time(info));
    if (!genTime.isValid())
        return fail(HM_TR("Sigstore", "The timestamp's time cannot be read."));
    if (signerIsCa(resp.get()))
        return fail(HM_TR("Sigstore", "The timestamp was signed by a CA certificate, not a timestamping leaf."));
    if (root.timestampAuthorities.isEmpty())
        return fail(HM_TR("Sigstore", "The trusted root lists no timestamp authority."));

    Error last{HM_TR("Sigstore", "No trusted timestamp authority was valid at %1.").arg(genTime.toString(Qt::ISODate)), {}};
    for (const CertificateAuthorityInfo &tsa : root.timestampAuthorities) {
        if (!tsa.validFor.contains(genTime))
            continue;
        auto ok = verifyWith(resp.get(), signature, tsa, genTime);
        if (ok)
            return VerifiedTimestamp{genTime, authorityName(tsa)};
        last = ok.error();
    }
    return std::unexpected(last);
}

} // namespace hallmark::sigstore
