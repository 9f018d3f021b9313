#include "crypto/signatures.h"

#include "common/tr.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>

namespace hallmark {

bool verifySignature(const Key &key, const char *digest, const QByteArray &message, const QByteArray &signature)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, digest, nullptr, nullptr, key.get(), nullptr) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                    size_t(signature.size()),
                                    reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    ERR_clear_error();
    return rc == 1;
}

Result<QByteArray> signMessage(const Key &key, const char *digest, const QByteArray &message)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, digest, nullptr, nullptr, key.get(), nullptr) != 1)
        return fail(HM_TR("Crypto", "This key cannot sign."), ossl::takeErrors());
    size_t len = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, data, size_t(message.size())) != 1)
        return fail(HM_TR("Crypto", "Signing failed."), ossl::takeErrors());
    QByteArray sig(int(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, data, size_t(message.size())) != 1)
        return fail(HM_TR("Crypto", "Signing failed."), ossl::takeErrors());
    sig.truncate(int(len));
    return sig;
}

Result<QByteArray> ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return fail(HM_TR("Crypto", "The token returned a malformed ECDSA signature."));
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(p, half, nullptr);
    BIGNUM *s = BN_bin2bn(p + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return fail(HM_TR("Crypto", "Converting the ECDSA signature failed."));
    }
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (len <= 0)
        return fail(HM_TR("Crypto", "Converting the ECDSA signature failed."));
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace hallmark
