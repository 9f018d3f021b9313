#include "crypto/chain.h"

#include "common/tr.h"

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

namespace hallmark {

ChainResult verifyChain(const CertificatePtr &leaf, const QList<CertificatePtr> &intermediates,
                        const QList<CertificatePtr> &anchors, const QDateTime &at)
{
    ChainResult result;
    ossl::Store store(X509_STORE_new());
    for (const CertificatePtr &a : anchors)
        X509_STORE_add_cert(store.get(), a->get());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const CertificatePtr &c : intermediates)
        sk_X509_push(untrusted, c->get());

    ossl::StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf->get(), untrusted);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT | X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, at.toSecsSinceEpoch());
    const int ok = X509_verify_cert(ctx.get());
    const int error = X509_STORE_CTX_get_error(ctx.get());
    result.failingDepth = X509_STORE_CTX_get_error_depth(ctx.get());
    result.detail = QString::fromLatin1(X509_verify_cert_error_string(error));
    if (STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(built); ++i) {
            X509 *x = sk_X509_value(built, i);
            X509_up_ref(x);
            result.path << std::make_shared<const Certificate>(ossl::X509Ptr(x));
        }
    }
    sk_X509_free(untrusted);
    ERR_clear_error();

    if (ok == 1) {
        if (!leaf->allowsCodeSigning()) {
            result.status = ChainStatus::WrongUsage;
            result.reason = HM_TR("Crypto", "The signing certificate is not allowed to sign (it has neither the "
                                            "digitalSignature key usage nor the codeSigning extended key usage).");
            return result;
        }
        result.status = ChainStatus::Trusted;
        return result;
    }
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        result.status = ChainStatus::Expired;
        result.reason = HM_TR("Crypto", "A certificate in the chain had expired at the time checked.");
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        result.status = ChainStatus::NotYetValid;
        result.reason = HM_TR("Crypto", "A certificate in the chain was not yet valid at the time checked.");
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        result.status = ChainStatus::NoPathToAnchor;
        result.reason = HM_TR("Crypto", "The certificate does not lead to any of the trust anchors you gave.");
        break;
    case X509_V_ERR_INVALID_PURPOSE:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        result.status = ChainStatus::WrongUsage;
        result.reason = HM_TR("Crypto", "A certificate in the chain is not allowed for this use.");
        break;
    default:
        result.status = ChainStatus::Invalid;
        result.reason = HM_TR("Crypto", "The certificate chain is not valid.");
        break;
    }
    return result;
}

} // namespace hallmark
