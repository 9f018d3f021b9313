#include "hashing/archivehasher.h"

#include "common/tr.h"
#include "hashing/entryreader.h"
#include "source/archivesource.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <deque>

namespace hallmark {

namespace {

class DigestSink : public ByteSink
{
public:
    DigestSink(const HashOptions &options) : m_digester(options.algorithm, options.effectiveShardSize()) {}
    void bytes(const char *data, qint64 size) override { m_digester.feed(data, size); }
    void zeros(qint64 size) override { m_digester.feedZeros(size); }
    QList<PartDigest> finish() { return m_digester.finish(); }

private:
    ContentDigester m_digester;
};

struct EntryResult {
    QList<PartDigest> parts;
    QString error;
};

using ResultsByOrdinal = QHash<int, EntryResult>;

// Fills outcome.digests from per-ordinal results once the listing is known.
void attachResults(HashOutcome &outcome, const ResultsByOrdinal &results)
{
    outcome.digests = QList<FileDigest>(outcome.listing.entries.size());
    for (int i = 0; i < outcome.listing.entries.size(); ++i) {
        const SourceEntry &e = outcome.listing.entries[i];
        if (!e.hashable)
            continue;
        auto it = results.find(e.ordinal);
        if (it == results.end())
            continue;
        FileDigest &fd = outcome.digests[i];
        fd.error = it->error;
        if (fd.error.isEmpty()) {
            fd.parts = it->parts;
            fd.done = true;
        }
    }
}

// Uncompressed tar and zip: list first (skips are seeks), then several
// readers each hash their share of the entries, skipping the rest.
Result<void> hashWithParallelReaders(const QString &path, HashOutcome &outcome, const SourceOptions &sourceOptions,
                                     JobControl &control)
{
    auto raw = scanArchiveHeaders(path, sourceOptions.limits, &control);
    if (!raw)
        return std::unexpected(raw.error());
    auto listing = buildArchiveListing(path, *raw, sourceOptions);
    if (!listing)
        return std::unexpected(listing.error());
    outcome.listing = std::move(*listing);
    control.bytesTotal.store(outcome.listing.totalBytes());

    QList<const SourceEntry *> work;
    for (const SourceEntry &e : outcome.listing.entries)
        if (e.hashable)
            work.append(&e);
    std::stable_sort(work.begin(), work.end(), [](auto *a, auto *b) { return a->size > b->size; });
    const int readers = std::max(1, std::min<int>(effectiveWorkers(outcome.options), work.size()));
    QList<QSet<int>> shares(readers);
    QList<qint64> load(readers, 0);
    for (const SourceEntry *e : work) {
        const int r = int(std::min_element(load.begin(), load.end()) - load.begin());
        shares[r].insert(e->ordinal);
        load[r] += e->size;
    }

    ResultsByOrdinal results;
    std::optional<Error> fatal;
    QMutex lock;
    ArchiveBudget budget(sourceOptions.limits, QFileInfo(path).size());  // shared: limits hold for the whole archive
    QThreadPool pool;
    pool.setMaxThreadCount(readers);
    for (int r = 0; r < readers; ++r) {
        pool.start([&, r] {
            auto report = [&](const Error &e) {
                QMutexLocker l(&lock);
                if (!fatal)
                    fatal = e;
                control.cancel();
            };
            auto reader = ArchiveReader::open(path);
            if (!reader)
                return report(reader.error());
            int remaining = shares[r].size();
            while (remaining > 0 && !control.isCancelled()) {
                auto next = (*reader)->next();
                if (!next)
                    return report(next.error());
                if (!next->has_value())
                    return report({HM_TR("Hashing", "The archive changed while it was read."), {}});
                const RawEntry &entry = **next;
                if (!shares[r].contains(entry.ordinal))
                    continue;  // libarchive skips the data on the next header
                const RawEntry &indexed = (*raw)[entry.ordinal];
                if (indexed.name != entry.name || indexed.size != entry.size)
                    return report({HM_TR("Hashing", "The archive changed while it was read."), {}});
                DigestSink sink(outcome.options);
                auto problem = readArchiveEntry(**reader, entry, budget, sink, control, true);
                if (!problem)
                    return report(problem.error());
                EntryResult result{problem->isEmpty() ? sink.finish() : QList<PartDigest>(), *problem};
                QMutexLocker l(&lock);
                results.insert(entry.ordinal, result);
                --remaining;
            }
        });
    }
    pool.waitForDone();
    if (fatal && !fatal->message.isEmpty())
        return std::unexpected(*fatal);
    attachResults(outcome, results);
    return {};
}

struct Chunk {
    int ordinal = -1;
    QByteArray data;
    qint64 zeros = 0;
    bool end = false;      // end of this entry
    QString problem;       // with end: the entry is untrustworthy
};

class ChunkQueue
{
public:
    void push(Chunk chunk)
    {
        QMutexLocker l(&m_lock);
        while (m_chunks.size() >= kCapacity && !m_closed)
            m_notFull.wait(&m_lock);
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.wakeOne();
    }
    std::optional<Chunk> pop()
    {
        QMutexLocker l(&m_lock);
        while (m_chunks.empty() && !m_closed)
            m_notEmpty.wait(&m_lock);
        if (m_chunks.empty())
            return std::nullopt;
        Chunk c = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.wakeOne();
        return c;
    }
    void close()
    {
        QMutexLocker l(&m_lock);
        m_closed = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

private:
    static constexpr size_t kCapacity = 16;
    QMutex m_lock;
    QWaitCondition m_notEmpty, m_notFull;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
};

class QueueSink : public ByteSink
{
public:
    QueueSink(ChunkQueue &queue, int ordinal) : m_queue(queue), m_ordinal(ordinal) {}
    void bytes(const char *data, qint64 size) override { m_queue.push({m_ordinal, QByteArray(data, size), 0, false, {}}); }
    void zeros(qint64 size) override { m_queue.push({m_ordinal, {}, size, false, {}}); }

private:
    ChunkQueue &m_queue;
    int m_ordinal;
};

// Compressed streams and 7z: one pass, decompressing on this thread while a
// second thread hashes; the listing is built from the headers seen.
Result<void> hashInOnePass(const QString &path, HashOutcome &outcome, const SourceOptions &sourceOptions,
                           JobControl &control)
{
    auto reader = ArchiveReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const qint64 archiveSize = QFileInfo(path).size();
    control.bytesTotal.store(archiveSize);
    ArchiveBudget budget(sourceOptions.limits, archiveSize);

    ChunkQueue queue;
    ResultsByOrdinal results;
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    pool.start([&] {
        std::optional<DigestSink> sink;
        while (auto chunk = queue.pop()) {
            if (!sink)
                sink.emplace(outcome.options);
            if (chunk->end) {
                EntryResult r{chunk->problem.isEmpty() ? sink->finish() : QList<PartDigest>(), chunk->problem};
                results.insert(chunk->ordinal, r);
                sink.reset();
            } else if (chunk->zeros > 0) {
                sink->zeros(chunk->zeros);
            } else {
                sink->bytes(chunk->data.constData(), chunk->data.size());
            }
        }
    });

    QList<RawEntry> raw;
    Result<void> status;
    for (;;) {
        auto next = (*reader)->next();
        if (!next) {
            status = std::unexpected(next.error());
            break;
        }
        if (!next->has_value())
            break;
        RawEntry entry = std::move(**next);
        if (auto ok = budget.addEntry(); !ok) {
            status = std::unexpected(ok.error());
            break;
        }
        if (entry.type == RawEntryType::File && !entry.encrypted && entry.headerWarning.isEmpty()) {
            QueueSink sink(queue, entry.ordinal);
            auto problem = readArchiveEntry(**reader, entry, budget, sink, control, false);
            if (!problem) {
                status = std::unexpected(problem.error());
                break;
            }
            queue.push({entry.ordinal, {}, 0, true, *problem});
        }
        control.bytesDone.store((*reader)->rawPosition());
        raw.append(std::move(entry));
    }
    queue.close();
    pool.waitForDone();
    if (!status)
        return status;

    auto listing = buildArchiveListing(path, raw, sourceOptions);
    if (!listing)
        return std::unexpected(listing.error());
    outcome.listing = std::move(*listing);
    attachResults(outcome, results);
    return {};
}

Result<bool> skipIsCheap(const QString &path)
{
    auto reader = ArchiveReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto first = (*reader)->next();
    if (!first)
        return std::unexpected(first.error());
    return (*reader)->skipIsCheap();
}

} // namespace

Result<HashOutcome> hashArchive(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options,
                                JobControl &control)
{
    HashOutcome outcome;
    outcome.options = options;
    auto cheap = skipIsCheap(path);
    if (!cheap)
        return std::unexpected(cheap.error());
    auto done = *cheap ? hashWithParallelReaders(path, outcome, sourceOptions, control)
                       : hashInOnePass(path, outcome, sourceOptions, control);
    if (!done)
        return std::unexpected(done.error());
    if (control.isCancelled())
        return fail(HM_TR("Hashing", "Cancelled."));
    return outcome;
}

} // namespace hallmark
