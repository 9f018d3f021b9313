#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "source/archivebudget.h"
#include "source/archivereader.h"

namespace hallmark {

class ByteSink
{
public:
    virtual ~ByteSink() = default;
    virtual void bytes(const char *data, qint64 size) = 0;
    virtual void zeros(qint64 size) = 0;
};

// Streams the current archive entry into `sink`, filling sparse holes and
// enforcing the budget. Returns the entry's problem as text (empty when the
// content is trustworthy); an Error when the whole archive is unusable.
Result<QString> readArchiveEntry(ArchiveReader &reader, const RawEntry &raw, ArchiveBudget &budget, ByteSink &sink,
                                 JobControl &control, bool countProgress);

} // namespace hallmark
