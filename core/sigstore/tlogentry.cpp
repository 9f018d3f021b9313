#include "sigstore/tlogentry.h"

#include "bundle/protojson.h"
#include "common/tr.h"

namespace hallmark::sigstore {

using namespace protojson;

namespace {
constexpr Name kLogIndex{"logIndex", "log_index"};
constexpr Name kLogId{"logId", "log_id"};
constexpr Name kKeyId{"keyId", "key_id"};
constexpr Name kKindVersion{"kindVersion", "kind_version"};
constexpr Name kKind{"kind", nullptr};
constexpr Name kVersion{"version", nullptr};
constexpr Name kIntegratedTime{"integratedTime", "integrated_time"};
constexpr Name kPromise{"inclusionPromise", "inclusion_promise"};
constexpr Name kSet{"signedEntryTimestamp", "signed_entry_timestamp"};
constexpr Name kProof{"inclusionProof", "inclusion_proof"};
constexpr Name kRootHash{"rootHash", "root_hash"};
constexpr Name kTreeSize{"treeSize", "tree_size"};
constexpr Name kHashes{"hashes", nullptr};
constexpr Name kCheckpoint{"checkpoint", nullptr};
constexpr Name kEnvelope{"envelope", nullptr};
constexpr Name kBody{"canonicalizedBody", "canonicalized_body"};

Result<qint64> nonNegative(const Object &o, Name name)
{
    auto v = o.int64(name, false);
    if (v && *v < 0)
        return fail(HM_TR("Sigstore", "The field \"%1\" is negative.").arg(o.pathOf(name)));
    return v;
}
} // namespace

Result<TlogEntry> parseTlogEntry(const nlohmann::json &json, const QString &path)
{
    auto o = Object::from(json, path);
    if (!o)
        return err(o);
    if (auto ok = o->onlyKeys({kLogIndex, kLogId, kKindVersion, kIntegratedTime, kPromise, kProof, kBody}); !ok)
        return std::unexpected(ok.error());
    TlogEntry e;
    auto index = nonNegative(*o, kLogIndex);
    auto time = nonNegative(*o, kIntegratedTime);
    auto body = o->bytes(kBody, true);
    if (!index || !time || !body)
        return std::unexpected(!index ? index.error() : !time ? time.error() : body.error());
    e.logIndex = *index;
    e.integratedTime = *time;
    e.canonicalizedBody = *body;

    auto keyId = o->bytesIn(kLogId, kKeyId);
    if (!keyId)
        return err(keyId);
    e.logId = *keyId;

    auto kv = o->object(kKindVersion);
    if (!kv)
        return err(kv);
    auto kind = kv->string(kKind);
    auto version = kv->string(kVersion);
    if (!kind || !version)
        return std::unexpected(!kind ? kind.error() : version.error());
    e.kind = *kind;
    e.version = *version;

    if (o->has(kPromise)) {
        auto promise = o->object(kPromise);
        if (!promise)
            return err(promise);
        auto set = promise->bytes(kSet);
        if (!set)
            return err(set);
        e.hasPromise = true;
        e.signedEntryTimestamp = *set;
    }
    if (o->has(kProof)) {
        auto proof = o->object(kProof);
        if (!proof)
            return err(proof);
        if (auto ok = proof->onlyKeys({kLogIndex, kRootHash, kTreeSize, kHashes, kCheckpoint}); !ok)
            return std::unexpected(ok.error());
        auto pIndex = nonNegative(*proof, kLogIndex);
        auto size = nonNegative(*proof, kTreeSize);
        auto root = proof->bytes(kRootHash, false);
        auto hashes = proof->array(kHashes, false);
        if (!pIndex || !size || !root || !hashes)
            return std::unexpected(!pIndex ? pIndex.error() : !size ? size.error() : !root ? root.error() : hashes.error());
        e.hasProof = true;
        e.proofLogIndex = *pIndex;
        e.treeSize = *size;
        e.rootHash = *root;
        for (size_t i = 0; i < hashes->size(); ++i) {
            auto h = decodeBytes((*hashes)[i], proof->pathOf(kHashes) + QStringLiteral("[%1]").arg(i));
            if (!h)
                return err(h);
            e.hashes << *h;
        }
        if (proof->has(kCheckpoint)) {
            auto cp = proof->object(kCheckpoint);
            if (!cp)
                return err(cp);
            auto env = cp->string(kEnvelope, false);
            if (!env)
                return err(env);
            e.hasCheckpoint = !env->isEmpty();
            e.checkpoint = env->toUtf8();
        }
    }
    return e;
}

} // namespace hallmark::sigstore
