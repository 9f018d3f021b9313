#include "verify/riskyfiles.h"

#include <QStringList>

namespace hallmark {

bool isRiskyFile(const QString &path)
{
    static const QStringList suffixes = {
        QStringLiteral(".py"), QStringLiteral(".pkl"), QStringLiteral(".pickle"), QStringLiteral(".pt"),
        QStringLiteral(".pth"), QStringLiteral(".bin"), QStringLiteral(".so"), QStringLiteral(".dll"),
        QStringLiteral(".dylib"), QStringLiteral(".sh"), QStringLiteral(".joblib"), QStringLiteral(".ckpt"),
    };
    const QString name = path.section(QLatin1Char('/'), -1).toLower();
    if (name == QLatin1String("config.json") || name.startsWith(QLatin1String("tokenizer")))
        return true;
    for (const QString &s : suffixes)
        if (name.endsWith(s))
            return true;
    return false;
}

} // namespace hallmark
