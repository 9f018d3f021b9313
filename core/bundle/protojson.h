#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>

namespace hallmark::protojson {

using Json = nlohmann::json;

// Reads proto3 JSON the way Go's protojson does: camelCase or proto names,
// bytes as standard or URL-safe base64 with optional padding and line
// breaks, int64 as strings or numbers. Every error names the field.

Result<Json> parse(const QByteArray &text, const QString &what);

// One field name with its proto spelling ("logIndex", "log_index").
struct Name {
    const char *camel;
    const char *snake;
};

class Object
{
public:
    Object(const Json &json, QString path) : m_json(json), m_path(std::move(path)) {}

    static Result<Object> from(const Json &json, const QString &path);

    // Fails when the object holds a key not in `allowed`.
    Result<void> onlyKeys(std::initializer_list<Name> allowed) const;

    bool has(Name name) const;
    const Json *find(Name name) const;
    QString pathOf(Name name) const { return m_path + QLatin1Char('.') + QLatin1String(name.camel); }

    Result<Object> object(Name name) const;
    Result<QString> string(Name name, bool required = true) const;
    Result<QByteArray> bytes(Name name, bool required = true) const;
    // outer.field of a nested object, both required: logId.keyId and the like.
    Result<QByteArray> bytesIn(Name outer, Name field) const;
    Result<qint64> int64(Name name, bool required = true) const;  // missing → 0 when optional
    Result<std::vector<Json>> array(Name name, bool required = true) const;

    const Json &json() const { return m_json; }
    const QString &path() const { return m_path; }

private:
    const Json &m_json;
    QString m_path;
};

Result<QByteArray> decodeBytes(const Json &value, const QString &path);
QString missing(const QString &path);
QString wrongType(const QString &path, const char *expected);

} // namespace hallmark::protojson
