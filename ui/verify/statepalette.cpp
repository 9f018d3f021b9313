#include "verify/statepalette.h"

#include <QCoreApplication>

namespace hallmark::ui {

namespace {

struct HuePair {
    QColor light;
    QColor dark;
};

// Only Positive is green and only Negative is red (ux-patterns §2).
HuePair hueFor(VisualCode code)
{
    switch (code) {
    case VisualCode::Positive: return {QColor(0x2e, 0x7d, 0x43), QColor(0x5c, 0xb8, 0x74)};
    case VisualCode::Negative: return {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6b, 0x6b)};
    case VisualCode::Warning: return {QColor(0xc7, 0x8a, 0x00), QColor(0xe8, 0xb3, 0x3c)};
    case VisualCode::Neutral: break;
    }
    return {QColor(0x5a, 0x6b, 0x7d), QColor(0x8f, 0xa3, 0xb8)};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool isHighContrastPalette(const QPalette &palette)
{
    if (qEnvironmentVariableIntValue("HALLMARK_HIGH_CONTRAST") == 1)
        return true;
    const int window = palette.color(QPalette::Window).lightness();
    const int text = palette.color(QPalette::WindowText).lightness();
    return (window <= 8 && text >= 247) || (window >= 247 && text <= 8);
}

StateColors stateColors(VisualCode code, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    if (isHighContrastPalette(palette))
        return {QColor(), palette.color(QPalette::WindowText), 3};
    const bool dark = isDarkPalette(palette);
    const HuePair hue = hueFor(code);
    const QColor base = dark ? hue.dark : hue.light;
    return {mix(window, base, dark ? 0.22 : 0.13), base, 2};
}

QIcon verdictIcon(VisualCode code)
{
    switch (code) {
    case VisualCode::Positive: return QIcon(QStringLiteral(":/icons/verdict-positive.svg"));
    case VisualCode::Negative: return QIcon(QStringLiteral(":/icons/verdict-negative.svg"));
    case VisualCode::Warning: return QIcon(QStringLiteral(":/icons/verdict-warning.svg"));
    case VisualCode::Neutral: break;
    }
    return QIcon(QStringLiteral(":/icons/verdict-neutral.svg"));
}

QString visualCodeWord(VisualCode code)
{
    switch (code) {
    case VisualCode::Positive: return QCoreApplication::translate("hallmark::ui::Verdict", "Passed");
    case VisualCode::Negative: return QCoreApplication::translate("hallmark::ui::Verdict", "Failed");
    case VisualCode::Warning: return QCoreApplication::translate("hallmark::ui::Verdict", "Warning");
    case VisualCode::Neutral: break;
    }
    return QCoreApplication::translate("hallmark::ui::Verdict", "Not verified");
}

} // namespace hallmark::ui
