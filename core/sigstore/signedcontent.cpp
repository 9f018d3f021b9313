#include "sigstore/signedcontent.h"

#include "bundle/intoto.h"
#include "bundle/pae.h"
#include "common/tr.h"
#include "crypto/signatures.h"

#include <QCryptographicHash>

#include <openssl/err.h>

namespace hallmark::sigstore {

namespace {

QList<const char *> digestsFor(const Key &key)
{
    switch (EVP_PKEY_base_id(key.get())) {
    case EVP_PKEY_EC:
        switch (key.curve().value_or(EcCurve::P256)) {
        case EcCurve::P256: return {"SHA256"};
        case EcCurve::P384: return {"SHA384", "SHA256"};
        case EcCurve::P521: return {"SHA512", "SHA256"};
        }
        break;
    case EVP_PKEY_RSA: return {"SHA256"};
    case EVP_PKEY_ED25519: return {nullptr};
    default: break;
    }
    return {};
}

bool verifyPrehashed(const Key &key, const QByteArray &digest, const QByteArray &signature)
{
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1) {
        ERR_clear_error();
        return false;
    }
    if (EVP_PKEY_base_id(key.get()) == EVP_PKEY_RSA)
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
    const int rc = EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                   size_t(signature.size()), reinterpret_cast<const unsigned char *>(digest.constData()),
                                   size_t(digest.size()));
    ERR_clear_error();
    return rc == 1;
}

QCryptographicHash::Algorithm hashFor(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("SHA2_256") || name == QLatin1String("sha256")) return QCryptographicHash::Sha256;
    if (name == QLatin1String("SHA2_384") || name == QLatin1String("sha384")) return QCryptographicHash::Sha384;
    if (name == QLatin1String("SHA2_512") || name == QLatin1String("sha512")) return QCryptographicHash::Sha512;
    *ok = false;
    return QCryptographicHash::Sha256;
}

CheckOutcome passed(const QString &r) { return {StepOutcome::Passed, r}; }
CheckOutcome failed(const QString &r) { return {StepOutcome::Failed, r}; }

} // namespace

CheckOutcome checkSignature(const Bundle &bundle, const Key &key, const Artifact &artifact)
{
    const QList<const char *> digests = digestsFor(key);
    if (digests.isEmpty())
        return {StepOutcome::Unsupported, HM_TR("Sigstore", "Signatures by %1 keys are not supported.").arg(key.typeName())};
    const bool ed25519 = digests.first() == nullptr;

    if (bundle.dsse) {
        if (bundle.dsse->signatures.size() != 1)
            return failed(HM_TR("Sigstore", "The DSSE envelope must hold exactly one signature; it holds %1.")
                              .arg(bundle.dsse->signatures.size()));
        const QByteArray message = pae(bundle.dsse->payloadType.toUtf8(), bundle.dsse->payload);
        for (const char *md : digests)
            if (verifySignature(key, md, message, bundle.dsse->signatures.first().sig))
                return passed(HM_TR("Sigstore", "The envelope signature verifies with the %1 key.").arg(key.typeName()));
        return failed(HM_TR("Sigstore", "The envelope signature does not verify with the signing key."));
    }

    const MessageSignature &m = *bundle.messageSignature;
    if (ed25519)
        return {StepOutcome::Unsupported,
                HM_TR("Sigstore", "Ed25519ph message signatures need OpenSSL 3.2 or later; this signature could not be checked.")};
    if (artifact.data) {
        for (const char *md : digests)
            if (verifySignature(key, md, *artifact.data, m.signature))
                return passed(HM_TR("Sigstore", "The signature over the artifact verifies with the %1 key.").arg(key.typeName()));
        return failed(HM_TR("Sigstore", "The signature does not verify over the artifact with the signing key."));
    }
    QByteArray digest = artifact.sha256;
    if (digest.isEmpty() && m.digestAlgorithm == QLatin1String("SHA2_256"))
        digest = m.digest;
    if (digest.isEmpty())
        return failed(HM_TR("Sigstore", "There is neither an artifact nor a SHA-256 digest to check the signature over."));
    if (std::none_of(digests.begin(), digests.end(), [](const char *d) {
            return d && qstrcmp(d, "SHA256") == 0;
        }))
        return {StepOutcome::Unsupported, HM_TR("Sigstore", "This key type needs the artifact itself, not its SHA-256 digest.")};
    if (verifyPrehashed(key, digest, m.signature))
        return passed(HM_TR("Sigstore", "The signature over the artifact's digest verifies with the %1 key.").arg(key.typeName()));
    return failed(HM_TR("Sigstore", "The signature does not verify over the artifact's digest with the signing key."));
}

CheckOutcome checkArtifact(const Bundle &bundle, const Artifact &artifact)
{
    if (!artifact.present())
        return {StepOutcome::Skipped, HM_TR("Sigstore", "No artifact was given to compare.")};
    if (bundle.messageSignature) {
        const MessageSignature &m = *bundle.messageSignature;
        if (m.digest.isEmpty())
            return passed(HM_TR("Sigstore", "The bundle records no digest; the signature covers the artifact."));
        bool ok = false;
        const auto algorithm = hashFor(m.digestAlgorithm, &ok);
        if (!ok)
            return failed(HM_TR("Sigstore", "Unsupported message digest algorithm \"%1\".").arg(m.digestAlgorithm));
        QByteArray actual;
        if (artifact.data)
            actual = QCryptographicHash::hash(*artifact.data, algorithm);
        else if (algorithm == QCryptographicHash::Sha256)
            actual = artifact.sha256;
        else
            return failed(HM_TR("Sigstore", "The bundle records a %1 digest, but only a SHA-256 digest was given.").arg(m.digestAlgorithm));
        if (actual != m.digest)
            return failed(HM_TR("Sigstore", "The artifact's digest %1 is not the signed digest %2.")
                              .arg(QString::fromLatin1(actual.toHex()), QString::fromLatin1(m.digest.toHex())));
        return passed(HM_TR("Sigstore", "The artifact's digest equals the signed digest."));
    }
    if (bundle.dsse->payloadType != QLatin1String(kInTotoPayloadType))
        return failed(HM_TR("Sigstore", "The envelope's payload type is \"%1\", not an in-toto statement.").arg(bundle.dsse->payloadType));
    auto statement = parseInTotoStatement(bundle.dsse->payload);
    if (!statement)
        return failed(statement.error().message);
    if (statement->subjects.size() > 1024)
        return failed(HM_TR("Sigstore", "The statement names too many subjects."));
    for (const InTotoSubject &s : statement->subjects) {
        for (auto it = s.digest.cbegin(); it != s.digest.cend(); ++it) {
            bool ok = false;
            const auto algorithm = hashFor(it.key(), &ok);
            if (!ok)
                continue;
            QByteArray actual;
            if (artifact.data)
                actual = QCryptographicHash::hash(*artifact.data, algorithm);
            else if (algorithm == QCryptographicHash::Sha256)
                actual = artifact.sha256;
            if (!actual.isEmpty() && actual.toHex() == it.value().toLatin1().toLower())
                return passed(HM_TR("Sigstore", "The artifact is the statement's subject \"%1\".").arg(s.name));
        }
    }
    return failed(HM_TR("Sigstore", "The artifact is none of the statement's subjects."));
}

} // namespace hallmark::sigstore
