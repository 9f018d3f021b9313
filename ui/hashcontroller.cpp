#include "hashcontroller.h"

#include "hashing/modelhasher.h"
#include "workerpriority.h"

#include <QElapsedTimer>

namespace hallmark::ui {

namespace {

// Throughput is averaged over this window so the ETA does not jitter.
constexpr qint64 rateWindowMs = 3000;

QList<Finding> collectFindings(const HashOutcome &outcome)
{
    QList<Finding> findings = outcome.listing.findings;
    for (int i = 0; i < outcome.digests.size() && i < outcome.listing.entries.size(); ++i) {
        const QString &error = outcome.digests[i].error;
        if (error.isEmpty())
            continue;
        const QString &path = outcome.listing.entries[i].displayPath;
        findings.append({Severity::Error, QStringLiteral("hash.read-error"), path,
                         HashController::tr("Could not read \"%1\": %2").arg(path, error)});
    }
    return findings;
}

SerializationInfo serializationOf(const SourceOptions &sourceOptions, const HashOptions &options)
{
    SerializationInfo info;
    info.method = options.serialization;
    info.hashType = options.algorithm;
    info.allowSymlinks = sourceOptions.allowSymlinks;
    info.shardSize = options.serialization == Serialization::Shards ? options.shardSize : 0;
    info.ignorePaths = sourceOptions.ignorePaths;
    return info;
}

} // namespace

HashController::HashController(QObject *parent)
    : QObject(parent),
      m_runner(this, [this] { poll(); },
               [this](const RunResult &result, bool wasCancelled) { onFinished(result, wasCancelled); })
{
}

HashController::~HashController() = default;

void HashController::start(const QString &path, const SourceOptions &sourceOptions, const HashOptions &options)
{
    m_path = path;
    m_samples.clear();
    m_clock.start();
    m_runner.start(&HashController::run, path, sourceOptions, options);
    Q_EMIT started(path);
}

void HashController::cancel()
{
    m_runner.cancel();
}

HashController::RunResult HashController::run(QString path, SourceOptions sourceOptions, HashOptions options,
                                              std::shared_ptr<JobControl> control)
{
    lowerThreadPriority();
    QElapsedTimer clock;
    clock.start();
    auto outcome = hashModel(path, sourceOptions, options, *control);
    if (!outcome)
        return {nullptr, outcome.error()};
    if (control->isCancelled())
        return {nullptr, {tr("Cancelled."), {}}};

    auto report = std::make_shared<HashReport>();
    report->location = path;
    report->outcome = std::move(*outcome);
    report->findings = collectFindings(report->outcome);
    report->tree = buildFileTree(report->outcome, report->findings);
    auto manifest = manifestFromOutcome(report->outcome, serializationOf(sourceOptions, options));
    if (manifest)
        report->manifest = std::move(*manifest);
    else
        report->manifestProblem = manifest.error().message;
    report->elapsedMs = clock.elapsed();
    return {std::move(report), {}};
}

void HashController::poll()
{
    const JobControl *control = m_runner.control();
    if (!control)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 done = control->bytesDone.load(std::memory_order_relaxed);
    const qint64 total = control->bytesTotal.load(std::memory_order_relaxed);
    m_samples.append({now, done});
    while (m_samples.size() > 2 && now - m_samples.constFirst().ms > rateWindowMs)
        m_samples.removeFirst();

    double rate = 0;
    const Sample &first = m_samples.constFirst();
    if (now > first.ms)
        rate = double(done - first.bytes) * 1000.0 / double(now - first.ms);
    qint64 eta = -1;
    if (rate > 0 && total > 0 && now >= 1000)
        eta = qint64(double(qMax<qint64>(0, total - done)) / rate + 0.5);
    Q_EMIT progress(done, total, rate, eta);
}

void HashController::onFinished(const RunResult &result, bool wasCancelled)
{
    if (wasCancelled) {
        Q_EMIT cancelled();
        return;
    }
    poll();
    if (result.report)
        Q_EMIT finished(result.report);
    else
        Q_EMIT failed(result.error.message, result.error.detail);
}

} // namespace hallmark::ui
