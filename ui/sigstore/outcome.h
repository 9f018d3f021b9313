#pragma once

#include "sigstore/sigstoreresult.h"

#include <QIcon>
#include <QString>

namespace hallmark::ui {

// Icon and word for one Sigstore check, always shown together.
QIcon outcomeIcon(sigstore::StepOutcome outcome);
QString outcomeText(sigstore::StepOutcome outcome);

// Role carrying the StepOutcome as an int, for tests and delegates.
constexpr int OutcomeRole = Qt::UserRole + 20;

} // namespace hallmark::ui
