#pragma once

#include <QByteArray>

namespace hallmark {

// Holds a passphrase or PIN and wipes it when it goes away. Copies are
// forbidden so the secret lives in exactly one buffer.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(QByteArray &&bytes);
    ~SecretBuffer();
    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;

    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

    // Reads a secret file verbatim, or with one trailing newline removed.
    static SecretBuffer fromFile(const QString &path, bool stripNewline, QString *error);

private:
    QByteArray m_bytes;
};

// Overwrites the bytes in place (the buffer must not be shared).
void wipe(QByteArray &bytes);

} // namespace hallmark
