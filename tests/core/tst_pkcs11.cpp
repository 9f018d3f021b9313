// PKCS#11 signing against a real, throwaway SoftHSM2 token: the test makes
// the token in a private folder, signs through Hallmark and checks every
// signature with OpenSSL and the public key pkcs11-tool/p11tool exported.

#include "coretest.h"

#include "keys/pkcs11/pkcs11signer.h"
#include "softhsmtoken.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace hallmark;
using namespace hallmark::pkcs11;
using namespace hallmark::test;

namespace {

const QString kModule = SoftHsmToken::module();
const QString kToken = QStringLiteral("hallmark-test");
const QString kPin = QStringLiteral("123456");

// Independent of the code under test: plain OpenSSL with the exported PEM.
bool opensslVerify(const QString &pemPath, const char *digest, bool pss, const QByteArray &message,
                   const QByteArray &signature)
{
    QFile f(pemPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok = EVP_DigestVerifyInit_ex(ctx, &pctx, digest, nullptr, nullptr, key, nullptr) == 1;
    if (ok && pss)
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) == 1
            && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA256", nullptr) == 1;
    ok = ok
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    ERR_clear_error();
    return ok;
}

QString keyUri(const QString &object, const QString &query = QStringLiteral("pin-value=123456"))
{
    return QStringLiteral("pkcs11:token=%1;object=%2?%3&module-path=%4").arg(kToken, object, query, kModule);
}

} // namespace

class TestPkcs11 : public QObject
{
    Q_OBJECT

private:
    SoftHsmToken m_token{kToken, kPin};
    QString m_p11tool;
    bool m_haveEd25519Pem = false;

    QString path(const QString &name) const { return m_token.path(name); }

    // p11tool when present (pkcs11-tool 0.23 fails on P-384 and Ed25519), else pkcs11-tool.
    bool exportPublicKey(const QString &id, const QString &name)
    {
        if (!m_p11tool.isEmpty())
            return runTool(m_p11tool, {QStringLiteral("--provider"), kModule, QStringLiteral("--login"),
                                    QStringLiteral("--set-pin=") + kPin, QStringLiteral("--export-pubkey"),
                                    QStringLiteral("pkcs11:token=%1;object=%2;type=public").arg(kToken, name),
                                    QStringLiteral("--outfile"), path(name + QStringLiteral(".pem"))});
        return m_token.exportPublicKey(id, name);
    }

    std::unique_ptr<Pkcs11Signer> signerFor(const QString &object)
    {
        auto uri = Uri::parse(keyUri(object));
        if (!uri) {
            qWarning("%s", qPrintable(uri.error().message));
            return nullptr;
        }
        auto signer = openSigner(*uri, {});
        if (!signer) {
            qWarning("%s (%s)", qPrintable(signer.error().message), qPrintable(signer.error().detail));
            return nullptr;
        }
        return std::move(*signer);
    }

    QString makeModel(const QString &name)
    {
        const QString root = path(name);
        writeTree(root, {{"config.json", "{\"layers\": 2}\n"}, {"weights/model.bin", randomBytes(4096, 7)}});
        return root;
    }

    void expectCliFailure(const QStringList &args, const QString &model, const QByteArray &text)
    {
        const ProcessResult r = runCli(args);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(text), r.err.constData());
        QVERIFY2(!r.err.contains("123456") && !r.out.contains("123456"), "a PIN was printed");
        QVERIFY(!QFileInfo::exists(QDir(model).filePath(QStringLiteral("model.sig"))));
        const QStringList left = QDir(model).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QStringLiteral("config.json")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = SoftHsmToken::missingRequirement(); !missing.isEmpty())
            QSKIP(qPrintable(missing + QStringLiteral("; skipping the PKCS#11 tests")));
        m_p11tool = QStandardPaths::findExecutable(QStringLiteral("p11tool"));
        QVERIFY(m_token.isValid());
        // Before any module initialises: SoftHSM reads it in C_Initialize.
        m_token.configure();

        // A token whose user PIN was never set (SoftHSM does not lock PINs).
        QVERIFY(runTool(QStringLiteral("pkcs11-tool"),
                     {QStringLiteral("--module"), kModule, QStringLiteral("--init-token"), QStringLiteral("--label"),
                      QStringLiteral("nopin"), QStringLiteral("--so-pin"), QStringLiteral("87654321")}));
        for (const QString &label : {kToken, QStringLiteral("removable")})
            QVERIFY(m_token.initToken(label));
        QVERIFY(runTool(QStringLiteral("pkcs11-tool"),
                     {QStringLiteral("--module"), kModule, QStringLiteral("--token-label"), QStringLiteral("removable"),
                      QStringLiteral("--login"), QStringLiteral("--pin"), kPin, QStringLiteral("--keypairgen"),
                      QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"), QStringLiteral("--label"),
                      QStringLiteral("ec"), QStringLiteral("--id"), QStringLiteral("09")}));
        const QList<std::array<QString, 3>> keys{{QStringLiteral("EC:prime256v1"), QStringLiteral("ec256"), QStringLiteral("01")},
                                                 {QStringLiteral("EC:secp384r1"), QStringLiteral("ec384"), QStringLiteral("02")},
                                                 {QStringLiteral("rsa:3072"), QStringLiteral("rsa3072"), QStringLiteral("03")},
                                                 {QStringLiteral("EC:edwards25519"), QStringLiteral("ed25519"), QStringLiteral("04")}};
        for (const auto &[type, label, id] : keys)
            QVERIFY(m_token.p11({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), type, QStringLiteral("--label"),
                         label, QStringLiteral("--id"), id}));
        QVERIFY(exportPublicKey(QStringLiteral("01"), QStringLiteral("ec256")));
        QVERIFY(exportPublicKey(QStringLiteral("02"), QStringLiteral("ec384")));
        QVERIFY(exportPublicKey(QStringLiteral("03"), QStringLiteral("rsa3072")));
        if (!m_p11tool.isEmpty())
            m_haveEd25519Pem = exportPublicKey(QStringLiteral("04"), QStringLiteral("ed25519"));

        // A throwaway CA and a code-signing certificate for the P-256 token key.
        QVERIFY(m_token.storeCertificate(QStringLiteral("/CN=Hallmark Test CA"), path(QStringLiteral("ec256.pem")),
                                         QStringLiteral("01"), QStringLiteral("ec256")));
    }

    void uriParsing()
    {
        auto uri = Uri::parse(QStringLiteral("pkcs11:token=hallmark-test;slot-id=7;object=ec256;id=%01%02;type=private"
                                             "?pin-value=123456&module-name=softhsm2"));
        QVERIFY2(uri, qPrintable(uri ? QString() : uri.error().message));
        QCOMPARE(uri->token, kToken);
        QCOMPARE(uri->slotId, std::optional<quint64>(7));
        QCOMPARE(uri->object, QStringLiteral("ec256"));
        QCOMPARE(uri->id, QByteArray("\x01\x02", 2));
        QCOMPARE(uri->type, QStringLiteral("private"));
        QCOMPARE(uri->moduleName, QStringLiteral("softhsm2"));
        QVERIFY(uri->hasPinValue());
        QCOMPARE(QByteArray(uri->pinValue().data(), uri->pinValue().size()), QByteArray("123456"));
        QVERIFY2(!uri->display().contains(QLatin1String("123456")) && !uri->display().contains(QLatin1String("pin-value")),
                 qPrintable(uri->display()));
        QVERIFY(uri->display().contains(QLatin1String("hallmark-test")));
        uri->clearPin();
        QVERIFY(!uri->hasPinValue());

        auto source = Uri::parse(QStringLiteral("pkcs11:object=k?pin-source=file:/tmp/pin.txt&module-path=/x/y.so"));
        QVERIFY(source);
        QCOMPARE(source->pinSource, QStringLiteral("/tmp/pin.txt"));
        QCOMPARE(source->modulePath, QStringLiteral("/x/y.so"));
        QVERIFY(Uri::parse(QStringLiteral("pkcs11:object=k?pin-source=file:///tmp/pin.txt"))->pinSource
                == QStringLiteral("/tmp/pin.txt"));

        const QStringList bad{QStringLiteral("pkcs11:token=a;foo=bar"), QStringLiteral("pkcs11:token=a?foo=bar"),
                              QStringLiteral("pkcs11:token=a;type=bogus"), QStringLiteral("pkcs11:token=a;type=data"),
                              QStringLiteral("pkcs11:library-manufacturer=x;token=a"), QStringLiteral("pkcs11:token=%zz"),
                              QStringLiteral("pkcs12:token=a"), QStringLiteral("pkcs11:object=k?pin-source=relative.txt"),
                              QStringLiteral("pkcs11:object=k?pin-value=1&pin-source=file:/p"),
                              QStringLiteral("pkcs11:object=k?module-name=../evil")};
        for (const QString &text : bad) {
            auto r = Uri::parse(text);
            if (r && text.contains(QLatin1String("module-name"))) {
                auto found = findModuleByName(r->moduleName);
                QVERIFY2(!found, qPrintable(text));
                continue;
            }
            QVERIFY2(!r, qPrintable(text));
            QVERIFY(!r.error().message.isEmpty());
        }
        QVERIFY(Uri::parse(QStringLiteral("pkcs11:token=a;foo=bar")).error().message.contains(QLatin1String("\"foo\"")));
    }

    void moduleLoading()
    {
        QVERIFY(Module::load(kModule));
        auto notALibrary = Module::load(path(QStringLiteral("softhsm2.conf")));
        QVERIFY(!notALibrary);
        QVERIFY2(notALibrary.error().message.contains(QLatin1String("could not be loaded as a PKCS#11 module")),
                 qPrintable(notALibrary.error().message));
        QVERIFY(!Module::load(path(QStringLiteral("missing.so"))));

        QStringList skipped;
        auto registered = Module::loadRegistered(&skipped);
        QVERIFY(registered);
        for (const Module &m : *registered)
            QVERIFY2(m.info().name != QLatin1String("p11-kit-trust") && !m.info().path.endsWith(QLatin1String("p11-kit-trust.so")),
                     qPrintable(m.info().path));
    }

    void browse()
    {
        auto module = Module::load(kModule);
        QVERIFY(module);
        QVERIFY(module->info().description.contains(QLatin1String("SoftHSM"), Qt::CaseInsensitive)
                || module->info().manufacturer.contains(QLatin1String("SoftHSM"), Qt::CaseInsensitive));
        auto slots = module->slots();
        QVERIFY(slots);
        std::optional<SlotInfo> slot;
        for (const SlotInfo &s : *slots)
            if (s.token && s.token->label == kToken)
                slot = s;
        QVERIFY(slot);
        QVERIFY(slot->token->loginRequired);
        QVERIFY(slot->token->userPinInitialized);
        QVERIFY(!slot->token->protectedAuthenticationPath);

        auto session = module->openSession(slot->id);
        QVERIFY(session);
        auto before = (*session)->objects();
        QVERIFY(before);
        auto find = [](const QList<ObjectInfo> &list, ObjectKind kind, const QString &label) -> std::optional<ObjectInfo> {
            for (const ObjectInfo &o : list)
                if (o.kind == kind && o.label == label)
                    return o;
            return std::nullopt;
        };
        QVERIFY(!find(*before, ObjectKind::PrivateKey, QStringLiteral("ec256")));  // hidden until login
        QCOMPARE(find(*before, ObjectKind::PublicKey, QStringLiteral("ec256"))->keyDescription, QStringLiteral("EC P-256"));
        QCOMPARE(find(*before, ObjectKind::PublicKey, QStringLiteral("ec384"))->keyDescription, QStringLiteral("EC P-384"));
        QCOMPARE(find(*before, ObjectKind::PublicKey, QStringLiteral("rsa3072"))->keyDescription, QStringLiteral("RSA 3072"));
        QCOMPARE(find(*before, ObjectKind::PublicKey, QStringLiteral("ed25519"))->keyType, KeyType::Ed25519);
        const auto cert = find(*before, ObjectKind::Certificate, QStringLiteral("ec256"));
        QVERIFY(cert);
        QCOMPARE(cert->id, QByteArray("\x01", 1));
        QVERIFY2(cert->certificateSubject.contains(QLatin1String("Token Signer")), qPrintable(cert->certificateSubject));
        QVERIFY2(cert->uri.startsWith(QLatin1String("pkcs11:")) && cert->uri.contains(QLatin1String("object=ec256")),
                 qPrintable(cert->uri));

        SecretBuffer pin(kPin.toUtf8());
        QVERIFY((*session)->login(pin));
        QVERIFY(pin.isEmpty());  // cleared after use
        QVERIFY((*session)->isLoggedIn());
        auto after = (*session)->objects(ObjectKind::PrivateKey);
        QVERIFY(after);
        QCOMPARE(after->size(), 4);
        const auto priv = find(*after, ObjectKind::PrivateKey, QStringLiteral("rsa3072"));
        QVERIFY(priv && priv->canSign);
        QCOMPARE(priv->keyType, KeyType::Rsa);
        QCOMPARE(priv->id, QByteArray("\x03", 1));

        auto signer = (*session)->signer(QStringLiteral("ec384"), {});
        QVERIFY(signer);
        QCOMPARE((*signer)->publicKey()->typeName(), QStringLiteral("EC P-384"));
        (*session)->logout();
    }

    void signThroughToken_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("pem");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("pss");
        QTest::addColumn<int>("rawSize");
        QTest::newRow("EC P-256") << "ec256" << "ec256.pem" << "SHA256" << false << 0;
        QTest::newRow("EC P-384") << "ec384" << "ec384.pem" << "SHA384" << false << 0;
        QTest::newRow("RSA-3072 PKCS#1 v1.5") << "rsa3072" << "rsa3072.pem" << "SHA256" << false << 384;
        QTest::newRow("RSA-3072 PSS") << "rsa3072" << "rsa3072.pem" << "SHA256" << true << 384;
        QTest::newRow("Ed25519") << "ed25519" << "ed25519.pem" << "" << false << 64;
    }

    void signThroughToken()
    {
        QFETCH(QString, object);
        QFETCH(QString, pem);
        QFETCH(QString, digest);
        QFETCH(bool, pss);
        QFETCH(int, rawSize);
        auto signer = signerFor(object);
        QVERIFY(signer);
        if (object == QLatin1String("rsa3072"))
            signer->setRsaPadding(pss ? Pkcs11Signer::RsaPadding::Pss : Pkcs11Signer::RsaPadding::Pkcs1v15);
        const QByteArray message = "DSSEv1 28 application/vnd.in-toto+json 2 {}" + randomBytes(1000, 3);
        auto signature = signer->sign(message);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().message));
        if (rawSize)
            QCOMPARE(signature->size(), rawSize);
        else
            QCOMPARE(signature->at(0), '\x30');  // DER, not raw r‖s
        if (object == QLatin1String("ed25519") && !m_haveEd25519Pem)
            QSKIP("p11tool (gnutls-bin) is missing, so the Ed25519 public key cannot be exported for an independent check");
        const QByteArray md = digest.toLatin1();
        QVERIFY(opensslVerify(path(pem), md.isEmpty() ? nullptr : md.constData(), pss, message, *signature));
        QVERIFY(!opensslVerify(path(pem), md.isEmpty() ? nullptr : md.constData(), pss, message + "x", *signature));
        // The public key Hallmark read from the token is the exported one.
        QFile f(path(pem));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto exported = readPublicKeyPem(f.readAll());
        QVERIFY(exported);
        QCOMPARE(signer->publicKey()->spkiDer(), (*exported)->spkiDer());
        // Model signatures need EC.
        QCOMPARE(bool(requireOmsCurve(*signer->publicKey())), object.startsWith(QLatin1String("ec")));
    }

    void certificateObject()
    {
        auto signer = signerFor(QStringLiteral("ec256"));
        QVERIFY(signer);
        QVERIFY(signer->certificate());
        QCOMPARE(signer->certificate()->commonName(), QStringLiteral("Token Signer"));
        QCOMPARE(signer->certificate()->publicKey()->spkiDer(), signer->publicKey()->spkiDer());
        QVERIFY(!signerFor(QStringLiteral("ec384"))->certificate());
        QVERIFY(signer->description().contains(QLatin1String("hallmark-test")));
    }

    void concurrentSigning()
    {
        auto signer = signerFor(QStringLiteral("ec256"));
        QVERIFY(signer);
        QList<QByteArray> messages;
        for (int i = 0; i < 32; ++i)
            messages << randomBytes(200 + i, quint32(i));
        const QList<bool> ok = QtConcurrent::blockingMapped(messages, [&](const QByteArray &m) {
            auto sig = signer->sign(m);
            return sig && opensslVerify(path(QStringLiteral("ec256.pem")), "SHA256", false, m, *sig);
        });
        QCOMPARE(ok.count(true), messages.size());
    }

    void loginErrors()
    {
        auto wrong = openSigner(*Uri::parse(keyUri(QStringLiteral("ec256"), QStringLiteral("pin-value=000000"))), {});
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QLatin1String("PIN is wrong")), qPrintable(wrong.error().message));
        QVERIFY(wrong.error().detail.contains(QLatin1String("CKR_PIN_INCORRECT")));

        // No PIN in the URI: the provider is asked with the token and slot named; nullopt cancels.
        int asked = 0;
        auto cancelled = openSigner(*Uri::parse(QStringLiteral("pkcs11:token=hallmark-test;object=ec256?module-path=") + kModule),
                                    [&](const PinRequest &r) -> std::optional<SecretBuffer> {
                                        ++asked;
                                        [&] {
                                            QCOMPARE(r.token.label, kToken);
                                            QVERIFY(!r.slot.description.isEmpty());
                                            QCOMPARE(r.keyLabel, QStringLiteral("ec256"));
                                            QVERIFY(!r.protectedAuthenticationPath);
                                        }();
                                        return std::nullopt;
                                    });
        QCOMPARE(asked, 1);
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().message.contains(QLatin1String("No PIN")));

        // Wrong, then right: the provider is asked again and told so.
        QList<bool> failedBefore;
        auto retried = openSigner(*Uri::parse(QStringLiteral("pkcs11:token=hallmark-test;object=ec256?module-path=") + kModule),
                                  [&](const PinRequest &r) -> std::optional<SecretBuffer> {
                                      failedBefore << r.previousAttemptFailed;
                                      return SecretBuffer(QByteArray(failedBefore.size() == 1 ? "999999" : "123456"));
                                  });
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(failedBefore, (QList<bool>{false, true}));

        auto noUserPin = openSigner(*Uri::parse(QStringLiteral("pkcs11:token=nopin;object=x?pin-value=123456&module-path=") + kModule), {});
        QVERIFY(!noUserPin);
        QVERIFY2(noUserPin.error().message.contains(QLatin1String("no user PIN")), qPrintable(noUserPin.error().message));

        auto missing = openSigner(*Uri::parse(keyUri(QStringLiteral("nosuchkey"))), {});
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("no private key")), qPrintable(missing.error().message));

        auto noToken = openSigner(*Uri::parse(QStringLiteral("pkcs11:token=absent;object=ec256?pin-value=1&module-path=") + kModule), {});
        QVERIFY(!noToken);
        QVERIFY(noToken.error().message.contains(QLatin1String("No token matches")));
    }

    void tokenGoneMidway()
    {
        // Open a signer, then take its token away underneath it (as pulling a
        // reader would): the next signature fails with a clear error.
        auto signer = openSigner(*Uri::parse(QStringLiteral("pkcs11:token=removable;object=ec?pin-value=123456&module-path=")
                                             + kModule), {});
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
        QVERIFY((*signer)->sign("before"));
        QVERIFY(runTool(QStringLiteral("softhsm2-util"),
                     {QStringLiteral("--delete-token"), QStringLiteral("--token"), QStringLiteral("removable")}));
        auto after = (*signer)->sign("after");
        QVERIFY(!after);
        qInfo("token gone: %s | %s", qPrintable(after.error().message), qPrintable(after.error().detail));
        QVERIFY2(after.error().message.contains(QLatin1String("removed")), qPrintable(after.error().message));
        QVERIFY(after.error().detail.contains(QLatin1String("CKR_")));
    }

    void cliSignAndVerify()
    {
        const QString model = makeModel(QStringLiteral("model-key"));
        ProcessResult r = runCli({QStringLiteral("sign"), model, QStringLiteral("--pkcs11-uri"),
                                  QStringLiteral("pkcs11:token=hallmark-test;object=ec256?pin-value=123456&module-path=")
                                      + kModule});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains("123456") && !r.err.contains("123456"));
        r = runCli({QStringLiteral("verify"), model, QStringLiteral("--public-key"), path(QStringLiteral("ec256.pem"))});
        QVERIFY2(r.exitCode == 0, r.out + r.err);

        // The certificate method: the token's certificate and a chain file.
        const QString certModel = makeModel(QStringLiteral("model-cert"));
        r = runCli({QStringLiteral("sign"), certModel, QStringLiteral("--pkcs11-uri"), keyUri(QStringLiteral("ec256")),
                    QStringLiteral("--cert-chain"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("verify"), certModel, QStringLiteral("--cert-chain"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(r.exitCode == 0, r.out + r.err);

        // P-384 through the conformance adapter.
        const QString adapterModel = makeModel(QStringLiteral("model-adapter"));
        const QString bundle = path(QStringLiteral("adapter.sig"));
        r = runCli({QStringLiteral("sign-model"), QStringLiteral("--method"), QStringLiteral("key"), QStringLiteral("--model-path"),
                    adapterModel, QStringLiteral("--output-bundle"), bundle, QStringLiteral("--pkcs11-uri"),
                    keyUri(QStringLiteral("ec384"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("verify-model"), QStringLiteral("--method"), QStringLiteral("key"), QStringLiteral("--model-path"),
                    adapterModel, QStringLiteral("--bundle"), bundle, QStringLiteral("--public-key"), path(QStringLiteral("ec384.pem"))});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }

    void cliPinSource()
    {
        // model_signing reads pin-source verbatim: a trailing newline is part of the PIN.
        writeFile(m_token.dir(), QStringLiteral("pin-nl.txt"), "123456\n");
        writeFile(m_token.dir(), QStringLiteral("pin.txt"), "123456");
        const QString model = makeModel(QStringLiteral("model-pinsource"));
        QFile::remove(QDir(model).filePath(QStringLiteral("weights/model.bin")));
        QDir(model).rmdir(QStringLiteral("weights"));
        expectCliFailure({QStringLiteral("sign"), model, QStringLiteral("--pkcs11-uri"),
                          keyUri(QStringLiteral("ec256"), QStringLiteral("pin-source=file:") + path(QStringLiteral("pin-nl.txt")))},
                         model, "PIN is wrong");
        const ProcessResult r = runCli({QStringLiteral("sign"), model, QStringLiteral("--pkcs11-uri"),
                                        keyUri(QStringLiteral("ec256"), QStringLiteral("pin-source=file:") + path(QStringLiteral("pin.txt")))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(QDir(model).filePath(QStringLiteral("model.sig"))));
    }

    void cliErrors_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QByteArray>("text");
        const QString m = QStringLiteral("&module-path=") + kModule;
        QTest::newRow("wrong PIN") << QStringLiteral("pkcs11:token=hallmark-test;object=ec256?pin-value=000000") + m
                                   << QByteArray("PIN is wrong");
        QTest::newRow("user PIN not set") << QStringLiteral("pkcs11:token=nopin;object=ec256?pin-value=123456") + m
                                          << QByteArray("no user PIN");
        QTest::newRow("missing key") << QStringLiteral("pkcs11:token=hallmark-test;object=absent?pin-value=123456") + m
                                     << QByteArray("no private key");
        QTest::newRow("no such token") << QStringLiteral("pkcs11:token=absent;object=ec256?pin-value=123456") + m
                                       << QByteArray("No token matches");
        QTest::newRow("bad URI") << QStringLiteral("pkcs11:token=%zz;object=ec256?pin-value=123456") + m
                                 << QByteArray("not valid");
        QTest::newRow("not pkcs11") << QStringLiteral("file:/etc/passwd") << QByteArray("pkcs11:");
        QTest::newRow("unknown attribute") << QStringLiteral("pkcs11:token=hallmark-test;object=ec256;color=red?pin-value=123456") + m
                                           << QByteArray("\"color\"");
        QTest::newRow("unknown query") << QStringLiteral("pkcs11:token=hallmark-test;object=ec256?pin-value=123456&x-foo=1") + m
                                       << QByteArray("\"x-foo\"");
        QTest::newRow("module not a library")
            << QStringLiteral("pkcs11:token=hallmark-test;object=ec256?pin-value=123456&module-path=") + QStringLiteral("/etc/hostname")
            << QByteArray("could not be loaded as a PKCS#11 module");
        QTest::newRow("unknown module name")
            << QStringLiteral("pkcs11:token=hallmark-test;object=ec256?pin-value=123456&module-name=hallmark-nonexistent")
            << QByteArray("No PKCS#11 module named");
        QTest::newRow("RSA refused for models") << QStringLiteral("pkcs11:token=hallmark-test;object=rsa3072?pin-value=123456") + m
                                                << QByteArray("Only elliptic-curve keys");
        QTest::newRow("Ed25519 refused for models") << QStringLiteral("pkcs11:token=hallmark-test;object=ed25519?pin-value=123456") + m
                                                    << QByteArray("Only elliptic-curve keys");
    }

    void cliErrors()
    {
        QFETCH(QString, uri);
        QFETCH(QByteArray, text);
        const QString model = path(QStringLiteral("model-err"));
        QDir(model).removeRecursively();
        writeTree(model, {{"config.json", "{}"}});
        expectCliFailure({QStringLiteral("sign"), model, QStringLiteral("--pkcs11-uri"), uri}, model, text);
    }

    void cliList()
    {
        const ProcessResult r = runCli({QStringLiteral("pkcs11"), QStringLiteral("list"), QStringLiteral("--module"), kModule,
                                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray modules = doc.value(QLatin1String("modules")).toArray();
        QCOMPARE(modules.size(), 1);
        QJsonObject token;
        for (const QJsonValue &s : modules.first().toObject().value(QLatin1String("slots")).toArray())
            if (s.toObject().value(QLatin1String("token")).toObject().value(QLatin1String("label")).toString() == kToken)
                token = s.toObject().value(QLatin1String("token")).toObject();
        QVERIFY2(!token.isEmpty(), r.out.constData());
        QStringList seen;
        for (const QJsonValue &o : token.value(QLatin1String("objects")).toArray())
            seen << o.toObject().value(QLatin1String("kind")).toString() + u':' + o.toObject().value(QLatin1String("label")).toString()
                    + u':' + o.toObject().value(QLatin1String("id")).toString();
        for (const char *want : {"public-key:ec256:01", "public-key:ec384:02", "public-key:rsa3072:03", "public-key:ed25519:04",
                                 "certificate:ec256:01"})
            QVERIFY2(seen.contains(QLatin1String(want)), qPrintable(seen.join(u' ')));

        const ProcessResult text = runCli({QStringLiteral("pkcs11"), QStringLiteral("list"), QStringLiteral("--module"), kModule});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("hallmark-test"));
        const ProcessResult bad = runCli({QStringLiteral("pkcs11"), QStringLiteral("list"), QStringLiteral("--module"), QStringLiteral("/etc/hostname")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11)
#include "tst_pkcs11.moc"
