#pragma once

#include "attest/attestbuilder.h"
#include "common/cancel.h"
#include "common/result.h"
#include "jobrunner.h"
#include "keys/signer.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hallmark::ui {

// Opens the signer and runs createAttestation on a worker, with byte progress
// while the model is hashed, and cancel. A cancelled run writes nothing.
class AttestController : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker (decrypting a key or logging in to a token can take a
    // while) and should give up when `control` is cancelled.
    using SignerFactory = std::function<Result<std::unique_ptr<Signer>>(const JobControl &control)>;
    enum class Step { OpeningKey, Attesting };

    explicit AttestController(QObject *parent = nullptr);
    ~AttestController() override;

    void start(const attest::AttestRequest &request, SignerFactory makeSigner);
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }

    // Of the last run: where the key lives (for people), and where it failed.
    QString signerDescription() const { return m_signer; }
    Step failedStep() const { return m_failedStep; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const QString &outputPath, const QString &manifestDigestHex);
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    struct Outcome {
        bool ok = false;
        Step step = Step::OpeningKey;
        Error error;
        QString digest;
        QString signer;
    };
    static Outcome run(attest::AttestRequest request, SignerFactory makeSigner, std::shared_ptr<JobControl> control);
    void poll();
    void onFinished(const Outcome &outcome, bool wasCancelled);

    QString m_outputPath;
    QString m_signer;
    Step m_failedStep = Step::OpeningKey;
    JobRunner<Outcome> m_runner;
};

} // namespace hallmark::ui
