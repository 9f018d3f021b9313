#pragma once

#include "keys/pkcs11/pkcs11module.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hallmark::ui {

// One token as a scan saw it, with the objects visible before login.
struct ScannedToken {
    pkcs11::SlotInfo slot;
    QList<pkcs11::ObjectInfo> objects;
    QString error;  // listing the objects failed
};

struct ScannedModule {
    QString path;                           // the file (empty when loading failed by name)
    pkcs11::ModuleInfo info;
    std::optional<pkcs11::Module> module;   // kept loaded while the result lives
    QList<ScannedToken> tokens;
    QString error;                          // loading or listing slots failed
};

struct ScanResult {
    QList<ScannedModule> modules;
    QStringList skipped;  // registered modules that did not initialise
};

// Loads the modules (the registered ones when `registered`, then `paths`) and
// lists their tokens and objects. Blocks on the devices: run on a worker.
ScanResult scanTokens(const QStringList &paths, bool registered);

// The key URI the signer resolves: token attributes, object label and id,
// type=private and module-path. Never a PIN.
QString tokenKeyUri(const QString &modulePath, const pkcs11::TokenInfo &token, const QString &label,
                    const QByteArray &id);

} // namespace hallmark::ui
