#include "attestsign/attestcontroller.h"

#include "common/pathtext.h"
#include "crypto/keys.h"

namespace hallmark::ui {

AttestController::AttestController(QObject *parent)
    : QObject(parent),
      m_runner(this, [this] { poll(); },
               [this](const Outcome &outcome, bool wasCancelled) { onFinished(outcome, wasCancelled); })
{
}

AttestController::~AttestController() = default;

void AttestController::start(const attest::AttestRequest &request, SignerFactory makeSigner)
{
    if (m_runner.isRunning())
        return;
    m_outputPath = request.outputPath;
    m_signer.clear();
    m_runner.start(&AttestController::run, request, std::move(makeSigner));
}

void AttestController::cancel()
{
    m_runner.cancel();
}

AttestController::Outcome AttestController::run(attest::AttestRequest request, SignerFactory makeSigner,
                                                std::shared_ptr<JobControl> control)
{
    Outcome outcome;
    auto signer = makeSigner(*control);
    if (!signer) {
        outcome.error = signer.error();
        return outcome;
    }
    if (auto curve = requireOmsCurve(*(*signer)->publicKey()); !curve) {
        outcome.error = curve.error();
        return outcome;
    }
    outcome.signer = (*signer)->description();
    outcome.step = Step::Attesting;
    auto result = attest::createAttestation(request, **signer, *control);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.digest = hex(result->manifest.rootDigest());
    return outcome;
}

void AttestController::poll()
{
    if (const JobControl *control = m_runner.control())
        Q_EMIT progress(control->bytesDone.load(std::memory_order_relaxed),
                        control->bytesTotal.load(std::memory_order_relaxed));
}

void AttestController::onFinished(const Outcome &outcome, bool wasCancelled)
{
    m_signer = outcome.signer;
    m_failedStep = outcome.step;
    // A run cancelled after the file was written still reports the file.
    if (wasCancelled && !outcome.ok) {
        Q_EMIT cancelled();
        return;
    }
    if (outcome.ok)
        Q_EMIT finished(m_outputPath, outcome.digest);
    else
        Q_EMIT failed(outcome.error.message, outcome.error.detail);
}

} // namespace hallmark::ui
