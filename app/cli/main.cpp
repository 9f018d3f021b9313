#include "cliio.h"
#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace hallmark::cli;

namespace {
struct CommandEntry {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const CommandEntry kCommands[] = {
    {"hash", hashCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Hash a model and print its OMS manifest")},
    {"sign", signCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Sign a model with a local key")},
    {"verify", verifyCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Check a model against its signature")},
    {"keygen", keygenCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Create a new encrypted signing key pair")},
    {"sign-model", signModelAdapterCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "OMS conformance adapter: sign")},
    {"verify-model", verifyModelAdapterCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "OMS conformance adapter: verify")},
    {"verify-bundle", verifyBundleCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Verify a Sigstore bundle for any file, offline")},
    {"pkcs11", pkcs11Command, QT_TRANSLATE_NOOP("hallmark::Cli", "List PKCS#11 tokens, keys and certificates")},
    {"sbom", sbomCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Check an SBOM, compare it with a model or another SBOM")},
    {"attest", attestCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Sign an in-toto attestation about a model")},
    {"inspect", inspectCommand, QT_TRANSLATE_NOOP("hallmark::Cli", "Show what a bundle, envelope, statement or SBOM holds")},
};

void usage(void (*print)(const QString &) = err)
{
    print(QCoreApplication::translate("hallmark::Cli", "Usage: hallmark-cli COMMAND [OPTIONS] [--] ARGS"));
    print(QCoreApplication::translate("hallmark::Cli", "Commands:"));
    for (const auto &c : kCommands)
        print(QStringLiteral("  %1  %2").arg(QLatin1String(c.name), -13)
                .arg(QCoreApplication::translate("hallmark::Cli", c.summary)));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hallmark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLMARK_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("hallmark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        usage();
        return BadInput;
    }
    if (args[1] == QLatin1String("--version")) {
        out(QStringLiteral("hallmark-cli %1").arg(app.applicationVersion()));
        return Ok;
    }
    if (args[1] == QLatin1String("--help") || args[1] == QLatin1String("help")) {
        usage(out);
        return Ok;
    }
    for (const auto &c : kCommands)
        if (args[1] == QLatin1String(c.name))
            return c.run(args.mid(1));
    err(QCoreApplication::translate("hallmark::Cli", "Unknown command \"%1\".").arg(args[1]));
    usage();
    return BadInput;
}
