#include "bundle/protojson.h"

#include "common/tr.h"
#include "common/untrustedjson.h"

namespace hallmark::protojson {

QString missing(const QString &path)
{
    return HM_TR("Bundle", "The field \"%1\" is missing.").arg(path);
}

QString wrongType(const QString &path, const char *expected)
{
    return HM_TR("Bundle", "The field \"%1\" should be %2.").arg(path, QLatin1String(expected));
}

Result<Json> parse(const QByteArray &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return fail(HM_TR("Bundle", "The %1 is empty.").arg(what));
    if (jsonNesting(text, kMaxJsonDepth) > kMaxJsonDepth)
        return fail(HM_TR("Bundle", "The %1 is nested too deeply.").arg(what));
    Json json = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (json.is_discarded())
        return fail(HM_TR("Bundle", "The %1 is not valid JSON.").arg(what));
    return json;
}

Result<Object> Object::from(const Json &json, const QString &path)
{
    if (!json.is_object())
        return fail(wrongType(path, "an object"));
    return Object(json, path);
}

const Json *Object::find(Name name) const
{
    auto it = m_json.find(name.camel);
    if (it == m_json.end() && name.snake)
        it = m_json.find(name.snake);
    return it == m_json.end() ? nullptr : &*it;
}

bool Object::has(Name name) const
{
    const Json *v = find(name);
    return v && !v->is_null();
}

Result<void> Object::onlyKeys(std::initializer_list<Name> allowed) const
{
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        bool known = false;
        for (const Name &n : allowed)
            known = known || it.key() == n.camel || (n.snake && it.key() == n.snake);
        if (!known)
            return fail(HM_TR("Bundle", "Unknown field \"%1.%2\".").arg(m_path, QString::fromStdString(it.key())));
    }
    return {};
}

Result<Object> Object::object(Name name) const
{
    const Json *v = find(name);
    if (!v || v->is_null())
        return fail(missing(pathOf(name)));
    return from(*v, pathOf(name));
}

Result<QByteArray> Object::bytesIn(Name outer, Name field) const
{
    auto inner = object(outer);
    if (!inner)
        return std::unexpected(inner.error());
    return inner->bytes(field);
}

Result<QString> Object::string(Name name, bool required) const
{
    const Json *v = find(name);
    if (!v || v->is_null()) {
        if (required)
            return fail(missing(pathOf(name)));
        return QString();
    }
    if (!v->is_string())
        return fail(wrongType(pathOf(name), "a string"));
    return QString::fromStdString(v->get<std::string>());
}

Result<QByteArray> Object::bytes(Name name, bool required) const
{
    const Json *v = find(name);
    if (!v || v->is_null()) {
        if (required)
            return fail(missing(pathOf(name)));
        return QByteArray();
    }
    return decodeBytes(*v, pathOf(name));
}

Result<qint64> Object::int64(Name name, bool required) const
{
    const Json *v = find(name);
    if (!v || v->is_null()) {
        if (required)
            return fail(missing(pathOf(name)));
        return 0;
    }
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (d == double(qint64(d)))
            return qint64(d);
    }
    if (v->is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v->get<std::string>()).toLongLong(&ok);
        if (ok)
            return n;
    }
    return fail(wrongType(pathOf(name), "a whole number"));
}

Result<std::vector<Json>> Object::array(Name name, bool required) const
{
    const Json *v = find(name);
    if (!v || v->is_null()) {
        if (required)
            return fail(missing(pathOf(name)));
        return std::vector<Json>();
    }
    if (!v->is_array())
        return fail(wrongType(pathOf(name), "a list"));
    return v->get<std::vector<Json>>();
}

Result<QByteArray> decodeBytes(const Json &value, const QString &path)
{
    if (!value.is_string())
        return fail(wrongType(path, "base64 text"));
    QByteArray text = QByteArray::fromStdString(value.get<std::string>());
    text.replace('\r', QByteArray()).replace('\n', QByteArray());
    const bool urlSafe = text.contains('-') || text.contains('_');
    auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    while (text.size() % 4 != 0)
        text.append('=');
    auto decoded = QByteArray::fromBase64Encoding(text, options);
    if (!decoded)
        return fail(HM_TR("Bundle", "The field \"%1\" is not valid base64.").arg(path));
    return *decoded;
}

} // namespace hallmark::protojson
