#include "verify/verifycontroller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hallmark::ui {

VerifyController::VerifyController(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);  // one run, plus one still winding down after a restart
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &VerifyController::poll);
}

VerifyController::~VerifyController()
{
    if (m_control)
        m_control->cancel();
    if (m_watcher)
        m_abandoned.append(m_watcher->future());
    // Workers stop at their next chunk; this wait only happens at teardown.
    for (QFuture<Outcome> &f : m_abandoned)
        f.waitForFinished();
}

void VerifyController::abandon()
{
    m_timer.stop();
    if (m_watcher) {
        m_control->cancel();
        m_abandoned.append(m_watcher->future());
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_abandoned.removeIf([](const QFuture<Outcome> &f) { return f.isFinished(); });
}

void VerifyController::start(const VerifyRequest &request)
{
    abandon();

    m_request = request;
    m_control = std::make_shared<JobControl>();
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &VerifyController::onFinished);
    m_watcher->setFuture(QtConcurrent::run(&m_pool, &VerifyController::run, request, m_control));
    m_timer.start();
    Q_EMIT started();
}

void VerifyController::cancel()
{
    if (m_control && m_watcher)
        m_control->cancel();
}

VerifyController::Outcome VerifyController::run(VerifyRequest request, std::shared_ptr<JobControl> control)
{
    Outcome outcome;
    outcome.facts = verifyModelSignature(request, *control);
    outcome.verdict = assess(outcome.facts);
    return outcome;
}

void VerifyController::poll()
{
    if (m_control)
        Q_EMIT progress(m_control->bytesDone.load(std::memory_order_relaxed),
                        m_control->bytesTotal.load(std::memory_order_relaxed));
}

void VerifyController::onFinished()
{
    m_timer.stop();
    const Outcome outcome = m_watcher->result();
    const bool wasCancelled = m_control->isCancelled();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (wasCancelled) {
        Q_EMIT cancelled();
        return;
    }
    poll();
    Q_EMIT finished(outcome.facts, outcome.verdict);
}

} // namespace hallmark::ui
