#include "bundle/pae.h"

namespace hallmark {

QByteArray pae(const QByteArray &payloadType, const QByteArray &payload)
{
    return "DSSEv1 " + QByteArray::number(payloadType.size()) + ' ' + payloadType + ' '
        + QByteArray::number(payload.size()) + ' ' + payload;
}

namespace {
// Python's repr() of a bytes object.
QByteArray pythonBytesRepr(const QByteArray &bytes)
{
    const bool useDouble = bytes.contains('\'') && !bytes.contains('"');
    const char quote = useDouble ? '"' : '\'';
    QByteArray out = "b";
    out += quote;
    for (unsigned char c : bytes) {
        if (c == '\\' || c == static_cast<unsigned char>(quote)) {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            static const char digits[] = "0123456789abcdef";
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 0xf];
        } else {
            out += char(c);
        }
    }
    out += quote;
    return out;
}
} // namespace

QByteArray legacyPae(const QByteArray &payloadType, const QByteArray &payload)
{
    return "DSSEV1 " + QByteArray::number(payloadType.size()) + ' ' + payloadType + ' '
        + QByteArray::number(payload.size()) + ' ' + pythonBytesRepr(payload);
}

} // namespace hallmark
