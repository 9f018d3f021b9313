#include "common/secretbuffer.h"

#include "common/tr.h"

#include <QFile>

#include <openssl/crypto.h>

namespace hallmark {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();  // never scribble over a copy someone else holds
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecretBuffer::SecretBuffer(QByteArray &&bytes) : m_bytes(std::move(bytes)) {}

SecretBuffer::~SecretBuffer()
{
    clear();
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    clear();
    m_bytes = std::move(other.m_bytes);
    return *this;
}

void SecretBuffer::clear()
{
    wipe(m_bytes);
}

SecretBuffer SecretBuffer::fromFile(const QString &path, bool stripNewline, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = HM_TR("Secrets", "Cannot read \"%1\": %2").arg(path, f.errorString());
        return {};
    }
    if (f.size() > 4096) {
        if (error)
            *error = HM_TR("Secrets", "\"%1\" is too large to be a passphrase file.").arg(path);
        return {};
    }
    QByteArray bytes(int(f.size()), Qt::Uninitialized);
    const qint64 got = f.read(bytes.data(), bytes.size());
    bytes.truncate(int(qMax<qint64>(0, got)));
    if (stripNewline && bytes.endsWith('\n')) {
        OPENSSL_cleanse(bytes.data() + bytes.size() - 1, 1);
        bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
    return SecretBuffer(std::move(bytes));
}

} // namespace hallmark
