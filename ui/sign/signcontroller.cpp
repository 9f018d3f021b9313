#include "sign/signcontroller.h"

#include "common/pathtext.h"

namespace hallmark::ui {

SignController::SignController(QObject *parent)
    : QObject(parent),
      m_runner(this, [this] { poll(); },
               [this](const Outcome &outcome, bool wasCancelled) { onFinished(outcome, wasCancelled); })
{
}

SignController::~SignController() = default;

void SignController::start(const SignRequest &request, SignerFactory makeSigner)
{
    if (m_runner.isRunning())
        return;
    m_request = request;
    m_runner.start(&SignController::run, request, std::move(makeSigner));
}

void SignController::cancel()
{
    m_runner.cancel();
}

SignController::Outcome SignController::run(SignRequest request, SignerFactory makeSigner,
                                            std::shared_ptr<JobControl> control)
{
    Outcome outcome;
    auto signer = makeSigner(request, *control);
    if (!signer) {
        outcome.error = signer.error();
        return outcome;
    }
    if (auto curve = requireOmsCurve(*(*signer)->publicKey()); !curve) {
        outcome.error = curve.error();
        return outcome;
    }
    auto result = signModel(request, **signer, *control);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.files = int(result->manifest.resources.size());
    outcome.digest = hex(result->manifest.rootDigest());
    outcome.signer = (*signer)->description();
    return outcome;
}

void SignController::poll()
{
    if (const JobControl *control = m_runner.control())
        Q_EMIT progress(control->bytesDone.load(std::memory_order_relaxed),
                        control->bytesTotal.load(std::memory_order_relaxed));
}

void SignController::onFinished(const Outcome &outcome, bool wasCancelled)
{
    if (wasCancelled && !outcome.ok) {
        Q_EMIT cancelled();
        return;
    }
    if (outcome.ok)
        Q_EMIT succeeded(m_request.outputPath, outcome.files, outcome.digest, outcome.signer);
    else
        Q_EMIT failed(outcome.error.message, outcome.error.detail);
}

} // namespace hallmark::ui
