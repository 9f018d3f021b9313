// The bundle layer: media types, proto3 JSON quirks, DSSE, field-naming
// errors, PAE (standard and v0.2 legacy), in-toto statements, OMS predicate
// types, and the exact shape of the bundles Hallmark writes.

#include "coretest.h"
#include "pki.h"

#include "bundle/bundle.h"
#include "bundle/bundlewriter.h"
#include "bundle/intoto.h"
#include "bundle/pae.h"
#include "bundle/protojson.h"
#include "manifest/signedmanifest.h"
#include "manifest/statement.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using Json = nlohmann::json;


namespace {

const QByteArray kStatement =
    R"({"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"m","digest":{"sha256":"00"}}],"predicateType":"x","predicate":{}})";

Json validBundle()
{
    return {
        {"mediaType", "application/vnd.dev.sigstore.bundle.v0.3+json"},
        {"verificationMaterial", {{"publicKey", {{"hint", "abc"}}}, {"tlogEntries", Json::array()}}},
        {"dsseEnvelope",
         {{"payload", kStatement.toBase64().toStdString()},
          {"payloadType", "application/vnd.in-toto+json"},
          {"signatures", Json::array({{{"sig", QByteArray("\x30\x06\x02\x01\x01\x02\x01\x01").toBase64().toStdString()},
                                       {"keyid", ""}}})}}},
    };
}

QByteArray text(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

QString parseError(const QByteArray &json)
{
    auto b = parseBundle(json);
    return b ? QString() : b.error().message;
}

QSet<QString> keysOf(const Json &j)
{
    QSet<QString> out;
    for (auto it = j.begin(); it != j.end(); ++it)
        out.insert(QString::fromStdString(it.key()));
    return out;
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

// A valid OMS v1.0 statement for two files, root digest computed here.
Json omsStatement(const QByteArray &predicateType = kOmsPredicateType)
{
    const QByteArray d1 = sha256("one"), d2 = sha256("two");
    return {{"_type", "https://in-toto.io/Statement/v1"},
            {"subject", Json::array({{{"name", "model"}, {"digest", {{"sha256", sha256(d1 + d2).toHex().toStdString()}}}}})},
            {"predicateType", predicateType.toStdString()},
            {"predicate",
             {{"serialization", {{"method", "files"}, {"hash_type", "sha256"}, {"allow_symlinks", false}}},
              {"resources", Json::array({{{"name", "a"}, {"algorithm", "sha256"}, {"digest", d1.toHex().toStdString()}},
                                         {{"name", "b"}, {"algorithm", "sha256"}, {"digest", d2.toHex().toStdString()}}})}}}};
}

Result<SignedManifest> readStatement(const Json &statement)
{
    auto st = parseInTotoStatement(text(statement));
    if (!st)
        return std::unexpected(st.error());
    return readSignedManifest(*st);
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaTypes_data();
    void mediaTypes();
    void parsesValidBundle();
    void keyidForms();
    void base64Quirks_data();
    void base64Quirks();
    void snakeCaseNames();
    void int64AsStringOrNumber();
    void certificateMaterial();
    void messageSignature();
    void malformed_data();
    void malformed();
    void deepAndHugeInput();
    void paeKnownAnswers();
    void legacyPae_data();
    void legacyPae();
    void inTotoStatements();
    void predicateTypes_data();
    void predicateTypes();
    void omsPredicateErrors_data();
    void omsPredicateErrors();
    void legacyDigestsResources();
    void dangerousIgnores_data();
    void dangerousIgnores();
    void writtenBundleKeys();
    void writtenBundlesMatchSchemas();
};

void TestBundle::mediaTypes_data()
{
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<int>("version");  // -1: rejected
    QTest::newRow("0.1") << "application/vnd.dev.sigstore.bundle+json;version=0.1" << int(BundleVersion::V01);
    QTest::newRow("0.2") << "application/vnd.dev.sigstore.bundle+json;version=0.2" << int(BundleVersion::V02);
    QTest::newRow("0.3") << "application/vnd.dev.sigstore.bundle+json;version=0.3" << int(BundleVersion::V03);
    QTest::newRow("v0.3") << "application/vnd.dev.sigstore.bundle.v0.3+json" << int(BundleVersion::V03);
    QTest::newRow("v0.3.1") << "application/vnd.dev.sigstore.bundle.v0.3.1+json" << int(BundleVersion::V03);
    QTest::newRow("v0.2") << "application/vnd.dev.sigstore.bundle.v0.2+json" << int(BundleVersion::V02);
    QTest::newRow("0.4") << "application/vnd.dev.sigstore.bundle+json;version=0.4" << -1;
    QTest::newRow("v0.4") << "application/vnd.dev.sigstore.bundle.v0.4+json" << -1;
    QTest::newRow("v1.0") << "application/vnd.dev.sigstore.bundle.v1.0+json" << -1;
    QTest::newRow("v0.0") << "application/vnd.dev.sigstore.bundle.v0.0+json" << -1;
    QTest::newRow("garbage") << "text/plain" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("prefix") << "xapplication/vnd.dev.sigstore.bundle.v0.3+json" << -1;
    QTest::newRow("suffix") << "application/vnd.dev.sigstore.bundle.v0.3+jsonx" << -1;
    QTest::newRow("case") << "Application/vnd.dev.sigstore.bundle.v0.3+json" << -1;
}

void TestBundle::mediaTypes()
{
    QFETCH(QString, mediaType);
    QFETCH(int, version);
    Json j = validBundle();
    j["mediaType"] = mediaType.toStdString();
    auto b = parseBundle(text(j));
    if (version < 0) {
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(QLatin1String("media type")), qPrintable(b.error().message));
        QVERIFY(!bundleVersionFromMediaType(mediaType));
    } else {
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QCOMPARE(int(b->version), version);
        QCOMPARE(b->mediaType, mediaType);
    }
}

void TestBundle::parsesValidBundle()
{
    auto b = parseBundle(text(validBundle()));
    QVERIFY(b);
    QCOMPARE(b->material, MaterialKind::PublicKey);
    QCOMPARE(b->publicKeyHint, QStringLiteral("abc"));
    QVERIFY(b->hasTlogEntriesField);
    QVERIFY(b->dsse);
    QVERIFY(!b->messageSignature);
    QCOMPARE(b->dsse->payload, kStatement);
    QCOMPARE(b->dsse->payloadType, QStringLiteral("application/vnd.in-toto+json"));
    QCOMPARE(b->dsse->signatures.size(), 1);
    QCOMPARE(b->dsse->signatures[0].sig, QByteArray("\x30\x06\x02\x01\x01\x02\x01\x01"));
    // Whitespace and key order do not matter.
    const QByteArray pretty = QByteArray::fromStdString(validBundle().dump(4));
    QVERIFY(parseBundle(pretty));
    // Legacy model_signing key form: rawBytes (base64 of PEM) + keyDetails, no tlogEntries.
    Json legacy = validBundle();
    legacy["verificationMaterial"] = {{"publicKey", {{"rawBytes", QByteArray("-----BEGIN PUBLIC KEY-----\n").toBase64().toStdString()},
                                                     {"keyDetails", "PKIX_ECDSA_P384_SHA_384"}}}};
    auto l = parseBundle(text(legacy));
    QVERIFY(l);
    QVERIFY(l->publicKeyHint.isEmpty());
    QCOMPARE(l->legacyPublicKeyPem, QByteArray("-----BEGIN PUBLIC KEY-----\n"));
    QCOMPARE(l->legacyKeyDetails, QStringLiteral("PKIX_ECDSA_P384_SHA_384"));
    QVERIFY(!l->hasTlogEntriesField);
}

void TestBundle::keyidForms()
{
    for (const Json &keyid : {Json(""), Json(nullptr), Json("some-id")}) {
        Json j = validBundle();
        j["dsseEnvelope"]["signatures"][0]["keyid"] = keyid;
        auto b = parseBundle(text(j));
        QVERIFY2(b, keyid.dump().c_str());
        QCOMPARE(b->dsse->signatures[0].keyid, keyid.is_string() ? QString::fromStdString(keyid.get<std::string>()) : QString());
    }
    Json absent = validBundle();
    absent["dsseEnvelope"]["signatures"][0].erase("keyid");
    QVERIFY(parseBundle(text(absent)));
    Json wrongType = validBundle();
    wrongType["dsseEnvelope"]["signatures"][0]["keyid"] = 5;
    QVERIFY(parseError(text(wrongType)).contains(QLatin1String("signatures[0].keyid")));
}

void TestBundle::base64Quirks_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<bool>("ok");
    const QByteArray bytes("\xfb\xff\xfe\x00\x10hello", 10);
    QTest::newRow("standard") << bytes.toBase64() << bytes << true;
    QTest::newRow("url-safe") << bytes.toBase64(QByteArray::Base64UrlEncoding) << bytes << true;
    QTest::newRow("url-safe-unpadded") << bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << bytes << true;
    QTest::newRow("standard-unpadded") << bytes.toBase64(QByteArray::OmitTrailingEquals) << bytes << true;
    QByteArray wrapped = QByteArray(200, 'x').toBase64();
    wrapped.insert(76, "\r\n").insert(20, "\n");
    QTest::newRow("line-breaks") << wrapped << QByteArray(200, 'x') << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("bad-char") << QByteArray("ab@d") << QByteArray() << false;
    QTest::newRow("mixed-alphabets") << QByteArray("+_AA") << QByteArray() << false;
    QTest::newRow("space") << QByteArray("aGVs bG8=") << QByteArray() << false;
    QTest::newRow("too-much-padding") << QByteArray("aGVsbG8===") << QByteArray() << false;
}

void TestBundle::base64Quirks()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QFETCH(bool, ok);
    auto r = protojson::decodeBytes(Json(encoded.toStdString()), QStringLiteral("x.field"));
    QCOMPARE(bool(r), ok);
    if (ok)
        QCOMPARE(*r, decoded);
    else
        QVERIFY(r.error().message.contains(QLatin1String("x.field")));
    // The same in a bundle's signature: the error names the field.
    Json j = validBundle();
    j["dsseEnvelope"]["signatures"][0]["sig"] = encoded.isEmpty() ? "AA" : encoded.toStdString();
    auto b = parseBundle(text(j));
    QCOMPARE(bool(b), ok);
    if (ok && !encoded.isEmpty())
        QCOMPARE(b->dsse->signatures[0].sig, decoded);
    if (!ok)
        QVERIFY2(b.error().message.contains(QLatin1String("bundle.dsseEnvelope.signatures[0].sig")), qPrintable(b.error().message));
}

void TestBundle::snakeCaseNames()
{
    const Json j = {
        {"media_type", "application/vnd.dev.sigstore.bundle.v0.3+json"},
        {"verification_material", {{"x509_certificate_chain", {{"certificates", Json::array({{{"raw_bytes", "AQID"}}})}}},
                                    {"tlog_entries", Json::array()},
                                    {"timestamp_verification_data", {{"rfc3161_timestamps", Json::array({{{"signed_timestamp", "BAU="}}})}}}}},
        {"dsse_envelope", {{"payload", "eyJ9"}, {"payload_type", "t"}, {"signatures", Json::array({{{"sig", "AA=="}}})}}},
    };
    auto b = parseBundle(text(j));
    QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
    QCOMPARE(b->material, MaterialKind::X509CertificateChain);
    QCOMPARE(b->certificates.value(0), QByteArray("\x01\x02\x03"));
    QCOMPARE(b->rfc3161Timestamps.size(), size_t(1));
    QCOMPARE(b->rfc3161Timestamps[0], QByteArray("\x04\x05"));
    QCOMPARE(b->dsse->payloadType, QStringLiteral("t"));
    Json k = validBundle();
    k["verificationMaterial"] = {{"public_key", {{"hint", "h"}}}};
    QVERIFY(parseBundle(text(k)));
}

void TestBundle::int64AsStringOrNumber()
{
    const Json j = {{"a", "1234567890123"}, {"b", 42}, {"c", 7.0}, {"d", "x1"}, {"e", 1.5}, {"f", true}, {"log_index", "9"}};
    const protojson::Object o(j, QStringLiteral("obj"));
    QCOMPARE(*o.int64({"a", nullptr}), 1234567890123LL);
    QCOMPARE(*o.int64({"b", nullptr}), 42LL);
    QCOMPARE(*o.int64({"c", nullptr}), 7LL);
    QCOMPARE(*o.int64({"logIndex", "log_index"}), 9LL);
    QCOMPARE(*o.int64({"missing", nullptr}, false), 0LL);
    for (const char *bad : {"d", "e", "f"}) {
        auto r = o.int64({bad, nullptr});
        QVERIFY2(!r, bad);
        QVERIFY(r.error().message.contains(QStringLiteral("obj.%1").arg(QLatin1String(bad))));
    }
    QVERIFY(o.int64({"missing", nullptr}).error().message.contains(QLatin1String("obj.missing")));
}

void TestBundle::certificateMaterial()
{
    Json j = validBundle();
    j["verificationMaterial"] = {{"x509CertificateChain", {{"certificates", Json::array({{{"rawBytes", "AQ=="}}, {{"rawBytes", "Ag=="}}})}}}};
    auto b = parseBundle(text(j));
    QVERIFY(b);
    QCOMPARE(b->certificates, QList<QByteArray>({QByteArray("\x01"), QByteArray("\x02")}));
    QVERIFY(!b->hasTlogEntriesField);
    j["verificationMaterial"] = {{"certificate", {{"rawBytes", "AQ=="}}}, {"tlogEntries", Json::array({Json::object()})}};
    b = parseBundle(text(j));
    QVERIFY(b);
    QCOMPARE(b->material, MaterialKind::Certificate);
    QCOMPARE(b->tlogEntries.size(), size_t(1));
}

void TestBundle::messageSignature()
{
    Json j = validBundle();
    j.erase("dsseEnvelope");
    j["messageSignature"] = {{"messageDigest", {{"algorithm", "SHA2_256"}, {"digest", "AQI="}}}, {"signature", "AwQ="}};
    auto b = parseBundle(text(j));
    QVERIFY(b);
    QVERIFY(!b->dsse);
    QCOMPARE(b->messageSignature->digestAlgorithm, QStringLiteral("SHA2_256"));
    QCOMPARE(b->messageSignature->digest, QByteArray("\x01\x02"));
    QCOMPARE(b->messageSignature->signature, QByteArray("\x03\x04"));
}

void TestBundle::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustName");
    auto mutate = [](auto f) {
        Json j = validBundle();
        f(j);
        return text(j);
    };
    QTest::newRow("empty-file") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t") << "empty";
    QTest::newRow("truncated") << text(validBundle()).left(100) << "not valid JSON";
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n") << "not valid JSON";
    QTest::newRow("root-array") << QByteArray("[]") << "\"bundle\"";
    QTest::newRow("root-string") << QByteArray("\"x\"") << "\"bundle\"";
    QTest::newRow("no-mediaType") << mutate([](Json &j) { j.erase("mediaType"); }) << "bundle.mediaType";
    QTest::newRow("mediaType-number") << mutate([](Json &j) { j["mediaType"] = 3; }) << "bundle.mediaType";
    QTest::newRow("mediaType-null") << mutate([](Json &j) { j["mediaType"] = nullptr; }) << "bundle.mediaType";
    QTest::newRow("no-material") << mutate([](Json &j) { j.erase("verificationMaterial"); }) << "bundle.verificationMaterial";
    QTest::newRow("material-array") << mutate([](Json &j) { j["verificationMaterial"] = Json::array(); }) << "bundle.verificationMaterial";
    QTest::newRow("no-envelope") << mutate([](Json &j) { j.erase("dsseEnvelope"); }) << "dsseEnvelope";
    QTest::newRow("envelope-string") << mutate([](Json &j) { j["dsseEnvelope"] = "x"; }) << "bundle.dsseEnvelope";
    QTest::newRow("envelope-and-message") << mutate([](Json &j) { j["messageSignature"] = {{"signature", "AA=="}}; }) << "messageSignature";
    QTest::newRow("unknown-root") << mutate([](Json &j) { j["extra"] = 1; }) << "Unknown field \"bundle.extra\"";
    QTest::newRow("unknown-material") << mutate([](Json &j) { j["verificationMaterial"]["x"] = 1; }) << "Unknown field \"bundle.verificationMaterial.x\"";
    QTest::newRow("unknown-key") << mutate([](Json &j) { j["verificationMaterial"]["publicKey"]["y"] = 1; })
                                 << "Unknown field \"bundle.verificationMaterial.publicKey.y\"";
    QTest::newRow("unknown-envelope") << mutate([](Json &j) { j["dsseEnvelope"]["z"] = 1; }) << "Unknown field \"bundle.dsseEnvelope.z\"";
    QTest::newRow("unknown-signature") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"][0]["w"] = 1; })
                                       << "Unknown field \"bundle.dsseEnvelope.signatures[0].w\"";
    QTest::newRow("no-material-kind") << mutate([](Json &j) { j["verificationMaterial"].erase("publicKey"); }) << "publicKey, x509CertificateChain or certificate";
    QTest::newRow("two-material-kinds") << mutate([](Json &j) { j["verificationMaterial"]["certificate"] = {{"rawBytes", "AA=="}}; })
                                        << "publicKey, x509CertificateChain or certificate";
    QTest::newRow("hint-number") << mutate([](Json &j) { j["verificationMaterial"]["publicKey"]["hint"] = 1; }) << "bundle.verificationMaterial.publicKey.hint";
    QTest::newRow("publicKey-list") << mutate([](Json &j) { j["verificationMaterial"]["publicKey"] = Json::array(); }) << "bundle.verificationMaterial.publicKey";
    QTest::newRow("tlog-object") << mutate([](Json &j) { j["verificationMaterial"]["tlogEntries"] = Json::object(); }) << "bundle.verificationMaterial.tlogEntries";
    QTest::newRow("tlog-33") << mutate([](Json &j) { j["verificationMaterial"]["tlogEntries"] = Json::array(); for (int i = 0; i < 33; ++i) j["verificationMaterial"]["tlogEntries"].push_back(Json::object()); })
                             << "32";
    QTest::newRow("empty-chain") << mutate([](Json &j) { j["verificationMaterial"] = {{"x509CertificateChain", {{"certificates", Json::array()}}}}; })
                                 << "chain";
    QTest::newRow("chain-no-rawBytes") << mutate([](Json &j) { j["verificationMaterial"] = {{"x509CertificateChain", {{"certificates", Json::array({Json::object()})}}}}; })
                                       << "bundle.verificationMaterial.x509CertificateChain.certificates[0].rawBytes";
    QTest::newRow("chain-bad-base64") << mutate([](Json &j) { j["verificationMaterial"] = {{"x509CertificateChain", {{"certificates", Json::array({{{"rawBytes", "!!"}}})}}}}; })
                                      << "certificates[0].rawBytes";
    QTest::newRow("no-payload") << mutate([](Json &j) { j["dsseEnvelope"].erase("payload"); }) << "bundle.dsseEnvelope.payload";
    QTest::newRow("payload-number") << mutate([](Json &j) { j["dsseEnvelope"]["payload"] = 12; }) << "bundle.dsseEnvelope.payload";
    QTest::newRow("payload-bad-base64") << mutate([](Json &j) { j["dsseEnvelope"]["payload"] = "e30=!"; }) << "bundle.dsseEnvelope.payload";
    QTest::newRow("payload-empty") << mutate([](Json &j) { j["dsseEnvelope"]["payload"] = ""; }) << "payload";
    QTest::newRow("no-payloadType") << mutate([](Json &j) { j["dsseEnvelope"].erase("payloadType"); }) << "bundle.dsseEnvelope.payloadType";
    QTest::newRow("no-signatures") << mutate([](Json &j) { j["dsseEnvelope"].erase("signatures"); }) << "bundle.dsseEnvelope.signatures";
    QTest::newRow("signatures-object") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"] = Json::object(); }) << "bundle.dsseEnvelope.signatures";
    QTest::newRow("empty-signatures") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"] = Json::array(); }) << "signature";
    QTest::newRow("signature-string") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"] = Json::array({"x"}); }) << "bundle.dsseEnvelope.signatures[0]";
    QTest::newRow("sig-missing") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"][0].erase("sig"); }) << "bundle.dsseEnvelope.signatures[0].sig";
    QTest::newRow("sig-empty") << mutate([](Json &j) { j["dsseEnvelope"]["signatures"][0]["sig"] = ""; }) << "bundle.dsseEnvelope.signatures[0].sig";
}

void TestBundle::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustName);
    const QString error = parseError(json);
    QVERIFY2(!error.isEmpty(), "the bundle was accepted");
    QVERIFY2(error.contains(mustName), qPrintable(error));
}

void TestBundle::deepAndHugeInput()
{
    // Nesting deep enough to exhaust the stack of any recursive walker.
    const int depth = 200000;
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    QVERIFY(!parseError(deep).isEmpty());
    Json j = validBundle();
    const QByteArray withDeepTlog = text(j).replace("\"tlogEntries\":[]", "\"tlogEntries\":[" + deep + "]");
    QVERIFY(withDeepTlog.contains("[[[["));
    QVERIFY(!parseError(withDeepTlog).isEmpty());
    const QByteArray deepObjects = QByteArray(depth / 2, '{').replace("{", "{\"a\":") + "1" + QByteArray(depth / 2, '}');
    QVERIFY(!parseInTotoStatement(deepObjects));
    // A deep predicate inside an otherwise fine statement.
    QByteArray statement = kStatement;
    statement.replace("\"predicate\":{}", "\"predicate\":" + deep);
    QVERIFY(!parseInTotoStatement(statement));

    // Brackets inside strings (with escaped quotes) are text, not nesting.
    Json brackets = validBundle();
    brackets["verificationMaterial"]["publicKey"]["hint"] = "\\\"" + std::string(500, '[') + "\"{{{";
    auto fine = parseBundle(text(brackets));
    QVERIFY2(fine, qPrintable(fine ? QString() : fine.error().message));
    QCOMPARE(fine->publicKeyHint.size(), 506);
    QVERIFY(parseError(deep).contains(QLatin1String("nested too deeply")));

    // A large payload parses and survives intact.
    const QByteArray big = randomBytes(6 << 20, 7);
    j["dsseEnvelope"]["payload"] = big.toBase64().toStdString();
    auto b = parseBundle(text(j));
    QVERIFY(b);
    QCOMPARE(b->dsse->payload.size(), big.size());
    QCOMPARE(sha256(b->dsse->payload), sha256(big));
    // Many signatures, many certificates: no crash.
    j = validBundle();
    for (int i = 0; i < 10000; ++i)
        j["dsseEnvelope"]["signatures"].push_back({{"sig", "AA=="}});
    QVERIFY(parseBundle(text(j)));
}

void TestBundle::paeKnownAnswers()
{
    QCOMPARE(pae("application/vnd.in-toto+json", "hello"), QByteArray("DSSEv1 28 application/vnd.in-toto+json 5 hello"));
    QCOMPARE(pae("application/vnd.in-toto+json", ""), QByteArray("DSSEv1 28 application/vnd.in-toto+json 0 "));
    QCOMPARE(pae("t", "\xc3\xa9"), QByteArray("DSSEv1 1 t 2 \xc3\xa9"));
    QCOMPARE(pae("", "x y"), QByteArray("DSSEv1 0  3 x y"));
    const QByteArray payload(926, 'p');
    QVERIFY(pae(kInTotoPayloadType, payload).startsWith("DSSEv1 28 application/vnd.in-toto+json 926 ppp"));
    QCOMPARE(pae(kInTotoPayloadType, payload).size(), 7 + 3 + 28 + 1 + 4 + 926);
    QCOMPARE(QByteArray(kInTotoPayloadType).size(), 28);
}

void TestBundle::legacyPae_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray prefix = "DSSEV1 28 application/vnd.in-toto+json ";
    QTest::newRow("json") << QByteArray(R"({"a": 1})") << prefix + "8 b'{\"a\": 1}'";
    QTest::newRow("empty") << QByteArray() << prefix + "0 b''";
    QTest::newRow("single-quote-only") << QByteArray("it's") << prefix + "4 b\"it's\"";
    QTest::newRow("both-quotes") << QByteArray("it's \"x\"") << prefix + "8 b'it\\'s \"x\"'";
    QTest::newRow("backslash") << QByteArray("a\\b") << prefix + "3 b'a\\\\b'";
    QTest::newRow("tab-nl-cr") << QByteArray("\t\n\r") << prefix + "3 b'\\t\\n\\r'";
    QTest::newRow("control") << QByteArray("\x00\x01\x1b\x7f", 4) << prefix + "4 b'\\x00\\x01\\x1b\\x7f'";
    QTest::newRow("non-ascii") << QByteArray("caf\xc3\xa9") << prefix + "5 b'caf\\xc3\\xa9'";
    QTest::newRow("high") << QByteArray("\xff\x80") << prefix + "2 b'\\xff\\x80'";
    QTest::newRow("printable-edges") << QByteArray(" ~") << prefix + "2 b' ~'";
    QTest::newRow("double-quote-in-double") << QByteArray("'\"") << prefix + "2 b'\\'\"'";
}

void TestBundle::legacyPae()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    QCOMPARE(hallmark::legacyPae(kInTotoPayloadType, payload), expected);
}

void TestBundle::inTotoStatements()
{
    auto v1 = parseInTotoStatement(text(omsStatement()));
    QVERIFY(v1);
    QCOMPARE(v1->type, QString::fromLatin1(kInTotoStatementV1));
    QCOMPARE(v1->subjects.size(), 1);
    QCOMPARE(v1->subjects[0].name, QStringLiteral("model"));
    QVERIFY(v1->predicate.is_object());

    Json v01 = omsStatement();
    v01["_type"] = "https://in-toto.io/Statement/v0.1";
    v01["subject"][0]["digest"]["sha256"] = "ABCDEF";
    auto old = parseInTotoStatement(text(v01));
    QVERIFY(old);
    QCOMPARE(old->type, QString::fromLatin1(kInTotoStatementV01));
    QCOMPARE(old->subjects[0].digest.value(QStringLiteral("sha256")), QStringLiteral("abcdef"));
    auto rejected = readSignedManifest(*old);
    QVERIFY(!rejected);
    QVERIFY(rejected.error().message.contains(QLatin1String("Statement/v0.1")));

    const struct { const char *mutation; const char *field; } cases[] = {
        {"no-type", "statement._type"}, {"subject-object", "statement.subject"}, {"digest-number", "statement.subject[0].digest.sha256"},
        {"subject-string", "statement.subject[0]"}, {"no-digest", "statement.subject[0].digest"},
    };
    for (const auto &c : cases) {
        Json s = omsStatement();
        const QByteArray m = c.mutation;
        if (m == "no-type") s.erase("_type");
        if (m == "subject-object") s["subject"] = Json::object();
        if (m == "digest-number") s["subject"][0]["digest"]["sha256"] = 5;
        if (m == "subject-string") s["subject"] = Json::array({"x"});
        if (m == "no-digest") s["subject"][0].erase("digest");
        auto r = parseInTotoStatement(text(s));
        QVERIFY2(!r, c.mutation);
        QVERIFY2(r.error().message.contains(QLatin1String(c.field)), qPrintable(r.error().message));
    }
    QVERIFY(!parseInTotoStatement("{"));
    QVERIFY(!parseInTotoStatement("[]"));
}

void TestBundle::predicateTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("outcome");  // "v1", "legacy", or a message fragment
    QTest::newRow("signature/v1.0") << QByteArray("https://model_signing/signature/v1.0") << "v1";
    QTest::newRow("Digests/v0.1") << QByteArray("https://model_signing/Digests/v0.1") << "legacy";
    const char *unsupported[] = {"https://model_signing/Digest/v0.1", "https://model_signing/DigestOfDigests/v0.1",
                                 "https://model_signing/DigestOfShardDigests/v0.1", "https://model_signing/ShardDigests/v0.1",
                                 "https://sigstore.dev/model-transparency/manifest/v1"};
    for (const char *t : unsupported)
        QTest::newRow(t) << QByteArray(t) << "recognises but cannot verify";
    QTest::newRow("unknown") << QByteArray("https://example.com/other/v1") << "Predicate type mismatch";
    QTest::newRow("v1.1") << QByteArray("https://model_signing/signature/v1.1") << "Predicate type mismatch";
    QTest::newRow("empty") << QByteArray() << "Predicate type mismatch";
}

void TestBundle::predicateTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, outcome);
    auto m = readStatement(omsStatement(type));
    if (outcome == QLatin1String("v1")) {
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
        QCOMPARE(m->kind, PredicateKind::OmsV1);
        QCOMPARE(m->manifest.resources.size(), 2);
        QCOMPARE(m->subjectName, QStringLiteral("model"));
    } else if (outcome == QLatin1String("legacy")) {
        QVERIFY(m);
        QCOMPARE(m->kind, PredicateKind::LegacyDigestsV01);
    } else {
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(outcome), qPrintable(m.error().message));
        if (!type.isEmpty())
            QVERIFY(m.error().message.contains(QString::fromLatin1(type)));
    }
}

void TestBundle::omsPredicateErrors_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("two-subjects") << "two-subjects" << "exactly one subject";
    QTest::newRow("no-subject") << "no-subject" << "exactly one subject";
    QTest::newRow("root-mismatch") << "root-mismatch" << "inconsistent";
    QTest::newRow("short-root") << "short-root" << "subject[0].digest.sha256";
    QTest::newRow("no-serialization") << "no-serialization" << "serialization";
    QTest::newRow("bad-method") << "bad-method" << "zip";
    QTest::newRow("bad-hash") << "bad-hash" << "md5";
    QTest::newRow("no-allow-symlinks") << "no-allow-symlinks" << "allow_symlinks";
    QTest::newRow("no-resources") << "no-resources" << "predicate.resources";
    QTest::newRow("digest-not-hex") << "digest-not-hex" << "resources[0].digest";
    QTest::newRow("algorithm-mismatch") << "algorithm-mismatch" << "resources[1]";
    QTest::newRow("shards-no-size") << "shards-no-size" << "shard_size";
    QTest::newRow("ignore-not-list") << "ignore-not-list" << "ignore_paths";
    QTest::newRow("no-predicate") << "no-predicate" << "predicate";
}

void TestBundle::omsPredicateErrors()
{
    QFETCH(QString, mutation);
    QFETCH(QString, fragment);
    Json s = omsStatement();
    Json &ser = s["predicate"]["serialization"];
    const std::string m = mutation.toStdString();
    if (m == "two-subjects") s["subject"].push_back(s["subject"][0]);
    if (m == "no-subject") s["subject"] = Json::array();
    if (m == "root-mismatch") s["subject"][0]["digest"]["sha256"] = std::string(64, '0');
    if (m == "short-root") s["subject"][0]["digest"]["sha256"] = "abcd";
    if (m == "no-serialization") s["predicate"].erase("serialization");
    if (m == "bad-method") ser["method"] = "zip";
    if (m == "bad-hash") ser["hash_type"] = "md5";
    if (m == "no-allow-symlinks") ser.erase("allow_symlinks");
    if (m == "no-resources") s["predicate"].erase("resources");
    if (m == "digest-not-hex") s["predicate"]["resources"][0]["digest"] = std::string(64, 'g');
    if (m == "algorithm-mismatch") s["predicate"]["resources"][1]["algorithm"] = "blake2b";
    if (m == "shards-no-size") ser["method"] = "shards";
    if (m == "ignore-not-list") ser["ignore_paths"] = "x";
    if (m == "no-predicate") s.erase("predicate");
    auto r = readStatement(s);
    QVERIFY2(!r, "accepted");
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
}

void TestBundle::legacyDigestsResources()
{
    Json s = omsStatement("https://model_signing/Digests/v0.1");
    s["subject"] = Json::array({{{"name", "signme-1"}, {"digest", {{"sha256", sha256("1").toHex().toStdString()}}}},
                                {{"name", "signme-2"}, {"digest", {{"sha256", sha256("2").toHex().toStdString()}}}}});
    s["predicate"] = {{"unused", "Unused"}};
    auto m = readStatement(s);
    QVERIFY(m);
    QCOMPARE(m->kind, PredicateKind::LegacyDigestsV01);
    QCOMPARE(m->subjectName, QStringLiteral("compat-undefined-not-present"));
    QCOMPARE(m->manifest.resources.size(), 2);
    QCOMPARE(m->manifest.resources[1].name, QStringLiteral("signme-2"));
    QCOMPARE(m->manifest.resources[1].digest, sha256("2"));
    // Shard and float sizes in v1.0: shard_size as a float is accepted.
    Json sh = omsStatement();
    sh["predicate"]["serialization"]["method"] = "shards";
    sh["predicate"]["serialization"]["shard_size"] = 1000000000.0;
    sh["predicate"]["resources"][0]["algorithm"] = "sha256-sharded-1000000000";
    sh["predicate"]["resources"][0]["name"] = "a:0:3";
    auto shards = readStatement(sh);
    QVERIFY2(shards, qPrintable(shards ? QString() : shards.error().message));
    QCOMPARE(shards->manifest.serialization.shardSize, 1000000000LL);
}

void TestBundle::dangerousIgnores_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("dangerous");
    for (const char *d : {".", "", "./", "././", "/etc", "../x", "a/../b", "a\\..\\b", "C:\\x", "c:/x", "*.py", "weights?.bin", "[ab]"})
        QTest::newRow(d[0] ? d : "(empty)") << QString::fromLatin1(d) << true;
    for (const char *s : {"ignore-me", ".git", "sub/dir", "a..b", ".hidden", "model.sig", "dir\\file"})
        QTest::newRow(s) << QString::fromLatin1(s) << false;
}

void TestBundle::dangerousIgnores()
{
    QFETCH(QString, entry);
    QFETCH(bool, dangerous);
    QCOMPARE(dangerousIgnoreEntries({entry}), dangerous ? QStringList{entry} : QStringList());
}

void TestBundle::writtenBundleKeys()
{
    const QByteArray payload = text(omsStatement());
    const QByteArray sig("\x30\x45\xff\xfe", 4);
    const Json key = Json::parse(omsKeyBundle(QStringLiteral("e8450dec"), payload, sig).toStdString());
    QCOMPARE(keysOf(key), set({"mediaType", "verificationMaterial", "dsseEnvelope"}));
    JSON_COMPARE(key["mediaType"], Json("application/vnd.dev.sigstore.bundle.v0.3+json"));
    QCOMPARE(keysOf(key["verificationMaterial"]), set({"publicKey", "tlogEntries"}));
    QCOMPARE(keysOf(key["verificationMaterial"]["publicKey"]), set({"hint"}));
    JSON_COMPARE(key["verificationMaterial"]["publicKey"]["hint"], Json("e8450dec"));
    JSON_COMPARE(key["verificationMaterial"]["tlogEntries"], Json::array());
    QCOMPARE(keysOf(key["dsseEnvelope"]), set({"payload", "payloadType", "signatures"}));
    JSON_COMPARE(key["dsseEnvelope"]["payloadType"], Json("application/vnd.in-toto+json"));
    QCOMPARE(key["dsseEnvelope"]["signatures"].size(), size_t(1));
    QCOMPARE(keysOf(key["dsseEnvelope"]["signatures"][0]), set({"sig", "keyid"}));
    JSON_COMPARE(key["dsseEnvelope"]["signatures"][0]["keyid"], Json(""));
    // Standard base64 with padding (the strict reference rejects URL-safe).
    JSON_COMPARE(key["dsseEnvelope"]["signatures"][0]["sig"], Json("MEX//g=="));
    JSON_COMPARE(QByteArray::fromBase64(QByteArray::fromStdString(key["dsseEnvelope"]["payload"].get<std::string>())), payload);

    const QList<QByteArray> chain{"leaf-der", "int-der"};
    const Json cert = Json::parse(omsCertificateBundle(chain, payload, sig).toStdString());
    QCOMPARE(keysOf(cert), set({"mediaType", "verificationMaterial", "dsseEnvelope"}));
    QCOMPARE(keysOf(cert["verificationMaterial"]), set({"x509CertificateChain", "tlogEntries"}));
    QCOMPARE(keysOf(cert["verificationMaterial"]["x509CertificateChain"]), set({"certificates"}));
    const Json &certs = cert["verificationMaterial"]["x509CertificateChain"]["certificates"];
    QCOMPARE(certs.size(), size_t(2));
    QCOMPARE(keysOf(certs[0]), set({"rawBytes"}));
    JSON_COMPARE(certs[0]["rawBytes"], Json(QByteArray("leaf-der").toBase64().toStdString()));
    JSON_COMPARE(certs[1]["rawBytes"], Json(QByteArray("int-der").toBase64().toStdString()));
    // Both parse back.
    auto kb = parseBundle(omsKeyBundle(QStringLiteral("h"), payload, sig));
    QVERIFY(kb);
    QCOMPARE(kb->dsse->signatures[0].sig, sig);
    auto cb = parseBundle(omsCertificateBundle(chain, payload, sig));
    QVERIFY(cb);
    QCOMPARE(cb->certificates, chain);

    // The statement Hallmark signs has exactly the OMS keys.
    Manifest manifest;
    manifest.modelName = QStringLiteral("model");
    manifest.serialization.ignorePaths = {QStringLiteral(".git"), QStringLiteral("model.sig")};
    manifest.resources = {{QStringLiteral("a"), QStringLiteral("sha256"), sha256("one")},
                          {QStringLiteral("b/c"), QStringLiteral("sha256"), sha256("two")}};
    const Json st = Json::parse(statementJson(manifest, 2).toStdString());
    QCOMPARE(keysOf(st), set({"_type", "subject", "predicateType", "predicate"}));
    QCOMPARE(keysOf(st["subject"][0]), set({"name", "digest"}));
    QCOMPARE(keysOf(st["subject"][0]["digest"]), set({"sha256"}));
    JSON_COMPARE(st["subject"][0]["digest"]["sha256"], Json(sha256(sha256("one") + sha256("two")).toHex().toStdString()));
    QCOMPARE(keysOf(st["predicate"]), set({"serialization", "resources"}));
    QCOMPARE(keysOf(st["predicate"]["serialization"]), set({"method", "hash_type", "allow_symlinks", "ignore_paths"}));
    JSON_COMPARE(st["predicate"]["serialization"]["allow_symlinks"], Json(false));
    QCOMPARE(keysOf(st["predicate"]["resources"][1]), set({"name", "algorithm", "digest"}));
}

void TestBundle::writtenBundlesMatchSchemas()
{
    HALLMARK_SHARED_OR_SKIP(dir, "model-signing");
    const QString schemas = dir + QStringLiteral("/ossf-model-signing-spec/schemas/v1.0");
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (npm.isEmpty() || node.isEmpty())
        QSKIP("node/npm not installed; schema validation skipped");
    QTemporaryDir tmp;
    QProcess install;
    install.setWorkingDirectory(tmp.path());
    install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                        QStringLiteral("--silent"), QStringLiteral("ajv@8"), QStringLiteral("ajv-formats@3")});
    if (!install.waitForFinished(180000) || install.exitCode() != 0)
        QSKIP("npm could not install ajv (offline?); schema validation skipped");

    // Bundles as Hallmark writes them, with a real statement.
    Manifest manifest;
    manifest.modelName = QStringLiteral("model");
    manifest.serialization.ignorePaths = {QStringLiteral(".git"), QStringLiteral("model.sig")};
    manifest.resources = {{QStringLiteral("signme-1"), QStringLiteral("sha256"), sha256("signme-1\n")},
                          {QStringLiteral("signme-2"), QStringLiteral("sha256"), sha256("signme-2")}};
    const QByteArray payload = statementJson(manifest, 2);
    const QByteArray sig("\x30\x06\x02\x01\x01\x02\x01\x01", 8);
    const QByteArray leaf = pki::certDer(pki::certificate({QStringLiteral("leaf")}, pki::ecKey("P-256")));
    writeFile(tmp.path(), QStringLiteral("key.json"), omsKeyBundle(QString(64, QLatin1Char('a')), payload, sig));
    writeFile(tmp.path(), QStringLiteral("cert.json"), omsCertificateBundle({leaf}, payload, sig));
    // A negative control: the validator must be able to fail.
    Json extra = Json::parse(omsKeyBundle(QStringLiteral("h"), payload, sig).toStdString());
    extra["extraKey"] = 1;
    writeFile(tmp.path(), QStringLiteral("bad.json"), QByteArray::fromStdString(extra.dump()));
    Json badStatement = Json::parse(payload.toStdString());
    badStatement["predicate"]["app"] = "metadata";
    writeFile(tmp.path(), QStringLiteral("badstatement.json"),
              omsKeyBundle(QStringLiteral("h"), QByteArray::fromStdString(badStatement.dump()), sig));

    const QByteArray script = R"JS(
const fs = require('fs'), path = require('path');
const Ajv2020 = require('ajv/dist/2020'); const addFormats = require('ajv-formats');
const dir = process.argv[2];
const ajv = new Ajv2020({strict: false, allErrors: true}); addFormats(ajv);
for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f))));
const bundle = ajv.getSchema('https://model_signing/bundle/v1.0/schema');
const statement = ajv.getSchema('https://model_signing/statement/v1.0/schema');
let out = [];
for (const file of process.argv.slice(3)) {
  const b = JSON.parse(fs.readFileSync(file));
  const okB = bundle(b);
  const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
  const okS = statement(s);
  out.push(path.basename(file) + ':' + (okB ? 'ok' : 'bad') + ':' + (okS ? 'ok' : 'bad'));
}
console.log(out.join(' '));
)JS";
    writeFile(tmp.path(), QStringLiteral("validate.js"), script);
    const QStringList files{tmp.filePath(QStringLiteral("key.json")), tmp.filePath(QStringLiteral("cert.json")),
                            tmp.filePath(QStringLiteral("bad.json")), tmp.filePath(QStringLiteral("badstatement.json"))};
    QProcess run;
    run.setWorkingDirectory(tmp.path());
    run.start(node, QStringList{tmp.filePath(QStringLiteral("validate.js")), schemas} + files);
    QVERIFY(run.waitForFinished(60000));
    const QByteArray out = run.readAllStandardOutput().trimmed();
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QCOMPARE(out, QByteArray("key.json:ok:ok cert.json:ok:ok bad.json:bad:ok badstatement.json:ok:bad"));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
