#include "cliio.h"
#include "commands.h"
#include "passphrase.h"

#include "common/pathtext.h"
#include "keys/pkcs11/pkcs11signer.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace hallmark::cli {

using namespace hallmark::pkcs11;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hallmark::Cli", text);
}

// Token and object labels come from the device: show them escaped.
QString shown(const QString &text)
{
    return escapedName(text.toUtf8());
}

std::optional<SecretBuffer> promptPin(const PinRequest &request)
{
    const QString token = shown(request.token.label);
    const QString slot = shown(request.slot.description);
    if (request.protectedAuthenticationPath) {
        err(tr("Enter the PIN on the reader for token \"%1\" (slot \"%2\").").arg(token, slot));
        return SecretBuffer();
    }
    if (request.previousAttemptFailed)
        err(tr("The PIN is wrong."));
    if (request.token.userPinFinalTry)
        err(tr("Warning: this is the last PIN attempt before the token locks."));
    else if (request.token.userPinCountLow)
        err(tr("Warning: few PIN attempts remain on this token."));
    SecretBuffer pin = promptPassphrase(tr("PIN for token \"%1\" (slot \"%2\"): ").arg(token, slot));
    if (pin.isEmpty())
        return std::nullopt;
    return pin;
}

nlohmann::json tokenJson(const TokenInfo &t)
{
    return {{"label", t.label.toStdString()},
            {"manufacturer", t.manufacturer.toStdString()},
            {"model", t.model.toStdString()},
            {"serial", t.serial.toStdString()},
            {"initialized", t.initialized},
            {"loginRequired", t.loginRequired},
            {"protectedAuthenticationPath", t.protectedAuthenticationPath},
            {"userPinInitialized", t.userPinInitialized},
            {"userPinCountLow", t.userPinCountLow},
            {"userPinFinalTry", t.userPinFinalTry},
            {"userPinLocked", t.userPinLocked}};
}

const char *kindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::PrivateKey: return "private-key";
    case ObjectKind::PublicKey: return "public-key";
    case ObjectKind::Certificate: return "certificate";
    }
    return "";
}

int listCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List PKCS#11 modules, slots, tokens, keys and certificates. Private keys "
                                        "that a token hides until login are not shown."));
    parser.addHelpOption();
    const QCommandLineOption moduleOpt(QStringLiteral("module"), tr("Use this module instead of the registered ones."),
                                       QStringLiteral("path"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({moduleOpt, jsonOpt});
    if (!parseOrComplain(parser, args))
        return BadInput;
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("\"pkcs11 list\" takes no arguments."));
        return BadInput;
    }
    QStringList skipped;
    Result<QList<Module>> modules = fail(QString());
    if (parser.isSet(moduleOpt)) {
        auto m = Module::load(parser.value(moduleOpt));
        modules = m ? Result<QList<Module>>(QList<Module>{*m}) : std::unexpected(m.error());
    } else {
        modules = Module::loadRegistered(&skipped);
    }
    if (!modules) {
        err(modules.error().message);
        if (!modules.error().detail.isEmpty())
            err(tr("Detail: %1").arg(modules.error().detail));
        return BadInput;
    }
    const bool json = parser.isSet(jsonOpt);
    nlohmann::json doc = {{"modules", nlohmann::json::array()}};
    for (const Module &module : *modules) {
        const ModuleInfo info = module.info();
        nlohmann::json mj = {{"name", info.name.toStdString()},
                             {"path", info.path.toStdString()},
                             {"description", info.description.toStdString()},
                             {"manufacturer", info.manufacturer.toStdString()},
                             {"version", info.version.toStdString()},
                             {"slots", nlohmann::json::array()}};
        if (!json)
            out(tr("Module %1 (%2): %3, %4 %5")
                    .arg(shown(info.name), shown(info.path), shown(info.description), shown(info.manufacturer), info.version));
        auto slots = module.slots(false);
        if (!slots) {
            mj["error"] = slots.error().message.toStdString();
            if (!json)
                out(QStringLiteral("  ") + slots.error().message);
            doc["modules"].push_back(mj);
            continue;
        }
        for (const SlotInfo &slot : *slots) {
            nlohmann::json sj = {{"id", slot.id},
                                 {"description", slot.description.toStdString()},
                                 {"manufacturer", slot.manufacturer.toStdString()},
                                 {"tokenPresent", slot.tokenPresent},
                                 {"removable", slot.removable},
                                 {"hardware", slot.hardware}};
            if (!json)
                out(tr("  Slot %1: %2").arg(slot.id).arg(shown(slot.description)));
            if (slot.token) {
                const TokenInfo &t = *slot.token;
                nlohmann::json tj = tokenJson(t);
                tj["objects"] = nlohmann::json::array();
                if (!json) {
                    QStringList flags;
                    if (!t.initialized)
                        flags << tr("blank");
                    else if (!t.userPinInitialized)
                        flags << tr("user PIN not set");
                    if (t.protectedAuthenticationPath)
                        flags << tr("PIN pad");
                    if (t.userPinLocked)
                        flags << tr("PIN locked");
                    else if (t.userPinFinalTry)
                        flags << tr("last PIN try");
                    else if (t.userPinCountLow)
                        flags << tr("PIN count low");
                    out(tr("    Token \"%1\": %2 %3, serial %4%5")
                            .arg(shown(t.label), shown(t.manufacturer), shown(t.model), shown(t.serial),
                                 flags.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(flags.join(QLatin1String(", ")))));
                }
                if (!t.initialized) {
                    sj["token"] = tj;
                    mj["slots"].push_back(sj);
                    continue;
                }
                auto session = module.openSession(slot.id);
                auto objects = session ? (*session)->objects() : Result<QList<ObjectInfo>>(std::unexpected(session.error()));
                if (!objects) {
                    tj["error"] = objects.error().message.toStdString();
                    if (!json)
                        out(QStringLiteral("      ") + objects.error().message);
                } else {
                    for (const ObjectInfo &o : *objects) {
                        tj["objects"].push_back({{"kind", kindKey(o.kind)},
                                                 {"label", o.label.toStdString()},
                                                 {"id", o.id.toHex().toStdString()},
                                                 {"keyType", keyTypeName(o.keyType).toStdString()},
                                                 {"key", o.keyDescription.toStdString()},
                                                 {"canSign", o.canSign},
                                                 {"subject", o.certificateSubject.toStdString()},
                                                 {"uri", o.uri.toStdString()}});
                        if (!json)
                            out(QStringLiteral("      %1 \"%2\" id %3  %4%5\n        %6")
                                    .arg(kindName(o.kind), shown(o.label), QString::fromLatin1(o.id.toHex()),
                                         o.keyDescription,
                                         o.certificateSubject.isEmpty() ? QString() : QStringLiteral("  ") + shown(o.certificateSubject),
                                         shown(o.uri)));
                    }
                    if (!json && objects->isEmpty())
                        out(tr("      (no objects visible without login)"));
                }
                sj["token"] = tj;
            }
            mj["slots"].push_back(sj);
        }
        doc["modules"].push_back(mj);
    }
    if (json) {
        doc["skipped"] = nlohmann::json::array();
        for (const QString &s : skipped)
            doc["skipped"].push_back(s.toStdString());
        out(QString::fromStdString(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
    } else {
        for (const QString &s : skipped)
            err(tr("Skipped module %1").arg(s));
    }
    return Ok;
}

} // namespace

std::unique_ptr<Signer> openTokenSigner(const QString &uriText)
{
    auto uri = Uri::parse(uriText);
    if (!uri) {
        err(tr("Signing failed: %1").arg(uri.error().message));
        if (!uri.error().detail.isEmpty())
            err(tr("Detail: %1").arg(uri.error().detail));
        return nullptr;
    }
    bool noPin = false;
    auto signer = openSigner(*uri, [&](const PinRequest &request) {
        auto pin = promptPin(request);
        noPin = !pin;
        return pin;
    });
    uri->clearPin();
    if (!signer) {
        err(tr("Signing failed: %1").arg(signer.error().message));
        if (noPin)
            err(tr("Give the PIN with pin-value or pin-source in the URI, or run in a terminal."));
        if (!signer.error().detail.isEmpty())
            err(tr("Detail: %1").arg(signer.error().detail));
        return nullptr;
    }
    return std::move(*signer);
}

QByteArray tokenCertificatePem(const Signer &signer)
{
    const auto *token = dynamic_cast<const Pkcs11Signer *>(&signer);
    return token && token->certificate() ? token->certificate()->pem() : QByteArray();
}

int pkcs11Command(const QStringList &args)
{
    if (args.size() >= 2 && args[1] == QLatin1String("list"))
        return listCommand(args.mid(1));
    err(tr("Usage: hallmark-cli pkcs11 list [--module PATH] [--json]"));
    return args.size() >= 2 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) ? Ok : BadInput;
}

} // namespace hallmark::cli
