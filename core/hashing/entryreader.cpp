#include "hashing/entryreader.h"

#include "common/tr.h"

namespace hallmark {

Result<QString> readArchiveEntry(ArchiveReader &reader, const RawEntry &raw, ArchiveBudget &budget, ByteSink &sink,
                                 JobControl &control, bool countProgress)
{
    qint64 position = 0;
    for (;;) {
        if (control.isCancelled())
            return fail(HM_TR("Hashing", "Cancelled."));
        auto block = reader.readBlock();
        if (!block)
            return std::unexpected(block.error());
        if (!block->problem.isEmpty())
            return HM_TR("Hashing", "The archive reader reported a problem with this entry: %1").arg(block->problem);
        if (block->end)
            break;
        if (block->offset < position)
            return HM_TR("Hashing", "The entry's data blocks overlap.");
        const qint64 hole = block->offset - position;
        if (auto ok = budget.addBytes(position, hole + block->size); !ok)
            return std::unexpected(ok.error());
        if (hole > 0)
            sink.zeros(hole);
        sink.bytes(block->data, block->size);
        position = block->offset + block->size;
        if (countProgress)
            control.addBytes(hole + block->size);
    }
    if (raw.sizeKnown) {
        if (position < raw.size && raw.sparse) {
            if (auto ok = budget.addBytes(position, raw.size - position); !ok)
                return std::unexpected(ok.error());
            sink.zeros(raw.size - position);
            position = raw.size;
        }
        if (position != raw.size)
            return HM_TR("Hashing", "The entry holds %1 bytes but its header declares %2.").arg(position).arg(raw.size);
    }
    return QString();
}

} // namespace hallmark
