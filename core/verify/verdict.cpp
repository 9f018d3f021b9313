#include "verify/verdict.h"

#include "common/pathtext.h"
#include "common/tr.h"
#include "source/ignorerules.h"

namespace hallmark {

namespace {

void describeDiff(const ManifestDiff &diff, QStringList &reasons)
{
    for (const DiffEntry &e : diff.entries) {
        switch (e.kind) {
        case DiffKind::Changed:
            reasons << HM_TR("Verdict", "\"%1\" changed: signed %2, now %3.").arg(e.name, hex(e.expected), hex(e.actual));
            break;
        case DiffKind::Added: reasons << HM_TR("Verdict", "\"%1\" is present but was not signed.").arg(e.name); break;
        case DiffKind::Missing: reasons << HM_TR("Verdict", "\"%1\" was signed but is missing.").arg(e.name); break;
        case DiffKind::Moved:
            reasons << HM_TR("Verdict", "\"%1\" was signed under the name \"%2\".").arg(e.name, e.movedFrom);
            break;
        case DiffKind::Unreadable: reasons << HM_TR("Verdict", "\"%1\" could not be checked: %2").arg(e.name, e.note); break;
        default: break;
        }
    }
}

} // namespace

bool isVerified(VerdictStatus status)
{
    return status == VerdictStatus::Verified || status == VerdictStatus::VerifiedWithExclusions;
}

Verdict assess(const VerificationFacts &facts)
{
    Verdict v;
    v.legacy = facts.signature == SignatureCheck::ValidLegacyEncoding || facts.legacyKeyMaterial
        || (facts.signedManifest && facts.signedManifest->kind == PredicateKind::LegacyDigestsV01);
    if (!facts.inputError.isEmpty()) {
        v.status = VerdictStatus::CannotVerify;
        v.reasons << facts.inputError;
        return v;
    }
    if (!facts.bundleError.isEmpty()) {
        v.status = VerdictStatus::MalformedSignature;
        v.reasons << facts.bundleError;
        return v;
    }
    if (!facts.materialMismatch.isEmpty()) {
        v.status = VerdictStatus::WrongMaterial;
        v.reasons << facts.materialMismatch;
        return v;
    }
    if (facts.sigstore && !facts.sigstore->verified) {
        static const QStringList trustSteps = {QStringLiteral("certificate-chain"), QStringLiteral("sct"),
                                               QStringLiteral("identity")};
        v.status = facts.sigstore->failedStep == QLatin1String("bundle") ? VerdictStatus::MalformedSignature
            : trustSteps.contains(facts.sigstore->failedStep)             ? VerdictStatus::SignerNotTrusted
                                                                          : VerdictStatus::BadSignature;
        v.reasons << facts.sigstore->failure;
        return v;
    }
    if (facts.signature == SignatureCheck::Invalid || facts.signature == SignatureCheck::NotChecked) {
        v.status = VerdictStatus::BadSignature;
        v.reasons << (facts.signatureProblem.isEmpty()
                          ? HM_TR("Verdict", "The signature does not match the signed data and key.")
                          : facts.signatureProblem);
        return v;
    }
    if (!facts.statementError.isEmpty()) {
        v.status = VerdictStatus::MalformedSignature;
        v.reasons << facts.statementError;
        return v;
    }
    if (!facts.unsafeManifest.isEmpty()) {
        v.status = VerdictStatus::UnsafeManifest;
        v.reasons = facts.unsafeManifest;
        return v;
    }
    if (!facts.hashError.isEmpty()) {
        v.status = VerdictStatus::CannotVerify;
        v.reasons << facts.hashError;
        return v;
    }
    if (!facts.diff.contentMatches()) {
        v.status = VerdictStatus::ContentMismatch;
        describeDiff(facts.diff, v.reasons);
        return v;
    }
    if (facts.chain) {
        switch (facts.chain->status) {
        case ChainStatus::Trusted: break;
        case ChainStatus::Expired:
        case ChainStatus::NotYetValid: {
            v.status = VerdictStatus::CertificateExpired;
            v.reasons << facts.chain->reason;
            const CertificatePtr leaf = facts.signer.chain.value(0);
            if (leaf)
                v.reasons << HM_TR("Verdict", "The signing certificate is valid from %1 to %2.")
                                 .arg(leaf->notBefore().toString(Qt::ISODate), leaf->notAfter().toString(Qt::ISODate));
            if (facts.chainAtSigningTime && facts.chainAtSigningTime->status != ChainStatus::Trusted)
                v.reasons << facts.chainAtSigningTime->reason;
            return v;
        }
        default:
            v.status = VerdictStatus::SignerNotTrusted;
            v.reasons << facts.chain->reason;
            return v;
        }
    }
    if (!facts.exclusions.isEmpty() || facts.partial) {
        v.status = VerdictStatus::VerifiedWithExclusions;
        if (facts.partial)
            v.reasons << HM_TR("Verdict", "Only the files named in the signature were checked; other files were skipped.");
        for (const IgnoredEntry &e : facts.exclusions)
            v.reasons << HM_TR("Verdict", "\"%1\" was not checked (%2).").arg(e.path, describe(e.origin));
        for (const QString &risky : facts.riskyExclusions)
            v.reasons.prepend(HM_TR("Verdict", "\"%1\" was left out, and it can run code or change how the model "
                                               "loads.").arg(risky));
        return v;
    }
    v.status = VerdictStatus::Verified;
    if (facts.signature == SignatureCheck::ValidLegacyEncoding)
        v.reasons << HM_TR("Verdict", "The signature uses model_signing v0.2's legacy encoding.");
    if (facts.legacyKeyMaterial)
        v.reasons << HM_TR("Verdict", "The signature does not name its key (an older model_signing format).");
    return v;
}

} // namespace hallmark
