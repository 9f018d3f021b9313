#pragma once

#include "common/cancel.h"
#include "jobrunner.h"
#include "verify/omsverifier.h"
#include "verify/verdict.h"

#include <QObject>

#include <memory>

namespace hallmark::ui {

// Runs verifyModelSignature() on a worker, polls its byte progress on a
// timer and delivers the facts with their verdict. Never blocks the GUI.
class VerifyController : public QObject
{
    Q_OBJECT

public:
    explicit VerifyController(QObject *parent = nullptr);
    ~VerifyController() override;

    // A run still going is cancelled and forgotten.
    void start(const VerifyRequest &request);
    void cancel();
    // Cancels a run and forgets it: it reports nothing more.
    void abandon();
    bool isRunning() const { return m_runner.isRunning(); }
    VerifyRequest request() const { return m_request; }

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const hallmark::VerificationFacts &facts, const hallmark::Verdict &verdict);
    void cancelled();

private:
    struct Outcome {
        VerificationFacts facts;
        Verdict verdict;
    };
    static Outcome run(VerifyRequest request, std::shared_ptr<JobControl> control);
    void poll();
    void onFinished(const Outcome &outcome, bool wasCancelled);

    VerifyRequest m_request;
    JobRunner<Outcome> m_runner;
};

} // namespace hallmark::ui
