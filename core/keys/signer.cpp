#include "keys/signer.h"

#include "common/secretbuffer.h"
#include "common/tr.h"
#include "crypto/signatures.h"

#include <QFile>

namespace hallmark {

SoftwareSigner::SoftwareSigner(KeyPtr key, QString description)
    : m_key(std::move(key)), m_public(m_key->publicOnly()), m_description(std::move(description))
{
}

Result<std::unique_ptr<SoftwareSigner>> SoftwareSigner::fromPemFile(const QString &path, const SecretBuffer &passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Keys", "Cannot read the private key \"%1\": %2").arg(path, f.errorString()));
    QByteArray pem = f.read(1 << 20);
    auto key = readPrivateKeyPem(pem, passphrase);
    wipe(pem);
    if (!key)
        return fail(HM_TR("Keys", "\"%1\": %2").arg(path, key.error().message), key.error().detail);
    if (auto ok = requireOmsCurve(**key); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<SoftwareSigner>(
        new SoftwareSigner(*key, HM_TR("Keys", "key file %1 (%2)").arg(path, (*key)->typeName())));
}

Result<QByteArray> SoftwareSigner::sign(const QByteArray &message)
{
    return signMessage(*m_key, m_key->digestForSignatures(), message);
}

} // namespace hallmark
