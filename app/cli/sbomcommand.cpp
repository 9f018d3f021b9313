#include "cliio.h"
#include "commands.h"

#include "common/pathtext.h"
#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "sbom/sbomchecks.h"
#include "sbom/sbomcrosscheck.h"
#include "sbom/sbomdiff.h"
#include "sbom/sbomreader.h"
#include "signing/signaturepath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

#include <nlohmann/json.hpp>

namespace hallmark::cli {

namespace {
using Json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString describe(const SbomDocument &doc)
{
    return QStringLiteral("%1 %2").arg(formatName(doc.format), doc.specVersion);
}

QString nodeLabel(const SbomDocument &doc, int node)
{
    if (node < 0)
        return {};
    const SbomNode &n = doc.nodes[node];
    return n.version.isEmpty() ? n.name : QStringLiteral("%1 %2").arg(n.name, n.version);
}

Result<Manifest> manifestOf(const QString &model)
{
    // The model's own signature is not model content, as for sign and verify.
    SourceOptions source;
    if (const QFileInfo signature(defaultSignaturePath(model)); signature.isFile())
        source.signatureFile = signature.absoluteFilePath();
    JobControl control;
    auto outcome = runWithProgress<HashOutcome>(control, [&] { return hashModel(model, source, HashOptions{}, control); });
    if (!outcome)
        return std::unexpected(outcome.error());
    return manifestFromOutcome(*outcome, SerializationInfo{});
}

Json nodesJson(const SbomDocument &doc)
{
    Json nodes = Json::array();
    for (int i = 0; i < doc.nodes.size(); ++i) {
        const SbomNode &n = doc.nodes[i];
        Json licences = Json::array();
        for (const SbomLicence &l : n.licences)
            licences.push_back({{"text", s(l.text)}, {"acknowledgement", s(l.acknowledgement)}});
        Json hashes = Json::array();
        for (const SbomHash &h : n.hashes)
            hashes.push_back({{"algorithm", s(h.algorithm)}, {"value", s(h.value)}});
        Json dependsOn = Json::array();
        for (const int e : doc.outgoing(i)) {
            const SbomEdge &edge = doc.edges[e];
            dependsOn.push_back({{"type", s(edge.type)}, {"ref", s(edge.toRef)}});
        }
        nodes.push_back({{"index", i}, {"parent", n.parent}, {"kind", s(kindName(n.kind))}, {"type", s(n.type)},
                         {"ref", s(n.ref)}, {"name", s(n.name)}, {"version", s(n.version)}, {"purl", s(n.purl)},
                         {"path", s(n.path)}, {"licences", licences}, {"hashes", hashes}, {"edges", dependsOn}});
    }
    return nodes;
}

Json licencesJson(const SbomDocument &doc)
{
    const LicenceSummary summary = licenceSummary(doc);
    Json list = Json::array();
    for (const LicenceCount &c : summary.licences)
        list.push_back({{"licence", s(c.licence)}, {"components", c.components}, {"declared", c.declared},
                        {"concluded", c.concluded}});
    return {{"summary", list}, {"withoutLicence", summary.withoutLicence}, {"explicitlyNone", summary.explicitlyNone}};
}

void printLicences(const SbomDocument &doc)
{
    const LicenceSummary summary = licenceSummary(doc);
    QStringList parts;
    for (const LicenceCount &c : summary.licences)
        parts << QStringLiteral("%1 (%2)").arg(escapedName(c.licence.toUtf8())).arg(c.components);
    out(tr("Licences: %1").arg(parts.isEmpty() ? tr("none stated") : parts.join(QStringLiteral(", "))));
    if (summary.withoutLicence > 0)
        out(tr("Without a licence: %1").arg(summary.withoutLicence));
}

void printFindings(const QList<SbomFinding> &findings)
{
    QMap<QString, int> notes;
    for (const SbomFinding &f : findings) {
        if (f.severity == SbomSeverity::Info) {
            ++notes[f.code];
            continue;
        }
        out(QStringLiteral("%1  %2  %3").arg(f.severity == SbomSeverity::Error ? tr("error") : tr("warning"), f.code,
                                            escapedName(f.message.toUtf8())));
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        out(tr("note  %1  %2 components (--json lists them)").arg(it.key()).arg(it.value()));
}
} // namespace

int sbomCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read an SBOM (CycloneDX 1.4–1.7, SPDX 2.3, SPDX 3.0.1), check it, "
                                        "compare it with a model or another SBOM."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The SBOM file."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption checkOpt(QStringLiteral("check-against"),
                                      tr("Compare SBOM file and component hashes with this model."), QStringLiteral("model"));
    const QCommandLineOption diffOpt(QStringLiteral("diff"), tr("List what changed from FILE to this SBOM."),
                                     QStringLiteral("other"));
    parser.addOptions({jsonOpt, checkOpt, diffOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one SBOM file."));
        return BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto doc = readSbomFile(path);
    if (!doc) {
        err(tr("Cannot read \"%1\": %2").arg(path, doc.error().message));
        return BadInput;
    }
    std::optional<SbomDocument> other;
    if (parser.isSet(diffOpt)) {
        auto o = readSbomFile(parser.value(diffOpt));
        if (!o) {
            err(tr("Cannot read \"%1\": %2").arg(parser.value(diffOpt), o.error().message));
            return BadInput;
        }
        other = std::move(*o);
    }
    std::optional<SbomCrossCheck> cross;
    if (parser.isSet(checkOpt)) {
        auto manifest = manifestOf(parser.value(checkOpt));
        if (!manifest) {
            err(tr("Cannot hash \"%1\": %2").arg(parser.value(checkOpt), manifest.error().message));
            return BadInput;
        }
        cross = crossCheck(*doc, *manifest);
    }

    const QList<SbomFinding> findings = checkSbom(*doc);
    const bool mismatch = cross && cross->count(CrossCheckStatus::Mismatch) > 0;
    const int exitCode = !passesChecks(findings) || mismatch ? NotVerified : Ok;

    if (parser.isSet(jsonOpt)) {
        Json j;
        j["file"] = s(path);
        j["format"] = s(formatName(doc->format));
        j["specVersion"] = s(doc->specVersion);
        j["name"] = s(doc->name);
        j["serialNumber"] = s(doc->serialNumber);
        j["components"] = doc->componentCount();
        j["schemaValid"] = schemaValid(findings);
        j["passes"] = passesChecks(findings);
        j["counts"] = {{"errors", countFindings(findings, SbomSeverity::Error)},
                       {"warnings", countFindings(findings, SbomSeverity::Warning)},
                       {"info", countFindings(findings, SbomSeverity::Info)}};
        Json list = Json::array();
        for (const SbomFinding &f : findings)
            list.push_back({{"severity", s(severityName(f.severity))}, {"code", s(f.code)}, {"ref", s(f.ref)},
                            {"message", s(f.message)}});
        j["findings"] = list;
        j["licences"] = licencesJson(*doc);
        j["nodes"] = nodesJson(*doc);
        if (cross) {
            Json entries = Json::array();
            for (const CrossCheckEntry &e : cross->entries)
                entries.push_back({{"status", s(crossCheckStatusName(e.status))}, {"path", s(e.path)},
                                   {"ref", e.node >= 0 ? s(doc->nodes[e.node].ref) : std::string()},
                                   {"algorithm", s(e.algorithm)}, {"sbomDigest", s(e.sbomDigest)},
                                   {"modelDigest", s(e.modelDigest)}});
            Json counts;
            for (auto st : {CrossCheckStatus::Match, CrossCheckStatus::Mismatch, CrossCheckStatus::NotComparable,
                            CrossCheckStatus::OnlyInSbom, CrossCheckStatus::OnlyInModel})
                counts[s(crossCheckStatusName(st))] = cross->count(st);
            j["crossCheck"] = {{"model", s(parser.value(checkOpt))}, {"counts", counts}, {"entries", entries}};
        }
        if (other) {
            Json changes = Json::array();
            for (const SbomChange &c : diffSboms(*doc, *other))
                changes.push_back({{"kind", s(changeKindName(c.kind))}, {"key", s(c.key)}, {"name", s(c.name)},
                                   {"was", s(c.was)}, {"now", s(c.now)}});
            j["diff"] = {{"other", s(parser.value(diffOpt))}, {"changes", changes}};
        }
        out(QString::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)));
        return exitCode;
    }

    out(tr("%1: %2 (%3 components, %4 relationships)")
            .arg(describe(*doc), escapedName(doc->name.toUtf8()))
            .arg(doc->componentCount())
            .arg(doc->edges.size()));
    printLicences(*doc);
    printFindings(findings);
    if (cross) {
        out(tr("Against %1: %2 match, %3 mismatch, %4 not comparable, %5 only in the SBOM, %6 only in the model")
                .arg(parser.value(checkOpt))
                .arg(cross->count(CrossCheckStatus::Match))
                .arg(cross->count(CrossCheckStatus::Mismatch))
                .arg(cross->count(CrossCheckStatus::NotComparable))
                .arg(cross->count(CrossCheckStatus::OnlyInSbom))
                .arg(cross->count(CrossCheckStatus::OnlyInModel)));
        for (const CrossCheckEntry &e : cross->entries)
            if (e.status != CrossCheckStatus::Match)
                out(QStringLiteral("  %1  %2").arg(crossCheckStatusName(e.status),
                                                   escapedName((e.path.isEmpty() ? nodeLabel(*doc, e.node) : e.path).toUtf8())));
    }
    if (other) {
        const QList<SbomChange> changes = diffSboms(*doc, *other);
        out(tr("Changes to %1: %2").arg(parser.value(diffOpt)).arg(changes.size()));
        for (const SbomChange &c : changes)
            out(QStringLiteral("  %1  %2  %3 → %4")
                    .arg(changeKindName(c.kind), escapedName(c.name.toUtf8()), escapedName(c.was.toUtf8()),
                         escapedName(c.now.toUtf8())));
    }
    out(exitCode == Ok ? tr("Result: no errors") : tr("Result: errors found"));
    return exitCode;
}

} // namespace hallmark::cli
