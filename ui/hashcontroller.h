#pragma once

#include "common/cancel.h"
#include "hashing/hashoptions.h"
#include "hashreport.h"
#include "jobrunner.h"
#include "source/sourceoptions.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

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
    bool isRunning() const { return m_runner.isRunning(); }
    QString path() const { return m_path; }

    // How often progress is polled; 100 ms unless a test wants otherwise.
    void setProgressInterval(int ms) { m_runner.setInterval(ms); }

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
    void onFinished(const RunResult &result, bool wasCancelled);

    QString m_path;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    JobRunner<RunResult> m_runner;  // its pool's threads run below the GUI thread's priority
};

} // namespace hallmark::ui
