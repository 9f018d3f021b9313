#include "attestoutput.h"
#include "cliio.h"
#include "commands.h"

#include "attest/attestation.h"
#include "attest/attestreport.h"
#include "attest/discovery.h"
#include "attest/fieldtree.h"
#include "common/pathtext.h"

#include <QCoreApplication>
#include <QFile>

namespace hallmark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

} // namespace

int inspectCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Say what a bundle, envelope, statement or SBOM is and show its fields. "
                                        "Nothing is verified here."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to inspect."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({jsonOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one file."));
        return BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read \"%1\": %2").arg(path, f.errorString()));
        return BadInput;
    }
    if (f.size() > (64 << 20)) {
        err(tr("\"%1\" is too large to inspect.").arg(path));
        return BadInput;
    }
    const QByteArray content = f.readAll();
    const attest::DocumentKind kind = attest::sniffDocument(content);
    const bool json = parser.isSet(jsonOpt);
    nlohmann::json doc = {{"file", path.toStdString()},
                          {"kind", attest::kindKeyword(kind).toStdString()},
                          {"label", attest::kindLabel(kind).toStdString()}};
    if (kind == attest::DocumentKind::Unknown) {
        if (json)
            out(QString::fromStdString(doc.dump(2)));
        err(tr("\"%1\" is not a bundle, envelope, statement, layout or SBOM that Hallmark knows.").arg(escapedName(path.toUtf8())));
        return BadInput;
    }
    if (!json)
        out(tr("%1: %2").arg(escapedName(path.toUtf8()), attest::kindLabel(kind)));

    if (attest::isAttestationKind(kind)) {
        auto attestations = attest::readAttestations(content, path);
        if (!attestations) {
            err(tr("It cannot be read: %1").arg(attestations.error().message));
            return BadInput;
        }
        nlohmann::json list = nlohmann::json::array();
        for (const attest::Attestation &a : *attestations) {
            // Inspect checks nothing: no trust is given, so signatures stay unchecked.
            const attest::AttestationReport r = attest::assessAttestation(a, {}, std::nullopt);
            if (json) {
                list.push_back(attestationReportJson(r));
                continue;
            }
            printAttestationReport(r);
            if (a.envelope)
                out(QCoreApplication::translate("hallmark::Cli", "  Envelope: %1, %n signature(s)", nullptr, int(a.envelope->signatures.size()))
                        .arg(a.envelope->payloadType));
            if (!a.statementJson.is_null()) {
                out(tr("  Fields:"));
                printFieldTree(attest::fieldTree(a.statementJson), 2);
            }
        }
        doc["attestations"] = list;
    } else {
        // Layouts and SBOMs: what they are, and their fields. SBOMs are read in full by core/sbom.
        const QByteArray text = content.trimmed();
        const nlohmann::json j = nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        if (json) {
            doc["fields"] = j;
        } else {
            out(tr("  Fields:"));
            printFieldTree(attest::fieldTree(j), 2, 3);
        }
    }
    if (json)
        out(QString::fromStdString(doc.dump(2)));
    return Ok;
}

} // namespace hallmark::cli
