#pragma once

#include "attest/attestreport.h"
#include "verify/verdictwording.h"

#include <QIcon>

namespace hallmark::ui {

// Whether an attestation describes the open model. Claimed: a subject
// matches, but the signature did not verify, so the statement is only a claim.
enum class BindingState { Bound, Claimed, Unbound, NotCompared, NoStatement };

BindingState bindingState(const attest::AttestationReport &report, bool modelKnown);

// Short words for tables, and the visual code behind the icon and tint.
QString signatureWord(attest::SignatureStatus status);
VisualCode signatureCode(attest::SignatureStatus status);
QString bindingWord(BindingState state);
VisualCode bindingCode(BindingState state);

// Sentences for the header: the signature result first, then what it is about.
QString signatureHeadline(const attest::AttestationSignature &signature);
QString signatureExplanation(const attest::AttestationSignature &signature);
QString bindingSentence(const attest::AttestationReport &report, bool modelKnown);

} // namespace hallmark::ui
