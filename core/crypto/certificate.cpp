#include "crypto/certificate.h"

#include "common/tr.h"
#include "hashing/digester.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace hallmark {

namespace {

QString nameText(const X509_NAME *name)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::bioContents(bio.get()));
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString asn1String(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

} // namespace

QString Certificate::subject() const { return nameText(X509_get_subject_name(get())); }
QString Certificate::issuer() const { return nameText(X509_get_issuer_name(get())); }

QString Certificate::commonName() const
{
    const X509_NAME *name = X509_get_subject_name(get());
    const int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (i < 0)
        return {};
    return asn1String(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
}

QString Certificate::serialHex() const
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(get()), nullptr);
    char *hexText = bn ? BN_bn2hex(bn) : nullptr;
    QString out = hexText ? QString::fromLatin1(hexText).toLower() : QString();
    OPENSSL_free(hexText);
    BN_free(bn);
    return out;
}

QDateTime Certificate::notBefore() const { return asnTime(X509_get0_notBefore(get())); }
QDateTime Certificate::notAfter() const { return asnTime(X509_get0_notAfter(get())); }

QStringList Certificate::subjectAltNames() const
{
    QStringList out;
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(get(), NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, i);
        switch (n->type) {
        case GEN_EMAIL: out << QStringLiteral("email:") + asn1String(n->d.rfc822Name); break;
        case GEN_URI: out << QStringLiteral("URI:") + asn1String(n->d.uniformResourceIdentifier); break;
        case GEN_DNS: out << QStringLiteral("DNS:") + asn1String(n->d.dNSName); break;
        case GEN_OTHERNAME:
            if (n->d.otherName->value->type == V_ASN1_UTF8STRING)
                out << QStringLiteral("otherName:") + asn1String(n->d.otherName->value->value.utf8string);
            else
                out << QStringLiteral("otherName:?");
            break;
        default: break;
        }
    }
    GENERAL_NAMES_free(names);
    return out;
}

bool Certificate::isCa() const
{
    return X509_check_ca(get()) > 0;
}

bool Certificate::isSelfIssued() const
{
    return X509_NAME_cmp(X509_get_subject_name(get()), X509_get_issuer_name(get())) == 0;
}

bool Certificate::allowsCodeSigning() const
{
    const uint32_t flags = X509_get_extension_flags(get());
    const bool kuSigning = (flags & EXFLAG_KUSAGE) && (X509_get_key_usage(get()) & KU_DIGITAL_SIGNATURE);
    const bool ekuCode = (flags & EXFLAG_XKUSAGE) && (X509_get_extended_key_usage(get()) & XKU_CODE_SIGN);
    return kuSigning || ekuCode;
}

KeyPtr Certificate::publicKey() const
{
    EVP_PKEY *pkey = X509_get_pubkey(get());
    return pkey ? std::make_shared<Key>(ossl::Pkey(pkey)) : nullptr;
}

QByteArray Certificate::der() const
{
    unsigned char *out = nullptr;
    const int len = i2d_X509(get(), &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

QByteArray Certificate::pem() const
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), get());
    return ossl::bioContents(bio.get());
}

QString Certificate::fingerprint() const
{
    return QString::fromLatin1(Digester::digest(HashAlgorithm::Sha256, der()).toHex());
}

QList<CertificateExtension> Certificate::extensions() const
{
    QList<CertificateExtension> out;
    for (int i = 0; i < X509_get_ext_count(get()); ++i) {
        X509_EXTENSION *ext = X509_get_ext(get(), i);
        const ASN1_OBJECT *obj = X509_EXTENSION_get_object(ext);
        char oid[128];
        OBJ_obj2txt(oid, sizeof oid, obj, 1);
        CertificateExtension e;
        e.oid = QString::fromLatin1(oid);
        const int nid = OBJ_obj2nid(obj);
        e.name = nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : e.oid;
        e.critical = X509_EXTENSION_get_critical(ext);
        ossl::Bio bio(BIO_new(BIO_s_mem()));
        if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1)
            ASN1_STRING_print(bio.get(), X509_EXTENSION_get_data(ext));
        e.value = QString::fromUtf8(ossl::bioContents(bio.get())).trimmed();
        out << e;
    }
    ERR_clear_error();
    return out;
}

Result<CertificatePtr> readCertificateDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        X509_free(x);
        return fail(HM_TR("Crypto", "The certificate is not valid DER."), ossl::takeErrors());
    }
    return std::make_shared<const Certificate>(ossl::X509Ptr(x));
}

Result<QList<CertificatePtr>> readCertificatesPem(const QByteArray &pem)
{
    QList<CertificatePtr> out;
    auto bio = ossl::memoryBio(pem);
    while (X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        out << std::make_shared<const Certificate>(ossl::X509Ptr(x));
    const QString detail = ossl::takeErrors();
    if (out.isEmpty()) {
        if (pem.contains("-----BEGIN PUBLIC KEY-----"))
            return fail(HM_TR("Crypto", "This file holds a public key, not a certificate."), detail);
        return fail(HM_TR("Crypto", "No PEM certificate (\"BEGIN CERTIFICATE\") was found."), detail);
    }
    return out;
}

Result<QList<CertificatePtr>> readCertificateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(HM_TR("Crypto", "Cannot read the certificate file \"%1\": %2").arg(path, f.errorString()));
    auto certs = readCertificatesPem(f.read(4 << 20));
    if (!certs)
        return fail(HM_TR("Crypto", "\"%1\": %2").arg(path, certs.error().message), certs.error().detail);
    return certs;
}

} // namespace hallmark
