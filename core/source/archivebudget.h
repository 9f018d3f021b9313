#pragma once

#include "common/result.h"
#include "source/sourceoptions.h"

#include <atomic>

namespace hallmark {

// Counts entries and bytes against ArchiveLimits; the first breach is a
// clear Error that ends the read. Thread-safe: parallel readers of one
// archive share a single budget.
class ArchiveBudget
{
public:
    ArchiveBudget(const ArchiveLimits &limits, qint64 archiveSize) : m_limits(limits), m_archiveSize(archiveSize) {}

    Result<void> addEntry();
    // Adds `bytes` to the current entry of `entryBytes` bytes so far.
    Result<void> addBytes(qint64 entryBytesSoFar, qint64 bytes);

private:
    ArchiveLimits m_limits;
    qint64 m_archiveSize;
    std::atomic<qint64> m_entries{0};
    std::atomic<qint64> m_total{0};
};

} // namespace hallmark
