#include "crypto/ossl.h"

#include <QStringList>

#include <openssl/err.h>

namespace hallmark::ossl {

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *ptr = nullptr;
    const long len = BIO_get_mem_data(bio, &ptr);
    return QByteArray(ptr, int(len));
}

QString takeErrors()
{
    QStringList parts;
    while (unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QLatin1String("; "));
}

} // namespace hallmark::ossl
