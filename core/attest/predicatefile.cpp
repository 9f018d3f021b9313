#include "attest/predicatefile.h"

#include "common/tr.h"
#include "common/untrustedjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hallmark::attest {

namespace {

constexpr qint64 kMaxPredicateBytes = 16 << 20;

QString jsonKind(const nlohmann::json &value)
{
    if (value.is_array())
        return HM_TR("Attest", "a list (JSON array)");
    if (value.is_string())
        return HM_TR("Attest", "a string");
    if (value.is_number())
        return HM_TR("Attest", "a number");
    if (value.is_boolean())
        return HM_TR("Attest", "true or false");
    return HM_TR("Attest", "null");
}

} // namespace

Result<nlohmann::json> readPredicateFile(const QString &path)
{
    if (path.isEmpty())
        return fail(HM_TR("Attest", "Choose the predicate file, a JSON object."));
    if (QFileInfo(path).isDir())
        return fail(HM_TR("Attest", "\"%1\" is a folder; the predicate is a JSON file.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(HM_TR("Attest", "The predicate file cannot be read: %1").arg(file.errorString()), file.errorString());
    if (file.size() > kMaxPredicateBytes)
        return fail(HM_TR("Attest", "The predicate file is larger than 16 MiB."));
    auto json = parseUntrustedJson(file.read(kMaxPredicateBytes));
    if (!json)
        return fail(HM_TR("Attest", "The predicate file is not valid JSON. It must hold one JSON object: { … }."),
                    json.error().message);
    if (!json->is_object())
        return fail(HM_TR("Attest", "The predicate file holds %1, not a JSON object. The predicate must be an object: { … }.")
                        .arg(jsonKind(*json)));
    return json;
}

} // namespace hallmark::attest
