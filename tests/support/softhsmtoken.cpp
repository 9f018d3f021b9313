#include "softhsmtoken.h"

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hallmark::test {

bool runTool(const QString &program, const QStringList &args)
{
    const ProcessResult r = runProgram(program, args);
    if (r.exitCode != 0)
        qWarning("%s %s failed:\n%s%s", qPrintable(program), qPrintable(args.join(u' ')), r.out.constData(),
                 r.err.constData());
    return r.exitCode == 0;
}

QString SoftHsmToken::module()
{
    return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
}

QString SoftHsmToken::missingRequirement()
{
    for (const char *program : {"softhsm2-util", "pkcs11-tool", "openssl"})
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
            return QStringLiteral("%1 is not installed (packages softhsm2, opensc, openssl)").arg(QLatin1String(program));
    if (!QFileInfo::exists(module()))
        return QStringLiteral("%1 is missing (package softhsm2)").arg(module());
    return {};
}

SoftHsmToken::SoftHsmToken(const QString &label, const QString &pin) : m_label(label), m_pin(pin) {}

void SoftHsmToken::configure()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("tokens"));
    writeFile(m_dir.path(), QStringLiteral("softhsm2.conf"),
              QStringLiteral("directories.tokendir = %1\nobjectstore.backend = file\nlog.level = ERROR\n")
                  .arg(path(QStringLiteral("tokens")))
                  .toUtf8());
    qputenv("SOFTHSM2_CONF", path(QStringLiteral("softhsm2.conf")).toUtf8());
}

bool SoftHsmToken::initToken(const QString &label) const
{
    return runTool(QStringLiteral("softhsm2-util"),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                    label.isEmpty() ? m_label : label, QStringLiteral("--so-pin"), QStringLiteral("87654321"),
                    QStringLiteral("--pin"), m_pin});
}

bool SoftHsmToken::p11(const QStringList &args) const
{
    return runTool(QStringLiteral("pkcs11-tool"),
                   QStringList{QStringLiteral("--module"), module(), QStringLiteral("--token-label"), m_label,
                               QStringLiteral("--login"), QStringLiteral("--pin"), m_pin} + args);
}

bool SoftHsmToken::exportPublicKey(const QString &id, const QString &name) const
{
    const QString der = path(name + QStringLiteral(".der"));
    return p11({QStringLiteral("--read-object"), QStringLiteral("--type"), QStringLiteral("pubkey"), QStringLiteral("--id"),
                id, QStringLiteral("-o"), der})
        && runTool(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                                               QStringLiteral("DER"), QStringLiteral("-in"), der, QStringLiteral("-out"),
                                               path(name + QStringLiteral(".pem"))});
}

bool SoftHsmToken::storeCertificate(const QString &caSubject, const QString &publicKeyPem, const QString &id,
                                    const QString &label) const
{
    writeFile(m_dir.path(), QStringLiteral("leaf.ext"),
              "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n"
              "subjectAltName=email:signer@example.org\n");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    return runTool(s("openssl"), {s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:P-256"),
                                  s("-nodes"), s("-keyout"), path(s("ca.key")), s("-out"), path(s("ca.pem")), s("-days"),
                                  s("3"), s("-subj"), caSubject, s("-addext"), s("basicConstraints=critical,CA:TRUE"),
                                  s("-addext"), s("keyUsage=critical,keyCertSign,cRLSign")})
        && runTool(s("openssl"), {s("req"), s("-new"), s("-key"), path(s("ca.key")), s("-subj"), s("/CN=Token Signer"),
                                  s("-out"), path(s("leaf.csr"))})
        && runTool(s("openssl"), {s("x509"), s("-req"), s("-in"), path(s("leaf.csr")), s("-CA"), path(s("ca.pem")),
                                  s("-CAkey"), path(s("ca.key")), s("-CAcreateserial"), s("-force_pubkey"), publicKeyPem,
                                  s("-days"), s("2"), s("-extfile"), path(s("leaf.ext")), s("-outform"), s("DER"),
                                  s("-out"), path(s("leaf.der"))})
        && p11({s("--write-object"), path(s("leaf.der")), s("--type"), s("cert"), s("--id"), id, s("--label"), label});
}

} // namespace hallmark::test
