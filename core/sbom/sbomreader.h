#pragma once

#include "common/result.h"
#include "sbom/sbomdocument.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark {

struct SbomDetection {
    SbomFormat format = SbomFormat::Unknown;
    QString version;  // "1.6", "2.3", "3.0.1"; empty when not stated
};

// Format and version from content, never from the file name.
SbomDetection detectSbom(const nlohmann::json &json);

// Reads CycloneDX 1.4–1.7 JSON, SPDX 2.3 JSON or SPDX 3.0.1 JSON-LD into one
// tree. Lenient: schema rules the document breaks become findings; fails only
// when the input is not JSON, is hostile (too large, too deep) or is no SBOM.
Result<SbomDocument> readSbom(const QByteArray &text);
Result<SbomDocument> readSbomFile(const QString &path);

// The format readers, for a document detectSbom() recognised.
SbomDocument readCycloneDx(const nlohmann::json &json, const QString &version);
SbomDocument readSpdx2(const nlohmann::json &json, const QString &version);
SbomDocument readSpdx3(const nlohmann::json &json, const QString &version);

} // namespace hallmark
