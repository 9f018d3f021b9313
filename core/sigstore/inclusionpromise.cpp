#include "sigstore/inclusionpromise.h"

#include "common/tr.h"
#include "crypto/signatures.h"
#include "sigstore/jcs.h"

#include <openssl/evp.h>

namespace hallmark::sigstore {

Result<QByteArray> setPayload(const TlogEntry &entry)
{
    nlohmann::json payload = {
        {"body", entry.canonicalizedBody.toBase64().toStdString()},
        {"integratedTime", entry.integratedTime},
        {"logID", entry.logId.toHex().toStdString()},
        {"logIndex", entry.logIndex},
    };
    return canonicalJson(payload);
}

Result<void> verifyInclusionPromise(const TlogEntry &entry, const LogKey &log)
{
    if (!log.key || EVP_PKEY_base_id(log.key->get()) != EVP_PKEY_EC)
        return fail(HM_TR("Sigstore", "Signed entry timestamps are only accepted from ECDSA log keys."));
    auto payload = setPayload(entry);
    if (!payload)
        return std::unexpected(payload.error());
    if (!verifySignature(*log.key, "SHA256", *payload, entry.signedEntryTimestamp))
        return fail(HM_TR("Sigstore", "The log's signed entry timestamp does not verify."));
    const QDateTime t = QDateTime::fromSecsSinceEpoch(entry.integratedTime, Qt::UTC);
    if (!log.validFor.contains(t))
        return fail(HM_TR("Sigstore", "The integrated time %1 is outside the log key's validity.").arg(t.toString(Qt::ISODate)));
    return {};
}

} // namespace hallmark::sigstore
