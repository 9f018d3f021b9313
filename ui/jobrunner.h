#pragma once

#include "common/cancel.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

namespace hallmark::ui {

// Runs one cancellable job at a time on a private pool, calls `tick` on a
// timer while it runs and `done` on the owner's thread when it ends. A run
// that is superseded or abandoned reports nothing; the wait for it happens
// only when the runner is destroyed.
template <typename T>
class JobRunner
{
public:
    // `done` gets the result and whether the run's JobControl was cancelled.
    JobRunner(QObject *owner, std::function<void()> tick, std::function<void(const T &, bool)> done)
        : m_owner(owner), m_tick(std::move(tick)), m_done(std::move(done))
    {
        m_pool.setMaxThreadCount(2);  // one run, plus one still winding down after a restart
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_tick(); });
    }

    ~JobRunner()
    {
        if (m_control)
            m_control->cancel();
        if (m_watcher) {
            m_watcher->disconnect();
            m_abandoned.append(m_watcher->future());
            delete m_watcher;
            m_watcher = nullptr;
        }
        // Workers stop at their next chunk; this wait only happens at teardown.
        for (QFuture<T> &f : m_abandoned)
            f.waitForFinished();
    }

    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Abandons a run still going, then runs `function(args..., control)` on the pool.
    template <typename Function, typename... Args>
    void start(Function function, Args &&...args)
    {
        abandon();
        m_control = std::make_shared<JobControl>();
        m_watcher = new QFutureWatcher<T>(m_owner);
        QObject::connect(m_watcher, &QFutureWatcher<T>::finished, m_watcher, [this] { onFinished(); });
        m_watcher->setFuture(QtConcurrent::run(&m_pool, function, std::forward<Args>(args)..., m_control));
        m_timer.start();
    }

    void cancel()
    {
        if (m_control && m_watcher)
            m_control->cancel();
    }

    // Cancels a run and forgets it: it reports nothing more.
    void abandon()
    {
        m_timer.stop();
        if (m_watcher) {
            m_control->cancel();
            m_abandoned.append(m_watcher->future());
            m_watcher->disconnect();
            m_watcher->deleteLater();
            m_watcher = nullptr;
        }
        m_abandoned.removeIf([](const QFuture<T> &f) { return f.isFinished(); });
    }

    bool isRunning() const { return m_watcher != nullptr; }
    // The latest run's control; it outlives the run so its counters can still be read.
    const JobControl *control() const { return m_control.get(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }

private:
    void onFinished()
    {
        m_timer.stop();
        const T result = m_watcher->result();
        const bool wasCancelled = m_control->isCancelled();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_done(result, wasCancelled);
    }

    QThreadPool m_pool;
    QObject *m_owner;
    std::function<void()> m_tick;
    std::function<void(const T &, bool)> m_done;
    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<T> *m_watcher = nullptr;
    QList<QFuture<T>> m_abandoned;
    QTimer m_timer;
};

} // namespace hallmark::ui
