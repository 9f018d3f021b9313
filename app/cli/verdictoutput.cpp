#include "verdictoutput.h"

#include "cliio.h"

#include "common/pathtext.h"
#include "verify/verdictwording.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

QString kindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Unchanged: return QStringLiteral("unchanged");
    case DiffKind::Changed: return QStringLiteral("changed");
    case DiffKind::Added: return QStringLiteral("added");
    case DiffKind::Missing: return QStringLiteral("missing");
    case DiffKind::Moved: return QStringLiteral("moved");
    case DiffKind::Unreadable: return QStringLiteral("unreadable");
    case DiffKind::Ignored: return QStringLiteral("ignored");
    }
    return {};
}

QString diffSummary(const ManifestDiff &diff)
{
    return tr("%1 changed, %2 added, %3 missing, %4 moved, %5 unreadable, %6 ignored, %7 unchanged")
        .arg(diff.count(DiffKind::Changed))
        .arg(diff.count(DiffKind::Added))
        .arg(diff.count(DiffKind::Missing))
        .arg(diff.count(DiffKind::Moved))
        .arg(diff.count(DiffKind::Unreadable))
        .arg(diff.count(DiffKind::Ignored))
        .arg(diff.count(DiffKind::Unchanged));
}

} // namespace

void printVerdictText(const Verdict &verdict, const VerificationFacts &facts)
{
    const VerdictWording w = wordingFor(verdict.status);
    out(w.headline);
    out(QStringLiteral("  ") + w.explanation);
    for (const QString &r : verdict.reasons)
        out(QStringLiteral("  - ") + r);
    if (!w.guidance.isEmpty())
        out(tr("What can be done: %1").arg(w.guidance));
    const SignerInfo &s = facts.signer;
    if (!s.keyFingerprint.isEmpty())
        out(tr("Signing key: %1, SHA-256 fingerprint %2").arg(s.keyType, s.keyFingerprint));
    for (const CertificatePtr &c : s.chain)
        out(tr("Certificate: %1 (issued by %2), SHA-256 %3").arg(c->subject(), c->issuer(), c->fingerprint()));
    if (facts.signedManifest)
        out(tr("Files: %1").arg(diffSummary(facts.diff)));
    for (const DiffEntry &e : facts.diff.entries) {
        if (e.kind == DiffKind::Unchanged)
            continue;
        QString line = QStringLiteral("  %1  %2").arg(kindName(e.kind), -10).arg(e.name);
        if (e.kind == DiffKind::Moved)
            line += tr(" (signed as %1)").arg(e.movedFrom);
        if (!e.note.isEmpty())
            line += QStringLiteral(" (%1)").arg(e.note);
        out(line);
    }
}

QByteArray verdictJson(const Verdict &verdict, const VerificationFacts &facts)
{
    using Json = nlohmann::ordered_json;
    auto s = [](const QString &q) { return q.toStdString(); };
    const VerdictWording w = wordingFor(verdict.status);
    Json reasons = Json::array();
    for (const QString &r : verdict.reasons)
        reasons.push_back(s(r));
    Json certs = Json::array();
    for (const CertificatePtr &c : facts.signer.chain) {
        Json san = Json::array();
        for (const QString &n : c->subjectAltNames())
            san.push_back(s(n));
        certs.push_back({{"subject", s(c->subject())},
                         {"issuer", s(c->issuer())},
                         {"subjectAltNames", san},
                         {"notBefore", s(c->notBefore().toString(Qt::ISODate))},
                         {"notAfter", s(c->notAfter().toString(Qt::ISODate))},
                         {"sha256", s(c->fingerprint())}});
    }
    Json signer = {{"method", facts.signer.method == VerifyMethod::Key ? "key" : "certificate"},
                   {"keyType", s(facts.signer.keyType)},
                   {"keyFingerprint", s(facts.signer.keyFingerprint)},
                   {"certificates", certs}};
    Json entries = Json::array();
    for (const DiffEntry &e : facts.diff.entries) {
        Json j = {{"status", s(kindName(e.kind))}, {"name", s(e.name)}};
        if (!e.expected.isEmpty())
            j["expected"] = s(hex(e.expected));
        if (!e.actual.isEmpty())
            j["actual"] = s(hex(e.actual));
        if (!e.movedFrom.isEmpty())
            j["movedFrom"] = s(e.movedFrom);
        if (!e.note.isEmpty())
            j["note"] = s(e.note);
        entries.push_back(j);
    }
    Json diff = {{"changed", facts.diff.count(DiffKind::Changed)}, {"added", facts.diff.count(DiffKind::Added)},
                 {"missing", facts.diff.count(DiffKind::Missing)}, {"moved", facts.diff.count(DiffKind::Moved)},
                 {"unreadable", facts.diff.count(DiffKind::Unreadable)}, {"ignored", facts.diff.count(DiffKind::Ignored)},
                 {"unchanged", facts.diff.count(DiffKind::Unchanged)}, {"entries", entries}};
    Json result = {{"status", s(statusKeyword(verdict.status))},
                   {"verified", isVerified(verdict.status)},
                   {"headline", s(w.headline)},
                   {"explanation", s(w.explanation)},
                   {"guidance", s(w.guidance)},
                   {"reasons", reasons},
                   {"legacyFormat", verdict.legacy},
                   {"signer", signer},
                   {"diff", diff}};
    if (facts.signedManifest)
        result["manifestDigest"] = s(hex(facts.signedManifest->subjectDigest));
    return QByteArray::fromStdString(result.dump(2));
}

} // namespace hallmark::cli
