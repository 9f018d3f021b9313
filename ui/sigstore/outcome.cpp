#include "sigstore/outcome.h"

#include "verify/statepalette.h"

#include <QCoreApplication>

namespace hallmark::ui {

using sigstore::StepOutcome;

QIcon outcomeIcon(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Passed: return verdictIcon(VisualCode::Positive);
    case StepOutcome::Failed: return verdictIcon(VisualCode::Negative);
    case StepOutcome::Unsupported: return verdictIcon(VisualCode::Warning);
    case StepOutcome::Skipped: break;
    }
    return verdictIcon(VisualCode::Neutral);
}

QString outcomeText(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Passed: return QCoreApplication::translate("hallmark::ui::Sigstore", "Passed");
    case StepOutcome::Failed: return QCoreApplication::translate("hallmark::ui::Sigstore", "Failed");
    case StepOutcome::Unsupported: return QCoreApplication::translate("hallmark::ui::Sigstore", "Not supported");
    case StepOutcome::Skipped: break;
    }
    return QCoreApplication::translate("hallmark::ui::Sigstore", "Skipped");
}

} // namespace hallmark::ui
