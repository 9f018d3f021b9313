#include "pkcs11/tokenscan.h"

#include <QUrl>

namespace hallmark::ui {

namespace {

ScannedModule scanModule(const pkcs11::Module &module)
{
    ScannedModule out;
    out.info = module.info();
    out.path = out.info.path;
    out.module = module;
    auto slots = module.slots(true);
    if (!slots) {
        out.error = slots.error().message;
        return out;
    }
    for (const pkcs11::SlotInfo &slot : *slots) {
        ScannedToken token;
        token.slot = slot;
        if (slot.token && slot.token->initialized) {
            auto session = module.openSession(slot.id);
            if (!session) {
                token.error = session.error().message;
            } else if (auto objects = (*session)->objects(); objects) {
                token.objects = *objects;
            } else {
                token.error = objects.error().message;
            }
        }
        out.tokens << token;
    }
    return out;
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ScanResult scanTokens(const QStringList &paths, bool registered)
{
    ScanResult result;
    QStringList seen;
    if (registered) {
        auto modules = pkcs11::Module::loadRegistered(&result.skipped);
        if (modules) {
            for (const pkcs11::Module &m : *modules) {
                seen << m.info().path;
                result.modules << scanModule(m);
            }
        }
    }
    for (const QString &path : paths) {
        if (seen.contains(path))
            continue;
        seen << path;
        auto module = pkcs11::Module::load(path);
        if (!module) {
            ScannedModule failed;
            failed.path = path;
            failed.info.path = path;
            failed.info.name = path.section(QLatin1Char('/'), -1);
            failed.error = module.error().message;
            result.modules << failed;
            continue;
        }
        result.modules << scanModule(*module);
    }
    return result;
}

QString tokenKeyUri(const QString &modulePath, const pkcs11::TokenInfo &token, const QString &label, const QByteArray &id)
{
    QStringList path;
    if (!token.label.isEmpty())
        path << QStringLiteral("token=") + encoded(token.label);
    if (!token.manufacturer.isEmpty())
        path << QStringLiteral("manufacturer=") + encoded(token.manufacturer);
    if (!token.model.isEmpty())
        path << QStringLiteral("model=") + encoded(token.model);
    if (!token.serial.isEmpty())
        path << QStringLiteral("serial=") + encoded(token.serial);
    if (!label.isEmpty())
        path << QStringLiteral("object=") + encoded(label);
    if (!id.isEmpty()) {
        QString hexId;
        for (char c : id)
            hexId += QStringLiteral("%%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        path << QStringLiteral("id=") + hexId;
    }
    path << QStringLiteral("type=private");
    QString uri = QStringLiteral("pkcs11:") + path.join(QLatin1Char(';'));
    if (!modulePath.isEmpty())
        uri += QStringLiteral("?module-path=") + QString::fromLatin1(QUrl::toPercentEncoding(modulePath, "/"));
    return uri;
}

} // namespace hallmark::ui
