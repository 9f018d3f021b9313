#include "models/icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace hallmark::ui {

namespace {

QIcon standard(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QIcon stateIcon(FileState state)
{
    switch (state) {
    case FileState::None:
        return {};
    case FileState::Pending:
        return QIcon(QStringLiteral(":/icons/state-pending.svg"));
    case FileState::Hashed:
        return QIcon(QStringLiteral(":/icons/state-hashed.svg"));
    case FileState::ReadError:
        return standard(QStyle::SP_MessageBoxCritical);
    case FileState::NotTrustworthy:
        return standard(QStyle::SP_MessageBoxWarning);
    case FileState::Ignored:
        return QIcon(QStringLiteral(":/icons/state-ignored.svg"));
    }
    return {};
}

QString stateText(FileState state)
{
    switch (state) {
    case FileState::None:
        return {};
    case FileState::Pending:
        return QCoreApplication::translate("hallmark::ui::States", "Pending");
    case FileState::Hashed:
        return QCoreApplication::translate("hallmark::ui::States", "Hashed");
    case FileState::ReadError:
        return QCoreApplication::translate("hallmark::ui::States", "Read error");
    case FileState::NotTrustworthy:
        return QCoreApplication::translate("hallmark::ui::States", "Not trustworthy");
    case FileState::Ignored:
        return QCoreApplication::translate("hallmark::ui::States", "Ignored");
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return standard(QStyle::SP_MessageBoxInformation);
    case Severity::Warning:
        return standard(QStyle::SP_MessageBoxWarning);
    case Severity::Error:
        return standard(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("hallmark::ui::States", "Information");
    case Severity::Warning:
        return QCoreApplication::translate("hallmark::ui::States", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("hallmark::ui::States", "Error");
    }
    return {};
}

} // namespace hallmark::ui
