#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "source/archivereader.h"
#include "source/listing.h"
#include "source/sourceoptions.h"

namespace hallmark {

bool looksLikeArchive(const QString &path);

// Reads every header (skipping data) within the limits. Cheap for tar and
// zip; for compressed streams it decompresses once.
Result<QList<RawEntry>> scanArchiveHeaders(const QString &path, const ArchiveLimits &limits,
                                           const JobControl *control = nullptr);

// Turns raw headers into a Listing: names checked, a single top folder
// stripped, ignores applied, and every dangerous entry made a finding that
// marks it not hashable.
Result<Listing> buildArchiveListing(const QString &path, const QList<RawEntry> &raw, const SourceOptions &options);

} // namespace hallmark
