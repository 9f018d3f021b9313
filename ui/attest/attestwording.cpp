#include "attest/attestwording.h"

#include <QCoreApplication>

namespace hallmark::ui {

BindingState bindingState(const attest::AttestationReport &report, bool modelKnown)
{
    if (!report.attestation.statement)
        return BindingState::NoStatement;
    if (!modelKnown)
        return BindingState::NotCompared;
    if (!report.bound)
        return BindingState::Unbound;
    return report.signature.status == attest::SignatureStatus::Verified ? BindingState::Bound : BindingState::Claimed;
}

QString signatureWord(attest::SignatureStatus status)
{
    switch (status) {
    case attest::SignatureStatus::Verified: return QCoreApplication::translate("hallmark::ui::AttestWording", "Verified");
    case attest::SignatureStatus::Failed: return QCoreApplication::translate("hallmark::ui::AttestWording", "Not valid");
    case attest::SignatureStatus::NotChecked: return QCoreApplication::translate("hallmark::ui::AttestWording", "Not checked");
    case attest::SignatureStatus::Unsigned: break;
    }
    return QCoreApplication::translate("hallmark::ui::AttestWording", "Unsigned");
}

// Green only for a verified signature, red only for one that does not verify (ux-patterns §2).
VisualCode signatureCode(attest::SignatureStatus status)
{
    switch (status) {
    case attest::SignatureStatus::Verified: return VisualCode::Positive;
    case attest::SignatureStatus::Failed: return VisualCode::Negative;
    case attest::SignatureStatus::Unsigned: return VisualCode::Warning;
    case attest::SignatureStatus::NotChecked: break;
    }
    return VisualCode::Neutral;
}

QString bindingWord(BindingState state)
{
    switch (state) {
    case BindingState::Bound: return QCoreApplication::translate("hallmark::ui::AttestWording", "Describes this model");
    case BindingState::Claimed: return QCoreApplication::translate("hallmark::ui::AttestWording", "Claims this model (unverified)");
    case BindingState::Unbound: return QCoreApplication::translate("hallmark::ui::AttestWording", "Not about this model");
    case BindingState::NotCompared: return QCoreApplication::translate("hallmark::ui::AttestWording", "No model to compare");
    case BindingState::NoStatement: break;
    }
    return QCoreApplication::translate("hallmark::ui::AttestWording", "Unreadable statement");
}

VisualCode bindingCode(BindingState state)
{
    switch (state) {
    case BindingState::Bound: return VisualCode::Positive;
    case BindingState::Unbound: return VisualCode::Warning;
    case BindingState::Claimed:
    case BindingState::NotCompared:
    case BindingState::NoStatement: break;
    }
    return VisualCode::Neutral;
}

QString signatureHeadline(const attest::AttestationSignature &s)
{
    switch (s.status) {
    case attest::SignatureStatus::Verified:
        return s.signer.isEmpty()
            ? QCoreApplication::translate("hallmark::ui::AttestWording", "Verified signature")
            : QCoreApplication::translate("hallmark::ui::AttestWording", "Verified: signed by %1").arg(s.signer);
    case attest::SignatureStatus::Failed:
        return QCoreApplication::translate("hallmark::ui::AttestWording", "Signature is not valid");
    case attest::SignatureStatus::NotChecked:
        return QCoreApplication::translate("hallmark::ui::AttestWording",
                                           "Not checked: choose a key, certificate or identity");
    case attest::SignatureStatus::Unsigned: break;
    }
    return QCoreApplication::translate("hallmark::ui::AttestWording", "Unsigned statement: nothing shows who wrote it");
}

QString signatureExplanation(const attest::AttestationSignature &s)
{
    switch (s.status) {
    case attest::SignatureStatus::Failed:
        return QCoreApplication::translate("hallmark::ui::AttestWording",
                                           "Why: %1 Do not rely on what this attestation says.")
            .arg(s.reason);
    case attest::SignatureStatus::NotChecked:
        return QCoreApplication::translate("hallmark::ui::AttestWording",
                                           "%1 Until then, nothing is known about who wrote it.")
            .arg(s.reason);
    case attest::SignatureStatus::Verified:
    case attest::SignatureStatus::Unsigned: break;
    }
    return s.reason;
}

QString bindingSentence(const attest::AttestationReport &report, bool modelKnown)
{
    switch (bindingState(report, modelKnown)) {
    case BindingState::Bound:
        for (const attest::SubjectBinding &b : report.bindings)
            if (b.match == attest::SubjectMatch::ManifestDigest)
                return QCoreApplication::translate("hallmark::ui::AttestWording", "It describes this model: a subject matches the model's manifest digest.");
        return QCoreApplication::translate("hallmark::ui::AttestWording", "It describes files of this model: a subject matches a file's digest.");
    case BindingState::Claimed:
        return QCoreApplication::translate("hallmark::ui::AttestWording",
                                           "It claims to describe this model (a subject matches its digests), but "
                                           "that is only a claim until the signature verifies.");
    case BindingState::Unbound:
        return QCoreApplication::translate("hallmark::ui::AttestWording", "It is not about this model: no subject matches the model's digests.");
    case BindingState::NotCompared:
        return QCoreApplication::translate("hallmark::ui::AttestWording", "Not compared with a model: open a model to see whether it is about it.");
    case BindingState::NoStatement: break;
    }
    return QCoreApplication::translate("hallmark::ui::AttestWording", "The payload is not a readable statement: %1").arg(report.attestation.statementError);
}

} // namespace hallmark::ui
