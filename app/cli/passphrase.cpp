#include "passphrase.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace hallmark::cli {

SecretBuffer promptPassphrase(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return {};
    const QByteArray text = prompt.toLocal8Bit();
    [[maybe_unused]] ssize_t w = ::write(fd, text.constData(), size_t(text.size()));
    termios old {};
    const bool haveTerm = ::tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray bytes(1024, '\0');
    qsizetype used = 0;
    char c;
    while (used < bytes.size() && ::read(fd, &c, 1) == 1 && c != '\n')
        bytes[used++] = c;
    if (haveTerm)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    w = ::write(fd, "\n", 1);
    ::close(fd);
    QByteArray secret(bytes.constData(), used);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return SecretBuffer(std::move(secret));
}

} // namespace hallmark::cli
