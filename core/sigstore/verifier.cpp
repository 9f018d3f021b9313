#include "sigstore/verifier.h"

#include "common/tr.h"
#include "crypto/chain.h"
#include "sigstore/checkpoint.h"
#include "sigstore/inclusionpromise.h"
#include "sigstore/merkle.h"
#include "sigstore/rekorbody.h"
#include "sigstore/rfc3161.h"
#include "sigstore/sct.h"
#include "sigstore/tlogentry.h"

#include <QSet>

#include <openssl/x509v3.h>

namespace hallmark::sigstore {

namespace {

struct StepDef {
    const char *id;
    const char *title;
};

const StepDef kSteps[] = {
    {"bundle", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Bundle structure")},
    {"material", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Signing material")},
    {"tlog-entries", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Transparency log entries")},
    {"inclusion-promise", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Signed entry timestamp (SET)")},
    {"inclusion-proof", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Merkle inclusion proof")},
    {"checkpoint", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Signed checkpoint")},
    {"log-body", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Log entry matches the bundle")},
    {"log-threshold", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Verified transparency logs")},
    {"rfc3161", QT_TRANSLATE_NOOP("hallmark::Sigstore", "RFC 3161 timestamps")},
    {"observer-time", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Trusted signing time")},
    {"certificate-chain", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Certificate chain at signing time")},
    {"sct", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Certificate transparency (SCT)")},
    {"signature", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Signature")},
    {"artifact", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Artifact matches")},
    {"identity", QT_TRANSLATE_NOOP("hallmark::Sigstore", "Signer identity")},
};

QString titleOf(const QString &id)
{
    for (const StepDef &d : kSteps)
        if (id == QLatin1String(d.id))
            return QCoreApplication::translate("hallmark::Sigstore", d.title);
    return id;
}

class Run
{
public:
    SigstoreResult result;

    void set(const QString &id, StepOutcome outcome, const QString &reason)
    {
        for (VerificationStep &s : result.steps)
            if (s.id == id) {
                s.outcome = outcome;
                s.reason = reason;
                return;
            }
    }
    void pass(const char *id, const QString &reason) { set(QLatin1String(id), StepOutcome::Passed, reason); }
    void skip(const char *id, const QString &reason) { set(QLatin1String(id), StepOutcome::Skipped, reason); }
    // Records the failure and returns the finished result.
    SigstoreResult stop(const char *id, const QString &reason, StepOutcome outcome = StepOutcome::Failed)
    {
        set(QLatin1String(id), outcome, reason);
        result.failedStep = QLatin1String(id);
        result.failure = reason;
        result.unsupported = outcome == StepOutcome::Unsupported;
        for (VerificationStep &s : result.steps)
            if (s.outcome == StepOutcome::Skipped && s.reason.isEmpty())
                s.reason = HM_TR("Sigstore", "Not reached: an earlier check failed.");
        return result;
    }

    Run()
    {
        for (const StepDef &d : kSteps)
            result.steps.append({QLatin1String(d.id), titleOf(QLatin1String(d.id)), StepOutcome::Skipped, {}});
    }
};

QDateTime fromSecs(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

bool hasCodeSigningEku(const Certificate &c)
{
    return (X509_get_extension_flags(c.get()) & EXFLAG_XKUSAGE) && (X509_get_extended_key_usage(c.get()) & XKU_CODE_SIGN);
}

QString kindOf(const TlogEntry &e)
{
    return e.kind + QLatin1Char(' ') + e.version;
}

// The proof and checkpoint of one entry; the error is the reason it failed.
Result<void> checkProof(const TlogEntry &e, const LogKey &log, const QByteArray &leafHash, LogEntryReport &report)
{
    if (!e.hasCheckpoint) {
        report.checkpoint = StepOutcome::Failed;
        report.checkpointReason = HM_TR("Sigstore", "The inclusion proof carries no checkpoint.");
        return fail(report.checkpointReason);
    }
    auto cp = verifyCheckpoint(e.checkpoint, log);
    if (!cp) {
        report.checkpoint = StepOutcome::Failed;
        report.checkpointReason = cp.error().message;
        return fail(cp.error().message);
    }
    report.checkpoint = StepOutcome::Passed;
    report.unverifiedWitnesses = cp->unverifiedWitnesses;
    report.checkpointReason = HM_TR("Sigstore", "Signed by %1 for a tree of %2 entries.").arg(cp->signer).arg(cp->checkpoint.size);

    quint64 index = quint64(e.proofLogIndex), size = quint64(e.treeSize);
    QByteArray root = e.rootHash;
    if (e.isRekorV2()) {
        index = quint64(e.logIndex);
        size = cp->checkpoint.size;
        root = cp->checkpoint.rootHash;
    } else if (cp->checkpoint.rootHash != e.rootHash || cp->checkpoint.size != quint64(e.treeSize)) {
        report.proof = StepOutcome::Failed;
        report.proofReason = HM_TR("Sigstore", "The proof's root hash or tree size is not the one the checkpoint signs.");
        return fail(report.proofReason);
    }
    report.treeIndex = qint64(index);
    report.treeSize = qint64(size);
    if (auto ok = verifyInclusion(index, size, leafHash, e.hashes, root); !ok) {
        report.proof = StepOutcome::Failed;
        report.proofReason = ok.error().message;
        return ok;
    }
    report.proof = StepOutcome::Passed;
    report.proofReason = HM_TR("Sigstore", "Entry %1 is in the tree of %2 entries.").arg(index).arg(size);
    return {};
}

} // namespace

QString outcomeKeyword(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Passed: return QStringLiteral("pass");
    case StepOutcome::Failed: return QStringLiteral("fail");
    case StepOutcome::Skipped: return QStringLiteral("skipped");
    case StepOutcome::Unsupported: return QStringLiteral("unsupported");
    }
    return {};
}

SigstoreResult verifySigstoreBundle(const Bundle &bundle, const TrustedRoot &root, const Artifact &artifact,
                                    const SigstorePolicy &requested)
{
    SigstorePolicy policy = requested;
    if (policy.offlineKeyBundles && policy.publicKey && bundle.tlogEntries.empty() && bundle.rfc3161Timestamps.empty()) {
        policy.logThreshold = 0;
        policy.timestampThreshold = 0;
    }
    Run run;
    run.result.trustedRoot = root.origin;

    // 1. Structure (sigstore-go pkg/bundle).
    if (bundle.version == BundleVersion::V03 && bundle.material == MaterialKind::X509CertificateChain)
        return run.stop("bundle", HM_TR("Sigstore", "Bundles v0.3 and later must not carry an x509CertificateChain."));
    if (!bundle.dsse && !bundle.messageSignature)
        return run.stop("bundle", HM_TR("Sigstore", "The bundle holds no signature."));
    QList<TlogEntry> entries;
    for (size_t i = 0; i < bundle.tlogEntries.size(); ++i) {
        auto e = parseTlogEntry(bundle.tlogEntries[i], QStringLiteral("bundle.verificationMaterial.tlogEntries[%1]").arg(i));
        if (!e)
            return run.stop("bundle", e.error().message);
        if (bundle.version == BundleVersion::V01 && !e->hasPromise && !e->isRekorV2())
            return run.stop("bundle", HM_TR("Sigstore", "A v0.1 bundle's log entry needs an inclusion promise (SET)."));
        if (bundle.version != BundleVersion::V01 && !e->hasProof)
            return run.stop("bundle", HM_TR("Sigstore", "The log entry has no inclusion proof, which bundles v0.2 and later require."));
        if (e->hasProof && !e->hasCheckpoint)
            return run.stop("bundle", HM_TR("Sigstore", "The inclusion proof carries no checkpoint."));
        entries << *e;
    }
    run.pass("bundle", HM_TR("Sigstore", "Media type %1, %2 log entries, %3 timestamps.")
                           .arg(bundle.mediaType).arg(entries.size()).arg(bundle.rfc3161Timestamps.size()));

    // Signing material against the policy.
    SignerMaterial signer;
    const bool keyless = bundle.material != MaterialKind::PublicKey;
    run.result.keyless = keyless;
    if (keyless) {
        if (bundle.certificates.isEmpty())
            return run.stop("material", HM_TR("Sigstore", "The bundle's certificate chain is empty."));
        auto leaf = readCertificateDer(bundle.certificates.first());
        if (!leaf)
            return run.stop("material", HM_TR("Sigstore", "The signing certificate cannot be read: %1").arg(leaf.error().message));
        if (policy.publicKey)
            return run.stop("material", HM_TR("Sigstore", "The bundle was signed with a certificate, but a public key was given."));
        if (!policy.identity)
            return run.stop("material", HM_TR("Sigstore", "A certificate bundle needs an identity and an issuer to check."));
        signer.leaf = *leaf;
        run.result.identity = fulcioIdentity(**leaf);
        run.pass("material", HM_TR("Sigstore", "Fulcio certificate for %1, valid %2 – %3.")
                                 .arg(run.result.identity.san, (*leaf)->notBefore().toString(Qt::ISODate),
                                      (*leaf)->notAfter().toString(Qt::ISODate)));
    } else {
        if (!policy.publicKey)
            return run.stop("material", HM_TR("Sigstore", "The bundle was signed with a key, but no public key was given."));
        signer.key = policy.publicKey;
        run.pass("material", HM_TR("Sigstore", "Public key %1 (%2).").arg(policy.publicKey->typeName(), policy.publicKey->fingerprint()));
    }
    const KeyPtr signingKey = signer.publicKey();
    if (!signingKey)
        return run.stop("material", HM_TR("Sigstore", "The signing certificate's key cannot be used."));

    // 2. Transparency log entries (sigstore-go pkg/verify/tlog.go).
    QList<QDateTime> verifiedTimes;
    QSet<QByteArray> countedLogs;
    QSet<QPair<QByteArray, qint64>> seen;
    QStringList promiseNotes, proofNotes, checkpointNotes, bodyNotes, entryNotes;
    bool anyPromise = false, anyProof = false;
    int promisesVerified = 0;
    for (const TlogEntry &e : entries) {
        LogEntryReport report;
        report.logId = QString::fromLatin1(e.logId.toBase64());
        report.kind = kindOf(e);
        report.rekorV2 = e.isRekorV2();
        report.logIndex = e.logIndex;
        report.treeIndex = e.isRekorV2() ? e.logIndex : e.proofLogIndex;
        report.treeSize = e.treeSize;
        if (e.integratedTime != 0)
            report.integratedTime = fromSecs(e.integratedTime);
        const auto key = qMakePair(e.logId, e.logIndex);
        if (seen.contains(key)) {
            run.result.logs << report;
            return run.stop("tlog-entries", HM_TR("Sigstore", "The bundle lists log entry %1 twice.").arg(e.logIndex));
        }
        seen.insert(key);
        const LogKey *log = root.tlog(e.logId);
        if (!log) {
            report.promiseReason = report.proofReason = HM_TR("Sigstore", "The entry is from a log the trusted root does not know.");
            entryNotes << HM_TR("Sigstore", "Entry %1 is from an unknown log %2; it does not count.").arg(e.logIndex).arg(report.logId);
            run.result.logs << report;
            continue;
        }
        report.knownLog = true;
        report.logUrl = log->baseUrl;
        if (auto ok = checkBodyKind(e); !ok) {
            report.body = StepOutcome::Failed;
            report.bodyReason = ok.error().message;
            run.result.logs << report;
            return run.stop("log-body", ok.error().message);
        }

        bool promiseOk = false;
        if (e.hasPromise) {
            anyPromise = true;
            auto ok = verifyInclusionPromise(e, *log);
            promiseOk = bool(ok);
            report.promise = ok ? StepOutcome::Passed : StepOutcome::Failed;
            report.promiseReason = ok ? HM_TR("Sigstore", "The log promised to include the entry at %1.")
                                            .arg(fromSecs(e.integratedTime).toString(Qt::ISODate))
                                      : ok.error().message;
            if (!ok) {
                // sigstore-go drops the entry silently; Hallmark says so.
                promiseNotes << HM_TR("Sigstore", "Entry %1: %2 It does not count.").arg(e.logIndex).arg(ok.error().message);
                run.result.logs << report;
                continue;
            }
            ++promisesVerified;
            promiseNotes << HM_TR("Sigstore", "Entry %1: verified by %2.").arg(e.logIndex).arg(log->baseUrl);
        } else {
            report.promiseReason = e.isRekorV2() ? HM_TR("Sigstore", "Rekor v2 issues no signed entry timestamps.")
                                                 : HM_TR("Sigstore", "The entry carries no signed entry timestamp.");
        }

        QByteArray leaf;
        if (e.isRekorV2()) {
            auto rebuilt = rebuildV2Body(bundle, signer);
            if (!rebuilt) {
                report.body = StepOutcome::Failed;
                report.bodyReason = rebuilt.error().message;
                run.result.logs << report;
                return run.stop("log-body", rebuilt.error().message);
            }
            leaf = merkleLeafHash(*rebuilt);
            report.body = StepOutcome::Passed;
            report.bodyReason = HM_TR("Sigstore", "The entry is rebuilt from the bundle and proven below.");
        } else {
            leaf = merkleLeafHash(e.canonicalizedBody);
        }
        if (e.hasProof) {
            anyProof = true;
            if (auto ok = checkProof(e, *log, leaf, report); !ok) {
                run.result.logs << report;
                if (report.checkpoint == StepOutcome::Failed)
                    return run.stop("checkpoint", report.checkpointReason);
                if (e.isRekorV2())
                    report.body = StepOutcome::Failed;
                return run.stop("inclusion-proof", HM_TR("Sigstore", "Entry %1: %2").arg(e.logIndex).arg(ok.error().message));
            }
            proofNotes << HM_TR("Sigstore", "Entry %1: %2").arg(e.logIndex).arg(report.proofReason);
            checkpointNotes << HM_TR("Sigstore", "Entry %1: %2").arg(e.logIndex).arg(report.checkpointReason);
        } else if (e.isRekorV2()) {
            run.result.logs << report;
            return run.stop("inclusion-proof", HM_TR("Sigstore", "Rekor v2 entries need an inclusion proof."));
        }

        if (!e.isRekorV2()) {
            if (auto ok = checkV1Body(e, bundle, signer); !ok) {
                report.body = StepOutcome::Failed;
                report.bodyReason = ok.error().message;
                run.result.logs << report;
                return run.stop("log-body", ok.error().message);
            }
            report.body = StepOutcome::Passed;
            report.bodyReason = HM_TR("Sigstore", "The logged signature, signer and digest are the bundle's.");
        }
        bodyNotes << HM_TR("Sigstore", "Entry %1: %2").arg(e.logIndex).arg(report.bodyReason);

        report.counted = true;
        countedLogs.insert(e.logId);
        if (promiseOk) {
            verifiedTimes << fromSecs(e.integratedTime);
            TimestampReport t;
            t.source = TimestampReport::Source::TransparencyLog;
            t.authority = log->baseUrl;
            t.time = fromSecs(e.integratedTime);
            t.verified = true;
            t.reason = HM_TR("Sigstore", "Integrated time of entry %1, vouched for by the log's signed entry timestamp.").arg(e.logIndex);
            run.result.timestamps << t;
        }
        run.result.logs << report;
    }
    if (entries.isEmpty())
        run.skip("tlog-entries", HM_TR("Sigstore", "The bundle holds no log entries."));
    else
        run.pass("tlog-entries", entryNotes.isEmpty() ? HM_TR("Sigstore", "%1 entries from known logs.").arg(entries.size())
                                                      : entryNotes.join(QLatin1Char(' ')));
    if (anyPromise)
        run.set(QStringLiteral("inclusion-promise"), promisesVerified > 0 ? StepOutcome::Passed : StepOutcome::Failed,
                promiseNotes.join(QLatin1Char(' ')));
    else
        run.skip("inclusion-promise", HM_TR("Sigstore", "No entry carries a signed entry timestamp."));
    run.set(QStringLiteral("inclusion-proof"), anyProof ? StepOutcome::Passed : StepOutcome::Skipped,
            anyProof ? proofNotes.join(QLatin1Char(' ')) : HM_TR("Sigstore", "No entry carries an inclusion proof."));
    run.set(QStringLiteral("checkpoint"), anyProof ? StepOutcome::Passed : StepOutcome::Skipped,
            anyProof ? checkpointNotes.join(QLatin1Char(' ')) : HM_TR("Sigstore", "No entry carries a checkpoint."));
    if (!bodyNotes.isEmpty())
        run.pass("log-body", bodyNotes.join(QLatin1Char(' ')));
    if (countedLogs.size() < policy.logThreshold)
        return run.stop("log-threshold", HM_TR("Sigstore", "Not enough verified log entries: %1 of %2 needed.")
                                             .arg(countedLogs.size()).arg(policy.logThreshold));
    run.pass("log-threshold", HM_TR("Sigstore", "%1 verified log(s).").arg(countedLogs.size()));

    // 3. RFC 3161 timestamps over the signature bytes.
    const QByteArray signatureBytes = bundle.dsse ? bundle.dsse->signatures.value(0).sig : bundle.messageSignature->signature;
    QStringList tsaNotes;
    QSet<QString> tsaUsed;
    int tsaVerified = 0;
    for (const QByteArray &der : bundle.rfc3161Timestamps) {
        TimestampReport t;
        t.source = TimestampReport::Source::Rfc3161;
        auto ok = verifyRfc3161(der, signatureBytes, root);
        if (ok && tsaUsed.contains(ok->authority)) {
            // One authority vouches once: repeats must not meet a threshold (sigstore-go isDuplicateTSA).
            t.time = ok->genTime;
            t.authority = ok->authority;
            t.reason = HM_TR("Sigstore", "Another timestamp from %1; only one per authority counts.").arg(ok->authority);
        } else if (ok) {
            tsaUsed.insert(ok->authority);
            t.time = ok->genTime;
            t.authority = ok->authority;
            t.verified = true;
            t.reason = HM_TR("Sigstore", "Signed by %1 at %2.").arg(ok->authority, ok->genTime.toString(Qt::ISODate));
            verifiedTimes << ok->genTime;
            ++tsaVerified;
        } else {
            t.reason = ok.error().message;
        }
        tsaNotes << t.reason;
        run.result.timestamps << t;
    }
    if (bundle.rfc3161Timestamps.empty())
        run.skip("rfc3161", HM_TR("Sigstore", "The bundle holds no RFC 3161 timestamps."));
    else
        run.set(QStringLiteral("rfc3161"), tsaVerified > 0 ? StepOutcome::Passed : StepOutcome::Failed, tsaNotes.join(QLatin1Char(' ')));

    // 4. At least one trusted time.
    if (verifiedTimes.isEmpty() && policy.timestampThreshold == 0 && !keyless) {
        run.skip("observer-time", HM_TR("Sigstore", "No trusted time of signing; none is required for a key you "
                                                    "supplied yourself."));
    } else if (verifiedTimes.size() < policy.timestampThreshold)
        return run.stop("observer-time", HM_TR("Sigstore", "No trusted time of signing: neither a verified signed entry "
                                                           "timestamp nor a verified RFC 3161 timestamp."));
    else {
        QStringList times;
        for (const QDateTime &t : verifiedTimes)
            times << t.toString(Qt::ISODate);
        run.pass("observer-time", HM_TR("Sigstore", "Signed at %1.").arg(times.join(QStringLiteral(", "))));
    }

    // 5. The certificate at every trusted time, then its SCTs.
    if (keyless) {
        const CertificatePtr leaf = signer.leaf;
        if (!hasCodeSigningEku(*leaf))
            return run.stop("certificate-chain", HM_TR("Sigstore", "The signing certificate is not for code signing."));
        for (const QDateTime &t : verifiedTimes) {
            QString why = HM_TR("Sigstore", "No Fulcio authority in the trusted root was valid at %1.").arg(t.toString(Qt::ISODate));
            bool ok = false;
            for (const CertificateAuthorityInfo &ca : root.certificateAuthorities) {
                if (!ca.validFor.contains(t))
                    continue;
                const ChainResult chain = verifyChain(leaf, ca.chain.mid(0, ca.chain.size() - 1), {ca.chain.last()}, t);
                if (chain.status == ChainStatus::Trusted) {
                    ok = true;
                    run.result.chain = chain.path;
                    break;
                }
                why = HM_TR("Sigstore", "At %1: %2").arg(t.toString(Qt::ISODate), chain.reason);
            }
            if (!ok)
                return run.stop("certificate-chain", why);
        }
        run.pass("certificate-chain", HM_TR("Sigstore", "The certificate chains to %1 at every trusted time.")
                                          .arg(run.result.chain.isEmpty() ? QString() : run.result.chain.last()->subject()));
        if (run.result.chain.size() < 2)
            return run.stop("sct", HM_TR("Sigstore", "The certificate's issuer is unknown, so its SCTs cannot be checked."));
        const SctCheck scts = verifyEmbeddedScts(*leaf, *run.result.chain[1], root);
        run.result.sctLogs = scts.verifiedLogs;
        if (scts.verifiedLogs.size() < policy.sctThreshold) {
            const QString why = scts.embedded == 0 ? HM_TR("Sigstore", "The certificate carries no SCT.")
                                                   : HM_TR("Sigstore", "No SCT verifies: %1").arg(scts.problems.join(QLatin1Char(' ')));
            return run.stop("sct", why);
        }
        run.pass("sct", HM_TR("Sigstore", "Logged in %1.").arg(scts.verifiedLogs.join(QStringLiteral(", "))));
    } else {
        const ValidityWindow &window = policy.publicKeyValidFor;
        if (window.start.isValid() || window.end.isValid()) {
            const auto when = [](const QDateTime &t) { return t.isValid() ? t.toString(Qt::ISODateWithMs) : QStringLiteral("…"); };
            for (const QDateTime &t : verifiedTimes)
                if (!window.contains(t))
                    return run.stop("certificate-chain", HM_TR("Sigstore", "The signing time %1 is outside the public key's validity window (%2 – %3).")
                                                             .arg(when(t), when(window.start), when(window.end)));
            run.pass("certificate-chain", HM_TR("Sigstore", "The public key was valid at every trusted time (%1 – %2).")
                                              .arg(when(window.start), when(window.end)));
        } else {
            run.skip("certificate-chain", HM_TR("Sigstore", "Signed with a key; there is no certificate."));
        }
        run.skip("sct", HM_TR("Sigstore", "Signed with a key; there is no certificate."));
    }

    // 6. The signature.
    const CheckOutcome sig = checkSignature(bundle, *signingKey, artifact);
    if (sig.outcome != StepOutcome::Passed)
        return run.stop("signature", sig.reason, sig.outcome);
    run.pass("signature", sig.reason);

    // 7. The artifact is what was signed.
    const CheckOutcome art = checkArtifact(bundle, artifact);
    if (art.outcome == StepOutcome::Failed)
        return run.stop("artifact", art.reason);
    run.set(QStringLiteral("artifact"), art.outcome, art.reason);

    // 8. Who signed.
    if (keyless) {
        if (auto ok = checkIdentity(run.result.identity, *policy.identity); !ok)
            return run.stop("identity", ok.error().message);
        run.pass("identity", HM_TR("Sigstore", "Signed by %1, vouched for by %2.").arg(run.result.identity.san, run.result.identity.issuer));
    } else {
        run.skip("identity", HM_TR("Sigstore", "Signed with a key: the key is the identity."));
    }
    run.result.verified = true;
    return run.result;
}

} // namespace hallmark::sigstore
