#pragma once

#include <QString>

namespace hallmark {

// Files that run code when loaded, or steer how a model is loaded: leaving
// them out of a signature deserves a warning.
bool isRiskyFile(const QString &path);

} // namespace hallmark
