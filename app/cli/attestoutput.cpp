#include "attestoutput.h"

#include "cliio.h"

#include "common/pathtext.h"

#include <QCoreApplication>

namespace hallmark::cli {

namespace {

using Json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

QString esc(const QString &text)
{
    return escapedName(text.toUtf8());
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString shortened(const QString &text, int max = 160)
{
    QString one = text;
    one.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return one.size() > max ? one.left(max) + QStringLiteral("…") : one;
}

QString digestText(const QMap<QString, QString> &digest)
{
    QStringList parts;
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key(), it.value());
    return parts.join(QStringLiteral(", "));
}

Json digestJson(const QMap<QString, QString> &digest)
{
    Json j = Json::object();
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        j[s(it.key())] = s(it.value());
    return j;
}

} // namespace

void printFieldTree(const attest::FieldNode &node, int indent, int maxDepth)
{
    for (const attest::FieldNode &c : node.children) {
        const QString pad(indent * 2, QLatin1Char(' '));
        if (c.children.isEmpty() || indent >= maxDepth)
            out(QStringLiteral("%1%2: %3").arg(pad, esc(c.key), shortened(c.value)));
        else {
            out(QStringLiteral("%1%2: (%3)").arg(pad, esc(c.key), c.value));
            printFieldTree(c, indent + 1, maxDepth);
        }
    }
}

void printAttestationReport(const attest::AttestationReport &r)
{
    const attest::Attestation &a = r.attestation;
    out(a.line > 0 ? tr("Attestation %1, line %2 (%3)").arg(esc(a.origin)).arg(a.line).arg(attest::carrierLabel(a.carrier))
                   : tr("Attestation %1 (%2)").arg(esc(a.origin), attest::carrierLabel(a.carrier)));
    out(tr("  Signature: %1 — %2").arg(attest::signatureStatusKeyword(r.signature.status), r.signature.reason));
    if (!r.signature.signer.isEmpty())
        out(tr("  Signer: %1").arg(r.signature.signer));
    if (!a.statement) {
        out(tr("  Statement: unreadable — %1").arg(a.statementError));
        return;
    }
    out(tr("  Statement: %1").arg(a.statement->type));
    out(tr("  Predicate type: %1").arg(a.statement->predicateType));
    if (r.bindings.isEmpty()) {
        for (const InTotoSubject &sub : a.statement->subjects)
            out(tr("  Subject %1 %2").arg(esc(sub.name), digestText(sub.digest)));
    }
    for (const attest::SubjectBinding &b : r.bindings)
        out(tr("  Subject %1 %2: %3 — %4")
                .arg(esc(b.subject.name), digestText(b.subject.digest), attest::subjectMatchKeyword(b.match), b.reason));
    if (r.slsa) {
        out(tr("  SLSA provenance %1").arg(r.slsa->version));
        out(tr("    Builder: %1").arg(r.slsa->builderId));
        out(tr("    Build type: %1").arg(r.slsa->buildType));
        if (!r.slsa->invocationId.isEmpty())
            out(tr("    Invocation: %1").arg(r.slsa->invocationId));
        if (!r.slsa->startedOn.isEmpty() || !r.slsa->finishedOn.isEmpty())
            out(tr("    Started %1, finished %2").arg(r.slsa->startedOn, r.slsa->finishedOn));
        if (!r.slsa->externalParameters.is_null())
            out(tr("    External parameters: %1").arg(shortened(QString::fromStdString(r.slsa->externalParameters.dump()), 300)));
        for (const attest::ProvenanceMaterial &m : r.slsa->materials)
            out(tr("    Material: %1 %2").arg(esc(m.uri.isEmpty() ? m.name : m.uri), digestText(m.digest)));
        for (const QString &p : r.slsa->problems)
            out(tr("    Problem: %1").arg(p));
    }
    if (r.ml) {
        out(tr("  Model attestation (training / data / model / eval / reviewers)"));
        for (const attest::MlMetric &m : r.ml->metrics)
            out(tr("    Metric %1 = %2%3").arg(m.path, m.raw, m.value ? QString() : tr(" (not a number)")));
        for (const attest::MlReviewer &rv : r.ml->reviewers)
            out(tr("    Reviewer %1 %2 %3 %4").arg(rv.name, rv.role, rv.decision, rv.date).trimmed());
    }
}

void printConditionResult(const attest::ConditionResult &c)
{
    const QString word = c.outcome == attest::ConditionOutcome::Pass   ? tr("PASS")
                       : c.outcome == attest::ConditionOutcome::Fail ? tr("FAIL")
                                                                     : tr("CANNOT EVALUATE");
    out(tr("Condition %1: %2 — %3").arg(c.expression, word, c.reason));
    if (!c.path.isEmpty() && !c.rawValue.isEmpty())
        out(tr("  %1 = %2%3").arg(c.path, shortened(c.rawValue),
                                  c.parsedValue.isEmpty() || c.parsedValue == c.rawValue ? QString()
                                                                                         : tr(" (read as %1)").arg(c.parsedValue)));
}

Json attestationReportJson(const attest::AttestationReport &r)
{
    const attest::Attestation &a = r.attestation;
    Json j = {{"file", s(a.origin)},
              {"carrier", a.carrier == attest::Carrier::SigstoreBundle ? "sigstore-bundle"
                          : a.carrier == attest::Carrier::DsseEnvelope ? "dsse-envelope"
                                                                       : "statement"},
              {"signature", {{"status", s(attest::signatureStatusKeyword(r.signature.status))},
                             {"method", s(r.signature.method)},
                             {"signer", s(r.signature.signer)},
                             {"reason", s(r.signature.reason)}}}};
    if (a.line > 0)
        j["line"] = a.line;
    if (a.envelope)
        j["payloadType"] = s(a.envelope->payloadType);
    if (!a.statement) {
        j["statementError"] = s(a.statementError);
        return j;
    }
    j["statementType"] = s(a.statement->type);
    j["predicateType"] = s(a.statement->predicateType);
    Json subjects = Json::array();
    for (const InTotoSubject &sub : a.statement->subjects) {
        Json sj = {{"name", s(sub.name)}, {"digest", digestJson(sub.digest)}};
        for (const attest::SubjectBinding &b : r.bindings) {
            if (b.subject.name == sub.name && b.subject.digest == sub.digest) {
                sj["match"] = s(attest::subjectMatchKeyword(b.match));
                sj["files"] = Json::array();
                for (const QString &f : b.files)
                    sj["files"].push_back(s(f));
                sj["reason"] = s(b.reason);
            }
        }
        subjects.push_back(sj);
    }
    j["subjects"] = subjects;
    if (!r.bindings.isEmpty())
        j["boundToModel"] = r.bound;
    if (r.slsa) {
        Json m = Json::array();
        for (const attest::ProvenanceMaterial &pm : r.slsa->materials)
            m.push_back({{"uri", s(pm.uri)}, {"name", s(pm.name)}, {"digest", digestJson(pm.digest)}});
        Json problems = Json::array();
        for (const QString &p : r.slsa->problems)
            problems.push_back(s(p));
        j["slsa"] = {{"version", s(r.slsa->version)},       {"builderId", s(r.slsa->builderId)},
                     {"buildType", s(r.slsa->buildType)},   {"invocationId", s(r.slsa->invocationId)},
                     {"startedOn", s(r.slsa->startedOn)},   {"finishedOn", s(r.slsa->finishedOn)},
                     {"externalParameters", r.slsa->externalParameters},
                     {"internalParameters", r.slsa->internalParameters},
                     {"materials", m},                      {"problems", problems}};
    }
    if (r.ml) {
        Json metrics = Json::array();
        for (const attest::MlMetric &mm : r.ml->metrics) {
            Json mj = {{"path", s(mm.path)}, {"raw", s(mm.raw)}};
            if (mm.value)
                mj["value"] = *mm.value;
            metrics.push_back(mj);
        }
        Json reviewers = Json::array();
        for (const attest::MlReviewer &rv : r.ml->reviewers)
            reviewers.push_back({{"name", s(rv.name)}, {"role", s(rv.role)}, {"decision", s(rv.decision)}, {"date", s(rv.date)}});
        j["model"] = {{"metrics", metrics}, {"reviewers", reviewers}};
    }
    j["statement"] = a.statementJson;
    return j;
}

Json conditionResultJson(const attest::ConditionResult &c)
{
    return {{"expression", s(c.expression)}, {"outcome", s(attest::outcomeKeyword(c.outcome))},
            {"reason", s(c.reason)},         {"path", s(c.path)},
            {"rawValue", s(c.rawValue)},     {"parsedValue", s(c.parsedValue)}};
}

} // namespace hallmark::cli
