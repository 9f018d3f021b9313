// hallmark-cli attest → inspect → verify --attestation/--condition →
// verify-bundle --key, and optionally the npm package @sigstore/verify as an
// independent oracle (installed into a temporary folder; skipped without npm
// or the registry).

#include "coretest.h"

#include "pki.h"

#include "bundle/bundle.h"
#include "bundle/bundlewriter.h"
#include "bundle/pae.h"
#include "crypto/keys.h"
#include "crypto/signatures.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using Json = nlohmann::json;

namespace {

const char kPredicateType[] = "https://example.org/model-card/v1";

struct KeyFiles {
    QString priv;
    QString pub;
};

KeyFiles makeKey(const QString &dir, const QString &name, const QString &passwordFile)
{
    auto key = generateEcKey(EcCurve::P256);
    const SecretBuffer pass(QByteArray("correct horse"));
    test::writeFile(dir, name + QStringLiteral(".key"), *encryptedPrivateKeyPem(**key, pass));
    test::writeFile(dir, name + QStringLiteral(".pub"), (*key)->spkiPem());
    test::writeFile(dir, QFileInfo(passwordFile).fileName(), "correct horse");
    return {dir + QLatin1Char('/') + name + QStringLiteral(".key"), dir + QLatin1Char('/') + name + QStringLiteral(".pub")};
}

QString text(const test::ProcessResult &r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestCliAttest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void attestAndInspect();
    void verifyWithConditions_data();
    void verifyWithConditions();
    void conditionsJson();
    void wrongKeyTamperedAndOtherModel();
    void usageErrors();
    void verifyBundleWithKey();
    void inspectOtherDocuments();
    void sigstoreJsOracle();
    void attestAfterSigningInsideModel();
    void certificateSignedAttestation();

private:
    test::ProcessResult verify(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_model;
    QString m_signature;
    QString m_attestation;
    QString m_password;
    QString m_predicate;
    KeyFiles m_key;
    QByteArray m_root;
};

void TestCliAttest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath(QStringLiteral("model"));
    const test::Tree tree{{"weights.bin", test::randomBytes(20000, 7)}, {"config.json", "{\"layers\": 2}"}};
    test::writeTree(m_model, tree);
    m_root = test::expectedFilesRoot(tree);
    m_password = m_dir.filePath(QStringLiteral("pass.txt"));
    m_key = makeKey(m_dir.path(), QStringLiteral("signer"), m_password);
    m_predicate = m_dir.filePath(QStringLiteral("predicate.json"));
    test::writeFile(m_dir.path(), QStringLiteral("predicate.json"), R"({
        "training": {"framework": "pytorch"},
        "data": {"license": "apache-2.0"},
        "eval": {"accuracy": "0.91", "loss": 0.2, "f1": "0,9"},
        "reviewers": [{"name": "Ada", "decision": "approved"}]})");
    m_signature = m_dir.filePath(QStringLiteral("model.sig"));
    const auto sign = test::runCli({QStringLiteral("sign"), m_model, QStringLiteral("--private-key"), m_key.priv,
                                    QStringLiteral("--password-file"), m_password, QStringLiteral("-o"), m_signature});
    QVERIFY2(sign.exitCode == 0, qPrintable(text(sign)));
    m_attestation = m_dir.filePath(QStringLiteral("model.att.json"));
}

test::ProcessResult TestCliAttest::verify(const QStringList &extra)
{
    return test::runCli(QStringList{QStringLiteral("verify"), m_model, QStringLiteral("--signature"), m_signature,
                                    QStringLiteral("--public-key"), m_key.pub} + extra);
}

void TestCliAttest::attestAndInspect()
{
    const auto r = test::runCli({QStringLiteral("attest"), m_model, QStringLiteral("--predicate"), m_predicate,
                                 QStringLiteral("--predicate-type"), QLatin1String(kPredicateType), QStringLiteral("--private-key"),
                                 m_key.priv, QStringLiteral("--password-file"), m_password, QStringLiteral("-o"), m_attestation});
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    QVERIFY2(r.out.contains("sha256:" + m_root.toHex()), r.out.constData());
    // Never overwrites without --force.
    const auto again = test::runCli({QStringLiteral("attest"), m_model, QStringLiteral("--predicate"), m_predicate,
                                     QStringLiteral("--predicate-type"), QLatin1String(kPredicateType), QStringLiteral("--private-key"),
                                     m_key.priv, QStringLiteral("--password-file"), m_password, QStringLiteral("-o"), m_attestation});
    QCOMPARE(again.exitCode, 2);

    const auto inspect = test::runCli({QStringLiteral("inspect"), m_attestation});
    QVERIFY2(inspect.exitCode == 0, qPrintable(text(inspect)));
    QVERIFY(inspect.out.contains("Sigstore bundle"));
    QVERIFY(inspect.out.contains(kPredicateType));
    QVERIFY(inspect.out.contains("not-checked"));  // inspect verifies nothing
    QVERIFY(inspect.out.contains("predicate.eval.accuracy = \"0.91\""));

    const auto json = test::runCli({QStringLiteral("inspect"), m_attestation, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const Json doc = Json::parse(json.out.toStdString());
    QCOMPARE(doc["kind"], Json("sigstore-bundle"));
    const Json &a = doc["attestations"][0];
    QCOMPARE(a["predicateType"], Json(kPredicateType));
    QCOMPARE(a["statementType"], Json("https://in-toto.io/Statement/v1"));
    QCOMPARE(a["statement"]["subject"][0]["name"], Json("model"));
    QCOMPARE(a["statement"]["subject"][0]["digest"]["sha256"], Json(m_root.toHex().toStdString()));
    QCOMPARE(a["statement"]["predicate"]["eval"]["accuracy"], Json("0.91"));
    QCOMPARE(a["signature"]["status"], Json("not-checked"));
}

void TestCliAttest::verifyWithConditions_data()
{
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("no condition") << QStringList() << 0 << QStringLiteral("verified");
    QTest::newRow("string metric passes") << QStringList{QStringLiteral("predicate.eval.accuracy >= 0.85")} << 0 << QStringLiteral("PASS");
    QTest::newRow("number metric passes") << QStringList{QStringLiteral("predicate.eval.loss < 0.25")} << 0 << QStringLiteral("PASS");
    QTest::newRow("licence passes") << QStringList{QStringLiteral("predicate.data.license != \"research-only\"")} << 0 << QStringLiteral("PASS");
    QTest::newRow("exists") << QStringList{QStringLiteral("exists(predicate.data.license)")} << 0 << QStringLiteral("PASS");
    QTest::newRow("fails") << QStringList{QStringLiteral("predicate.eval.accuracy >= 0.95")} << 1 << QStringLiteral("FAIL");
    QTest::newRow("one of two fails") << QStringList{QStringLiteral("predicate.eval.loss < 0.25"), QStringLiteral("predicate.eval.loss < 0.1")}
                                      << 1 << QStringLiteral("predicate.eval.loss < 0.1: FAIL");
    QTest::newRow("not a number") << QStringList{QStringLiteral("predicate.eval.f1 >= 0.5")} << 1 << QStringLiteral("CANNOT EVALUATE");
    QTest::newRow("missing path") << QStringList{QStringLiteral("predicate.eval.recall >= 0.5")} << 1 << QStringLiteral("no field \"recall\"");
    QTest::newRow("parse error") << QStringList{QStringLiteral("predicate.eval.accuracy >= 0,85")} << 1 << QStringLiteral("cannot be read");
}

void TestCliAttest::verifyWithConditions()
{
    QFETCH(QStringList, conditions);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);
    QStringList args{QStringLiteral("--attestation"), m_attestation};
    for (const QString &c : conditions)
        args << QStringLiteral("--condition") << c;
    const auto r = verify(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(text(r)));
    QVERIFY2(text(r).contains(expectedText, Qt::CaseInsensitive), qPrintable(text(r)));
    QVERIFY2(r.out.contains("manifest"), r.out.constData());  // the subject binding is shown
}

void TestCliAttest::conditionsJson()
{
    const auto r = verify({QStringLiteral("--json"), QStringLiteral("--attestation"), m_attestation, QStringLiteral("--condition"),
                           QStringLiteral("predicate.eval.accuracy >= 0.85"), QStringLiteral("--condition"),
                           QStringLiteral("predicate.eval.f1 >= 0.5")});
    QCOMPARE(r.exitCode, 1);
    const Json doc = Json::parse(r.out.toStdString());
    QCOMPARE(doc["attestations"].size(), size_t(1));
    QCOMPARE(doc["attestations"][0]["signature"]["status"], Json("verified"));
    QCOMPARE(doc["attestations"][0]["subjects"][0]["match"], Json("manifest"));
    QCOMPARE(doc["attestations"][0]["boundToModel"], Json(true));
    QCOMPARE(doc["conditions"][0]["outcome"], Json("pass"));
    QCOMPARE(doc["conditions"][0]["rawValue"], Json("\"0.91\""));
    QCOMPARE(doc["conditions"][0]["parsedValue"], Json("0.91"));
    QCOMPARE(doc["conditions"][1]["outcome"], Json("cannot-evaluate"));
    QVERIFY(!doc["conditions"][1]["reason"].get<std::string>().empty());
}

void TestCliAttest::wrongKeyTamperedAndOtherModel()
{
    const auto other = makeKey(m_dir.path(), QStringLiteral("other"), m_password);
    const QString cond = QStringLiteral("predicate.eval.accuracy >= 0.85");
    auto r = verify({QStringLiteral("--attestation"), m_attestation, QStringLiteral("--attestation-public-key"), other.pub,
                     QStringLiteral("--condition"), cond});
    QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
    QVERIFY(r.out.contains("failed"));
    QVERIFY(r.out.contains("CANNOT EVALUATE"));

    // Raise the accuracy in the payload; the signature stays the old one.
    QFile f(m_attestation);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Json bundle = Json::parse(f.readAll().toStdString());
    QByteArray payload = QByteArray::fromBase64(QByteArray::fromStdString(bundle["dsseEnvelope"]["payload"].get<std::string>()));
    QVERIFY(payload.contains("\"0.91\""));
    payload.replace("\"0.91\"", "\"0.99\"");
    bundle["dsseEnvelope"]["payload"] = payload.toBase64().toStdString();
    test::writeFile(m_dir.path(), QStringLiteral("tampered.json"), QByteArray::fromStdString(bundle.dump()));
    r = verify({QStringLiteral("--attestation"), m_dir.filePath(QStringLiteral("tampered.json")), QStringLiteral("--condition"),
                QStringLiteral("predicate.eval.accuracy >= 0.95")});
    QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
    QVERIFY(r.out.contains("does not verify"));

    // An attestation about another model: verified, but bound to nothing here.
    const QString model2 = m_dir.filePath(QStringLiteral("model2"));
    test::writeTree(model2, {{"weights.bin", "different"}});
    const QString att2 = m_dir.filePath(QStringLiteral("model2.att.json"));
    r = test::runCli({QStringLiteral("attest"), model2, QStringLiteral("--predicate"), m_predicate, QStringLiteral("--predicate-type"),
                      QLatin1String(kPredicateType), QStringLiteral("--private-key"), m_key.priv, QStringLiteral("--password-file"),
                      m_password, QStringLiteral("-o"), att2});
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    r = verify({QStringLiteral("--attestation"), att2, QStringLiteral("--condition"), cond});
    QVERIFY2(r.exitCode == 1, qPrintable(text(r)));
    QVERIFY(r.out.contains("unmatched"));
    QVERIFY(r.out.contains("no subject"));
    // The same attestation next to a good one: the good one decides the condition, but the stray one still fails the run.
    r = verify({QStringLiteral("--attestation"), m_attestation, QStringLiteral("--attestation"), att2, QStringLiteral("--condition"), cond});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("PASS"));
}

void TestCliAttest::usageErrors()
{
    QCOMPARE(verify({QStringLiteral("--condition"), QStringLiteral("predicate.a == 1")}).exitCode, 2);
    QCOMPARE(verify({QStringLiteral("--attestation"), m_dir.filePath(QStringLiteral("nope.json"))}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("attest"), m_model, QStringLiteral("--predicate"), m_predicate, QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("x.json")), QStringLiteral("--private-key"), m_key.priv})
                 .exitCode,
             2);  // no --predicate-type
    test::writeFile(m_dir.path(), QStringLiteral("array.json"), "[1]");
    QCOMPARE(test::runCli({QStringLiteral("attest"), m_model, QStringLiteral("--predicate"), m_dir.filePath(QStringLiteral("array.json")),
                           QStringLiteral("--predicate-type"), QLatin1String(kPredicateType), QStringLiteral("--private-key"),
                           m_key.priv, QStringLiteral("--password-file"), m_password, QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("x.json"))})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    test::writeFile(m_dir.path(), QStringLiteral("random.json"), "{\"hello\": 1}");
    QCOMPARE(test::runCli({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("random.json"))}).exitCode, 2);
}

void TestCliAttest::verifyBundleWithKey()
{
    const QString digest = QStringLiteral("sha256:") + QString::fromLatin1(m_root.toHex());
    auto r = test::runCli({QStringLiteral("verify-bundle"), QStringLiteral("--bundle"), m_attestation, QStringLiteral("--key"),
                           m_key.pub, digest});
    // A key-signed attestation made offline carries no log entry; with a key
    // the user supplied it is checked against the key alone.
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    QVERIFY2(r.out.contains("none is required for a key"), qPrintable(text(r)));
    // Another digest is not the subject.
    r = test::runCli({QStringLiteral("verify-bundle"), QStringLiteral("--bundle"), m_attestation, QStringLiteral("--key"), m_key.pub,
                      QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))});
    QCOMPARE(r.exitCode, 1);
}

void TestCliAttest::inspectOtherDocuments()
{
    test::writeFile(m_dir.path(), QStringLiteral("bom.json"), R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":[]})");
    auto r = test::runCli({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("bom.json"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("SBOM (CycloneDX)"));
    r = test::runCli({QStringLiteral("inspect"), m_signature, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const Json doc = Json::parse(r.out.toStdString());
    QCOMPARE(doc["attestations"][0]["predicateType"], Json("https://model_signing/signature/v1.0"));
}

void TestCliAttest::sigstoreJsOracle()
{
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (npm.isEmpty() || node.isEmpty())
        QSKIP("node or npm is not on PATH; the @sigstore/verify oracle needs Node.js >= 20");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const auto install = test::runProgram(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), work.path(),
                                                QStringLiteral("--no-audit"), QStringLiteral("--no-fund"), QStringLiteral("--loglevel=error"),
                                                QStringLiteral("@sigstore/verify@4"), QStringLiteral("@sigstore/bundle@5")},
                                          300000);
    if (install.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("npm could not install @sigstore/verify (no registry or cache?): ")
                         + QString::fromUtf8(install.err).left(300)));
    // A key-signed DSSE bundle without transparency-log entries verifies in
    // @sigstore/verify only with tlogThreshold 0 (default 1); the key is found by its hint.
    test::writeFile(work.path(), QStringLiteral("check.js"), R"JS(
const fs = require('fs');
const crypto = require('crypto');
const { bundleFromJSON } = require('@sigstore/bundle');
const { Verifier, toSignedEntity, toTrustMaterial } = require('@sigstore/verify');
const [bundlePath, keyPath] = process.argv.slice(2);
const bundle = bundleFromJSON(JSON.parse(fs.readFileSync(bundlePath, 'utf8')));
const key = crypto.createPublicKey(fs.readFileSync(keyPath, 'utf8'));
const hint = bundle.verificationMaterial.content.publicKey.hint;
const trust = toTrustMaterial(
  { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [], tlogs: [], ctlogs: [], timestampAuthorities: [] },
  (h) => { if (h !== hint) throw new Error('unknown key ' + h); return { publicKey: key, validFor: () => true }; });
new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, tsaThreshold: 0 }).verify(toSignedEntity(bundle));
console.log('verified');
)JS");
    const QString script = work.filePath(QStringLiteral("check.js"));
    auto runOracle = [&](const QString &bundle, const QString &key) {
        return test::runProgram(node, {script, bundle, key});
    };
    auto r = runOracle(m_attestation, m_key.pub);
    QVERIFY2(r.exitCode == 0 && r.out.contains("verified"), qPrintable(text(r)));
    // The oracle can fail: a tampered payload and a stranger's key are refused.
    r = runOracle(m_dir.filePath(QStringLiteral("tampered.json")), m_key.pub);
    QVERIFY2(r.exitCode != 0, qPrintable(text(r)));
    r = runOracle(m_attestation, m_dir.filePath(QStringLiteral("other.pub")));
    QVERIFY2(r.exitCode != 0, qPrintable(text(r)));
}

QTEST_GUILESS_MAIN(TestCliAttest)
// The README's order: sign (model.sig inside the folder), then attest. The
// attestation's subject must still be the signed manifest's digest.
void TestCliAttest::attestAfterSigningInsideModel()
{
    const QString model = m_dir.filePath(QStringLiteral("signed-inside"));
    test::writeTree(model, {{"weights.bin", test::randomBytes(5000, 11)}, {"config.json", "{}"}});
    auto r = test::runCli({QStringLiteral("sign"), model, QStringLiteral("--private-key"), m_key.priv,
                           QStringLiteral("--password-file"), m_password});
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    QVERIFY(QFile::exists(model + QStringLiteral("/model.sig")));
    const QString attestation = m_dir.filePath(QStringLiteral("signed-inside.att.json"));
    r = test::runCli({QStringLiteral("attest"), model, QStringLiteral("--predicate"), m_predicate, QStringLiteral("--predicate-type"),
                      QStringLiteral("https://example.com/eval/v1"), QStringLiteral("--private-key"), m_key.priv,
                      QStringLiteral("--password-file"), m_password, QStringLiteral("-o"), attestation});
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    r = test::runCli({QStringLiteral("verify"), model, QStringLiteral("--public-key"), m_key.pub, QStringLiteral("--attestation"),
                      attestation, QStringLiteral("--condition"), QStringLiteral("predicate.eval.accuracy >= 0.85")});
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
}

#include "tst_cli_attest.moc"

// An attestation signed with a certificate (x509CertificateChain bundle):
// trusted through --attestation-cert-chain, or refused.
void TestCliAttest::certificateSignedAttestation()
{
    namespace pk = hallmark::test::pki;
    const pk::Chain chain = pk::writeChain(m_dir.path(), QStringLiteral("attca"));
    const pk::Chain stranger = pk::writeChain(m_dir.path(), QStringLiteral("otherca"));
    const Json statement{{"_type", "https://in-toto.io/Statement/v1"},
                         {"subject", Json::array({{{"name", "model"}, {"digest", {{"sha256", m_root.toHex().toStdString()}}}}})},
                         {"predicateType", kPredicateType},
                         {"predicate", {{"eval", {{"accuracy", "0.95"}}}}}};
    const QByteArray payload = QByteArray::fromStdString(statement.dump());
    auto key = readPrivateKeyPem(pk::readBytes(chain.leafKey), SecretBuffer());
    QVERIFY(key);
    auto signature = signMessage(**key, "SHA256", pae(kInTotoPayloadType, payload));
    QVERIFY(signature);
    const QByteArray bundle = omsCertificateBundle({pk::certDer(pk::readBytes(chain.leafCert)), pk::certDer(pk::readBytes(chain.intCert))},
                                                   payload, *signature);
    test::writeFile(m_dir.path(), QStringLiteral("cert.att.json"), bundle);
    const QString att = m_dir.filePath(QStringLiteral("cert.att.json"));
    const QStringList condition{QStringLiteral("--condition"), QStringLiteral("predicate.eval.accuracy >= 0.9")};

    auto r = verify(QStringList{QStringLiteral("--attestation"), att, QStringLiteral("--attestation-cert-chain"), chain.rootCert} + condition);
    QVERIFY2(r.exitCode == 0, qPrintable(text(r)));
    QVERIFY(r.out.contains("chains to a trust anchor"));
    QVERIFY(r.out.contains("PASS"));
    // No anchor, or someone else's: not usable.
    r = verify(QStringList{QStringLiteral("--attestation"), att} + condition);
    QVERIFY2(r.exitCode == 1 && r.out.contains("give a trust anchor"), qPrintable(text(r)));
    r = verify(QStringList{QStringLiteral("--attestation"), att, QStringLiteral("--attestation-cert-chain"), stranger.rootCert} + condition);
    QVERIFY2(r.exitCode == 1 && r.out.contains("not trusted"), qPrintable(text(r)));
    // A damaged anchor file is bad input.
    test::writeFile(m_dir.path(), QStringLiteral("junk.pem"), "not a certificate");
    r = verify({QStringLiteral("--attestation"), att, QStringLiteral("--attestation-cert-chain"), m_dir.filePath(QStringLiteral("junk.pem"))});
    QCOMPARE(r.exitCode, 2);
}
