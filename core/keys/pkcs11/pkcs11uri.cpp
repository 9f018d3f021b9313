#include "keys/pkcs11/pkcs11uri.h"

#include "common/tr.h"
#include "keys/pkcs11/p11.h"

#include <QFileInfo>
#include <QUrl>

#include <openssl/crypto.h>

#ifndef HALLMARK_P11_MODULE_PATH
#define HALLMARK_P11_MODULE_PATH ""
#endif

namespace hallmark::pkcs11 {

namespace {

using namespace detail;

struct UriFree { void operator()(P11KitUri *u) const { p11_kit_uri_free(u); } };

// p11-kit accepts unknown attributes silently; list what the URI names.
std::optional<QString> unsupportedAttribute(const QString &text)
{
    static const QStringList pathNames{QStringLiteral("token"), QStringLiteral("manufacturer"), QStringLiteral("model"),
                                       QStringLiteral("serial"), QStringLiteral("slot-id"), QStringLiteral("object"),
                                       QStringLiteral("id"), QStringLiteral("type")};
    static const QStringList queryNames{QStringLiteral("pin-value"), QStringLiteral("pin-source"),
                                        QStringLiteral("module-path"), QStringLiteral("module-name")};
    const QString rest = text.mid(text.indexOf(QLatin1Char(':')) + 1);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? rest : rest.left(q);
    const QString query = q < 0 ? QString() : rest.mid(q + 1);
    auto check = [](const QString &part, QChar sep, const QStringList &allowed) -> std::optional<QString> {
        for (const QString &item : part.split(sep, Qt::SkipEmptyParts)) {
            const QString name = item.section(QLatin1Char('='), 0, 0).trimmed().toLower();
            if (!allowed.contains(name) || !item.contains(QLatin1Char('=')))
                return name;
        }
        return std::nullopt;
    };
    if (auto bad = check(path, QLatin1Char(';'), pathNames))
        return bad;
    return check(query, QLatin1Char('&'), queryNames);
}

QString field(const unsigned char *text, size_t size)
{
    return text[0] == 0 ? QString() : padded(text, size);  // unset fields stay zeroed
}

} // namespace

void Uri::clearPin()
{
    m_pin.clear();
    m_hasPin = false;
}

Result<Uri> Uri::parse(const QString &text)
{
    if (!text.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive))
        return fail(HM_TR("Pkcs11", "A PKCS#11 URI starts with \"pkcs11:\"."));
    if (auto bad = unsupportedAttribute(text))
        return fail(HM_TR("Pkcs11", "The PKCS#11 URI uses \"%1\", which Hallmark does not support. Use token, "
                                    "manufacturer, model, serial, slot-id, object, id and type, and in the query "
                                    "pin-value, pin-source, module-path or module-name.")
                        .arg(*bad));
    std::unique_ptr<P11KitUri, UriFree> uri(p11_kit_uri_new());
    QByteArray utf8 = text.toUtf8();
    const int rc = p11_kit_uri_parse(utf8.constData(), P11_KIT_URI_FOR_ANY, uri.get());
    wipe(utf8);
    if (rc != P11_KIT_URI_OK)
        return fail(HM_TR("Pkcs11", "The PKCS#11 URI is not valid."), QString::fromUtf8(p11_kit_uri_message(rc)));
    if (p11_kit_uri_any_unrecognized(uri.get())) {
        p11_kit_uri_set_pin_value(uri.get(), nullptr);
        return fail(HM_TR("Pkcs11", "The PKCS#11 URI has an attribute or value Hallmark does not recognise "
                                    "(such as an unknown type)."));
    }

    Uri out;
    const char *pin = p11_kit_uri_get_pin_value(uri.get());
    if (pin) {
        out.m_pin = SecretBuffer(QByteArray(pin));
        out.m_hasPin = true;
        p11_kit_uri_set_pin_value(uri.get(), nullptr);
    }
    if (const char *source = p11_kit_uri_get_pin_source(uri.get())) {
        QString s = QString::fromUtf8(source);
        if (s.startsWith(QLatin1String("file:"))) {
            const QUrl url(s);
            s = url.isLocalFile() ? url.toLocalFile() : s.mid(5);
        }
        if (s.isEmpty() || s.contains(QLatin1String("://")) || QFileInfo(s).isRelative())
            return fail(HM_TR("Pkcs11", "pin-source must name a file by absolute path (file:/path/to/pin)."));
        out.pinSource = s;
    }
    if (out.m_hasPin && !out.pinSource.isEmpty())
        return fail(HM_TR("Pkcs11", "The PKCS#11 URI gives both pin-value and pin-source; give one."));
    if (const char *p = p11_kit_uri_get_module_path(uri.get()))
        out.modulePath = QString::fromUtf8(p);
    if (const char *n = p11_kit_uri_get_module_name(uri.get()))
        out.moduleName = QString::fromUtf8(n);
    if (!out.modulePath.isEmpty() && !out.moduleName.isEmpty())
        return fail(HM_TR("Pkcs11", "The PKCS#11 URI gives both module-path and module-name; give one."));

    const struct ck_token_info *token = p11_kit_uri_get_token_info(uri.get());
    out.token = field(token->label, sizeof token->label);
    out.manufacturer = field(token->manufacturer_id, sizeof token->manufacturer_id);
    out.model = field(token->model, sizeof token->model);
    out.serial = field(token->serial_number, sizeof token->serial_number);
    const ck_slot_id_t slot = p11_kit_uri_get_slot_id(uri.get());
    if (slot != ck_slot_id_t(-1))
        out.slotId = quint64(slot);
    if (const struct ck_attribute *a = p11_kit_uri_get_attribute(uri.get(), CKA_LABEL))
        out.object = QString::fromUtf8(static_cast<const char *>(a->value), int(a->value_len));
    if (const struct ck_attribute *a = p11_kit_uri_get_attribute(uri.get(), CKA_ID))
        out.id = QByteArray(static_cast<const char *>(a->value), int(a->value_len));
    if (const struct ck_attribute *a = p11_kit_uri_get_attribute(uri.get(), CKA_CLASS);
        a && a->value_len == sizeof(ck_object_class_t)) {
        const auto cls = *static_cast<const ck_object_class_t *>(a->value);
        if (cls == CKO_PRIVATE_KEY)
            out.type = QStringLiteral("private");
        else if (cls == CKO_PUBLIC_KEY)
            out.type = QStringLiteral("public");
        else if (cls == CKO_CERTIFICATE)
            out.type = QStringLiteral("cert");
        else
            return fail(HM_TR("Pkcs11", "The PKCS#11 URI must name a key (type=private, public or cert)."));
    }

    char *formatted = nullptr;
    if (p11_kit_uri_format(uri.get(), P11_KIT_URI_FOR_ANY, &formatted) == P11_KIT_URI_OK && formatted) {
        out.m_display = QString::fromUtf8(formatted);
        free(formatted);
    }
    return out;
}

Result<QString> findModuleByName(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return fail(HM_TR("Pkcs11", "module-name must be a plain file name, such as \"opensc-pkcs11\"."));
    QStringList dirs{QStringLiteral("/usr/lib64/pkcs11"), QStringLiteral("/usr/lib/pkcs11")};
    const QString platform = QStringLiteral(HALLMARK_P11_MODULE_PATH);
    if (!platform.isEmpty() && !dirs.contains(platform))
        dirs << platform;
    for (const QString &dir : dirs)
        for (const QString &file : {name, name + QStringLiteral(".so")}) {
            const QFileInfo info(dir + QLatin1Char('/') + file);
            if (info.isFile())
                return info.absoluteFilePath();
        }
    return fail(HM_TR("Pkcs11", "No PKCS#11 module named \"%1\" was found in %2.").arg(name, dirs.join(QLatin1String(", "))));
}

} // namespace hallmark::pkcs11
