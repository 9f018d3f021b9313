#include "keys/pkcs11/pkcs11signer.h"

#include "common/cancel.h"
#include "common/tr.h"
#include "crypto/signatures.h"
#include "keys/pkcs11/p11.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

namespace hallmark::pkcs11 {

using namespace detail;

namespace {

Result<QByteArray> digest(const char *name, const QByteArray &message)
{
    const EVP_MD *md = EVP_get_digestbyname(name);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!md || EVP_Digest(message.constData(), size_t(message.size()), out, &len, md, nullptr) != 1)
        return fail(HM_TR("Pkcs11", "Hashing the message failed."), ossl::takeErrors());
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

bool verifyPss(const Key &key, const QByteArray &message, const QByteArray &signature)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok = ctx && EVP_DigestVerifyInit_ex(ctx.get(), &pctx, "SHA256", nullptr, nullptr, key.get(), nullptr) == 1
        && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) == 1
        && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA256", nullptr) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

const char *Pkcs11Signer::digestName() const
{
    switch (m_keyType) {
    case KeyType::Ec: return m_public->digestForSignatures();
    case KeyType::Rsa: return "SHA256";
    case KeyType::Ed25519:
    case KeyType::Unknown: break;
    }
    return nullptr;
}

QString Pkcs11Signer::description() const
{
    const SlotInfo &s = m_session->slot();
    const QString token = s.token ? s.token->label : QString();
    const QString name = m_label.isEmpty() ? QStringLiteral("id %1").arg(QString::fromLatin1(m_id.toHex())) : m_label;
    return HM_TR("Pkcs11", "key \"%1\" on token \"%2\" (%3)").arg(name, token, m_public->typeName());
}

Result<QByteArray> Pkcs11Signer::sign(const QByteArray &message)
{
    ck_mechanism mechanism{CKM_ECDSA, nullptr, 0};
    ck_rsa_pkcs_pss_params pss{CKM_SHA256, CKG_MGF1_SHA256, 32};
    QByteArray input = message;
    switch (m_keyType) {
    case KeyType::Ec: {
        auto d = digest(digestName(), message);
        if (!d)
            return std::unexpected(d.error());
        input = *d;
        break;
    }
    case KeyType::Rsa:
        if (m_padding == RsaPadding::Pkcs1v15) {
            mechanism.mechanism = CKM_SHA256_RSA_PKCS;
        } else {
            auto d = digest("SHA256", message);
            if (!d)
                return std::unexpected(d.error());
            input = *d;
            mechanism = {CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        }
        break;
    case KeyType::Ed25519: mechanism.mechanism = CKM_EDDSA; break;
    case KeyType::Unknown: return fail(HM_TR("Pkcs11", "This key type cannot sign."));
    }

    QByteArray raw;
    {
        std::lock_guard lock(m_session->m_mutex);
        CK_FUNCTION_LIST *fn = m_session->m_handle->fn;
        const unsigned long session = m_session->m_session;
        const QString failed = HM_TR("Pkcs11", "Signing with %1 failed:").arg(description());
        if (ck_rv_t rv = fn->C_SignInit(session, &mechanism, m_key); rv != CKR_OK)
            return std::unexpected(ckError("C_SignInit", rv, failed));
        auto *data = reinterpret_cast<unsigned char *>(input.data());
        unsigned long length = 0;
        if (ck_rv_t rv = fn->C_Sign(session, data, (unsigned long)input.size(), nullptr, &length); rv != CKR_OK)
            return std::unexpected(ckError("C_Sign", rv, failed));
        if (length == 0 || length > 16384) {
            fn->C_SignInit(session, nullptr, m_key);  // abandon the operation (ignored by most tokens)
            return fail(failed + QLatin1Char(' ') + HM_TR("Pkcs11", "The token announced a signature of %1 bytes.").arg(length));
        }
        raw.resize(int(length));
        if (ck_rv_t rv = fn->C_Sign(session, data, (unsigned long)input.size(),
                                    reinterpret_cast<unsigned char *>(raw.data()), &length);
            rv != CKR_OK)
            return std::unexpected(ckError("C_Sign", rv, failed));
        raw.truncate(int(length));
    }

    QByteArray signature = raw;
    if (m_keyType == KeyType::Ec) {
        auto der = ecdsaRawToDer(raw);
        if (!der)
            return std::unexpected(der.error());
        signature = *der;
    }
    const bool ok = m_keyType == KeyType::Rsa && m_padding == RsaPadding::Pss
        ? verifyPss(*m_public, message, signature)
        : verifySignature(*m_public, digestName(), message, signature);
    if (!ok)
        return fail(HM_TR("Pkcs11", "The token's signature does not match the public key found for key \"%1\"; the "
                                    "public key or certificate object belongs to another key.").arg(m_label));
    return signature;
}

// ---- Resolving a URI ----

namespace {

struct Candidate {
    Module module;
    SlotInfo slot;
};

bool tokenMatches(const Uri &uri, const SlotInfo &slot)
{
    if (!slot.token)
        return false;
    const TokenInfo &t = *slot.token;
    return (uri.token.isEmpty() || uri.token == t.label) && (uri.manufacturer.isEmpty() || uri.manufacturer == t.manufacturer)
        && (uri.model.isEmpty() || uri.model == t.model) && (uri.serial.isEmpty() || uri.serial == t.serial)
        && (!uri.slotId || *uri.slotId == slot.id);
}

Result<QList<Module>> modulesFor(const Uri &uri)
{
    if (!uri.modulePath.isEmpty()) {
        auto m = Module::load(uri.modulePath);
        if (!m)
            return std::unexpected(m.error());
        return QList<Module>{*m};
    }
    if (!uri.moduleName.isEmpty()) {
        auto path = findModuleByName(uri.moduleName);
        if (!path)
            return std::unexpected(path.error());
        auto m = Module::load(*path);
        if (!m)
            return std::unexpected(m.error());
        return QList<Module>{*m};
    }
    return Module::loadRegistered();
}

QString tokenDescription(const Uri &uri)
{
    QStringList parts;
    if (!uri.token.isEmpty())
        parts << HM_TR("Pkcs11", "label \"%1\"").arg(uri.token);
    if (!uri.serial.isEmpty())
        parts << HM_TR("Pkcs11", "serial %1").arg(uri.serial);
    if (uri.slotId)
        parts << HM_TR("Pkcs11", "slot %1").arg(*uri.slotId);
    return parts.isEmpty() ? HM_TR("Pkcs11", "any token") : parts.join(QLatin1String(", "));
}

} // namespace

Result<std::unique_ptr<Pkcs11Signer>> openSigner(const Uri &uri, const PinProvider &askPin, const JobControl *control)
{
    auto cancelled = [&] { return control && control->isCancelled(); };
    auto modules = modulesFor(uri);
    if (!modules)
        return std::unexpected(modules.error());
    std::optional<Candidate> chosen;
    for (const Module &m : *modules) {
        auto slots = m.slots(true);
        if (!slots)
            continue;
        for (const SlotInfo &s : *slots)
            if (tokenMatches(uri, s)) {
                chosen = Candidate{m, s};
                break;
            }
        if (chosen)
            break;
    }
    if (!chosen)
        return fail(HM_TR("Pkcs11", "No token matches the URI (%1). Check that it is inserted and that the label is "
                                    "right.").arg(tokenDescription(uri)));
    if (cancelled())
        return fail(HM_TR("Pkcs11", "Cancelled."));
    auto session = chosen->module.openSession(chosen->slot.id);
    if (!session)
        return std::unexpected(session.error());
    const TokenInfo &token = *chosen->slot.token;

    if (token.loginRequired && !(*session)->isLoggedIn()) {
        if (token.userPinLocked)
            return std::unexpected(ckError("C_Login", CKR_PIN_LOCKED,
                                           HM_TR("Pkcs11", "Logging in to token \"%1\" failed:").arg(token.label)));
        if (!token.userPinInitialized)
            return std::unexpected(ckError("C_Login", CKR_USER_PIN_NOT_INITIALIZED,
                                           HM_TR("Pkcs11", "Logging in to token \"%1\" failed:").arg(token.label)));
        if (uri.hasPinValue()) {
            SecretBuffer pin(QByteArray(uri.pinValue().data(), uri.pinValue().size()));
            if (auto ok = (*session)->login(pin); !ok)
                return std::unexpected(ok.error());
        } else if (!uri.pinSource.isEmpty()) {
            QString error;
            SecretBuffer pin = SecretBuffer::fromFile(uri.pinSource, false, &error);  // verbatim, as model_signing
            if (!error.isEmpty())
                return fail(HM_TR("Pkcs11", "The PIN file of the URI could not be read: %1").arg(error));
            if (auto ok = (*session)->login(pin); !ok)
                return std::unexpected(ok.error());
        } else {
            PinRequest request;
            request.module = chosen->module.info();
            request.slot = chosen->slot;
            request.keyLabel = uri.object;
            request.keyId = uri.id;
            request.protectedAuthenticationPath = token.protectedAuthenticationPath;
            Result<void> loggedIn = fail(QString());
            for (int attempt = 0; attempt < 3; ++attempt) {
                request.token = (*session)->tokenInfo().value_or(token);
                if (request.token.userPinLocked)
                    break;
                std::optional<SecretBuffer> pin = askPin ? askPin(request) : std::nullopt;
                if (!pin)
                    return fail(HM_TR("Pkcs11", "No PIN was given for token \"%1\"; signing was cancelled.").arg(token.label));
                if (cancelled())
                    return fail(HM_TR("Pkcs11", "Cancelled."));
                loggedIn = pin->isEmpty() && token.protectedAuthenticationPath ? (*session)->loginWithProtectedPath()
                                                                                : (*session)->login(*pin);
                if (loggedIn || !loggedIn.error().detail.contains(QLatin1String("CKR_PIN_INCORRECT")))
                    break;
                request.previousAttemptFailed = true;
            }
            if (!loggedIn) {
                if (loggedIn.error().message.isEmpty())
                    return std::unexpected(ckError("C_Login", CKR_PIN_LOCKED,
                                                   HM_TR("Pkcs11", "Logging in to token \"%1\" failed:").arg(token.label)));
                return std::unexpected(loggedIn.error());
            }
        }
    }
    if (cancelled())
        return fail(HM_TR("Pkcs11", "Cancelled."));
    return (*session)->signer(uri.object, uri.id);
}

} // namespace hallmark::pkcs11
