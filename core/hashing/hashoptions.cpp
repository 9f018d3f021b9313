#include "hashing/hashoptions.h"
#include "hashing/hashresult.h"

#include <QThread>

namespace hallmark {

int effectiveThreads(const HashOptions &options)
{
    return options.threads > 0 ? options.threads : qMax(2, QThread::idealThreadCount());
}

// One item (file or shard) is hashed sequentially, so with exactly one worker
// per core the last big items run alone and leave cores idle: three equal files
// on two cores take as long as four. With more workers than cores the
// scheduler shares the cores among the remaining items and they finish
// together. Each worker costs one read buffer.
int effectiveWorkers(const HashOptions &options)
{
    return options.threads > 0 ? options.threads : 2 * effectiveThreads(options);
}

bool HashOutcome::complete() const
{
    for (int i = 0; i < listing.entries.size(); ++i) {
        if (!listing.entries[i].hashable)
            continue;
        if (i >= digests.size() || !digests[i].done || !digests[i].error.isEmpty())
            return false;
    }
    return true;
}

QStringList HashOutcome::errors() const
{
    QStringList out;
    for (int i = 0; i < digests.size() && i < listing.entries.size(); ++i)
        if (!digests[i].error.isEmpty())
            out << QStringLiteral("%1: %2").arg(listing.entries[i].displayPath, digests[i].error);
    return out;
}

} // namespace hallmark
