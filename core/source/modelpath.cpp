#include "source/modelpath.h"

#include "common/tr.h"

#include <QStringDecoder>

namespace hallmark {

CheckedPath checkRelativePath(const QByteArray &raw)
{
    if (raw.isEmpty())
        return {{}, PathProblem::Empty};
    if (raw.startsWith('/'))
        return {{}, PathProblem::Absolute};
    if (raw.size() >= 2 && raw[1] == ':' && std::isalpha(static_cast<unsigned char>(raw[0])))
        return {{}, PathProblem::DriveLetter};
    for (char c : raw)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return {{}, PathProblem::ControlChar};

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(raw);
    if (decoder.hasError())
        return {{}, PathProblem::InvalidUtf8};

    QStringList kept;
    for (const QString &part : text.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {{}, PathProblem::DotDot};
        kept << part;
    }
    if (kept.isEmpty())
        return {{}, PathProblem::Empty};
    return {kept.join(QLatin1Char('/')), PathProblem::None};
}

QString describe(PathProblem problem)
{
    switch (problem) {
    case PathProblem::None: return {};
    case PathProblem::Empty: return HM_TR("Source", "The name is empty.");
    case PathProblem::Absolute: return HM_TR("Source", "The name is an absolute path.");
    case PathProblem::DriveLetter: return HM_TR("Source", "The name starts with a drive letter.");
    case PathProblem::DotDot: return HM_TR("Source", "The name contains \"..\" and points outside the model.");
    case PathProblem::InvalidUtf8: return HM_TR("Source", "The name is not valid UTF-8.");
    case PathProblem::ControlChar: return HM_TR("Source", "The name contains control characters.");
    }
    return {};
}

bool isUnder(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty())
        return false;
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/');
}

} // namespace hallmark
