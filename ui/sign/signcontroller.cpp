#include "sign/signcontroller.h"

#include "common/pathtext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hallmark::ui {

SignController::SignController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_control)
            Q_EMIT progress(m_control->bytesDone.load(std::memory_order_relaxed),
                            m_control->bytesTotal.load(std::memory_order_relaxed));
    });
}

SignController::~SignController()
{
    if (m_watcher) {
        m_control->cancel();
        // Signing stops at its next chunk; this wait only happens at teardown.
        m_watcher->waitForFinished();
    }
}

void SignController::start(const SignRequest &request, SignerFactory makeSigner)
{
    if (m_watcher)
        return;
    m_request = request;
    m_control = std::make_shared<JobControl>();
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &SignController::onFinished);
    m_watcher->setFuture(QtConcurrent::run(&SignController::run, request, std::move(makeSigner), m_control));
    m_timer.start();
}

void SignController::cancel()
{
    if (m_control && m_watcher)
        m_control->cancel();
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

void SignController::onFinished()
{
    m_timer.stop();
    const Outcome outcome = m_watcher->result();
    const bool wasCancelled = m_control->isCancelled();
    m_watcher->deleteLater();
    m_watcher = nullptr;
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
