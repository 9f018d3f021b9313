#include "sigstore/sct.h"

#include "common/tr.h"
#include "crypto/signatures.h"

#include <QCryptographicHash>

#include <openssl/ct.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace hallmark::sigstore {

namespace {

void putInt(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

QByteArray bytesOf(const unsigned char *data, size_t len)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
}

} // namespace

Result<QByteArray> precertTbs(const Certificate &leaf)
{
    ossl::X509Ptr copy(X509_dup(leaf.get()));
    if (!copy)
        return fail(HM_TR("Sigstore", "The certificate cannot be copied."), ossl::takeErrors());
    const int index = X509_get_ext_by_NID(copy.get(), NID_ct_precert_scts, -1);
    if (index >= 0)
        X509_EXTENSION_free(X509_delete_ext(copy.get(), index));
    unsigned char *der = nullptr;
    const int len = i2d_re_X509_tbs(copy.get(), &der);
    if (len <= 0)
        return fail(HM_TR("Sigstore", "The certificate cannot be re-encoded."), ossl::takeErrors());
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

SctCheck verifyEmbeddedScts(const Certificate &leaf, const Certificate &issuer, const TrustedRoot &root)
{
    SctCheck check;
    auto *scts = static_cast<STACK_OF(SCT) *>(X509_get_ext_d2i(leaf.get(), NID_ct_precert_scts, nullptr, nullptr));
    if (!scts) {
        ERR_clear_error();
        return check;
    }
    check.embedded = sk_SCT_num(scts);
    auto tbs = precertTbs(leaf);
    const KeyPtr issuerKey = issuer.publicKey();
    const QByteArray issuerKeyHash = issuerKey
        ? QCryptographicHash::hash(issuerKey->spkiDer(), QCryptographicHash::Sha256) : QByteArray();
    for (int i = 0; i < sk_SCT_num(scts); ++i) {
        SCT *sct = sk_SCT_value(scts, i);
        unsigned char *idp = nullptr, *sigp = nullptr, *extp = nullptr;
        const size_t sigLen = SCT_get0_signature(sct, &sigp);
        const size_t extLen = SCT_get0_extensions(sct, &extp);
        const QByteArray id = bytesOf(idp, SCT_get0_log_id(sct, &idp));
        const LogKey *log = root.ctlog(id);
        if (!log) {
            check.problems << HM_TR("Sigstore", "SCT from unknown log %1.").arg(QString::fromLatin1(id.toBase64()));
            continue;
        }
        const quint64 ms = SCT_get_timestamp(sct);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
        if (!log->validFor.contains(at)) {
            check.problems << HM_TR("Sigstore", "SCT from %1 is dated outside the log key's validity.").arg(log->baseUrl);
            continue;
        }
        if (!tbs || issuerKeyHash.isEmpty() || SCT_get_version(sct) != SCT_VERSION_V1) {
            check.problems << HM_TR("Sigstore", "SCT from %1 cannot be checked.").arg(log->baseUrl);
            continue;
        }
        QByteArray message;
        message.append(char(0));  // version v1
        message.append(char(0));  // certificate_timestamp
        putInt(message, ms, 8);
        putInt(message, 1, 2);    // precert_entry
        message.append(issuerKeyHash);
        putInt(message, quint64(tbs->size()), 3);
        message.append(*tbs);
        putInt(message, extLen, 2);
        message.append(bytesOf(extp, extLen));
        if (!log->key || !verifySignature(*log->key, "SHA256", message, bytesOf(sigp, sigLen))) {
            check.problems << HM_TR("Sigstore", "SCT from %1 has an invalid signature.").arg(log->baseUrl);
            continue;
        }
        if (!check.verifiedLogs.contains(log->baseUrl))
            check.verifiedLogs << log->baseUrl;
    }
    SCT_LIST_free(scts);
    ERR_clear_error();
    return check;
}

} // namespace hallmark::sigstore
