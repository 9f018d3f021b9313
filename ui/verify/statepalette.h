#pragma once

#include "verify/verdictwording.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace hallmark::ui {

// Colours for verdict states, derived from the current palette: a tint of
// the window colour toward the state's hue (light and dark pairs), and a
// border. Text keeps the palette's own WindowText. In high contrast there is
// no tint, only a border in the text colour.
struct StateColors {
    QColor background;  // invalid: draw no background
    QColor border;
    int borderWidth = 1;
};

bool isDarkPalette(const QPalette &palette);
// Window and text at the ends of the scale, as high-contrast themes set them,
// or HALLMARK_HIGH_CONTRAST=1.
bool isHighContrastPalette(const QPalette &palette);
StateColors stateColors(VisualCode code, const QPalette &palette);

QIcon verdictIcon(VisualCode code);
// For people who cannot tell the icons apart by colour: "Passed", "Failed"…
QString visualCodeWord(VisualCode code);

} // namespace hallmark::ui
