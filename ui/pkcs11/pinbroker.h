#pragma once

#include "common/cancel.h"
#include "common/secretbuffer.h"
#include "keys/pkcs11/pkcs11signer.h"

#include <QObject>

#include <future>
#include <memory>
#include <optional>

namespace hallmark::ui {

// Carries PIN requests and token activity between a signing worker and the
// GUI. askPin() runs on the worker: it posts the request and waits on a
// promise that answer() fulfils on the GUI thread (no event loop); it gives
// up when the job is cancelled. Must outlive the worker using it.
class PinBroker : public QObject
{
    Q_OBJECT

public:
    explicit PinBroker(QObject *parent = nullptr);
    ~PinBroker() override;

    // Worker side.
    std::optional<SecretBuffer> askPin(const pkcs11::PinRequest &request, const JobControl &control);
    void callStarted(const QString &tokenLabel);
    void callFinished();

    // GUI side: the PIN, or nullopt to cancel.
    void answer(std::optional<SecretBuffer> pin);
    bool isWaiting() const { return m_pending != nullptr; }

Q_SIGNALS:
    void pinRequested(const hallmark::pkcs11::PinRequest &request);
    void tokenCallStarted(const QString &tokenLabel);
    void tokenCallFinished();

private:
    using Promise = std::promise<std::optional<SecretBuffer>>;
    std::shared_ptr<Promise> m_pending;  // GUI thread only
};

} // namespace hallmark::ui
