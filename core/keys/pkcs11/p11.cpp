#include "keys/pkcs11/p11.h"

#include "common/tr.h"

namespace hallmark::pkcs11::detail {

ModuleHandle::~ModuleHandle()
{
    if (fn) {
        p11_kit_module_finalize(fn);
        p11_kit_module_release(fn);
    }
}

QString ckName(ck_rv_t rv)
{
    struct Name { ck_rv_t rv; const char *name; };
    static const Name names[] = {
        {CKR_OK, "CKR_OK"},
        {CKR_HOST_MEMORY, "CKR_HOST_MEMORY"},
        {CKR_SLOT_ID_INVALID, "CKR_SLOT_ID_INVALID"},
        {CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR"},
        {CKR_FUNCTION_FAILED, "CKR_FUNCTION_FAILED"},
        {CKR_ARGUMENTS_BAD, "CKR_ARGUMENTS_BAD"},
        {CKR_ATTRIBUTE_SENSITIVE, "CKR_ATTRIBUTE_SENSITIVE"},
        {CKR_ATTRIBUTE_TYPE_INVALID, "CKR_ATTRIBUTE_TYPE_INVALID"},
        {CKR_DATA_LEN_RANGE, "CKR_DATA_LEN_RANGE"},
        {CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR"},
        {CKR_DEVICE_MEMORY, "CKR_DEVICE_MEMORY"},
        {CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED"},
        {CKR_FUNCTION_CANCELED, "CKR_FUNCTION_CANCELED"},
        {CKR_FUNCTION_NOT_SUPPORTED, "CKR_FUNCTION_NOT_SUPPORTED"},
        {CKR_KEY_HANDLE_INVALID, "CKR_KEY_HANDLE_INVALID"},
        {CKR_KEY_TYPE_INCONSISTENT, "CKR_KEY_TYPE_INCONSISTENT"},
        {CKR_KEY_FUNCTION_NOT_PERMITTED, "CKR_KEY_FUNCTION_NOT_PERMITTED"},
        {CKR_MECHANISM_INVALID, "CKR_MECHANISM_INVALID"},
        {CKR_MECHANISM_PARAM_INVALID, "CKR_MECHANISM_PARAM_INVALID"},
        {CKR_OBJECT_HANDLE_INVALID, "CKR_OBJECT_HANDLE_INVALID"},
        {CKR_OPERATION_ACTIVE, "CKR_OPERATION_ACTIVE"},
        {CKR_OPERATION_NOT_INITIALIZED, "CKR_OPERATION_NOT_INITIALIZED"},
        {CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT"},
        {CKR_PIN_INVALID, "CKR_PIN_INVALID"},
        {CKR_PIN_LEN_RANGE, "CKR_PIN_LEN_RANGE"},
        {CKR_PIN_EXPIRED, "CKR_PIN_EXPIRED"},
        {CKR_PIN_LOCKED, "CKR_PIN_LOCKED"},
        {CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED"},
        {CKR_SESSION_COUNT, "CKR_SESSION_COUNT"},
        {CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID"},
        {CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT"},
        {CKR_TOKEN_NOT_RECOGNIZED, "CKR_TOKEN_NOT_RECOGNIZED"},
        {CKR_USER_ALREADY_LOGGED_IN, "CKR_USER_ALREADY_LOGGED_IN"},
        {CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN"},
        {CKR_USER_PIN_NOT_INITIALIZED, "CKR_USER_PIN_NOT_INITIALIZED"},
        {CKR_USER_TYPE_INVALID, "CKR_USER_TYPE_INVALID"},
        {CKR_BUFFER_TOO_SMALL, "CKR_BUFFER_TOO_SMALL"},
        {CKR_CRYPTOKI_NOT_INITIALIZED, "CKR_CRYPTOKI_NOT_INITIALIZED"},
        {CKR_CRYPTOKI_ALREADY_INITIALIZED, "CKR_CRYPTOKI_ALREADY_INITIALIZED"},
        {CKR_FUNCTION_REJECTED, "CKR_FUNCTION_REJECTED"},
    };
    for (const Name &n : names)
        if (n.rv == rv)
            return QString::fromLatin1(n.name);
    return QStringLiteral("CKR_0x%1").arg(qulonglong(rv), 0, 16);
}

bool isTokenGone(ck_rv_t rv)
{
    return rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_SESSION_HANDLE_INVALID
        || rv == CKR_SESSION_CLOSED || rv == CKR_DEVICE_ERROR || rv == CKR_SLOT_ID_INVALID || rv == CKR_CRYPTOKI_NOT_INITIALIZED;
}

Error ckError(const char *function, ck_rv_t rv, const QString &context)
{
    QString message;
    switch (rv) {
    case CKR_PIN_INCORRECT: message = HM_TR("Pkcs11", "The PIN is wrong."); break;
    case CKR_PIN_LOCKED: message = HM_TR("Pkcs11", "The token's PIN is locked after too many wrong attempts; "
                                                   "unlock it with the security officer PIN or PUK."); break;
    case CKR_PIN_EXPIRED: message = HM_TR("Pkcs11", "The token's PIN has expired; set a new one first."); break;
    case CKR_PIN_LEN_RANGE:
    case CKR_PIN_INVALID: message = HM_TR("Pkcs11", "The PIN has the wrong length or characters for this token."); break;
    case CKR_USER_PIN_NOT_INITIALIZED:
        message = HM_TR("Pkcs11", "The token has no user PIN yet; initialise the user PIN before signing."); break;
    case CKR_USER_NOT_LOGGED_IN: message = HM_TR("Pkcs11", "The token needs a login before it can sign."); break;
    case CKR_FUNCTION_CANCELED: message = HM_TR("Pkcs11", "The operation was cancelled on the token."); break;
    case CKR_MECHANISM_INVALID:
    case CKR_MECHANISM_PARAM_INVALID:
    case CKR_KEY_TYPE_INCONSISTENT:
        message = HM_TR("Pkcs11", "The token cannot sign with this kind of key or mechanism."); break;
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
        message = HM_TR("Pkcs11", "The token does not allow this key to sign."); break;
    case CKR_TOKEN_NOT_RECOGNIZED:
        message = HM_TR("Pkcs11", "The token is not recognised by its module, or it is blank."); break;
    case CKR_KEY_HANDLE_INVALID:
    case CKR_OBJECT_HANDLE_INVALID:
        message = HM_TR("Pkcs11", "The key is no longer on the token; the token was removed or changed."); break;
    case CKR_FUNCTION_REJECTED: message = HM_TR("Pkcs11", "The signature was refused on the token."); break;
    case CKR_DEVICE_MEMORY:
    case CKR_HOST_MEMORY: message = HM_TR("Pkcs11", "The token ran out of memory."); break;
    default:
        message = isTokenGone(rv)
            ? HM_TR("Pkcs11", "The token was removed or stopped responding; insert it and try again.")
            : HM_TR("Pkcs11", "The token reported an error: %1.").arg(QString::fromUtf8(p11_kit_strerror(rv)));
    }
    if (!context.isEmpty())
        message = context + QLatin1Char(' ') + message;
    const QString detail = QStringLiteral("%1: %2 (0x%3): %4")
                               .arg(QLatin1String(function), ckName(rv))
                               .arg(qulonglong(rv), 0, 16)
                               .arg(QString::fromUtf8(p11_kit_strerror(rv)));
    return Error{message, detail};
}

QString padded(const unsigned char *text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), int(p11_kit_space_strlen(text, size)));
}

std::optional<QByteArray> attribute(CK_FUNCTION_LIST *fn, ck_session_handle_t session, ck_object_handle_t object,
                                    ck_attribute_type_t type)
{
    ck_attribute a{type, nullptr, 0};
    if (fn->C_GetAttributeValue(session, object, &a, 1) != CKR_OK || a.value_len == (unsigned long)-1)
        return std::nullopt;
    QByteArray out(int(a.value_len), '\0');
    a.value = out.data();
    if (fn->C_GetAttributeValue(session, object, &a, 1) != CKR_OK || a.value_len == (unsigned long)-1)
        return std::nullopt;
    out.truncate(int(a.value_len));
    return out;
}

std::optional<unsigned long> ulongAttribute(CK_FUNCTION_LIST *fn, ck_session_handle_t session,
                                            ck_object_handle_t object, ck_attribute_type_t type)
{
    unsigned long value = 0;
    ck_attribute a{type, &value, sizeof value};
    if (fn->C_GetAttributeValue(session, object, &a, 1) != CKR_OK || a.value_len != sizeof value)
        return std::nullopt;
    return value;
}

Result<std::vector<ck_object_handle_t>> findObjects(CK_FUNCTION_LIST *fn, ck_session_handle_t session,
                                                    const Match &match, bool anyClass)
{
    ck_object_class_t cls = match.cls;
    QByteArray label = match.label.value_or(QByteArray());
    QByteArray id = match.id.value_or(QByteArray());
    std::vector<ck_attribute> tmpl;
    if (!anyClass)
        tmpl.push_back({CKA_CLASS, &cls, sizeof cls});
    if (match.label)
        tmpl.push_back({CKA_LABEL, label.data(), (unsigned long)label.size()});
    if (match.id)
        tmpl.push_back({CKA_ID, id.data(), (unsigned long)id.size()});
    ck_rv_t rv = fn->C_FindObjectsInit(session, tmpl.empty() ? nullptr : tmpl.data(), (unsigned long)tmpl.size());
    if (rv != CKR_OK)
        return std::unexpected(ckError("C_FindObjectsInit", rv, HM_TR("Pkcs11", "Searching the token failed.")));
    std::vector<ck_object_handle_t> found;
    ck_object_handle_t batch[64];
    for (;;) {
        unsigned long n = 0;
        rv = fn->C_FindObjects(session, batch, 64, &n);
        if (rv != CKR_OK) {
            fn->C_FindObjectsFinal(session);
            return std::unexpected(ckError("C_FindObjects", rv, HM_TR("Pkcs11", "Searching the token failed.")));
        }
        found.insert(found.end(), batch, batch + n);
        if (n == 0 || found.size() > 4096)
            break;
    }
    fn->C_FindObjectsFinal(session);
    return found;
}

namespace {

QByteArray tlv(char tag, const QByteArray &content)
{
    QByteArray out(1, tag);
    const qsizetype n = content.size();
    if (n < 0x80) {
        out += char(n);
    } else {
        QByteArray len;
        for (qsizetype v = n; v; v >>= 8)
            len.prepend(char(v & 0xff));
        out += char(0x80 | len.size());
        out += len;
    }
    return out + content;
}

QByteArray derInteger(QByteArray bytes)
{
    while (bytes.size() > 1 && bytes[0] == '\0')
        bytes.remove(0, 1);
    if (bytes.isEmpty())
        bytes = QByteArray(1, '\0');
    if (uchar(bytes[0]) & 0x80)
        bytes.prepend('\0');
    return tlv(0x02, bytes);
}

// CKA_EC_POINT is a DER OCTET STRING; some tokens give the bare point.
QByteArray unwrapPoint(const QByteArray &data)
{
    if (data.size() < 2 || data[0] != 0x04)
        return data;
    const uchar first = uchar(data[1]);
    qsizetype header = 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int n = first & 0x7f;
        if (n < 1 || n > 3 || data.size() < 2 + n)
            return data;
        length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | uchar(data[2 + i]);
        header = 2 + n;
    }
    return header + length == data.size() ? data.mid(header) : data;
}

const QByteArray kEcPublicKeyOid = QByteArray::fromHex("06072a8648ce3d0201");
const QByteArray kEd25519Oid = QByteArray::fromHex("06032b6570");
const QByteArray kRsaEncryption = QByteArray::fromHex("06092a864886f70d0101010500");

} // namespace

QByteArray ecSpki(const QByteArray &ecParams, const QByteArray &ecPoint)
{
    return tlv(0x30, tlv(0x30, kEcPublicKeyOid + ecParams) + tlv(0x03, QByteArray(1, '\0') + unwrapPoint(ecPoint)));
}

QByteArray ed25519Spki(const QByteArray &ecPoint)
{
    return tlv(0x30, tlv(0x30, kEd25519Oid) + tlv(0x03, QByteArray(1, '\0') + unwrapPoint(ecPoint)));
}

QByteArray rsaSpki(const QByteArray &modulus, const QByteArray &exponent)
{
    const QByteArray key = tlv(0x30, derInteger(modulus) + derInteger(exponent));
    return tlv(0x30, tlv(0x30, kRsaEncryption) + tlv(0x03, QByteArray(1, '\0') + key));
}

bool isEd25519Params(const QByteArray &ecParams)
{
    return ecParams == kEd25519Oid || ecParams == tlv(0x13, "edwards25519") || ecParams == tlv(0x0c, "edwards25519");
}

QString ecCurveLabel(const QByteArray &ecParams)
{
    if (ecParams == QByteArray::fromHex("06082a8648ce3d030107"))
        return QStringLiteral("P-256");
    if (ecParams == QByteArray::fromHex("06052b81040022"))
        return QStringLiteral("P-384");
    if (ecParams == QByteArray::fromHex("06052b81040023"))
        return QStringLiteral("P-521");
    if (ecParams == QByteArray::fromHex("06052b8104000a"))
        return QStringLiteral("secp256k1");
    return QString::fromLatin1(ecParams.toHex());
}

} // namespace hallmark::pkcs11::detail
