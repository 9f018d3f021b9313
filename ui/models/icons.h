#pragma once

#include "models/filetree.h"
#include "source/listing.h"

#include <QIcon>
#include <QString>

namespace hallmark::ui {

// Icons and words for states and severities. Icons come from the style or
// the bundled SVGs; the words always go with them.
QIcon stateIcon(FileState state);
QString stateText(FileState state);
QIcon severityIcon(Severity severity);
QString severityText(Severity severity);

} // namespace hallmark::ui
