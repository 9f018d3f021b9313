#include "hashing/digester.h"

#include <openssl/evp.h>

#include <stdexcept>
#include <utility>

namespace hallmark {

namespace {
const EVP_MD *mdFor(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Blake2b: return EVP_blake2b512();
    }
    return EVP_sha256();
}
} // namespace

QString algorithmName(HashAlgorithm algorithm)
{
    return algorithm == HashAlgorithm::Sha256 ? QStringLiteral("sha256") : QStringLiteral("blake2b");
}

std::optional<HashAlgorithm> algorithmFromName(const QString &name)
{
    if (name == QLatin1String("sha256"))
        return HashAlgorithm::Sha256;
    if (name == QLatin1String("blake2b"))
        return HashAlgorithm::Blake2b;
    return std::nullopt;
}

int digestLength(HashAlgorithm algorithm)
{
    return algorithm == HashAlgorithm::Sha256 ? 32 : 64;
}

Digester::Digester(HashAlgorithm algorithm) : m_algorithm(algorithm), m_ctx(EVP_MD_CTX_new())
{
    // Allocation failure of a digest context leaves nothing sensible to do.
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, mdFor(algorithm), nullptr) != 1)
        throw std::bad_alloc();
}

Digester::~Digester()
{
    EVP_MD_CTX_free(m_ctx);
}

Digester::Digester(Digester &&other) noexcept : m_algorithm(other.m_algorithm), m_ctx(std::exchange(other.m_ctx, nullptr))
{
}

Digester &Digester::operator=(Digester &&other) noexcept
{
    std::swap(m_algorithm, other.m_algorithm);
    std::swap(m_ctx, other.m_ctx);
    return *this;
}

void Digester::update(const char *data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Digester::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, out, &len);
    EVP_DigestInit_ex(m_ctx, mdFor(m_algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray Digester::digest(HashAlgorithm algorithm, const QByteArray &data)
{
    Digester d(algorithm);
    d.update(data.constData(), data.size());
    return d.finish();
}

} // namespace hallmark
