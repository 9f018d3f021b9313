#include "sbom/sbomjson.h"

#include "common/tr.h"
#include "common/untrustedjson.h"

namespace hallmark::sbomjson {

namespace {
const Json &emptyArray()
{
    static const Json empty = Json::array();
    return empty;
}
} // namespace

Result<Json> parse(const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return fail(HM_TR("Sbom", "The file is empty."));
    if (text.size() > kMaxBytes)
        return fail(HM_TR("Sbom", "The file is larger than %1 MiB.").arg(kMaxBytes >> 20));
    if (jsonNesting(text, kMaxDepth) > kMaxDepth)
        return fail(HM_TR("Sbom", "The file nests deeper than %1 levels.").arg(kMaxDepth));
    Json json = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (json.is_discarded())
        return fail(HM_TR("Sbom", "The file is not valid JSON."));
    return json;
}

const Json *member(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString text(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    if (value.is_number() || value.is_boolean())
        return QString::fromStdString(value.dump());
    return {};
}

QString text(const Json &object, const char *key)
{
    const Json *v = member(object, key);
    return v ? text(*v) : QString();
}

const Json &array(const Json &object, const char *key)
{
    const Json *v = member(object, key);
    return v && v->is_array() ? *v : emptyArray();
}

void flatten(const Json &value, const QString &path, QList<SbomProperty> &out, int depth)
{
    if (depth > kMaxDepth)
        return;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            flatten(it.value(), path.isEmpty() ? QString::fromStdString(it.key())
                                                : path + QLatin1Char('.') + QString::fromStdString(it.key()),
                    out, depth + 1);
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
            flatten(value[i], path + QStringLiteral("[%1]").arg(i), out, depth + 1);
    } else if (!value.is_null()) {
        QString t = text(value);
        if (t.size() > 1024)
            t = HM_TR("Sbom", "(%1 characters)").arg(t.size());
        out.append(SbomProperty{path, t});
    }
}

} // namespace hallmark::sbomjson
