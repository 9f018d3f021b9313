#include "sigstore/jcs.h"

#include "common/tr.h"

#include <QString>

#include <algorithm>

namespace hallmark::sigstore {

namespace {

void writeString(const std::string &s, QByteArray &out)
{
    out.append('"');
    for (unsigned char c : s) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20)
                out.append(QByteArray("\\u00") + QByteArray::number(c, 16).rightJustified(2, '0'));
            else
                out.append(char(c));
        }
    }
    out.append('"');
}

bool write(const nlohmann::json &v, QByteArray &out)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null: out.append("null"); return true;
    case nlohmann::json::value_t::boolean: out.append(v.get<bool>() ? "true" : "false"); return true;
    case nlohmann::json::value_t::number_integer: out.append(QByteArray::number(v.get<qint64>())); return true;
    case nlohmann::json::value_t::number_unsigned: out.append(QByteArray::number(v.get<quint64>())); return true;
    case nlohmann::json::value_t::string: writeString(v.get_ref<const std::string &>(), out); return true;
    case nlohmann::json::value_t::array: {
        out.append('[');
        bool first = true;
        for (const auto &item : v) {
            if (!first)
                out.append(',');
            first = false;
            if (!write(item, out))
                return false;
        }
        out.append(']');
        return true;
    }
    case nlohmann::json::value_t::object: {
        std::vector<std::pair<std::u16string, std::string>> keys;
        for (auto it = v.begin(); it != v.end(); ++it)
            keys.emplace_back(QString::fromStdString(it.key()).toStdU16String(), it.key());
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const auto &k : keys) {
            if (!first)
                out.append(',');
            first = false;
            writeString(k.second, out);
            out.append(':');
            if (!write(v.at(k.second), out))
                return false;
        }
        out.append('}');
        return true;
    }
    default: return false;
    }
}

} // namespace

Result<QByteArray> canonicalJson(const nlohmann::json &value)
{
    QByteArray out;
    if (!write(value, out))
        return fail(HM_TR("Sigstore", "Only whole numbers can be canonicalised."));
    return out;
}

} // namespace hallmark::sigstore
