#include "hashing/modelhasher.h"

#include "common/tr.h"

#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hallmark {

namespace {

struct WorkItem {
    int entry;
    int part;
    qint64 start;
    qint64 end;
};

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

// Reads [item.start, item.end) of the entry's file. Returns the digest or
// sets `error`; never a digest for bytes that changed while being read.
QByteArray hashRange(const SourceEntry &entry, const WorkItem &item, const HashOptions &options, JobControl &control,
                     QByteArray &buffer, QString &error)
{
    FileDescriptor fd(::open(entry.fsPath.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        error = HM_TR("Hashing", "Cannot open the file: %1").arg(errnoText(errno));
        return {};
    }
    struct stat before;
    if (::fstat(fd.get(), &before) != 0 || !S_ISREG(before.st_mode) || before.st_ino != entry.inode
        || before.st_size != entry.size || mtimeNs(before) != entry.mtimeNs) {
        error = HM_TR("Hashing", "The file was replaced or changed after the model was listed.");
        return {};
    }
    if (item.start == 0)
        ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    Digester digester(options.algorithm);
    qint64 offset = item.start;
    while (offset < item.end) {
        if (control.isCancelled())
            return {};
        const qint64 want = std::min<qint64>(buffer.size(), item.end - offset);
        const ssize_t got = ::pread(fd.get(), buffer.data(), size_t(want), offset);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            error = HM_TR("Hashing", "Reading the file failed: %1").arg(errnoText(errno));
            return {};
        }
        if (got == 0) {
            error = HM_TR("Hashing", "The file became shorter while it was read.");
            return {};
        }
        digester.update(buffer.constData(), got);
        offset += got;
        control.addBytes(got);
    }
    struct stat after;
    if (::fstat(fd.get(), &after) != 0 || after.st_size != before.st_size || mtimeNs(after) != mtimeNs(before)) {
        error = HM_TR("Hashing", "The file changed while it was read.");
        return {};
    }
    return digester.finish();
}

QList<WorkItem> planWork(const Listing &listing, const HashOptions &options, QList<FileDigest> &digests)
{
    QList<WorkItem> items;
    const qint64 shard = options.effectiveShardSize();
    for (int i = 0; i < listing.entries.size(); ++i) {
        const SourceEntry &e = listing.entries[i];
        if (!e.hashable)
            continue;
        if (shard == 0) {
            items.append({i, 0, 0, e.size});
            digests[i].parts.resize(1);
            continue;
        }
        int part = 0;
        for (qint64 start = 0; start < e.size; start += shard)
            items.append({i, part++, start, std::min(e.size, start + shard)});
        digests[i].parts.resize(part);
    }
    // Longest first, so one big file does not start last and run alone.
    std::stable_sort(items.begin(), items.end(),
                     [](const WorkItem &a, const WorkItem &b) { return a.end - a.start > b.end - b.start; });
    return items;
}

} // namespace

void hashListedFiles(HashOutcome &outcome, JobControl &control)
{
    const Listing &listing = outcome.listing;
    outcome.digests = QList<FileDigest>(listing.entries.size());
    const QList<WorkItem> items = planWork(listing, outcome.options, outcome.digests);
    control.bytesTotal.store(listing.totalBytes());

    std::atomic<int> next{0};
    QMutex errorLock;
    const int threads = std::min<int>(effectiveWorkers(outcome.options), std::max<qsizetype>(1, items.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            QByteArray buffer(int(outcome.options.chunkSize), Qt::Uninitialized);
            for (int i = next++; i < items.size() && !control.isCancelled(); i = next++) {
                const WorkItem &item = items[i];
                QString error;
                QByteArray digest = hashRange(listing.entries[item.entry], item, outcome.options, control, buffer, error);
                FileDigest &fd = outcome.digests[item.entry];
                QMutexLocker lock(&errorLock);
                if (!error.isEmpty() && fd.error.isEmpty())
                    fd.error = error;
                else if (!digest.isEmpty())
                    fd.parts[item.part] = {item.start, item.end, digest};
            }
        });
    }
    pool.waitForDone();

    for (int i = 0; i < listing.entries.size(); ++i) {
        FileDigest &fd = outcome.digests[i];
        if (!listing.entries[i].hashable)
            continue;
        if (!fd.error.isEmpty()) {
            fd.parts.clear();
            continue;
        }
        fd.done = std::all_of(fd.parts.begin(), fd.parts.end(), [](const PartDigest &p) { return !p.digest.isEmpty(); });
        if (!fd.done)
            fd.parts.clear();
    }
}

} // namespace hallmark
