#include "pkcs11/pinbroker.h"

#include <QMetaObject>

#include <chrono>

namespace hallmark::ui {

PinBroker::PinBroker(QObject *parent) : QObject(parent) {}

PinBroker::~PinBroker()
{
    answer(std::nullopt);
}

std::optional<SecretBuffer> PinBroker::askPin(const pkcs11::PinRequest &request, const JobControl &control)
{
    auto promise = std::make_shared<Promise>();
    std::future<std::optional<SecretBuffer>> future = promise->get_future();
    QMetaObject::invokeMethod(this, [this, promise, request] {
        answer(std::nullopt);  // an older request nobody answered
        m_pending = promise;
        Q_EMIT pinRequested(request);
    }, Qt::QueuedConnection);
    using namespace std::chrono_literals;
    while (future.wait_for(50ms) != std::future_status::ready)
        if (control.isCancelled())
            return std::nullopt;
    return future.get();
}

void PinBroker::callStarted(const QString &tokenLabel)
{
    QMetaObject::invokeMethod(this, [this, tokenLabel] { Q_EMIT tokenCallStarted(tokenLabel); }, Qt::QueuedConnection);
}

void PinBroker::callFinished()
{
    QMetaObject::invokeMethod(this, [this] { Q_EMIT tokenCallFinished(); }, Qt::QueuedConnection);
}

void PinBroker::answer(std::optional<SecretBuffer> pin)
{
    if (!m_pending)
        return;
    std::shared_ptr<Promise> pending = std::move(m_pending);
    m_pending.reset();
    pending->set_value(std::move(pin));
}

} // namespace hallmark::ui
