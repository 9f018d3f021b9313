#include "sigstoreoutput.h"

#include "cliio.h"

#include <QCoreApplication>

namespace hallmark::cli {

using namespace sigstore;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

QString mark(StepOutcome o)
{
    switch (o) {
    case StepOutcome::Passed: return tr("pass");
    case StepOutcome::Failed: return tr("FAIL");
    case StepOutcome::Skipped: return tr("skip");
    case StepOutcome::Unsupported: return tr("UNSUPPORTED");
    }
    return {};
}

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

void printSigstoreResult(const SigstoreResult &r)
{
    for (const VerificationStep &step : r.steps)
        out(QStringLiteral("[%1] %2: %3").arg(mark(step.outcome), -4).arg(step.title, step.reason));
    for (const LogEntryReport &l : r.logs)
        out(tr("Log entry %1 in %2 (tree index %3 of %4): promise %5, proof %6, checkpoint %7, body %8%9")
                .arg(l.logIndex)
                .arg(l.logUrl.isEmpty() ? l.logId : l.logUrl)
                .arg(l.treeIndex)
                .arg(l.treeSize)
                .arg(mark(l.promise), mark(l.proof), mark(l.checkpoint), mark(l.body))
                .arg(l.unverifiedWitnesses.isEmpty()
                         ? QString()
                         : tr("; unverified witnesses: %1").arg(l.unverifiedWitnesses.join(QStringLiteral(", ")))));
    for (const TimestampReport &t : r.timestamps)
        out(tr("Time %1 from %2: %3").arg(t.time.toString(Qt::ISODate), t.authority,
                                           t.verified ? tr("verified") : t.reason));
    if (r.verified)
        out(r.keyless ? tr("Verified: signed by %1 (issuer %2).").arg(r.identity.san, r.identity.issuer)
                      : tr("Verified: signed with the given key."));
    else if (r.unsupported)
        err(tr("Cannot verify here: %1").arg(r.failure));
    else
        err(tr("Not verified: %1").arg(r.failure));
}

nlohmann::json sigstoreResultJson(const SigstoreResult &r)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const VerificationStep &step : r.steps)
        steps.push_back({{"id", s(step.id)}, {"title", s(step.title)}, {"outcome", s(outcomeKeyword(step.outcome))},
                         {"reason", s(step.reason)}});
    nlohmann::json logs = nlohmann::json::array();
    for (const LogEntryReport &l : r.logs)
        logs.push_back({{"logId", s(l.logId)}, {"logUrl", s(l.logUrl)}, {"knownLog", l.knownLog}, {"rekorV2", l.rekorV2},
                        {"kind", s(l.kind)}, {"logIndex", l.logIndex}, {"treeIndex", l.treeIndex}, {"treeSize", l.treeSize},
                        {"integratedTime", s(l.integratedTime.toString(Qt::ISODate))},
                        {"promise", s(outcomeKeyword(l.promise))}, {"promiseReason", s(l.promiseReason)},
                        {"proof", s(outcomeKeyword(l.proof))}, {"proofReason", s(l.proofReason)},
                        {"checkpoint", s(outcomeKeyword(l.checkpoint))}, {"checkpointReason", s(l.checkpointReason)},
                        {"body", s(outcomeKeyword(l.body))}, {"bodyReason", s(l.bodyReason)}, {"counted", l.counted}});
    nlohmann::json times = nlohmann::json::array();
    for (const TimestampReport &t : r.timestamps)
        times.push_back({{"source", t.source == TimestampReport::Source::Rfc3161 ? "rfc3161" : "tlog"},
                         {"authority", s(t.authority)}, {"time", s(t.time.toString(Qt::ISODate))},
                         {"verified", t.verified}, {"reason", s(t.reason)}});
    nlohmann::json extensions = nlohmann::json::array();
    for (const FulcioExtension &e : r.identity.extensions)
        extensions.push_back({{"oid", s(e.oid)}, {"name", s(e.name)}, {"value", s(e.value)}});
    return {{"verified", r.verified}, {"unsupported", r.unsupported}, {"failedStep", s(r.failedStep)},
            {"failure", s(r.failure)}, {"steps", steps}, {"transparencyLog", logs}, {"timestamps", times},
            {"identity", {{"san", s(r.identity.san)}, {"sanType", s(r.identity.sanType)}, {"issuer", s(r.identity.issuer)},
                          {"extensions", extensions}}},
            {"trustedRoot", s(r.trustedRoot)}};
}

} // namespace hallmark::cli
