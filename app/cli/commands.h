#pragma once

#include <QStringList>

namespace hallmark::cli {

// Each command takes the arguments after the program name, command first,
// and returns the process exit code.
int hashCommand(const QStringList &args);
int signCommand(const QStringList &args);
int verifyCommand(const QStringList &args);
int keygenCommand(const QStringList &args);
int signModelAdapterCommand(const QStringList &args);
int verifyModelAdapterCommand(const QStringList &args);
int verifyBundleCommand(const QStringList &args);

} // namespace hallmark::cli
