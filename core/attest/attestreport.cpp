#include "attest/attestreport.h"

#include "common/tr.h"

namespace hallmark::attest {

QString AttestationReport::unusableReason() const
{
    if (!attestation.statement)
        return HM_TR("Attest", "%1: the payload is not a readable statement: %2")
            .arg(attestation.origin, attestation.statementError);
    if (signature.status != SignatureStatus::Verified)
        return HM_TR("Attest", "%1: the attestation is not verified: %2").arg(attestation.origin, signature.reason);
    if (!bound)
        return HM_TR("Attest", "%1: no subject of the attestation is this model.").arg(attestation.origin);
    return {};
}

AttestationReport assessAttestation(const Attestation &attestation, const AttestationTrust &trust,
                                    const std::optional<ModelDigests> &model)
{
    AttestationReport r;
    r.attestation = attestation;
    r.signature = verifyAttestationSignature(attestation, trust);
    if (attestation.statement) {
        if (model) {
            r.bindings = bindSubjects(*attestation.statement, *model);
            r.bound = anySubjectMatches(r.bindings);
        }
        r.slsa = readSlsaProvenance(attestation.statement->predicateType, attestation.statement->predicate);
        r.ml = readMlPredicate(attestation.statement->predicate);
    }
    return r;
}

ConditionResult evaluateOverAttestations(const QString &expression, const QList<AttestationReport> &reports)
{
    auto condition = Condition::parse(expression);
    if (!condition)
        return evaluate(expression, nlohmann::json());  // reports the parse error
    std::optional<ConditionResult> firstPass, firstCannot;
    QStringList unusable;
    for (const AttestationReport &r : reports) {
        if (!r.usableForConditions()) {
            unusable << r.unusableReason();
            continue;
        }
        ConditionResult c = evaluate(*condition, r.attestation.statementJson);
        if (c.outcome == ConditionOutcome::Fail)
            return c;
        if (c.outcome == ConditionOutcome::Pass && !firstPass)
            firstPass = c;
        if (c.outcome == ConditionOutcome::CannotEvaluate && !firstCannot)
            firstCannot = c;
    }
    if (firstPass)
        return *firstPass;
    if (firstCannot)
        return *firstCannot;
    ConditionResult none;
    none.expression = expression;
    none.reason = unusable.isEmpty() ? HM_TR("Attest", "No attestation was given.")
                                     : HM_TR("Attest", "No verified attestation about this model: %1").arg(unusable.join(QStringLiteral("; ")));
    return none;
}

} // namespace hallmark::attest
