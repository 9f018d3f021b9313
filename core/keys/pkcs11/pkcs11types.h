#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hallmark::pkcs11 {

enum class KeyType { Unknown, Ec, Rsa, Ed25519 };
enum class ObjectKind { PrivateKey, PublicKey, Certificate };

struct ModuleInfo {
    QString path;         // the library file
    QString name;         // p11-kit's registered name, or the file name
    QString description;  // the module's own library description
    QString manufacturer;
    QString version;
};

struct TokenInfo {
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    bool initialized = true;   // a blank token (CKF_TOKEN_INITIALIZED unset) has no objects
    bool loginRequired = false;
    bool protectedAuthenticationPath = false;  // PIN pad: log in with no PIN
    bool userPinInitialized = false;
    bool userPinCountLow = false;
    bool userPinFinalTry = false;
    bool userPinLocked = false;
    bool writeProtected = false;
    quint64 minPinLength = 0;
    quint64 maxPinLength = 0;
};

struct SlotInfo {
    quint64 id = 0;
    QString description;
    QString manufacturer;
    bool tokenPresent = false;
    bool removable = false;
    bool hardware = false;
    std::optional<TokenInfo> token;  // when a token is present and answers
};

struct ObjectInfo {
    ObjectKind kind = ObjectKind::PrivateKey;
    QString label;
    QByteArray id;
    KeyType keyType = KeyType::Unknown;
    QString keyDescription;  // "EC P-256", "RSA 3072", "Ed25519" when known
    bool canSign = false;    // private keys with CKA_SIGN
    QString certificateSubject;  // certificates only
    QString uri;                 // pkcs11: URI of the object, without a PIN
};

QString kindName(ObjectKind kind);       // "private key", "public key", "certificate" (translated)
QString keyTypeName(KeyType type);       // "EC", "RSA", "Ed25519", "unknown"

} // namespace hallmark::pkcs11
