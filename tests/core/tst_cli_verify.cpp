// hallmark-cli sign / verify / keygen: exit codes (0 verified, 1 not
// verified, 2 bad input), the JSON report, --strict, --force and friends.

#include "coretest.h"
#include "pki.h"

#include "bundle/bundle.h"
#include "bundle/bundlewriter.h"
#include "bundle/pae.h"
#include "crypto/keys.h"
#include "crypto/signatures.h"

#include <QFileDevice>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using Json = nlohmann::json;

namespace pk = hallmark::test::pki;

namespace {

const Tree kModel{{"weights.bin", "weights"}, {"config.json", "{}"}, {"sub/tokenizer.json", "tok"}};

#define CLI_EXIT(result, code)                                                      \
    do {                                                                            \
        const ProcessResult &r_ = (result);                                         \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                       \
    } while (false)

Json jsonOf(const ProcessResult &r)
{
    return Json::parse(r.out.toStdString(), nullptr, false);
}

bool haveTty()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes();
    void badInputs();
    void jsonReport();
    void jsonDiffEntries();
    void strictAndUnsigned();
    void certificateOptions();
    void wrongMaterialAndUnsafe();
    void signRefusals();
    void forceOverwrite();
    void keygen();
    void encryptedKeyNeedsPassphrase();

private:
    QTemporaryDir m_dir;
    QString m_key, m_pub;
    QString path(const QString &n) const { return m_dir.filePath(n); }
    QString freshModel(const QString &name)
    {
        const QString p = path(name);
        QDir(p).removeRecursively();
        writeTree(p, kModel);
        return p;
    }
};

void TestCliVerify::initTestCase()
{
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HALLMARK_CLI")), "HALLMARK_CLI must point at hallmark-cli");
    const QByteArray key = pk::ecKey("P-384");
    m_key = path(QStringLiteral("key.pem"));
    m_pub = path(QStringLiteral("pub.pem"));
    pk::writeBytes(m_key, key);
    pk::writeBytes(m_pub, pk::publicPem(key));
}

void TestCliVerify::exitCodes()
{
    const QString model = freshModel(QStringLiteral("m-exit"));
    const ProcessResult s = runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, model});
    CLI_EXIT(s, 0);
    QVERIFY(QFileInfo::exists(model + QStringLiteral("/model.sig")));  // default output inside the folder
    QVERIFY(s.out.contains(expectedFilesRoot(kModel).toHex()));
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, model}), 0);
    pk::writeBytes(model + QStringLiteral("/weights.bin"), "Weights");
    const ProcessResult bad = runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, model});
    CLI_EXIT(bad, 1);
    QVERIFY(bad.out.contains("weights.bin"));
    // Options may follow the model; --signature names another file.
    pk::writeBytes(model + QStringLiteral("/weights.bin"), "weights");
    QVERIFY(QFile::rename(model + QStringLiteral("/model.sig"), path(QStringLiteral("elsewhere.sig"))));
    CLI_EXIT(runCli({QStringLiteral("verify"), model, QStringLiteral("--public-key"), m_pub, QStringLiteral("--signature"),
                     path(QStringLiteral("elsewhere.sig"))}), 0);
    // The signature moved out: the default one is missing → bad input.
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, model}), 2);
}

void TestCliVerify::badInputs()
{
    const QString model = freshModel(QStringLiteral("m-bad"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, model}), 0);
    const QString verify = QStringLiteral("verify");
    const QString pubOpt = QStringLiteral("--public-key"), chainOpt = QStringLiteral("--cert-chain");
    CLI_EXIT(runCli({verify, pubOpt, m_pub, path(QStringLiteral("missing-model"))}), 2);
    CLI_EXIT(runCli({verify, pubOpt, path(QStringLiteral("no-such-key.pem")), model}), 2);
    const QString unreadable = path(QStringLiteral("unreadable.pem"));
    pk::writeBytes(unreadable, pk::readBytes(m_pub));
    QFile::setPermissions(unreadable, QFileDevice::Permissions());
    if (::access(qPrintable(unreadable), R_OK) != 0)  // root can read anyway
        CLI_EXIT(runCli({verify, pubOpt, unreadable, model}), 2);
    const QString garbage = path(QStringLiteral("garbage.pem"));
    pk::writeBytes(garbage, "not a key");
    CLI_EXIT(runCli({verify, pubOpt, garbage, model}), 2);
    CLI_EXIT(runCli({verify, pubOpt, m_pub, chainOpt, m_pub, model}), 2);
    CLI_EXIT(runCli({verify, model}), 2);
    CLI_EXIT(runCli({verify, pubOpt, m_pub, QStringLiteral("--no-such-option"), model}), 2);
    CLI_EXIT(runCli({verify, pubOpt, m_pub}), 2);
    CLI_EXIT(runCli({verify, pubOpt, m_pub, model, model}), 2);
    CLI_EXIT(runCli({QStringLiteral("no-such-command")}), 2);
    CLI_EXIT(runCli({}), 2);
    CLI_EXIT(runCli({QStringLiteral("sign"), model}), 2);
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, QStringLiteral("--cert-chain"), m_pub, model}), 2);
    // A bundle that is not JSON is a verdict (not verified), not bad input.
    pk::writeBytes(path(QStringLiteral("junk.sig")), "{{{{");
    const ProcessResult junk = runCli({verify, pubOpt, m_pub, QStringLiteral("--signature"), path(QStringLiteral("junk.sig")),
                                       QStringLiteral("--json"), model});
    CLI_EXIT(junk, 1);
    JSON_COMPARE(jsonOf(junk)["status"], Json("malformed-signature"));
}

void TestCliVerify::jsonReport()
{
    const QString model = freshModel(QStringLiteral("m-json"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, model}), 0);
    const ProcessResult ok = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--public-key"), m_pub, model});
    CLI_EXIT(ok, 0);
    const Json j = jsonOf(ok);
    QVERIFY2(j.is_object(), ok.out.constData());
    JSON_COMPARE(j["status"], Json("verified"));
    JSON_COMPARE(j["verified"], Json(true));
    QVERIFY(j["reasons"].is_array());
    QVERIFY(!j["headline"].get<std::string>().empty());
    JSON_COMPARE(j["signer"]["method"], Json("key"));
    JSON_COMPARE(j["signer"]["keyType"], Json("EC P-384"));
    JSON_COMPARE(j["signer"]["keyFingerprint"], Json(pk::spkiFingerprint(pk::readBytes(m_pub)).toStdString()));
    JSON_COMPARE(j["manifestDigest"], Json(expectedFilesRoot(kModel).toHex().toStdString()));
    JSON_COMPARE(j["diff"]["unchanged"], Json(3));
    JSON_COMPARE(j["diff"]["changed"], Json(0));
    JSON_COMPARE(j["legacyFormat"], Json(false));
}

void TestCliVerify::jsonDiffEntries()
{
    const QString model = freshModel(QStringLiteral("m-diff"));
    const QString sig = path(QStringLiteral("m-diff.sig"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, QStringLiteral("-o"), sig, model}), 0);
    pk::writeBytes(model + QStringLiteral("/config.json"), "{\"x\":1}");
    QVERIFY(QFile::rename(model + QStringLiteral("/weights.bin"), model + QStringLiteral("/weights-v2.bin")));
    QFile::remove(model + QStringLiteral("/sub/tokenizer.json"));
    pk::writeBytes(model + QStringLiteral("/added.txt"), "added");
    const ProcessResult r = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--public-key"), m_pub,
                                    QStringLiteral("--signature"), sig, model});
    CLI_EXIT(r, 1);
    const Json j = jsonOf(r);
    JSON_COMPARE(j["status"], Json("content-mismatch"));
    JSON_COMPARE(j["verified"], Json(false));
    JSON_COMPARE(j["diff"]["changed"], Json(1));
    JSON_COMPARE(j["diff"]["moved"], Json(1));
    JSON_COMPARE(j["diff"]["missing"], Json(1));
    JSON_COMPARE(j["diff"]["added"], Json(1));
    QMap<QString, Json> byName;
    for (const Json &e : j["diff"]["entries"])
        byName.insert(QString::fromStdString(e["name"].get<std::string>()), e);
    const Json changed = byName.value(QStringLiteral("config.json"));
    JSON_COMPARE(changed["status"], Json("changed"));
    JSON_COMPARE(changed["expected"], Json(sha256("{}").toHex().toStdString()));
    JSON_COMPARE(changed["actual"], Json(sha256("{\"x\":1}").toHex().toStdString()));
    const Json moved = byName.value(QStringLiteral("weights-v2.bin"));
    JSON_COMPARE(moved["status"], Json("moved"));
    JSON_COMPARE(moved["movedFrom"], Json("weights.bin"));
    JSON_COMPARE(moved["actual"], Json(sha256("weights").toHex().toStdString()));
    const Json missing = byName.value(QStringLiteral("sub/tokenizer.json"));
    JSON_COMPARE(missing["status"], Json("missing"));
    JSON_COMPARE(missing["expected"], Json(sha256("tok").toHex().toStdString()));
    QVERIFY(!missing.contains("actual"));
    const Json added = byName.value(QStringLiteral("added.txt"));
    JSON_COMPARE(added["status"], Json("added"));
    QVERIFY(!added.contains("expected"));
    const std::string reasons = j["reasons"].dump();
    QVERIFY(reasons.find("config.json") != std::string::npos);
    QVERIFY(reasons.find("weights-v2.bin") != std::string::npos);
    // The text report lists the same.
    const ProcessResult text = runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, QStringLiteral("--signature"), sig, model});
    CLI_EXIT(text, 1);
    QVERIFY(text.out.contains("moved") && text.out.contains("(signed as weights.bin)"));
}

void TestCliVerify::strictAndUnsigned()
{
    const QString model = freshModel(QStringLiteral("m-strict"));
    const QString sig = path(QStringLiteral("m-strict.sig"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, QStringLiteral("--output"), sig, model}), 0);
    pk::writeBytes(model + QStringLiteral("/notes.txt"), "later");
    const QStringList base{QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, QStringLiteral("--signature"), sig};
    CLI_EXIT(runCli(base + QStringList{model}), 1);
    const ProcessResult partial = runCli(base + QStringList{QStringLiteral("--ignore-unsigned-files"), QStringLiteral("--json"), model});
    CLI_EXIT(partial, 0);
    Json j = jsonOf(partial);
    JSON_COMPARE(j["status"], Json("verified-with-exclusions"));
    JSON_COMPARE(j["verified"], Json(true));
    bool listed = false;
    for (const Json &e : j["diff"]["entries"])
        listed = listed || (e["name"] == Json("notes.txt") && e["status"] == Json("ignored"));
    QVERIFY2(listed, partial.out.constData());
    QVERIFY(j["reasons"].dump().find("notes.txt") != std::string::npos);
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("--ignore-unsigned-files"), QStringLiteral("--strict"), model}), 1);
    const ProcessResult ignored = runCli(base + QStringList{QStringLiteral("--ignore-paths"), QStringLiteral("notes.txt"), model});
    CLI_EXIT(ignored, 0);
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("--ignore-paths"), QStringLiteral("notes.txt"), QStringLiteral("--strict"), model}), 1);
    // --strict changes nothing for a clean model.
    QFile::remove(model + QStringLiteral("/notes.txt"));
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("--strict"), model}), 0);
}

void TestCliVerify::certificateOptions()
{
    // Expired leaf under a long-lived root.
    pk::CertSpec ca{QStringLiteral("cli root"), true};
    ca.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    ca.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray rootKey = pk::ecKey("P-256"), leafKey = pk::ecKey("P-256");
    const QByteArray root = pk::certificate(ca, rootKey);
    pk::CertSpec leaf{QStringLiteral("cli leaf")};
    leaf.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    const QString rootPath = path(QStringLiteral("cli-root.pem")), leafPath = path(QStringLiteral("cli-leaf.pem"));
    const QString keyPath = path(QStringLiteral("cli-leaf-key.pem"));
    pk::writeBytes(rootPath, root);
    pk::writeBytes(leafPath, pk::certificate(leaf, leafKey, rootKey, root));
    pk::writeBytes(keyPath, leafKey);
    const QString model = freshModel(QStringLiteral("m-cert"));
    const QString sig = path(QStringLiteral("m-cert.sig"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), keyPath, QStringLiteral("--signing-cert"), leafPath,
                     QStringLiteral("-o"), sig, model}), 0);
    const QStringList base{QStringLiteral("verify"), QStringLiteral("--cert-chain"), rootPath, QStringLiteral("--signature"), sig};
    const ProcessResult now = runCli(base + QStringList{QStringLiteral("--json"), model});
    CLI_EXIT(now, 1);
    const Json j = jsonOf(now);
    JSON_COMPARE(j["status"], Json("certificate-not-valid-now"));
    JSON_COMPARE(j["signer"]["method"], Json("certificate"));
    QCOMPARE(j["signer"]["certificates"].size(), size_t(1));
    JSON_COMPARE(j["signer"]["certificates"][0]["notAfter"], Json("2020-01-02T00:00:00Z"));
    QVERIFY(j["signer"]["certificates"][0]["subject"].get<std::string>().find("cli leaf") != std::string::npos);
    CLI_EXIT(runCli(base + QStringList{QStringLiteral("--check-certificate-at-signing-time"), model}), 0);
    // A wrong CA, even at signing time.
    const QString wrong = path(QStringLiteral("cli-wrong-root.pem"));
    pk::writeBytes(wrong, pk::certificate(ca, pk::ecKey("P-256")));
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--cert-chain"), wrong, QStringLiteral("--signature"), sig,
                     QStringLiteral("--check-certificate-at-signing-time"), model}), 1);
    // Several anchors: the right one among them is enough.
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--cert-chain"), wrong, QStringLiteral("--cert-chain"), rootPath,
                     QStringLiteral("--signature"), sig, QStringLiteral("--check-certificate-at-signing-time"), model}), 0);
}

void TestCliVerify::wrongMaterialAndUnsafe()
{
    const pk::Chain c = pk::writeChain(m_dir.path(), QStringLiteral("cliwm"));
    const QString model = freshModel(QStringLiteral("m-wm"));
    const QString sig = path(QStringLiteral("m-wm.sig"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), c.leafKey, QStringLiteral("--signing-cert"), c.leafCert,
                     QStringLiteral("--cert-chain"), c.intCert, QStringLiteral("-o"), sig, model}), 0);
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--cert-chain"), c.rootCert, QStringLiteral("--signature"), sig, model}), 0);
    const ProcessResult asKey = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--public-key"), c.leafPub,
                                        QStringLiteral("--signature"), sig, model});
    CLI_EXIT(asKey, 1);
    JSON_COMPARE(jsonOf(asKey)["status"], Json("wrong-material"));

    // A validly signed statement that lists nothing.
    const Json st = {{"_type", "https://in-toto.io/Statement/v1"},
                     {"subject", Json::array({{{"name", "m"}, {"digest", {{"sha256", sha256(QByteArray()).toHex().toStdString()}}}}})},
                     {"predicateType", "https://model_signing/signature/v1.0"},
                     {"predicate", {{"serialization", {{"method", "files"}, {"hash_type", "sha256"}, {"allow_symlinks", false},
                                                       {"ignore_paths", Json::array({"."})}}},
                                    {"resources", Json::array()}}}};
    const QByteArray payload = QByteArray::fromStdString(st.dump());
    auto key = readPrivateKeyPem(pk::readBytes(m_key), SecretBuffer());
    auto s = signMessage(**key, "SHA384", pae(kInTotoPayloadType, payload));
    QVERIFY(s);
    const QString unsafe = path(QStringLiteral("unsafe.sig"));
    pk::writeBytes(unsafe, omsKeyBundle((*key)->omsHint(), payload, *s));
    const ProcessResult u = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--public-key"), m_pub,
                                    QStringLiteral("--signature"), unsafe, model});
    CLI_EXIT(u, 1);
    JSON_COMPARE(jsonOf(u)["status"], Json("unsafe-manifest"));
}

void TestCliVerify::signRefusals()
{
    const QString model = freshModel(QStringLiteral("m-refuse"));
    const QString rsa = path(QStringLiteral("rsa.pem")), k1 = path(QStringLiteral("k1.pem"));
    pk::writeBytes(rsa, pk::rsaKey(2048));
    pk::writeBytes(k1, pk::ecKey("secp256k1"));
    for (const QString &k : {rsa, k1}) {
        const ProcessResult r = runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), k, model});
        CLI_EXIT(r, 2);
        QVERIFY(!QFileInfo::exists(model + QStringLiteral("/model.sig")));
    }
    const QString empty = path(QStringLiteral("m-empty"));
    QDir().mkpath(empty);
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, empty}), 2);
    QVERIFY(!QFileInfo::exists(empty + QStringLiteral("/model.sig")));
    // A public key or a certificate is not a private key.
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_pub, model}), 2);
}

void TestCliVerify::forceOverwrite()
{
    const QString model = freshModel(QStringLiteral("m-force"));
    const QString sig = path(QStringLiteral("m-force.sig"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, QStringLiteral("-o"), sig, model}), 0);
    const QByteArray first = pk::readBytes(sig);
    pk::writeBytes(model + QStringLiteral("/weights.bin"), "new weights");
    const ProcessResult refused = runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), m_key, QStringLiteral("-o"), sig, model});
    CLI_EXIT(refused, 2);
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(pk::readBytes(sig), first);
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, QStringLiteral("--signature"), sig, model}), 1);
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--force"), QStringLiteral("--private-key"), m_key, QStringLiteral("-o"), sig, model}), 0);
    QVERIFY(pk::readBytes(sig) != first);
    CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), m_pub, QStringLiteral("--signature"), sig, model}), 0);
}

void TestCliVerify::keygen()
{
    const QString pass = path(QStringLiteral("pass.txt"));
    pk::writeBytes(pass, "kg passphrase\n");
    for (const char *curve : {"p256", "p384", "p521"}) {
        const QString priv = path(QStringLiteral("kg-%1.pem").arg(QLatin1String(curve)));
        const QString pub = path(QStringLiteral("kg-%1.pub").arg(QLatin1String(curve)));
        const ProcessResult g = runCli({QStringLiteral("keygen"), QStringLiteral("--curve"), QLatin1String(curve), QStringLiteral("--private-key"),
                                        priv, QStringLiteral("--public-key"), pub, QStringLiteral("--password-file"), pass});
        CLI_EXIT(g, 0);
        QVERIFY(pk::readBytes(priv).contains("BEGIN ENCRYPTED PRIVATE KEY"));
        QCOMPARE(QFileInfo(priv).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(g.out.contains(pk::spkiFingerprint(pk::readBytes(pub)).toUtf8()));
        // The passphrase is the file without its trailing newline.
        QVERIFY(readPrivateKeyPem(pk::readBytes(priv), SecretBuffer(QByteArray("kg passphrase"))));
        QVERIFY(!readPrivateKeyPem(pk::readBytes(priv), SecretBuffer(QByteArray("kg passphrase\n"))));
        const QString model = freshModel(QStringLiteral("m-kg"));
        CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), priv, QStringLiteral("--password-file"), pass, model}), 0);
        CLI_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--public-key"), pub, model}), 0);
        const QByteArray before = pk::readBytes(priv);
        CLI_EXIT(runCli({QStringLiteral("keygen"), QStringLiteral("--private-key"), priv, QStringLiteral("--public-key"), pub,
                         QStringLiteral("--password-file"), pass}), 2);
        QCOMPARE(pk::readBytes(priv), before);
    }
    CLI_EXIT(runCli({QStringLiteral("keygen"), QStringLiteral("--curve"), QStringLiteral("secp256k1"), QStringLiteral("--private-key"),
                     path(QStringLiteral("k.pem")), QStringLiteral("--public-key"), path(QStringLiteral("k.pub")),
                     QStringLiteral("--password-file"), pass}), 2);
    const QString emptyPass = path(QStringLiteral("empty-pass.txt"));
    pk::writeBytes(emptyPass, "\n");
    CLI_EXIT(runCli({QStringLiteral("keygen"), QStringLiteral("--private-key"), path(QStringLiteral("e.pem")), QStringLiteral("--public-key"),
                     path(QStringLiteral("e.pub")), QStringLiteral("--password-file"), emptyPass}), 2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("e.pem"))));
}

void TestCliVerify::encryptedKeyNeedsPassphrase()
{
    const QString enc = path(QStringLiteral("enc.pem"));
    pk::writeBytes(enc, pk::ecKey("P-256", pk::KeyFormat::EncryptedPkcs8, "right"));
    const QString wrong = path(QStringLiteral("wrong-pass.txt"));
    pk::writeBytes(wrong, "wrong\n");
    const QString model = freshModel(QStringLiteral("m-enc"));
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), enc, QStringLiteral("--password-file"), wrong, model}), 2);
    QVERIFY(!QFileInfo::exists(model + QStringLiteral("/model.sig")));
    if (haveTty())
        QSKIP("a terminal is attached; the CLI would prompt for the passphrase");
    CLI_EXIT(runCli({QStringLiteral("sign"), QStringLiteral("--private-key"), enc, model}), 2);
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
