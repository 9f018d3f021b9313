#pragma once

#include <QtGlobal>

#include <atomic>

namespace hallmark {

// Shared between a long job and whoever watches it. Workers poll `cancelled`
// between chunks and add to `bytesDone`; watchers read both without locking.
struct JobControl {
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> bytesTotal{0};

    void cancel() { cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
    void addBytes(qint64 n) { bytesDone.fetch_add(n, std::memory_order_relaxed); }
};

} // namespace hallmark
