#pragma once

#include "common/cancel.h"
#include "common/result.h"
#include "jobrunner.h"
#include "keys/signer.h"
#include "signing/modelsigner.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hallmark::ui {

// Opens the signer and signs the model on a worker, with byte progress and
// cancel. The signer is made on the worker too (decrypting a key or logging
// in to a token can take a while), by whatever key source the dialog chose.
class SignController : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker. It may fill in the request (a token's certificate)
    // and should give up when `control` is cancelled.
    using SignerFactory = std::function<Result<std::unique_ptr<Signer>>(SignRequest &request, const JobControl &control)>;

    explicit SignController(QObject *parent = nullptr);
    ~SignController() override;

    void start(const SignRequest &request, SignerFactory makeSigner);
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `signer`: where the key lives, for people.
    void succeeded(const QString &outputPath, int fileCount, const QString &manifestDigest, const QString &signer);
    void failed(const QString &message, const QString &detail);
    void cancelled();

private:
    struct Outcome {
        bool ok = false;
        Error error;
        int files = 0;
        QString digest;
        QString signer;
    };
    static Outcome run(SignRequest request, SignerFactory makeSigner, std::shared_ptr<JobControl> control);
    void poll();
    void onFinished(const Outcome &outcome, bool wasCancelled);

    SignRequest m_request;
    JobRunner<Outcome> m_runner;
};

} // namespace hallmark::ui
