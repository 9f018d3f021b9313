#pragma once

#include <QStringList>

namespace hallmark::cli {

// Each command takes the arguments after the program name, command first,
// and returns the process exit code.
int hashCommand(const QStringList &args);

} // namespace hallmark::cli
