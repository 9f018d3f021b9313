#pragma once

#include "common/result.h"
#include "common/secretbuffer.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "keys/pkcs11/pkcs11types.h"

#include <QList>

#include <memory>
#include <mutex>

namespace hallmark::pkcs11 {

namespace detail { struct ModuleHandle; }
class Session;
class Pkcs11Signer;

// A loaded PKCS#11 module. Copies share the module; the last one finalises
// it. Browse with slots() and openSession(); every call may block on the
// device, so call from a worker thread in a GUI.
class Module
{
public:
    // A module the user picked by path (p11_kit_module_load + initialize).
    static Result<Module> load(const QString &path);
    // The modules registered with p11-kit, without the p11-kit-trust store.
    // Modules that fail to initialise are left out and named in `skipped`.
    static Result<QList<Module>> loadRegistered(QStringList *skipped = nullptr);

    ModuleInfo info() const;
    // Every slot (tokenPresentOnly: those holding a token) with its token.
    Result<QList<SlotInfo>> slots(bool tokenPresentOnly = true) const;
    Result<SlotInfo> slot(quint64 slotId) const;
    Result<std::shared_ptr<Session>> openSession(quint64 slotId) const;

private:
    explicit Module(std::shared_ptr<detail::ModuleHandle> handle) : m_handle(std::move(handle)) {}
    std::shared_ptr<detail::ModuleHandle> m_handle;
    friend class Session;
};

// A read-only session on one token. All calls are serialised on the session;
// keep it alive while a signer made from it is in use.
class Session : public std::enable_shared_from_this<Session>
{
public:
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const ModuleInfo &module() const { return m_moduleInfo; }
    const SlotInfo &slot() const { return m_slot; }
    // Fresh token flags (the PIN counters change after failed logins).
    Result<TokenInfo> tokenInfo() const;

    // Logs the user in. The PIN is cleared when the call returns, whatever
    // the outcome. An already logged-in token counts as success.
    Result<void> login(SecretBuffer &pin);
    // For tokens with a protected authentication path: the PIN is entered on
    // the reader (NULL PIN). Blocks until the user has done so.
    Result<void> loginWithProtectedPath();
    bool isLoggedIn() const;
    void logout();

    // Private keys are often visible only after login.
    Result<QList<ObjectInfo>> objects(std::optional<ObjectKind> kind = std::nullopt);

    // The signer for a private key, with its public key taken from the public
    // key object (same CKA_ID, else label) or the certificate, and the
    // certificate with the same CKA_ID when there is one.
    Result<std::unique_ptr<Pkcs11Signer>> signer(const QString &label, const QByteArray &id);

private:
    friend class Module;
    friend class Pkcs11Signer;
    Session() = default;
    std::shared_ptr<detail::ModuleHandle> m_handle;
    ModuleInfo m_moduleInfo;
    SlotInfo m_slot;
    unsigned long m_session = 0;
    mutable std::mutex m_mutex;
};

} // namespace hallmark::pkcs11
