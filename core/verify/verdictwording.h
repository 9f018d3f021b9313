#pragma once

#include "verify/verdict.h"

namespace hallmark {

enum class VisualCode { Positive, Neutral, Warning, Negative };

// How a verdict is put to people: one line, why, and what to do. Shared by
// the GUI and the CLI so both say the same thing.
struct VerdictWording {
    QString headline;
    QString explanation;
    QString guidance;
    VisualCode visual = VisualCode::Neutral;
};

VerdictWording wordingFor(VerdictStatus status);
QString statusKeyword(VerdictStatus status);  // stable, for JSON: "verified", "content-mismatch", …

} // namespace hallmark
