#include "sbom/sbomreader.h"

#include "common/tr.h"
#include "sbom/sbomjson.h"

#include <QFile>
#include <QRegularExpression>

namespace hallmark {

using sbomjson::Json;

SbomDetection detectSbom(const Json &json)
{
    SbomDetection d;
    if (!json.is_object())
        return d;
    if (sbomjson::text(json, "bomFormat") == QLatin1String("CycloneDX")) {
        d.format = SbomFormat::CycloneDx;
        d.version = sbomjson::text(json, "specVersion");
        return d;
    }
    const QString spdxVersion = sbomjson::text(json, "spdxVersion");
    if (spdxVersion.startsWith(QLatin1String("SPDX-"))) {
        d.format = SbomFormat::Spdx2;
        d.version = spdxVersion.mid(5);
        return d;
    }
    const Json *context = sbomjson::member(json, "@context");
    if (!context)
        return d;
    QStringList contexts;
    if (context->is_array()) {
        for (const Json &c : *context)
            contexts << sbomjson::text(c);
    } else {
        contexts << sbomjson::text(*context);
    }
    static const QRegularExpression spdx3(QStringLiteral("^https?://spdx\\.org/rdf/(3\\.[0-9.]+)/"));
    for (const QString &c : std::as_const(contexts)) {
        const auto m = spdx3.match(c);
        if (m.hasMatch()) {
            d.format = SbomFormat::Spdx3;
            d.version = m.captured(1);
            return d;
        }
    }
    return d;
}

Result<SbomDocument> readSbom(const QByteArray &text)
{
    auto json = sbomjson::parse(text);
    if (!json)
        return std::unexpected(json.error());
    const SbomDetection d = detectSbom(*json);
    SbomDocument doc;
    switch (d.format) {
    case SbomFormat::CycloneDx: doc = readCycloneDx(*json, d.version); break;
    case SbomFormat::Spdx2: doc = readSpdx2(*json, d.version); break;
    case SbomFormat::Spdx3: doc = readSpdx3(*json, d.version); break;
    case SbomFormat::Unknown:
        return fail(HM_TR("Sbom", "This is not a CycloneDX, SPDX 2 or SPDX 3 document."));
    }
    doc.finalise();
    return doc;
}

Result<SbomDocument> readSbomFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(HM_TR("Sbom", "Cannot open the file."), file.errorString());
    if (file.size() > sbomjson::kMaxBytes)
        return fail(HM_TR("Sbom", "The file is larger than %1 MiB.").arg(sbomjson::kMaxBytes >> 20));
    return readSbom(file.readAll());
}

} // namespace hallmark
