#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "hashing/hashresult.h"
#include "source/sourceoptions.h"

namespace hallmark {

// Lists and hashes a model directory, single file or archive on a private
// thread pool; blocks the calling thread (run it from a worker). Progress is
// reported in `control` as bytes of content read (for compressed archives,
// compressed bytes). Cancel takes effect between chunks.
//
// Error: the model as a whole could not be read (missing, archive bomb,
// damaged archive, cancelled). Problems with single files are per-entry
// errors and findings inside the outcome.
Result<HashOutcome> hashModel(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options,
                              JobControl &control);

// The parts for directory and single-file models, exposed for tests.
void hashListedFiles(HashOutcome &outcome, JobControl &control);

} // namespace hallmark
