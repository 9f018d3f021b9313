#pragma once

#include "common/result.h"
#include "common/secretbuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hallmark::pkcs11 {

// An RFC 7512 key URI as model_signing accepts it:
//   pkcs11:token=…;slot-id=…;object=…;id=%..;type=private
//          ?pin-value=…|pin-source=file:…&module-path=…|module-name=…
// plus the token's manufacturer, model and serial. Any other attribute is
// refused rather than silently ignored. Move-only: it may hold the PIN.
class Uri
{
public:
    // Parses with p11-kit. The caller's copy of `text` may still hold a
    // pin-value; drop it after parsing.
    static Result<Uri> parse(const QString &text);

    QString token;         // token label, unpadded
    QString manufacturer;  // token manufacturer
    QString model;
    QString serial;
    std::optional<quint64> slotId;
    QString object;        // CKA_LABEL
    QByteArray id;         // CKA_ID
    QString type;          // "", "private", "public" or "cert"
    QString pinSource;     // a file path (the "file:" scheme removed)
    QString modulePath;
    QString moduleName;

    bool hasPinValue() const { return m_hasPin; }
    const SecretBuffer &pinValue() const { return m_pin; }
    void clearPin();

    // The URI for people and logs: never with pin-value.
    QString display() const { return m_display; }

private:
    SecretBuffer m_pin;
    bool m_hasPin = false;
    QString m_display;
};

// The module a URI names by module-name: searched in /usr/lib64/pkcs11/,
// /usr/lib/pkcs11/ (as model_signing does) and the platform module folder.
Result<QString> findModuleByName(const QString &name);

} // namespace hallmark::pkcs11
