#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "hashing/hashresult.h"
#include "source/sourceoptions.h"

namespace hallmark {

Result<HashOutcome> hashArchive(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options,
                                JobControl &control);

} // namespace hallmark
