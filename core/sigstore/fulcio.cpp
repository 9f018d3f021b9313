#include "sigstore/fulcio.h"

#include "common/tr.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace hallmark::sigstore {

namespace {

const char kPrefix[] = "1.3.6.1.4.1.57264.1.";

QString utf8(const ASN1_STRING *s)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

QString oidText(const ASN1_OBJECT *obj)
{
    char buf[128];
    OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return QString::fromLatin1(buf);
}

} // namespace

QString fulcioExtensionName(int suffix)
{
    switch (suffix) {
    case 1: return QStringLiteral("Issuer");
    case 2: return QStringLiteral("GitHub Workflow Trigger");
    case 3: return QStringLiteral("GitHub Workflow SHA");
    case 4: return QStringLiteral("GitHub Workflow Name");
    case 5: return QStringLiteral("GitHub Workflow Repository");
    case 6: return QStringLiteral("GitHub Workflow Ref");
    case 7: return QStringLiteral("OtherName SAN");
    case 8: return QStringLiteral("Issuer (V2)");
    case 9: return QStringLiteral("Build Signer URI");
    case 10: return QStringLiteral("Build Signer Digest");
    case 11: return QStringLiteral("Runner Environment");
    case 12: return QStringLiteral("Source Repository URI");
    case 13: return QStringLiteral("Source Repository Digest");
    case 14: return QStringLiteral("Source Repository Ref");
    case 15: return QStringLiteral("Source Repository Identifier");
    case 16: return QStringLiteral("Source Repository Owner URI");
    case 17: return QStringLiteral("Source Repository Owner Identifier");
    case 18: return QStringLiteral("Build Config URI");
    case 19: return QStringLiteral("Build Config Digest");
    case 20: return QStringLiteral("Build Trigger");
    case 21: return QStringLiteral("Run Invocation URI");
    case 22: return QStringLiteral("Source Repository Visibility At Signing");
    case 23: return QStringLiteral("Deployment Environment");
    case 24: return QStringLiteral("Token Subject");
    default: return {};
    }
}

FulcioIdentity fulcioIdentity(const Certificate &leaf)
{
    FulcioIdentity id;
    QString issuerV1, issuerV2;
    for (int i = 0; i < X509_get_ext_count(leaf.get()); ++i) {
        X509_EXTENSION *ext = X509_get_ext(leaf.get(), i);
        const QString oid = oidText(X509_EXTENSION_get_object(ext));
        if (!oid.startsWith(QLatin1String(kPrefix)))
            continue;
        bool ok = false;
        const int suffix = oid.mid(int(qstrlen(kPrefix))).toInt(&ok);
        if (!ok)
            continue;
        const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(ext);
        QString value;
        if (suffix <= 6) {
            value = utf8(data);
        } else {
            const unsigned char *p = ASN1_STRING_get0_data(data);
            ASN1_UTF8STRING *s = d2i_ASN1_UTF8STRING(nullptr, &p, ASN1_STRING_length(data));
            if (s) {
                value = utf8(s);
                ASN1_UTF8STRING_free(s);
            } else {
                value = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)),
                                                       ASN1_STRING_length(data)).toHex());
                ERR_clear_error();
            }
        }
        if (suffix == 1)
            issuerV1 = value;
        if (suffix == 8)
            issuerV2 = value;
        const QString name = fulcioExtensionName(suffix);
        id.extensions.append({oid, name.isEmpty() ? oid : name, value});
    }
    id.issuer = issuerV2.isEmpty() ? issuerV1 : issuerV2;
    if (!issuerV1.isEmpty() && !issuerV2.isEmpty() && issuerV1 != issuerV2)
        id.issuerProblem = HM_TR("Sigstore", "The certificate names two different issuers: \"%1\" and \"%2\".").arg(issuerV1, issuerV2);

    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(leaf.get(), NID_subject_alt_name, nullptr, nullptr));
    QString uri, email, other;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, i);
        if (n->type == GEN_URI && uri.isEmpty())
            uri = utf8(n->d.uniformResourceIdentifier);
        else if (n->type == GEN_EMAIL && email.isEmpty())
            email = utf8(n->d.rfc822Name);
        else if (n->type == GEN_OTHERNAME && other.isEmpty()
                 && oidText(n->d.otherName->type_id) == QLatin1String("1.3.6.1.4.1.57264.1.7")
                 && n->d.otherName->value->type == V_ASN1_UTF8STRING)
            other = utf8(n->d.otherName->value->value.utf8string);
    }
    GENERAL_NAMES_free(names);
    ERR_clear_error();
    if (!uri.isEmpty()) {
        id.san = uri;
        id.sanType = QStringLiteral("URI");
    } else if (!email.isEmpty()) {
        id.san = email;
        id.sanType = QStringLiteral("email");
    } else if (!other.isEmpty()) {
        id.san = other;
        id.sanType = QStringLiteral("otherName");
    }
    return id;
}

} // namespace hallmark::sigstore
