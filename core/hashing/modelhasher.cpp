#include "hashing/modelhasher.h"

#include "common/tr.h"
#include "hashing/archivehasher.h"
#include "source/archivesource.h"
#include "source/directorysource.h"

namespace hallmark {

Result<HashOutcome> hashModel(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options,
                              JobControl &control)
{
    if (options.serialization == Serialization::Shards && options.shardSize <= 0)
        return fail(HM_TR("Hashing", "The shard size must be a positive number of bytes."));
    if (looksLikeArchive(path))
        return hashArchive(path, sourceOptions, options, control);

    auto listing = listFilesystemModel(path, sourceOptions, &control);
    if (!listing)
        return std::unexpected(listing.error());
    HashOutcome outcome;
    outcome.listing = std::move(*listing);
    outcome.options = options;
    hashListedFiles(outcome, control);
    if (control.isCancelled())
        return fail(HM_TR("Hashing", "Cancelled."));
    return outcome;
}

} // namespace hallmark
