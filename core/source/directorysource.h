#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "source/listing.h"
#include "source/sourceoptions.h"

namespace hallmark {

// Enumerates a model directory or a single model file. Problems with
// individual entries (symlinks, special files, bad names) become findings;
// only a root that cannot be read at all is an Error result.
Result<Listing> listFilesystemModel(const QString &path, const SourceOptions &options,
                                    const JobControl *control = nullptr);

} // namespace hallmark
