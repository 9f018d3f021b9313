#pragma once

#include "attest/attestation.h"
#include "attest/attestverify.h"
#include "attest/condition.h"
#include "attest/mlpredicate.h"
#include "attest/provenance.h"
#include "attest/subjectbinding.h"

#include <optional>

namespace hallmark::attest {

// Everything established about one attestation against one model; the GUI
// shows it as a tree, the CLI as text or JSON.
struct AttestationReport {
    Attestation attestation;
    AttestationSignature signature;
    QList<SubjectBinding> bindings;  // empty when no model was given
    bool bound = false;              // a subject matches the model
    std::optional<SlsaProvenance> slsa;
    std::optional<MlPredicate> ml;

    // Conditions may only read verified statements about this model.
    bool usableForConditions() const
    {
        return signature.status == SignatureStatus::Verified && attestation.statement && bound;
    }
    QString unusableReason() const;  // translated; empty when usable
};

AttestationReport assessAttestation(const Attestation &attestation, const AttestationTrust &trust,
                                    const std::optional<ModelDigests> &model);

// A condition over several attestations: each usable one is asked; FAIL if
// any fails, else PASS if any passes, else CANNOT_EVALUATE (with the first
// reason, or why no attestation could be used).
ConditionResult evaluateOverAttestations(const QString &expression, const QList<AttestationReport> &reports);

} // namespace hallmark::attest
