#include "source/archivebudget.h"

#include "common/pathtext.h"
#include "common/tr.h"

namespace hallmark {

Result<void> ArchiveBudget::addEntry()
{
    if (++m_entries > m_limits.maxEntries)
        return fail(HM_TR("Archive", "The archive has more than %1 entries; it was not read further, as it may be an "
                                     "archive bomb.").arg(m_limits.maxEntries));
    return {};
}

Result<void> ArchiveBudget::addBytes(qint64 entryBytesSoFar, qint64 bytes)
{
    const qint64 total = m_total.fetch_add(bytes) + bytes;
    if (entryBytesSoFar + bytes > m_limits.maxEntryBytes)
        return fail(HM_TR("Archive", "An entry expands to more than %1; the archive was not read further, as it may "
                                     "be an archive bomb.").arg(formatBytes(m_limits.maxEntryBytes)));
    if (total > m_limits.maxTotalBytes)
        return fail(HM_TR("Archive", "The archive expands to more than %1; it was not read further, as it may be an "
                                     "archive bomb.").arg(formatBytes(m_limits.maxTotalBytes)));
    if (total > m_limits.ratioGraceBytes && double(total) > m_limits.maxRatio * double(qMax<qint64>(1, m_archiveSize)))
        return fail(HM_TR("Archive", "The archive expands to more than %1 times its own size; it was not read further, "
                                     "as it is likely an archive bomb.").arg(m_limits.maxRatio));
    return {};
}

} // namespace hallmark
