#include "pkcs11/tokenkey.h"

#include <QCoreApplication>
#include <QStringList>

namespace hallmark::ui {

bool TokenKey::suitsModels() const
{
    static const QStringList curves{QStringLiteral("EC P-256"), QStringLiteral("EC P-384"), QStringLiteral("EC P-521")};
    return keyType == pkcs11::KeyType::Ec && curves.contains(keyDescription);
}

QString TokenKey::displayName() const
{
    return label.isEmpty() ? QCoreApplication::translate("TokenKey", "ID %1").arg(QString::fromLatin1(id.toHex())) : label;
}

} // namespace hallmark::ui
