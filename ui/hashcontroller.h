#pragma once

#include "common/cancel.h"
#include "hashing/hashoptions.h"
#include "hashreport.h"
#include "source/sourceoptions.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace hallmark::ui {

// Runs hashModel() on a worker thread, reports byte progress from a timer and
// delivers the prepared report. Never blocks the GUI thread while running.
class HashController : public QObject
{
    Q_OBJECT

public:
    explicit HashController(QObject *parent = nullptr);
    ~HashController() override;

    // Starts hashing `path`; a run still going is cancelled and forgotten.
    void start(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    QString path() const { return m_path; }

    // How often progress is polled; 100 ms unless a test wants otherwise.
    void setProgressInterval(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void started(const QString &path);
    // etaSeconds < 0: unknown. total == 0: still listing the model.
    void progress(qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void finished(const hallmark::ui::HashReportPtr &report);
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    struct RunResult {
        HashReportPtr report;
        Error error;
    };
    struct Sample {
        qint64 ms;
        qint64 bytes;
    };

    static RunResult run(QString path, SourceOptions sourceOptions, HashOptions options,
                         std::shared_ptr<JobControl> control);
    void poll();
    void onFinished();

    QString m_path;
    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<RunResult> *m_watcher = nullptr;
    QList<QFuture<RunResult>> m_abandoned;
    QThreadPool m_pool;  // its threads run below the GUI thread's priority
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
};

} // namespace hallmark::ui
