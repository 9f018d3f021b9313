// core/attest: the condition language, generated attestations (sign, verify,
// bind, tamper), SLSA and model-predicate extraction, field trees,
// discovery, and the public in-toto corpus in ../shared/vectors/sbom.

#include "coretest.h"

#include "attest/attestation.h"
#include "attest/attestbuilder.h"
#include "attest/attestreport.h"
#include "attest/condition.h"
#include "attest/discovery.h"
#include "attest/fieldtree.h"
#include "attest/mlpredicate.h"
#include "attest/predicatefile.h"
#include "attest/provenance.h"
#include "bundle/pae.h"
#include "crypto/signatures.h"

#include <QDirIterator>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace hallmark;
using namespace hallmark::attest;
using Json = nlohmann::json;
Q_DECLARE_METATYPE(hallmark::attest::ConditionOutcome)

class TestAttest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deeplyNestedJsonIsRefused_data();
    void deeplyNestedJsonIsRefused();
    void predicateFiles();
    void conditions_data();
    void conditions();
    void conditionDetails();
    void parseErrors_data();
    void parseErrors();
    void numbers();
    void germanLocale();
    void generatedAttestation();
    void subjectBinding();
    void tamperedEnvelope();
    void bareEnvelopeAndJsonLines();
    void conditionsNeedVerifiedBoundAttestations();
    void createAttestationWritesBundle();
    void slsaV02();
    void slsaV1();
    void mlPredicate();
    void fieldTreePathsAreConditions();
    void sniffing_data();
    void sniffing();
    void discovery();
    void corpusAttestations();
    void corpusLayouts();
    void corpusSboms();
};


namespace {

// Signs with a generated key held in memory.
class TestSigner : public Signer
{
public:
    explicit TestSigner(KeyPtr key) : m_key(std::move(key)) {}
    Result<QByteArray> sign(const QByteArray &message) override { return signMessage(*m_key, m_key->digestForSignatures(), message); }
    KeyPtr publicKey() const override { return m_key->publicOnly(); }
    QString description() const override { return QStringLiteral("test key"); }

private:
    KeyPtr m_key;
};

const char kPredicateType[] = "https://example.org/model-card/v1";

Json sampleStatement()
{
    return Json::parse(R"({
      "_type": "https://in-toto.io/Statement/v1",
      "subject": [{"name": "m", "digest": {"sha256": "ab"}}],
      "predicateType": "x",
      "predicate": {
        "training": {"framework": "pytorch", "epochs": 3},
        "data": {"license": "apache-2.0", "rows": 1000},
        "model": {"name": "tiny", "parameters": "1.2e6"},
        "eval": {"accuracy": 0.91, "accuracyText": "0.91", "f1": "0,91", "epochs": "[0.1, 0.2]", "passed": true,
                 "nested": {"a": 1}, "padded": " 0.9", "percent": "91%",
                 "metrics": [{"name": "accuracy", "value": "0.93"}, {"name": "loss", "value": 0.2},
                             {"name": "accuracy", "value": "0.88"}]},
        "reviewers": [{"name": "Ada", "role": "safety", "decision": "approved", "date": "2025-01-02"}, "Bob"]
      }})");
}

std::shared_ptr<TestSigner> newSigner()
{
    auto key = generateEcKey(EcCurve::P256);
    if (!key)
        return nullptr;
    return std::make_shared<TestSigner>(*key);
}

QByteArray b64(const QByteArray &bytes, bool urlSafe = false)
{
    return bytes.toBase64(urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
}

QByteArray bareEnvelope(const QByteArray &statement, Signer &signer, bool urlSafe = false)
{
    const QByteArray sig = *signer.sign(pae(kInTotoPayloadType, statement));
    const Json env = {{"payloadType", kInTotoPayloadType},
                      {"payload", b64(statement, urlSafe).toStdString()},
                      {"signatures", Json::array({{{"keyid", ""}, {"sig", b64(sig, urlSafe).toStdString()}}})}};
    return QByteArray::fromStdString(env.dump());
}

// Replaces the bundle's payload with `statement`, keeping the old signature.
QByteArray withPayload(const QByteArray &bundle, const QByteArray &statement)
{
    Json j = Json::parse(bundle.toStdString());
    j["dsseEnvelope"]["payload"] = b64(statement).toStdString();
    return QByteArray::fromStdString(j.dump());
}

} // namespace


void TestAttest::conditions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<ConditionOutcome>("expected");
    const auto P = ConditionOutcome::Pass, F = ConditionOutcome::Fail, C = ConditionOutcome::CannotEvaluate;
    struct Row {
        const char *expr;
        ConditionOutcome outcome;
    };
    const Row rows[] = {
        {"predicate.eval.accuracy >= 0.85", P},
        {"predicate.eval.accuracy >= 0.95", F},
        {"predicate.eval.accuracyText >= 0.85", P},          // string metric, numeric compare
        {"predicate.eval.accuracyText < 0.85", F},
        {"predicate.eval.accuracyText == 0.91", P},
        {"predicate.eval.accuracyText == \"0.91\"", P},      // string equality
        {"predicate.eval.accuracyText == \"0.910\"", F},     // strings compare exactly
        {"predicate.eval.accuracy == \"0.91\"", P},          // number vs numeric string
        {"predicate.eval.f1 >= 0.5", C},                     // decimal comma is not a number
        {"predicate.eval.padded >= 0.5", C},                 // no trimming
        {"predicate.eval.percent >= 0.5", C},                // no units
        {"predicate.eval.epochs > 0", C},                    // an array inside a string
        {"predicate.eval.nested > 0", C},                    // non-scalar
        {"predicate.eval.metrics > 0", C},
        {"predicate.eval.missing >= 0.5", C},                // missing path
        {"predicate.nothere.accuracy >= 0.5", C},
        {"predicate.data.license != \"research-only\"", P},
        {"predicate.data.license == \"research-only\"", F},
        {"predicate.data.license == \"Apache-2.0\"", F},     // case-sensitive
        {"predicate.data.license > \"a\"", C},               // strings only == and !=
        {"predicate.data.license == 1", C},                  // type mismatch
        {"exists(predicate.data.license)", P},
        {"exists(predicate.data.nope)", F},
        {"!exists(predicate.data.nope)", P},
        {"not exists(predicate.data.license)", F},
        {"predicate.eval.passed == true", P},
        {"predicate.eval.passed != false", P},
        {"predicate.eval.passed == \"true\"", C},            // booleans are JSON true/false only
        {"predicate.eval.passed > 0", C},
        {"predicate.eval.metrics[*].value > 0", C},          // several values without all/any
        {"all(predicate.eval.metrics[*].value) > 0.1", P},
        {"all(predicate.eval.metrics[*].value) > 0.5", F},
        {"any(predicate.eval.metrics[name == \"accuracy\"].value) >= 0.9", P},
        {"all(predicate.eval.metrics[name == \"accuracy\"].value) >= 0.9", F},
        {"any(predicate.eval.metrics[name == \"recall\"].value) >= 0.9", C},  // no such element
        {"predicate.eval.metrics[name == \"loss\"].value < 0.3", P},
        {"predicate.eval.metrics[1].value < 0.3", P},
        {"predicate.eval.metrics[7].value < 0.3", C},
        {"0.85 <= predicate.eval.accuracy", P},
        {"0.95 <= predicate.eval.accuracy", F},
        {"0.9 < any(predicate.eval.metrics[*].value)", P},
        {"predicate.data.rows >= 1e3", P},
        {"predicate.data.rows == 1000", P},
        {"predicate.model.parameters > 1000000", P},
        {"predicate.eval.accuracy > -1", P},
        {"predicateType == \"x\"", P},
        {"subject[0].name == 'm'", P},
        {"predicate[\"eval\"].accuracy > 0.9", P},
        {"predicate.eval.accuracy >= 0.85 && predicate.data.license != \"research-only\"", P},
        {"predicate.eval.accuracy >= 0.85 and predicate.data.license == \"research-only\"", F},
        {"predicate.eval.accuracy >= 0.95 || exists(predicate.data.license)", P},
        {"predicate.eval.missing > 1 && predicate.eval.accuracy > 0.95", F},  // FAIL dominates AND
        {"predicate.eval.missing > 1 && predicate.eval.accuracy > 0.5", C},
        {"predicate.eval.missing > 1 || predicate.eval.accuracy > 0.5", P},   // PASS dominates OR
        {"predicate.eval.missing > 1 || predicate.eval.accuracy > 0.95", C},
        {"not (predicate.eval.missing > 1)", C},                             // NOT keeps CANNOT
        {"!(predicate.eval.accuracy > 0.95)", P},
        {"(predicate.eval.accuracy > 0.5 || predicate.eval.f1 > 0) && exists(predicate.reviewers[1])", P},
        {"predicate.reviewers[0].decision == \"approved\"", P},
    };
    for (const Row &r : rows)
        QTest::newRow(r.expr) << QString::fromUtf8(r.expr) << r.outcome;
}

void TestAttest::conditions()
{
    QFETCH(QString, expression);
    QFETCH(ConditionOutcome, expected);
    const ConditionResult r = evaluate(expression, sampleStatement());
    QVERIFY2(r.outcome == expected, qPrintable(QStringLiteral("got %1: %2").arg(outcomeKeyword(r.outcome), r.reason)));
    QVERIFY2(!r.reason.isEmpty(), "every outcome carries a reason");
}

void TestAttest::conditionDetails()
{
    const Json s = sampleStatement();
    ConditionResult r = evaluate(QStringLiteral("predicate.eval.accuracyText >= 0.85"), s);
    QCOMPARE(r.path, QStringLiteral("predicate.eval.accuracyText"));
    QCOMPARE(r.rawValue, QStringLiteral("\"0.91\""));
    QCOMPARE(r.parsedValue, QStringLiteral("0.91"));
    QCOMPARE(r.expression, QStringLiteral("predicate.eval.accuracyText >= 0.85"));

    r = evaluate(QStringLiteral("predicate.eval.missing >= 0.5"), s);
    QVERIFY2(r.reason.contains(QStringLiteral("missing")), qPrintable(r.reason));
    QVERIFY2(r.reason.contains(QStringLiteral("predicate.eval")), qPrintable(r.reason));

    r = evaluate(QStringLiteral("predicate.eval.f1 >= 0.5"), s);
    QVERIFY2(r.reason.contains(QStringLiteral("not a number")), qPrintable(r.reason));

    r = evaluate(QStringLiteral("predicate.eval.metrics[*].value > 0"), s);
    QVERIFY2(r.reason.contains(QStringLiteral("all(")), qPrintable(r.reason));

    // The literal on the left: the value shown is still the path's.
    r = evaluate(QStringLiteral("0.85 <= predicate.eval.accuracyText"), s);
    QCOMPARE(r.outcome, ConditionOutcome::Pass);
    QCOMPARE(r.rawValue, QStringLiteral("\"0.91\""));
    QCOMPARE(r.path, QStringLiteral("predicate.eval.accuracyText"));

    // all(): the value shown is one that failed.
    r = evaluate(QStringLiteral("all(predicate.eval.metrics[name == \"accuracy\"].value) >= 0.9"), s);
    QCOMPARE(r.outcome, ConditionOutcome::Fail);
    QCOMPARE(r.rawValue, QStringLiteral("\"0.88\""));

    // A parsed condition can be reused on several statements.
    auto c = Condition::parse(QStringLiteral("predicate.eval.accuracy >= 0.9"));
    QVERIFY(c);
    Json other = s;
    other["predicate"]["eval"]["accuracy"] = "0.5";
    QCOMPARE(evaluate(*c, s).outcome, ConditionOutcome::Pass);
    QCOMPARE(evaluate(*c, other).outcome, ConditionOutcome::Fail);
}

void TestAttest::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    for (const char *e : {"", "   ", "predicate.eval.accuracy >=", ">= 1", "predicate.eval.accuracy >= 0,85",
                          "predicate.eval.accuracy >= 1.", "predicate.eval.accuracy >= .5", "predicate.eval.accuracy >= 08",
                          "predicate.eval.accuracy >= 1e", "exists(predicate.x", "predicate.a == 'unterminated",
                          "predicate.a >= 0.85 extra", "predicate.a ~ 1", "predicate.a", "predicate.a[-1] > 0",
                          "predicate.a[] > 0", "predicate. > 0", "(predicate.a > 1", "predicate.a > 1 &&",
                          "all(predicate.a) > any(predicate.b)x", "predicate.a >= NaN", "predicate.a >= Infinity"})
        QTest::newRow(e) << QString::fromUtf8(e);
}

void TestAttest::parseErrors()
{
    QFETCH(QString, expression);
    auto c = Condition::parse(expression);
    QVERIFY2(!c, qPrintable(expression));
    QVERIFY(!c.error().message.isEmpty());
    const ConditionResult r = evaluate(expression, sampleStatement());
    QCOMPARE(r.outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY2(r.reason.contains(QStringLiteral("cannot be read")), qPrintable(r.reason));
}

void TestAttest::numbers()
{
    QCOMPARE(parseJsonNumber(QStringLiteral("0.85")), std::optional<double>(0.85));
    QCOMPARE(parseJsonNumber(QStringLiteral("-0")), std::optional<double>(0.0));
    QCOMPARE(parseJsonNumber(QStringLiteral("1e3")), std::optional<double>(1000.0));
    QCOMPARE(parseJsonNumber(QStringLiteral("2.5E-1")), std::optional<double>(0.25));
    for (const char *bad : {"0,85", " 1", "1 ", "+1", "01", ".5", "1.", "NaN", "Infinity", "-inf", "1e999", "0x10", "1_000", "1,000.5", ""})
        QVERIFY2(!parseJsonNumber(QString::fromLatin1(bad)), bad);
}

void TestAttest::germanLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));  // the setting took effect
    const Json s = sampleStatement();
    const ConditionResult text = evaluate(QStringLiteral("predicate.eval.accuracyText >= 0.85"), s);
    const ConditionResult comma = evaluate(QStringLiteral("predicate.eval.f1 >= 0.5"), s);
    const ConditionResult big = evaluate(QStringLiteral("predicate.data.rows >= 1e3"), s);
    const auto parsed = parseJsonNumber(QStringLiteral("0.85"));
    QLocale::setDefault(before);
    QCOMPARE(text.outcome, ConditionOutcome::Pass);
    QCOMPARE(text.parsedValue, QStringLiteral("0.91"));
    QCOMPARE(comma.outcome, ConditionOutcome::CannotEvaluate);  // "0,91" stays not a number on a German desktop
    QCOMPARE(big.outcome, ConditionOutcome::Pass);
    QCOMPARE(big.parsedValue, QStringLiteral("1000"));
    QCOMPARE(parsed, std::optional<double>(0.85));
}

void TestAttest::generatedAttestation()
{
    QTemporaryDir dir;
    const test::Tree tree{{"weights.bin", test::randomBytes(5000, 1)}, {"config.json", "{\"a\":1}"}};
    test::writeTree(dir.filePath(QStringLiteral("model")), tree);
    JobControl control;
    auto manifest = currentManifest(dir.filePath(QStringLiteral("model")), {}, {}, control);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    QCOMPARE(manifest->rootDigest(), test::expectedFilesRoot(tree));

    auto signer = newSigner();
    QVERIFY(signer);
    const Json predicate = sampleStatement()["predicate"];
    const QByteArray statement = attestationStatement(manifest->modelName, manifest->rootDigest(), QLatin1String(kPredicateType), predicate);
    auto bundle = signedAttestationBundle(statement, *signer);
    QVERIFY(bundle);

    // The bundle as @sigstore/verify needs it for a key: v0.3, publicKey hint, tlogEntries present and empty.
    const Json b = Json::parse(bundle->toStdString());
    QCOMPARE(b["mediaType"].get<std::string>(), std::string("application/vnd.dev.sigstore.bundle.v0.3+json"));
    QCOMPARE(QString::fromStdString(b["verificationMaterial"]["publicKey"]["hint"].get<std::string>()), signer->publicKey()->omsHint());
    QVERIFY(b["verificationMaterial"]["tlogEntries"].is_array() && b["verificationMaterial"]["tlogEntries"].empty());
    QCOMPARE(b["dsseEnvelope"]["signatures"].size(), size_t(1));

    auto read = readAttestations(*bundle, QStringLiteral("att.sigstore.json"));
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    const Attestation &a = read->first();
    QCOMPARE(a.carrier, Carrier::SigstoreBundle);
    QVERIFY(a.statement);
    QCOMPARE(a.statement->type, QLatin1String(kInTotoStatementV1));
    QCOMPARE(a.statement->predicateType, QLatin1String(kPredicateType));
    QCOMPARE(a.statement->subjects.size(), 1);
    QCOMPARE(a.statement->subjects[0].name, QStringLiteral("model"));
    QCOMPARE(a.statement->subjects[0].digest.value(QStringLiteral("sha256")),
             QString::fromLatin1(test::expectedFilesRoot(tree).toHex()));

    AttestationTrust trust;
    trust.publicKey = signer->publicKey();
    QCOMPARE(verifyAttestationSignature(a, trust).status, SignatureStatus::Verified);
    AttestationTrust wrong;
    wrong.publicKey = newSigner()->publicKey();
    QCOMPARE(verifyAttestationSignature(a, wrong).status, SignatureStatus::Failed);
    const AttestationSignature none = verifyAttestationSignature(a, {});
    QCOMPARE(none.status, SignatureStatus::NotChecked);
    QVERIFY(!none.reason.isEmpty());

    const AttestationReport report = assessAttestation(a, trust, modelDigests(*manifest));
    QVERIFY(report.usableForConditions());
    QVERIFY(report.ml);
    QCOMPARE(evaluateOverAttestations(QStringLiteral("predicate.eval.accuracy >= 0.85"), {report}).outcome, ConditionOutcome::Pass);
    QCOMPARE(evaluateOverAttestations(QStringLiteral("predicate.eval.accuracy >= 0.95"), {report}).outcome, ConditionOutcome::Fail);
}

void TestAttest::subjectBinding()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("model"));
    const test::Tree tree{{"weights.bin", test::randomBytes(3000, 2)}, {"tokenizer.json", "{}"}};
    test::writeTree(model, tree);
    JobControl control;
    auto manifest = currentManifest(model, {}, {}, control);
    QVERIFY(manifest);
    const ModelDigests digests = modelDigests(*manifest);

    InTotoStatement st;
    st.subjects << InTotoSubject{QStringLiteral("model"), {{QStringLiteral("sha256"), QString::fromLatin1(test::expectedFilesRoot(tree).toHex())}}}
                << InTotoSubject{QStringLiteral("w"), {{QStringLiteral("sha256"), QString::fromLatin1(test::sha256(tree["weights.bin"]).toHex())}}}
                << InTotoSubject{QStringLiteral("other"), {{QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}}}
                << InTotoSubject{QStringLiteral("sha512 only"), {{QStringLiteral("sha512"), QString(128, QLatin1Char('1'))}}};
    const QList<SubjectBinding> b = bindSubjects(st, digests);
    QCOMPARE(b.size(), 4);
    QCOMPARE(b[0].match, SubjectMatch::ManifestDigest);
    QCOMPARE(b[1].match, SubjectMatch::File);
    QCOMPARE(b[1].files, QStringList{QStringLiteral("weights.bin")});
    QCOMPARE(b[2].match, SubjectMatch::Unmatched);
    QCOMPARE(b[3].match, SubjectMatch::Unmatched);
    QVERIFY(b[3].reason.contains(QStringLiteral("sha512")));
    QVERIFY(anySubjectMatches(b));

    // The model changes: the manifest subject no longer matches, and the attestation is not usable.
    auto signer = newSigner();
    const QByteArray statement = attestationStatement(manifest->modelName, manifest->rootDigest(), QLatin1String(kPredicateType),
                                                      Json{{"eval", {{"accuracy", 0.9}}}, {"data", Json::object()}});
    auto bundle = signedAttestationBundle(statement, *signer);
    test::writeFile(model, QStringLiteral("weights.bin"), "changed");
    auto changed = currentManifest(model, {}, {}, control);
    QVERIFY(changed);
    QVERIFY(changed->rootDigest() != manifest->rootDigest());
    auto read = readAttestations(*bundle, QStringLiteral("a"));
    AttestationTrust trust;
    trust.publicKey = signer->publicKey();
    const AttestationReport report = assessAttestation(read->first(), trust, modelDigests(*changed));
    QCOMPARE(report.signature.status, SignatureStatus::Verified);
    QVERIFY(!report.bound);
    QCOMPARE(report.bindings.first().match, SubjectMatch::Unmatched);
    QVERIFY(!report.usableForConditions());
    const ConditionResult c = evaluateOverAttestations(QStringLiteral("predicate.eval.accuracy >= 0.5"), {report});
    QCOMPARE(c.outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY2(c.reason.contains(QStringLiteral("no subject")), qPrintable(c.reason));
}

void TestAttest::tamperedEnvelope()
{
    auto signer = newSigner();
    const Json predicate = {{"eval", {{"accuracy", 0.5}}}, {"data", {{"license", "research-only"}}}};
    const QByteArray statement = attestationStatement(QStringLiteral("m"), test::sha256("x"), QLatin1String(kPredicateType), predicate);
    auto bundle = signedAttestationBundle(statement, *signer);
    QVERIFY(bundle);
    AttestationTrust trust;
    trust.publicKey = signer->publicKey();

    // A raised accuracy under the old signature.
    QByteArray forged = statement;
    forged.replace("\"accuracy\":0.5", "\"accuracy\":0.99");
    QVERIFY(forged != statement);
    auto read = readAttestations(withPayload(*bundle, forged), QStringLiteral("forged"));
    QVERIFY(read);
    QCOMPARE(read->first().statementJson["predicate"]["eval"]["accuracy"].get<double>(), 0.99);
    const AttestationReport report = assessAttestation(read->first(), trust, std::nullopt);
    QCOMPARE(report.signature.status, SignatureStatus::Failed);
    QVERIFY(!report.usableForConditions());
    QCOMPARE(evaluateOverAttestations(QStringLiteral("predicate.eval.accuracy >= 0.9"), {report}).outcome,
             ConditionOutcome::CannotEvaluate);

    // A flipped signature byte; a changed payload type.
    Json j = Json::parse(bundle->toStdString());
    QByteArray sig = QByteArray::fromBase64(QByteArray::fromStdString(j["dsseEnvelope"]["signatures"][0]["sig"].get<std::string>()));
    sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 1);
    Json flipped = j;
    flipped["dsseEnvelope"]["signatures"][0]["sig"] = sig.toBase64().toStdString();
    read = readAttestations(QByteArray::fromStdString(flipped.dump()), QStringLiteral("flipped"));
    QVERIFY(read);
    QCOMPARE(verifyAttestationSignature(read->first(), trust).status, SignatureStatus::Failed);
    Json retyped = j;
    retyped["dsseEnvelope"]["payloadType"] = "application/vnd.in-toto.other+json";
    read = readAttestations(QByteArray::fromStdString(retyped.dump()), QStringLiteral("retyped"));
    QVERIFY(read);
    QCOMPARE(verifyAttestationSignature(read->first(), trust).status, SignatureStatus::Failed);
    // The untouched bundle still verifies (so the failures above come from the tampering).
    read = readAttestations(*bundle, QStringLiteral("good"));
    QCOMPARE(verifyAttestationSignature(read->first(), trust).status, SignatureStatus::Verified);
}

void TestAttest::bareEnvelopeAndJsonLines()
{
    auto signer = newSigner();
    const QByteArray s1 = attestationStatement(QStringLiteral("a"), test::sha256("a"), QLatin1String(kPredicateType), Json{{"k", 1}});
    const QByteArray s2 = attestationStatement(QStringLiteral("b"), test::sha256("b"), QLatin1String(kPredicateType), Json{{"k", 2}});
    AttestationTrust trust;
    trust.publicKey = signer->publicKey();

    for (bool urlSafe : {false, true}) {
        auto read = readAttestations(bareEnvelope(s1, *signer, urlSafe), QStringLiteral("e.dsse"));
        QVERIFY(read);
        QCOMPARE(read->first().carrier, Carrier::DsseEnvelope);
        QCOMPARE(read->first().payload, s1);
        QCOMPARE(verifyAttestationSignature(read->first(), trust).status, SignatureStatus::Verified);
    }
    const QByteArray lines = bareEnvelope(s1, *signer) + "\n\n" + bareEnvelope(s2, *signer) + "\n";
    QCOMPARE(sniffDocument(lines), DocumentKind::InTotoJsonLines);
    auto read = readAttestations(lines, QStringLiteral("x.intoto.jsonl"));
    QVERIFY(read);
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).line, 1);
    QCOMPARE(read->at(1).line, 3);
    QCOMPARE(read->at(1).statement->subjects.first().name, QStringLiteral("b"));
    QCOMPARE(verifyAttestationSignature(read->at(1), trust).status, SignatureStatus::Verified);

    // A plain statement is read but unsigned; a damaged line fails the file.
    read = readAttestations(s1, QStringLiteral("s.json"));
    QVERIFY(read);
    QCOMPARE(read->first().carrier, Carrier::Statement);
    QCOMPARE(verifyAttestationSignature(read->first(), trust).status, SignatureStatus::Unsigned);
    QVERIFY(!readAttestations(lines + "{\"payload\": 1}\n", QStringLiteral("bad")));
    QVERIFY(!readAttestations("not json", QStringLiteral("bad")));
}

void TestAttest::conditionsNeedVerifiedBoundAttestations()
{
    auto signer = newSigner();
    const QByteArray digest = test::sha256("model");
    ModelDigests model;
    model.manifestSha256 = QString::fromLatin1(digest.toHex());
    const QByteArray good = attestationStatement(QStringLiteral("m"), digest, QLatin1String(kPredicateType),
                                                 Json{{"eval", {{"accuracy", "0.91"}}}, {"data", {{"license", "mit"}}}});
    const QByteArray low = attestationStatement(QStringLiteral("m"), digest, QLatin1String(kPredicateType),
                                                Json{{"eval", {{"accuracy", 0.5}}}, {"data", {{"license", "mit"}}}});
    const QByteArray other = attestationStatement(QStringLiteral("m"), digest, QLatin1String("https://example.org/other"),
                                                  Json{{"tests", "passed"}});
    AttestationTrust trust;
    trust.publicKey = signer->publicKey();
    auto report = [&](const QByteArray &statement) {
        return assessAttestation(readAttestations(*signedAttestationBundle(statement, *signer), QStringLiteral("f"))->first(), trust, model);
    };
    const QString cond = QStringLiteral("predicate.eval.accuracy >= 0.85");
    QCOMPARE(evaluateOverAttestations(cond, {report(good)}).outcome, ConditionOutcome::Pass);
    QCOMPARE(evaluateOverAttestations(cond, {report(good), report(other)}).outcome, ConditionOutcome::Pass);  // other is not about it
    QCOMPARE(evaluateOverAttestations(cond, {report(good), report(low)}).outcome, ConditionOutcome::Fail);    // a failing one wins
    QCOMPARE(evaluateOverAttestations(cond, {report(other)}).outcome, ConditionOutcome::CannotEvaluate);
    const ConditionResult none = evaluateOverAttestations(cond, {});
    QCOMPARE(none.outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY(!none.reason.isEmpty());
    AttestationReport unverified = report(good);
    unverified.signature.status = SignatureStatus::NotChecked;
    const ConditionResult r = evaluateOverAttestations(cond, {unverified});
    QCOMPARE(r.outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY2(r.reason.contains(QStringLiteral("not verified")), qPrintable(r.reason));
}

void TestAttest::createAttestationWritesBundle()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("model"));
    const test::Tree tree{{"w.bin", test::randomBytes(100, 3)}};
    test::writeTree(model, tree);
    auto signer = newSigner();
    AttestRequest request;
    request.modelPath = model;
    request.outputPath = model + QStringLiteral("/model.att.json");  // inside: left out of the manifest
    request.predicateType = QLatin1String(kPredicateType);
    request.predicate = Json{{"eval", {{"accuracy", 0.9}}}, {"model", {{"name", "w"}}}};
    JobControl control;
    auto result = createAttestation(request, *signer, control);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->manifest.rootDigest(), test::expectedFilesRoot(tree));
    QFile f(request.outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), result->bundle);
    // Refuses to overwrite; refuses a predicate that is not an object.
    QVERIFY(!createAttestation(request, *signer, control));
    request.overwrite = Overwrite::Allow;
    request.predicate = Json::array();
    QVERIFY(!createAttestation(request, *signer, control));
}

void TestAttest::slsaV02()
{
    const Json predicate = Json::parse(R"({
      "builder": {"id": "https://builder.example/b@v1"},
      "buildType": "https://example.com/build/v1",
      "invocation": {"configSource": {"uri": "git+https://g/x", "digest": {"sha1": "abc"}, "entryPoint": "build.yml"},
                     "parameters": {"target": "all"}, "environment": {"arch": "amd64"}},
      "metadata": {"buildInvocationId": "run-7", "buildStartedOn": "2024-05-01T10:00:00Z",
                   "buildFinishedOn": "2024-05-01T10:05:30Z", "completeness": {"parameters": true}},
      "materials": [{"uri": "git+https://g/x", "digest": {"sha1": "abc"}}, {"uri": "pkg:pypi/torch@2.1"}]
    })");
    auto p = readSlsaProvenance(QLatin1String(kSlsaProvenanceV02), predicate);
    QVERIFY(p);
    QCOMPARE(p->version, QStringLiteral("v0.2"));
    QCOMPARE(p->builderId, QStringLiteral("https://builder.example/b@v1"));
    QCOMPARE(p->buildType, QStringLiteral("https://example.com/build/v1"));
    QCOMPARE(p->invocationId, QStringLiteral("run-7"));
    QCOMPARE(p->started, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(p->finished, QDateTime(QDate(2024, 5, 1), QTime(10, 5, 30), Qt::UTC));
    QCOMPARE(p->externalParameters, Json({{"target", "all"}}));
    QCOMPARE(p->internalParameters, Json({{"arch", "amd64"}}));
    QCOMPARE(p->configSource["entryPoint"], Json("build.yml"));
    QCOMPARE(p->materials.size(), 2);
    QCOMPARE(p->materials[0].digest.value(QStringLiteral("sha1")), QStringLiteral("abc"));
    QCOMPARE(p->materials[1].uri, QStringLiteral("pkg:pypi/torch@2.1"));
    QVERIFY(p->problems.isEmpty());

    auto missing = readSlsaProvenance(QLatin1String(kSlsaProvenanceV02), Json::object());
    QVERIFY(missing);
    QCOMPARE(missing->problems.size(), 2);
    QVERIFY(!readSlsaProvenance(QStringLiteral("https://example.org/other"), predicate));
    // v1 fields under a v0.2 type are not read as v1 (dispatch on the type).
    QVERIFY(readSlsaProvenance(QLatin1String(kSlsaProvenanceV02), Json{{"runDetails", {{"builder", {{"id", "x"}}}}}})->builderId.isEmpty());
}

void TestAttest::slsaV1()
{
    const Json predicate = Json::parse(R"({
      "buildDefinition": {"buildType": "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1",
        "externalParameters": {"workflow": {"ref": "refs/tags/v1", "path": ".github/workflows/release.yml"}},
        "internalParameters": {"github": {"event_name": "push"}},
        "resolvedDependencies": [{"uri": "git+https://github.com/o/r@refs/tags/v1", "digest": {"gitCommit": "c0ffee"}},
                                 {"name": "dataset", "digest": {"sha256": "aa"}}]},
      "runDetails": {"builder": {"id": "https://github.com/actions/runner/github-hosted"},
        "metadata": {"invocationId": "https://github.com/o/r/actions/runs/1/attempts/1",
                     "startedOn": "2024-05-01T10:00:00.250Z", "finishedOn": "2024-05-01T11:00:00Z"}}
    })");
    auto p = readSlsaProvenance(QLatin1String(kSlsaProvenanceV1), predicate);
    QVERIFY(p);
    QCOMPARE(p->version, QStringLiteral("v1"));
    QCOMPARE(p->builderId, QStringLiteral("https://github.com/actions/runner/github-hosted"));
    QCOMPARE(p->buildType, QStringLiteral("https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1"));
    QCOMPARE(p->invocationId, QStringLiteral("https://github.com/o/r/actions/runs/1/attempts/1"));
    QCOMPARE(p->started, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(p->finished, QDateTime(QDate(2024, 5, 1), QTime(11, 0), Qt::UTC));
    QCOMPARE(p->externalParameters["workflow"]["ref"], Json("refs/tags/v1"));
    QCOMPARE(p->internalParameters["github"]["event_name"], Json("push"));
    QCOMPARE(p->materials.size(), 2);
    QCOMPARE(p->materials[0].digest.value(QStringLiteral("gitCommit")), QStringLiteral("c0ffee"));
    QCOMPARE(p->materials[1].name, QStringLiteral("dataset"));
    QVERIFY(p->problems.isEmpty());
    auto missing = readSlsaProvenance(QLatin1String(kSlsaProvenanceV1), Json::object());
    QCOMPARE(missing->problems.size(), 3);
}

void TestAttest::mlPredicate()
{
    const Json predicate = sampleStatement()["predicate"];
    QVERIFY(isMlPredicate(predicate));
    auto p = readMlPredicate(predicate);
    QVERIFY(p);
    QCOMPARE(p->training["framework"], Json("pytorch"));
    QCOMPARE(p->data["license"], Json("apache-2.0"));
    QCOMPARE(p->model["name"], Json("tiny"));
    QCOMPARE(p->reviewers.size(), 2);
    QCOMPARE(p->reviewers[0].name, QStringLiteral("Ada"));
    QCOMPARE(p->reviewers[0].role, QStringLiteral("safety"));
    QCOMPARE(p->reviewers[0].decision, QStringLiteral("approved"));
    QCOMPARE(p->reviewers[0].date, QStringLiteral("2025-01-02"));
    QCOMPARE(p->reviewers[1].name, QStringLiteral("Bob"));
    auto metric = [&](const QString &path) -> const MlMetric * {
        for (const MlMetric &m : p->metrics)
            if (m.path == path)
                return &m;
        return nullptr;
    };
    QVERIFY(metric(QStringLiteral("predicate.eval.accuracy")));
    QCOMPARE(metric(QStringLiteral("predicate.eval.accuracy"))->value, std::optional<double>(0.91));
    QCOMPARE(metric(QStringLiteral("predicate.eval.accuracyText"))->value, std::optional<double>(0.91));
    QVERIFY(!metric(QStringLiteral("predicate.eval.f1"))->value);
    QCOMPARE(metric(QStringLiteral("predicate.eval.metrics[0].value"))->raw, QStringLiteral("\"0.93\""));
    // Every metric path is a condition path.
    for (const MlMetric &m : p->metrics)
        QCOMPARE(evaluate(QStringLiteral("exists(%1)").arg(m.path), sampleStatement()).outcome, ConditionOutcome::Pass);
    QVERIFY(!isMlPredicate(Json{{"eval", 1}}));
    QVERIFY(!isMlPredicate(Json::array()));
}

void TestAttest::fieldTreePathsAreConditions()
{
    Json s = sampleStatement();
    s["predicate"]["odd key.with dots"] = {{"@id", "x\"y"}};
    const FieldNode root = fieldTree(s);
    QCOMPARE(root.type, QStringLiteral("object"));
    int leaves = 0;
    std::function<void(const FieldNode &)> walk = [&](const FieldNode &n) {
        for (const FieldNode &c : n.children) {
            const ConditionResult r = evaluate(QStringLiteral("exists(%1)").arg(c.path), s);
            QVERIFY2(r.outcome == ConditionOutcome::Pass, qPrintable(c.path + QStringLiteral(": ") + r.reason));
            if (c.children.isEmpty())
                ++leaves;
            walk(c);
        }
    };
    walk(root);
    QVERIFY(leaves > 20);
    QCOMPARE(root.children.first().key, QStringLiteral("_type"));
    QCOMPARE(root.children.first().path, QStringLiteral("_type"));
}

void TestAttest::sniffing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QTest::newRow("bundle v0.3") << QByteArray(R"({"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"})") << int(DocumentKind::SigstoreBundle);
    QTest::newRow("bundle v0.2") << QByteArray(R"({"mediaType":"application/vnd.dev.sigstore.bundle+json;version=0.2"})") << int(DocumentKind::SigstoreBundle);
    QTest::newRow("dsse") << QByteArray(R"({"payload":"e30=","payloadType":"x","signatures":[]})") << int(DocumentKind::DsseEnvelope);
    QTest::newRow("statement v1") << QByteArray(R"({"_type":"https://in-toto.io/Statement/v1","subject":[]})") << int(DocumentKind::InTotoStatement);
    QTest::newRow("statement v0.1 bom") << QByteArray("\xEF\xBB\xBF {\"_type\":\"https://in-toto.io/Statement/v0.1\"}") << int(DocumentKind::InTotoStatement);
    QTest::newRow("jsonl") << QByteArray("{\"payload\":\"\",\"payloadType\":\"x\",\"signatures\":[]}\n{\"_type\":\"https://in-toto.io/Statement/v1\"}\n")
                           << int(DocumentKind::InTotoJsonLines);
    QTest::newRow("layout") << QByteArray(R"({"signed":{"_type":"layout"},"signatures":[]})") << int(DocumentKind::InTotoLayout);
    QTest::newRow("cyclonedx") << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6"})") << int(DocumentKind::CycloneDx);
    QTest::newRow("spdx2") << QByteArray(R"({"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT"})") << int(DocumentKind::Spdx2);
    QTest::newRow("spdx3") << QByteArray(R"({"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":[]})") << int(DocumentKind::Spdx3);
    QTest::newRow("other json") << QByteArray(R"({"name":"config"})") << int(DocumentKind::Unknown);
    QTest::newRow("jsonl with junk") << QByteArray("{\"_type\":\"https://in-toto.io/Statement/v1\"}\n{\"name\":1}\n") << int(DocumentKind::Unknown);
    QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << int(DocumentKind::Unknown);
    QTest::newRow("empty") << QByteArray() << int(DocumentKind::Unknown);
}

void TestAttest::sniffing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    QCOMPARE(int(sniffDocument(content)), kind);
}

void TestAttest::discovery()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("model"));
    test::writeTree(model, {{"weights.bin", "w"}, {"config.json", "{\"hidden\": 4}"}, {"sub/bom.json", R"({"bomFormat":"CycloneDX","specVersion":"1.6"})"},
                            {"provenance.intoto.jsonl", R"({"payload":"e30=","payloadType":"x","signatures":[]})"},
                            // content decides, not the name
                            {"notes.json", R"({"_type":"https://in-toto.io/Statement/v1","subject":[]})"},
                            {"fake.intoto.jsonl", "hello"}});
    test::writeFile(dir.path(), QStringLiteral("model.sig"), R"({"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"})");
    test::writeFile(dir.path(), QStringLiteral("sbom.spdx.json"), R"({"spdxVersion":"SPDX-2.3"})");
    test::writeFile(dir.path(), QStringLiteral("readme.txt"), R"({"spdxVersion":"SPDX-2.3"})");  // name not a candidate
    QMap<QString, QPair<DocumentKind, bool>> found;
    for (const DiscoveredFile &f : discoverDocuments(model))
        found[QDir(dir.path()).relativeFilePath(f.path)] = {f.kind, f.insideModel};
    QCOMPARE(found.size(), 5);
    QCOMPARE(found.value(QStringLiteral("model/sub/bom.json")), qMakePair(DocumentKind::CycloneDx, true));
    QCOMPARE(found.value(QStringLiteral("model/provenance.intoto.jsonl")), qMakePair(DocumentKind::DsseEnvelope, true));
    QCOMPARE(found.value(QStringLiteral("model/notes.json")), qMakePair(DocumentKind::InTotoStatement, true));
    QCOMPARE(found.value(QStringLiteral("model.sig")), qMakePair(DocumentKind::SigstoreBundle, false));
    QCOMPARE(found.value(QStringLiteral("sbom.spdx.json")), qMakePair(DocumentKind::Spdx2, false));
    QVERIFY(isSbomKind(DocumentKind::Spdx2) && !isAttestationKind(DocumentKind::Spdx2));
}

void TestAttest::corpusAttestations()
{
    HALLMARK_SHARED_OR_SKIP(root, "sbom");
    const QString dsse = root + QStringLiteral("/in-toto/dsse/");
    struct Expect {
        const char *file;
        DocumentKind kind;
        Carrier carrier;
        const char *statementType;
        const char *slsa;
        const char *builderPrefix;
    };
    const Expect expected[] = {
        {"slsa-verifier-gha_generic-v1.5.0-workflow_dispatch.intoto.jsonl", DocumentKind::DsseEnvelope, Carrier::DsseEnvelope,
         kInTotoStatementV01, "v0.2", "https://github.com/slsa-framework/slsa-github-generator/"},
        {"slsa-verifier-untrusted-builder.intoto.jsonl", DocumentKind::DsseEnvelope, Carrier::DsseEnvelope, kInTotoStatementV01,
         "v0.2", "https://github.com/asraa/slsa-github-generator/"},
        {"slsa-verifier-bcr-MODULE.bazel.sigstore-bundle-v0.3.intoto.jsonl", DocumentKind::SigstoreBundle, Carrier::SigstoreBundle,
         kInTotoStatementV1, "v1", "https://github.com/bazel-contrib/publish-to-bcr/"},
        {"slsa-verifier-gha_delegator-v2.1.0-workflow_dispatch.sigstore-bundle-v0.2.json", DocumentKind::SigstoreBundle,
         Carrier::SigstoreBundle, kInTotoStatementV01, "v1", "https://github.com/slsa-framework/example-trw/"},
    };
    auto stranger = newSigner();
    for (const Expect &e : expected) {
        const QString path = dsse + QLatin1String(e.file);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), e.file);
        QCOMPARE(sniffDocument(f.readAll()), e.kind);
        auto read = readAttestationFile(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->size(), 1);
        const Attestation &a = read->first();
        QCOMPARE(a.carrier, e.carrier);
        QVERIFY2(a.statement, qPrintable(a.statementError));
        QCOMPARE(a.statement->type, QLatin1String(e.statementType));
        const AttestationReport report = assessAttestation(a, {}, std::nullopt);
        QVERIFY(report.slsa);
        QCOMPARE(report.slsa->version, QLatin1String(e.slsa));
        QVERIFY2(report.slsa->builderId.startsWith(QLatin1String(e.builderPrefix)), qPrintable(report.slsa->builderId));
        QVERIFY2(report.slsa->problems.isEmpty(), qPrintable(report.slsa->problems.join(QLatin1Char(' '))));
        QVERIFY(!report.slsa->buildType.isEmpty());
        QVERIFY(!report.slsa->materials.isEmpty());
        // Real GitHub outputs: nothing verifies them without trust given, and a stranger's key fails.
        QCOMPARE(report.signature.status, SignatureStatus::NotChecked);
        AttestationTrust wrong;
        wrong.publicKey = stranger->publicKey();
        if (e.carrier == Carrier::DsseEnvelope)
            QCOMPARE(verifyAttestationSignature(a, wrong).status, SignatureStatus::Failed);
        // The policy negative: the untrusted builder fails a builder condition the trusted one passes.
        const QString cond = QLatin1String(e.slsa) == QLatin1String("v0.2")
            ? QStringLiteral("predicate.builder.id == \"https://github.com/slsa-framework/slsa-github-generator/.github/workflows/"
                             "generator_generic_slsa3.yml@refs/tags/v1.5.0\"")
            : QStringLiteral("exists(predicate.runDetails.builder.id)");
        const ConditionOutcome expectedOutcome = QLatin1String(e.file).contains(QLatin1String("untrusted")) ? ConditionOutcome::Fail
                                                                                                          : ConditionOutcome::Pass;
        QCOMPARE(evaluate(cond, a.statementJson).outcome, expectedOutcome);
    }
}

void TestAttest::corpusLayouts()
{
    HALLMARK_SHARED_OR_SKIP(root, "sbom");
    QFile legacy(root + QStringLiteral("/in-toto/layout/in-toto-docs-polypasswordhasher-root.layout"));
    QVERIFY(legacy.open(QIODevice::ReadOnly));
    QCOMPARE(sniffDocument(legacy.readAll()), DocumentKind::InTotoLayout);
    // The DSSE template has no signatures and a layout, not a statement, inside.
    const QString templ = root + QStringLiteral("/in-toto/layout/in-toto-demo_dsse-demo.layout.template");
    QFile t(templ);
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(sniffDocument(t.readAll()), DocumentKind::DsseEnvelope);
    auto read = readAttestationFile(templ);
    QVERIFY(read);
    QCOMPARE(read->first().envelope->signatures.size(), 0);
    QVERIFY(!read->first().statement);
    QVERIFY(!read->first().statementError.isEmpty());
    QCOMPARE(read->first().statementJson["_type"], Json("layout"));
    QCOMPARE(verifyAttestationSignature(read->first(), {}).status, SignatureStatus::Unsigned);
}

void TestAttest::corpusSboms()
{
    HALLMARK_SHARED_OR_SKIP(root, "sbom");
    const QMap<QString, DocumentKind> dirs{{QStringLiteral("cyclonedx"), DocumentKind::CycloneDx},
                                           {QStringLiteral("spdx-2.3"), DocumentKind::Spdx2},
                                           {QStringLiteral("spdx-3.0.1"), DocumentKind::Spdx3}};
    int files = 0;
    for (auto it = dirs.cbegin(); it != dirs.cend(); ++it) {
        QDirIterator walk(root + QLatin1Char('/') + it.key(), QDir::Files, QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            const QString path = walk.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(int(sniffDocument(f.readAll())), int(it.value()));
            ++files;
        }
    }
    QCOMPARE(files, 24);
}

QTEST_GUILESS_MAIN(TestAttest)
// Brackets nested far past any real document: refused with a reason before
// anything copies or prints the value (each level would be a stack frame).
void TestAttest::deeplyNestedJsonIsRefused_data()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray statement = R"({"_type": "https://in-toto.io/Statement/v1", "subject": [{"name": "m", "digest": {"sha256": ")"
                                 + QByteArray(64, 'a') + R"("}}], "predicateType": "x", "predicate": {"d": )" + deep + "}}";
    const QByteArray envelope = QByteArray(R"({"payloadType": "application/vnd.in-toto+json", "signatures": [{"sig": "AAAA"}], "payload": ")")
                                + statement.toBase64() + "\"}";
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("statement") << statement;
    QTest::newRow("JSON Lines") << statement + "\n" + statement + "\n";
    QTest::newRow("envelope payload") << envelope;
}

void TestAttest::deeplyNestedJsonIsRefused()
{
    QFETCH(QByteArray, content);
    auto read = readAttestations(content, QStringLiteral("deep.json"));
    if (read) {  // the envelope is read; its payload is not a statement
        QCOMPARE(read->size(), 1);
        QVERIFY(!read->first().statement);
        QVERIFY2(read->first().statementError.contains(QLatin1String("deeper than")), qPrintable(read->first().statementError));
    } else {
        QVERIFY2(read.error().message.contains(QLatin1String("deeper than")), qPrintable(read.error().message));
    }
}

void TestAttest::predicateFiles()
{
    QTemporaryDir dir;
    auto write = [&dir](const char *name, const QByteArray &content) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", name);
        return path;
    };
    auto good = readPredicateFile(write("ok.json", R"({"eval": {"accuracy": 0.9}})"));
    QVERIFY(good);
    QCOMPARE((*good)["eval"]["accuracy"], Json(0.9));
    auto error = [](const QString &path) {
        auto r = readPredicateFile(path);
        return r ? QString() : r.error().message;
    };
    QVERIFY(error(write("list.json", "[1, 2]")).contains(QLatin1String("not a JSON object")));
    QVERIFY(error(write("broken.json", "{\"a\": ")).contains(QLatin1String("not valid JSON")));
    QVERIFY(error(write("deep.json", "{\"a\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}")).contains(QLatin1String("not valid JSON")));
    QVERIFY(error(dir.path()).contains(QLatin1String("folder")));
    QVERIFY(error(dir.filePath(QStringLiteral("missing.json"))).contains(QLatin1String("cannot be read")));
    QVERIFY(!error({}).isEmpty());
}

#include "tst_attest.moc"
