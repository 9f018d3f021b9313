#include "common/pathtext.h"

#include "common/tr.h"

#include <QLocale>
#include <QStringDecoder>

namespace hallmark {

QString escapedName(const QByteArray &raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(raw);
    const bool valid = !decoder.hasError();
    QString out;
    if (!valid) {
        for (unsigned char c : raw) {
            if (c >= 0x20 && c < 0x7f && c != '\\')
                out += QLatin1Char(char(c));
            else
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
        return out;
    }
    for (QChar c : decoded) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c == QLatin1Char('\\')
            || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    if (u == 0)
        return HM_TR("Format", "%1 B").arg(bytes);
    return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', 1), QLatin1String(units[u]));
}

} // namespace hallmark
