#pragma once

#include "keys/pkcs11/pkcs11types.h"

#include <QByteArray>
#include <QString>

namespace hallmark::ui {

// A key picked in the token tree: everything the PIN dialog and the signer need.
struct TokenKey {
    QString modulePath;
    pkcs11::ModuleInfo module;
    pkcs11::SlotInfo slot;
    QString label;
    QByteArray id;
    pkcs11::KeyType keyType = pkcs11::KeyType::Unknown;
    QString keyDescription;          // "EC P-256"
    bool withCertificate = false;    // the certificate object was picked: certificate method
    QString certificateSubject;
    QString uri;                     // without a PIN

    QString tokenLabel() const { return slot.token ? slot.token->label : QString(); }
    // Model signatures need EC P-256, P-384 or P-521.
    bool suitsModels() const;
    QString displayName() const;     // label, else "id 01"
};

} // namespace hallmark::ui
