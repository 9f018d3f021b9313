#pragma once

#include "common/secretbuffer.h"

#include <QString>

namespace hallmark::cli {

// Reads a passphrase from the terminal without echo. Empty when there is no
// terminal (then the caller asks for --password-file).
SecretBuffer promptPassphrase(const QString &prompt);

} // namespace hallmark::cli
