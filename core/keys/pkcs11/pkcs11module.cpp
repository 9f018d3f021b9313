#include "keys/pkcs11/pkcs11module.h"

#include "common/tr.h"
#include "keys/pkcs11/p11.h"
#include "keys/pkcs11/pkcs11signer.h"

#include <QFileInfo>

namespace hallmark::pkcs11 {

using namespace detail;

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::PrivateKey: return HM_TR("Pkcs11", "private key");
    case ObjectKind::PublicKey: return HM_TR("Pkcs11", "public key");
    case ObjectKind::Certificate: return HM_TR("Pkcs11", "certificate");
    }
    return {};
}

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Ec: return QStringLiteral("EC");
    case KeyType::Rsa: return QStringLiteral("RSA");
    case KeyType::Ed25519: return QStringLiteral("Ed25519");
    case KeyType::Unknown: break;
    }
    return HM_TR("Pkcs11", "unknown");
}

namespace {

QString version(const ck_version &v)
{
    return QStringLiteral("%1.%2").arg(v.major).arg(v.minor);
}

TokenInfo tokenFrom(const ck_token_info &t)
{
    TokenInfo out;
    out.label = padded(t.label, sizeof t.label);
    out.manufacturer = padded(t.manufacturer_id, sizeof t.manufacturer_id);
    out.model = padded(t.model, sizeof t.model);
    out.serial = padded(t.serial_number, sizeof t.serial_number);
    out.initialized = t.flags & CKF_TOKEN_INITIALIZED;
    out.loginRequired = t.flags & CKF_LOGIN_REQUIRED;
    out.protectedAuthenticationPath = t.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    out.userPinInitialized = t.flags & CKF_USER_PIN_INITIALIZED;
    out.userPinCountLow = t.flags & CKF_USER_PIN_COUNT_LOW;
    out.userPinFinalTry = t.flags & CKF_USER_PIN_FINAL_TRY;
    out.userPinLocked = t.flags & CKF_USER_PIN_LOCKED;
    out.writeProtected = t.flags & CKF_WRITE_PROTECTED;
    out.minPinLength = t.min_pin_len;
    out.maxPinLength = t.max_pin_len;
    return out;
}

Result<SlotInfo> slotFrom(CK_FUNCTION_LIST *fn, ck_slot_id_t id)
{
    ck_slot_info s{};
    if (ck_rv_t rv = fn->C_GetSlotInfo(id, &s); rv != CKR_OK)
        return std::unexpected(ckError("C_GetSlotInfo", rv, HM_TR("Pkcs11", "Reading the slot failed.")));
    SlotInfo out;
    out.id = id;
    out.description = padded(s.slot_description, sizeof s.slot_description);
    out.manufacturer = padded(s.manufacturer_id, sizeof s.manufacturer_id);
    out.tokenPresent = s.flags & CKF_TOKEN_PRESENT;
    out.removable = s.flags & CKF_REMOVABLE_DEVICE;
    out.hardware = s.flags & CKF_HW_SLOT;
    if (out.tokenPresent) {
        ck_token_info t{};
        if (fn->C_GetTokenInfo(id, &t) == CKR_OK)
            out.token = tokenFrom(t);
    }
    return out;
}

KeyType keyTypeOf(CK_FUNCTION_LIST *fn, ck_session_handle_t s, ck_object_handle_t o)
{
    const auto type = ulongAttribute(fn, s, o, CKA_KEY_TYPE);
    if (!type)
        return KeyType::Unknown;
    if (*type == CKK_RSA)
        return KeyType::Rsa;
    if (*type == CKK_EC_EDWARDS)
        return KeyType::Ed25519;  // Ed448 shares the type; its parameters are refused later
    if (*type == CKK_EC) {
        const auto params = attribute(fn, s, o, CKA_EC_PARAMS);
        return params && isEd25519Params(*params) ? KeyType::Ed25519 : KeyType::Ec;
    }
    return KeyType::Unknown;
}

QString keyDescription(CK_FUNCTION_LIST *fn, ck_session_handle_t s, ck_object_handle_t o, KeyType type)
{
    switch (type) {
    case KeyType::Ec: {
        const auto params = attribute(fn, s, o, CKA_EC_PARAMS);
        return params ? QStringLiteral("EC %1").arg(ecCurveLabel(*params)) : QStringLiteral("EC");
    }
    case KeyType::Rsa: {
        if (auto bits = ulongAttribute(fn, s, o, CKA_MODULUS_BITS))
            return QStringLiteral("RSA %1").arg(*bits);
        if (auto modulus = attribute(fn, s, o, CKA_MODULUS)) {
            QByteArray m = *modulus;
            while (!m.isEmpty() && m[0] == '\0')
                m.remove(0, 1);
            return QStringLiteral("RSA %1").arg(m.size() * 8);
        }
        return QStringLiteral("RSA");
    }
    case KeyType::Ed25519: {
        const auto params = attribute(fn, s, o, CKA_EC_PARAMS);
        return !params || isEd25519Params(*params) ? QStringLiteral("Ed25519") : HM_TR("Pkcs11", "EdDSA (not Ed25519)");
    }
    case KeyType::Unknown: break;
    }
    return HM_TR("Pkcs11", "unknown key type");
}

// The public key of a public-key object (or of a private key that exposes it).
std::optional<QByteArray> spkiOf(CK_FUNCTION_LIST *fn, ck_session_handle_t s, ck_object_handle_t o, KeyType type)
{
    if (type == KeyType::Rsa) {
        const auto n = attribute(fn, s, o, CKA_MODULUS);
        const auto e = attribute(fn, s, o, CKA_PUBLIC_EXPONENT);
        if (n && e && !n->isEmpty() && !e->isEmpty())
            return rsaSpki(*n, *e);
        return std::nullopt;
    }
    const auto point = attribute(fn, s, o, CKA_EC_POINT);
    if (!point || point->isEmpty())
        return std::nullopt;
    if (type == KeyType::Ed25519)
        return ed25519Spki(*point);
    const auto params = attribute(fn, s, o, CKA_EC_PARAMS);
    if (!params)
        return std::nullopt;
    return ecSpki(*params, *point);
}

KeyPtr keyFromSpki(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &p, long(der.size()));
    return pkey ? std::make_shared<Key>(ossl::Pkey(pkey)) : nullptr;
}

QString objectUri(const ck_token_info &token, ck_object_class_t cls, const QByteArray &label, const QByteArray &id)
{
    std::unique_ptr<P11KitUri, void (*)(P11KitUri *)> uri(p11_kit_uri_new(), p11_kit_uri_free);
    *p11_kit_uri_get_token_info(uri.get()) = token;
    QByteArray l = label, i = id;
    ck_attribute attrs[] = {{CKA_CLASS, &cls, sizeof cls},
                            {CKA_LABEL, l.data(), (unsigned long)l.size()},
                            {CKA_ID, i.data(), (unsigned long)i.size()}};
    for (auto &a : attrs)
        if (a.type == CKA_CLASS || a.value_len > 0)
            p11_kit_uri_set_attribute(uri.get(), &a);
    char *text = nullptr;
    if (p11_kit_uri_format(uri.get(), P11_KIT_URI_FOR_OBJECT_ON_TOKEN, &text) != P11_KIT_URI_OK || !text)
        return {};
    const QString out = QString::fromUtf8(text);
    free(text);
    return out;
}

} // namespace

// ---- Module ----

Result<Module> Module::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(HM_TR("Pkcs11", "The PKCS#11 module \"%1\" does not exist.").arg(path));
    CK_FUNCTION_LIST *fn = p11_kit_module_load(QFile::encodeName(path).constData(), 0);
    if (!fn)
        return fail(HM_TR("Pkcs11", "\"%1\" could not be loaded as a PKCS#11 module.").arg(path),
                    QString::fromUtf8(p11_kit_message() ? p11_kit_message() : ""));
    if (ck_rv_t rv = p11_kit_module_initialize(fn); rv != CKR_OK) {
        p11_kit_module_release(fn);
        Error e = ckError("C_Initialize", rv);
        e.message = HM_TR("Pkcs11", "The PKCS#11 module \"%1\" failed to start: %2").arg(path, e.message);
        return std::unexpected(e);
    }
    auto handle = std::make_shared<ModuleHandle>();
    handle->fn = fn;
    handle->path = info.absoluteFilePath();
    handle->name = info.fileName();
    return Module(std::move(handle));
}

Result<QList<Module>> Module::loadRegistered(QStringList *skipped)
{
    CK_FUNCTION_LIST **all = p11_kit_modules_load(nullptr, 0);
    if (!all)
        return fail(HM_TR("Pkcs11", "The registered PKCS#11 modules could not be loaded."),
                    QString::fromUtf8(p11_kit_message() ? p11_kit_message() : ""));
    QList<Module> out;
    for (CK_FUNCTION_LIST **m = all; *m; ++m) {
        CK_FUNCTION_LIST *fn = *m;
        char *name = p11_kit_module_get_name(fn);
        char *file = p11_kit_module_get_filename(fn);
        const QString moduleName = QString::fromUtf8(name ? name : "");
        const QString fileName = QString::fromUtf8(file ? file : "");
        free(name);
        free(file);
        if (moduleName == QLatin1String("p11-kit-trust") || fileName.endsWith(QLatin1String("p11-kit-trust.so"))) {
            p11_kit_module_release(fn);
            continue;
        }
        if (ck_rv_t rv = p11_kit_module_initialize(fn); rv != CKR_OK) {
            if (skipped)
                *skipped << QStringLiteral("%1: %2").arg(moduleName, ckError("C_Initialize", rv).detail);
            p11_kit_module_release(fn);
            continue;
        }
        auto handle = std::make_shared<ModuleHandle>();
        handle->fn = fn;
        handle->path = fileName;
        handle->name = moduleName;
        out << Module(std::move(handle));
    }
    free(all);  // the array only; each module is owned by its handle now
    return out;
}

ModuleInfo Module::info() const
{
    ModuleInfo out;
    out.path = m_handle->path;
    out.name = m_handle->name;
    ck_info i{};
    if (m_handle->fn->C_GetInfo(&i) == CKR_OK) {
        out.description = padded(i.library_description, sizeof i.library_description);
        out.manufacturer = padded(i.manufacturer_id, sizeof i.manufacturer_id);
        out.version = version(i.library_version);
    }
    return out;
}

Result<QList<SlotInfo>> Module::slots(bool tokenPresentOnly) const
{
    CK_FUNCTION_LIST *fn = m_handle->fn;
    unsigned long count = 0;
    if (ck_rv_t rv = fn->C_GetSlotList(tokenPresentOnly, nullptr, &count); rv != CKR_OK)
        return std::unexpected(ckError("C_GetSlotList", rv, HM_TR("Pkcs11", "Listing the slots failed.")));
    std::vector<ck_slot_id_t> ids(count);
    if (count > 0) {
        if (ck_rv_t rv = fn->C_GetSlotList(tokenPresentOnly, ids.data(), &count); rv != CKR_OK)
            return std::unexpected(ckError("C_GetSlotList", rv, HM_TR("Pkcs11", "Listing the slots failed.")));
        ids.resize(count);
    }
    QList<SlotInfo> out;
    for (ck_slot_id_t id : ids)
        if (auto s = slotFrom(fn, id))
            out << *s;
    return out;
}

Result<SlotInfo> Module::slot(quint64 slotId) const
{
    return slotFrom(m_handle->fn, ck_slot_id_t(slotId));
}

Result<std::shared_ptr<Session>> Module::openSession(quint64 slotId) const
{
    auto slotInfo = slot(slotId);
    if (!slotInfo)
        return std::unexpected(slotInfo.error());
    if (!slotInfo->token)
        return fail(HM_TR("Pkcs11", "There is no token in slot \"%1\".").arg(slotInfo->description));
    if (!slotInfo->token->initialized)
        return fail(HM_TR("Pkcs11", "The token in slot \"%1\" is blank (not initialised).").arg(slotInfo->description));
    ck_session_handle_t handle = 0;
    if (ck_rv_t rv = m_handle->fn->C_OpenSession(ck_slot_id_t(slotId), CKF_SERIAL_SESSION, nullptr, nullptr, &handle);
        rv != CKR_OK)
        return std::unexpected(ckError("C_OpenSession", rv,
                                       HM_TR("Pkcs11", "Opening token \"%1\" failed.").arg(slotInfo->token->label)));
    std::shared_ptr<Session> session(new Session);
    session->m_handle = m_handle;
    session->m_moduleInfo = info();
    session->m_slot = *slotInfo;
    session->m_session = handle;
    return session;
}

// ---- Session ----

Session::~Session()
{
    if (m_handle && m_session)
        m_handle->fn->C_CloseSession(m_session);
}

Result<TokenInfo> Session::tokenInfo() const
{
    ck_token_info t{};
    if (ck_rv_t rv = m_handle->fn->C_GetTokenInfo(ck_slot_id_t(m_slot.id), &t); rv != CKR_OK)
        return std::unexpected(ckError("C_GetTokenInfo", rv, HM_TR("Pkcs11", "Reading the token failed.")));
    return tokenFrom(t);
}

namespace {

Result<void> loginResult(ck_rv_t rv, const QString &token)
{
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN)
        return {};
    return std::unexpected(ckError("C_Login", rv, HM_TR("Pkcs11", "Logging in to token \"%1\" failed:").arg(token)));
}

} // namespace

Result<void> Session::login(SecretBuffer &pin)
{
    std::lock_guard lock(m_mutex);
    const QString label = m_slot.token ? m_slot.token->label : QString();
    if (pin.isEmpty())
        return fail(HM_TR("Pkcs11", "No PIN was given for token \"%1\".").arg(label));
    // C_Login takes a non-const pointer; hand it a scratch copy and wipe both.
    QByteArray scratch(pin.data(), pin.size());
    const ck_rv_t rv = m_handle->fn->C_Login(m_session, CKU_USER, reinterpret_cast<unsigned char *>(scratch.data()),
                                              (unsigned long)scratch.size());
    wipe(scratch);
    pin.clear();
    return loginResult(rv, label);
}

Result<void> Session::loginWithProtectedPath()
{
    std::lock_guard lock(m_mutex);
    const ck_rv_t rv = m_handle->fn->C_Login(m_session, CKU_USER, nullptr, 0);
    return loginResult(rv, m_slot.token ? m_slot.token->label : QString());
}

bool Session::isLoggedIn() const
{
    std::lock_guard lock(m_mutex);
    ck_session_info info{};
    if (m_handle->fn->C_GetSessionInfo(m_session, &info) != CKR_OK)
        return false;
    return info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS;
}

void Session::logout()
{
    std::lock_guard lock(m_mutex);
    m_handle->fn->C_Logout(m_session);
}

Result<QList<ObjectInfo>> Session::objects(std::optional<ObjectKind> kind)
{
    std::lock_guard lock(m_mutex);
    CK_FUNCTION_LIST *fn = m_handle->fn;
    ck_token_info token{};
    fn->C_GetTokenInfo(ck_slot_id_t(m_slot.id), &token);
    QList<ObjectInfo> out;
    const std::pair<ObjectKind, ck_object_class_t> classes[] = {
        {ObjectKind::PrivateKey, CKO_PRIVATE_KEY}, {ObjectKind::PublicKey, CKO_PUBLIC_KEY},
        {ObjectKind::Certificate, CKO_CERTIFICATE}};
    for (const auto &[k, cls] : classes) {
        if (kind && *kind != k)
            continue;
        auto found = findObjects(fn, m_session, Match{cls, {}, {}});
        if (!found)
            return std::unexpected(found.error());
        for (ck_object_handle_t o : *found) {
            ObjectInfo info;
            info.kind = k;
            const QByteArray label = attribute(fn, m_session, o, CKA_LABEL).value_or(QByteArray());
            info.label = QString::fromUtf8(label);
            info.id = attribute(fn, m_session, o, CKA_ID).value_or(QByteArray());
            if (k == ObjectKind::Certificate) {
                if (auto value = attribute(fn, m_session, o, CKA_VALUE))
                    if (auto cert = readCertificateDer(*value); cert) {
                        info.certificateSubject = (*cert)->subject();
                        if (KeyPtr key = (*cert)->publicKey()) {
                            info.keyDescription = key->typeName();
                            const int base = EVP_PKEY_get_base_id(key->get());
                            info.keyType = base == EVP_PKEY_EC ? KeyType::Ec
                                : base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS ? KeyType::Rsa
                                : base == EVP_PKEY_ED25519 ? KeyType::Ed25519
                                                           : KeyType::Unknown;
                        }
                    }
            } else {
                info.keyType = keyTypeOf(fn, m_session, o);
                info.keyDescription = keyDescription(fn, m_session, o, info.keyType);
                if (k == ObjectKind::PrivateKey)
                    info.canSign = attribute(fn, m_session, o, CKA_SIGN).value_or(QByteArray()).startsWith('\1');
            }
            info.uri = objectUri(token, cls, label, info.id);
            out << info;
        }
    }
    return out;
}

Result<std::unique_ptr<Pkcs11Signer>> Session::signer(const QString &label, const QByteArray &id)
{
    std::lock_guard lock(m_mutex);
    CK_FUNCTION_LIST *fn = m_handle->fn;
    const QString tokenLabel = m_slot.token ? m_slot.token->label : QString();
    Match match{CKO_PRIVATE_KEY, {}, {}};
    if (!label.isEmpty())
        match.label = label.toUtf8();
    if (!id.isEmpty())
        match.id = id;
    const QString what = !label.isEmpty() && !id.isEmpty()
        ? QStringLiteral("\"%1\" (id %2)").arg(label, QString::fromLatin1(id.toHex()))
        : !label.isEmpty() ? QStringLiteral("\"%1\"").arg(label)
        : !id.isEmpty()    ? QStringLiteral("id %1").arg(QString::fromLatin1(id.toHex()))
                           : QString();
    auto keys = findObjects(fn, m_session, match);
    if (!keys)
        return std::unexpected(keys.error());
    if (keys->empty()) {
        const bool loggedIn = [&] {
            ck_session_info info{};
            return fn->C_GetSessionInfo(m_session, &info) == CKR_OK
                && (info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS);
        }();
        return fail(what.isEmpty()
                        ? HM_TR("Pkcs11", "Token \"%1\" holds no private key.").arg(tokenLabel)
                        : HM_TR("Pkcs11", "Token \"%1\" holds no private key %2.").arg(tokenLabel, what),
                    loggedIn ? QString() : QStringLiteral("not logged in; private keys may be hidden"));
    }
    if (keys->size() > 1)
        return fail(HM_TR("Pkcs11", "Several private keys on token \"%1\" match; name one with object= and id= in the "
                                    "URI.").arg(tokenLabel));
    const ck_object_handle_t key = keys->front();
    const QByteArray keyLabel = attribute(fn, m_session, key, CKA_LABEL).value_or(QByteArray());
    const QByteArray keyId = attribute(fn, m_session, key, CKA_ID).value_or(QByteArray());
    const KeyType type = keyTypeOf(fn, m_session, key);
    const QString name = keyLabel.isEmpty() ? QString::fromLatin1(keyId.toHex()) : QString::fromUtf8(keyLabel);
    if (type == KeyType::Unknown)
        return fail(HM_TR("Pkcs11", "Key \"%1\" is of a type Hallmark cannot sign with (use EC, RSA or Ed25519).").arg(name));
    if (type == KeyType::Ed25519) {
        const auto params = attribute(fn, m_session, key, CKA_EC_PARAMS);
        if (params && !isEd25519Params(*params))
            return fail(HM_TR("Pkcs11", "Key \"%1\" is an EdDSA key on a curve other than Ed25519.").arg(name));
    }
    if (const auto sign = attribute(fn, m_session, key, CKA_SIGN); sign && !sign->isEmpty() && (*sign)[0] == '\0')
        return fail(HM_TR("Pkcs11", "Key \"%1\" on token \"%2\" is not allowed to sign.").arg(name, tokenLabel));

    // The public half: the public-key object, else the certificate, else the
    // private key's own public attributes (RSA tokens often expose them).
    const Match byIdOrLabel = keyId.isEmpty() ? Match{CKO_PUBLIC_KEY, keyLabel, {}} : Match{CKO_PUBLIC_KEY, {}, keyId};
    KeyPtr publicKey;
    if (auto pubs = findObjects(fn, m_session, byIdOrLabel); pubs)
        for (ck_object_handle_t o : *pubs)
            if (auto spki = spkiOf(fn, m_session, o, type); spki && (publicKey = keyFromSpki(*spki)))
                break;
    CertificatePtr certificate;
    Match certMatch = byIdOrLabel;
    certMatch.cls = CKO_CERTIFICATE;
    if (auto certs = findObjects(fn, m_session, certMatch); certs)
        for (ck_object_handle_t o : *certs) {
            auto value = attribute(fn, m_session, o, CKA_VALUE);
            auto cert = value ? readCertificateDer(*value) : Result<CertificatePtr>(fail(QString()));
            if (!cert || !(*cert)->publicKey())
                continue;
            if (publicKey && (*cert)->publicKey()->spkiDer() != publicKey->spkiDer())
                continue;  // a certificate for another key with the same id
            certificate = *cert;
            if (!publicKey)
                publicKey = certificate->publicKey();
            break;
        }
    if (!publicKey)
        if (auto spki = spkiOf(fn, m_session, key, type))
            publicKey = keyFromSpki(*spki);
    if (!publicKey)
        return fail(HM_TR("Pkcs11", "Token \"%1\" has no public key or certificate for key \"%2\"; Hallmark needs one "
                                    "to build the signature.").arg(tokenLabel, name));

    std::unique_ptr<Pkcs11Signer> signer(new Pkcs11Signer);
    signer->m_session = shared_from_this();
    signer->m_key = key;
    signer->m_keyType = type;
    signer->m_public = publicKey;
    signer->m_certificate = certificate;
    signer->m_label = QString::fromUtf8(keyLabel);
    signer->m_id = keyId;
    return signer;
}

} // namespace hallmark::pkcs11
