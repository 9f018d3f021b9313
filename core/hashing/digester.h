#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct evp_md_ctx_st;

namespace hallmark {

enum class HashAlgorithm { Sha256, Blake2b };

QString algorithmName(HashAlgorithm algorithm);  // "sha256", "blake2b" as OMS records them
std::optional<HashAlgorithm> algorithmFromName(const QString &name);
int digestLength(HashAlgorithm algorithm);

// One incremental OpenSSL EVP digest. Not copyable; cheap to move.
class Digester
{
public:
    explicit Digester(HashAlgorithm algorithm);
    ~Digester();
    Digester(Digester &&other) noexcept;
    Digester &operator=(Digester &&other) noexcept;
    Digester(const Digester &) = delete;
    Digester &operator=(const Digester &) = delete;

    void update(const char *data, qint64 size);
    QByteArray finish();  // resets for reuse

    static QByteArray digest(HashAlgorithm algorithm, const QByteArray &data);

private:
    HashAlgorithm m_algorithm;
    evp_md_ctx_st *m_ctx;
};

} // namespace hallmark
