#include "verify/verifycontroller.h"

namespace hallmark::ui {

VerifyController::VerifyController(QObject *parent)
    : QObject(parent),
      m_runner(this, [this] { poll(); },
               [this](const Outcome &outcome, bool wasCancelled) { onFinished(outcome, wasCancelled); })
{
}

VerifyController::~VerifyController() = default;

void VerifyController::abandon()
{
    m_runner.abandon();
}

void VerifyController::start(const VerifyRequest &request)
{
    m_request = request;
    m_runner.start(&VerifyController::run, request);
    Q_EMIT started();
}

void VerifyController::cancel()
{
    m_runner.cancel();
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
    if (const JobControl *control = m_runner.control())
        Q_EMIT progress(control->bytesDone.load(std::memory_order_relaxed),
                        control->bytesTotal.load(std::memory_order_relaxed));
}

void VerifyController::onFinished(const Outcome &outcome, bool wasCancelled)
{
    if (wasCancelled) {
        Q_EMIT cancelled();
        return;
    }
    poll();
    Q_EMIT finished(outcome.facts, outcome.verdict);
}

} // namespace hallmark::ui
