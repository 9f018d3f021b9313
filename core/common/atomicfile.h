#pragma once

#include "common/result.h"

namespace hallmark {

enum class Overwrite { Refuse, Allow };

// Writes `data` to `path` through a temporary file in the same folder,
// flushed to disk, then renamed into place. With Overwrite::Refuse an
// existing file is an error and is never touched, even in a race.
// `mode` is applied before the file appears under its name.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data, Overwrite overwrite, int mode = 0644);

} // namespace hallmark
