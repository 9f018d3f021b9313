// The key and certificate cases of the OMS conformance suite
// (sampras343/model-signing-conformance, TEST_CASES.md), re-created with our
// own keys, certificates and models, and driven through `hallmark-cli
// sign-model` / `verify-model` exactly as its adapter protocol does:
// absolute paths, repeatable flags, only the exit code counts.

#include "coretest.h"
#include "pki.h"

#include "bundle/bundle.h"
#include "bundle/pae.h"
#include "crypto/keys.h"
#include "crypto/signatures.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using Json = nlohmann::json;

namespace pk = hallmark::test::pki;

namespace {

const Tree kSimple{{"signme-1", "signme-1\n"}, {"signme-2", "signme-2"}, {"ignore-me", ""}};

Tree fixture(const QString &name)
{
    if (name == QLatin1String("simple"))
        return kSimple;
    if (name == QLatin1String("multi-file"))
        return {{"weights.bin", "weights"}, {"config.json", "{\"layers\":2}"}, {"subdir/adapter.bin", "adapter"}};
    if (name == QLatin1String("single-file"))
        return {{"model.bin", "a single model file"}};
    if (name == QLatin1String("with-git-dir"))
        return {{"model.bin", "m"}, {".git/HEAD", "ref: refs/heads/main\n"}, {".github/ci.yml", "on: push\n"},
                {".gitignore", "*.tmp\n"}, {".gitattributes", "*.bin lfs\n"}};
    if (name == QLatin1String("with-dotfiles"))
        return {{"model.bin", "m"}, {".config", "cfg"}, {".env.example", "KEY=value"}};
    if (name == QLatin1String("hidden-subdir"))
        return {{"model.bin", "m"}, {".cache/weights.bin", "w"}, {".local/share/data.bin", "d"}};
    if (name == QLatin1String("with-empty-file"))
        return {{"signme-1", "signme-1\n"}, {"empty.bin", ""}};
    if (name == QLatin1String("binary-content")) {
        QByteArray all(256, '\0');
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        return {{"header.bin", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16)}, {"weights.bin", all + all}};
    }
    if (name == QLatin1String("unicode-names"))
        return {{"weights.bin", "w"}, {"\xe6\xa8\xa1\xe5\x9e\x8b.bin", "model"}};
    if (name == QLatin1String("special-chars"))
        return {{"file (copy).bin", "copy"}, {"path with spaces/model.bin", "m"}, {"weights.bin", "w"}};
    if (name == QLatin1String("empty"))
        return {{".gitignore", "*\n"}};
    return {};
}

QStringList sortedNames(const Tree &tree, const QStringList &without = {})
{
    QStringList out;
    for (const QByteArray &n : tree.keys())
        if (!without.contains(QString::fromUtf8(n)))
            out << QString::fromUtf8(n);
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return out;
}

struct RoundTrip {
    QString method = QStringLiteral("key");
    QString model = QStringLiteral("simple");
    QString keys = QStringLiteral("p384");  // p384, p521, pki, self
    QStringList ignores;
    bool ignoreUnsigned = false;
    bool sigInside = false;
    bool expectFail = false;
    QString symlink;  // "internal", "outside", "cycle"
    QStringList expected;
    bool deterministic = false;
};

} // namespace

Q_DECLARE_METATYPE(RoundTrip)

class TestConformanceAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundtrip_data();
    void roundtrip();
    void verifyPositive_data();
    void verifyPositive();
    void verifyNegative_data();
    void verifyNegative();
    void historical_data();
    void historical();

private:
    QTemporaryDir m_dir;
    QString m_p384Key, m_p384Pub, m_p521Key, m_p521Pub, m_wrongPub;
    QString m_ca, m_int, m_leaf, m_wrongCa, m_selfKey, m_selfCert, m_expiredLeaf;
    QString path(const QString &n) const { return m_dir.filePath(n); }
    QString keyFile(const QString &set) const { return set == QLatin1String("p521") ? m_p521Key : set == QLatin1String("self") ? m_selfKey : m_p384Key; }
    QString pubFile(const QString &set) const { return set == QLatin1String("p521") ? m_p521Pub : m_p384Pub; }

    ProcessResult signModel(const QString &method, const QString &model, const QString &bundle, const QString &keys,
                            const QStringList &ignoresAbs, const QString &leaf = {});
    ProcessResult verifyModel(const QString &method, const QString &model, const QString &bundle, const QString &material,
                              const QStringList &ignoresAbs = {}, bool ignoreUnsigned = false);
    QString simpleBundle(const QString &model, const QString &method, const QString &name);
    QString handMadeBundle(const Json &statement, const QString &name, const QString &payloadType = QString::fromLatin1(kInTotoPayloadType),
                           bool goStyle = false);
};

void TestConformanceAdapter::initTestCase()
{
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HALLMARK_CLI")), "HALLMARK_CLI must point at hallmark-cli");
    const QByteArray p384 = pk::ecKey("P-384", pk::KeyFormat::Sec1), p521 = pk::ecKey("P-521");
    m_p384Key = path(QStringLiteral("keys/signing-key.pem"));
    m_p384Pub = path(QStringLiteral("keys/signing-key-pub.pem"));
    m_p521Key = path(QStringLiteral("keys/p521/signing-key.pem"));
    m_p521Pub = path(QStringLiteral("keys/p521/signing-key-pub.pem"));
    pk::writeBytes(m_p384Key, p384);
    pk::writeBytes(m_p384Pub, pk::publicPem(p384));
    pk::writeBytes(m_p521Key, p521);
    pk::writeBytes(m_p521Pub, pk::publicPem(p521));
    m_wrongPub = path(QStringLiteral("keys/wrong-key-pub.pem"));
    pk::writeBytes(m_wrongPub, pk::publicPem(pk::ecKey("P-384")));

    // RSA root and intermediate (like the upstream PKI), EC P-384 leaf.
    pk::CertSpec ca{QStringLiteral("root-ca"), true};
    ca.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    ca.notAfter = QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray rootKey = pk::rsaKey(3072), intKey = pk::rsaKey(2048);
    const QByteArray root = pk::certificate(ca, rootKey);
    ca.commonName = QStringLiteral("intermediate-ca");
    const QByteArray inter = pk::certificate(ca, intKey, rootKey, root);
    m_ca = path(QStringLiteral("keys/certificate/ca-cert.pem"));
    m_int = path(QStringLiteral("keys/certificate/int-ca-cert.pem"));
    m_leaf = path(QStringLiteral("keys/certificate/signing-key-cert.pem"));
    pk::writeBytes(m_ca, "Subject: CN=root-ca\n" + root);
    pk::writeBytes(m_int, "Subject: CN=intermediate-ca\n" + inter);
    pk::writeBytes(m_leaf, pk::certificate({QStringLiteral("signer")}, p384, intKey, inter));
    m_wrongCa = path(QStringLiteral("keys/certificate/wrong-ca-cert.pem"));
    ca.commonName = QStringLiteral("root-ca");
    pk::writeBytes(m_wrongCa, pk::certificate(ca, pk::ecKey("P-384")));
    pk::CertSpec expired{QStringLiteral("expired")};
    expired.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    expired.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    m_expiredLeaf = path(QStringLiteral("keys/certificate/expired-cert.pem"));
    pk::writeBytes(m_expiredLeaf, pk::certificate(expired, p384, intKey, inter));
    const QByteArray selfKey = pk::ecKey("P-256");
    m_selfKey = path(QStringLiteral("keys/self-signed/signing-key.pem"));
    m_selfCert = path(QStringLiteral("keys/self-signed/signing-cert.pem"));
    pk::writeBytes(m_selfKey, selfKey);
    pk::writeBytes(m_selfCert, pk::certificate({QStringLiteral("self-signed")}, selfKey));
}

ProcessResult TestConformanceAdapter::signModel(const QString &method, const QString &model, const QString &bundle,
                                                const QString &keys, const QStringList &ignoresAbs, const QString &leaf)
{
    QStringList args{QStringLiteral("sign-model"), QStringLiteral("--method"), method, QStringLiteral("--model-path"), model,
                     QStringLiteral("--output-bundle"), bundle, QStringLiteral("--private-key"), keyFile(keys)};
    if (method == QLatin1String("certificate")) {
        if (keys == QLatin1String("self")) {
            args << QStringLiteral("--signing-cert") << m_selfCert << QStringLiteral("--cert-chain") << m_selfCert;
        } else {
            args << QStringLiteral("--signing-cert") << (leaf.isEmpty() ? m_leaf : leaf);
            args << QStringLiteral("--cert-chain") << m_int << QStringLiteral("--cert-chain") << m_ca;  // leaf-to-root
        }
    }
    for (const QString &i : ignoresAbs)
        args << QStringLiteral("--ignore-paths") << i;
    return runCli(args);
}

ProcessResult TestConformanceAdapter::verifyModel(const QString &method, const QString &model, const QString &bundle,
                                                  const QString &material, const QStringList &ignoresAbs, bool ignoreUnsigned)
{
    QStringList args{QStringLiteral("verify-model"), QStringLiteral("--method"), method, QStringLiteral("--model-path"), model,
                     QStringLiteral("--bundle"), bundle};
    args << (method == QLatin1String("key") ? QStringLiteral("--public-key") : QStringLiteral("--cert-chain")) << material;
    for (const QString &i : ignoresAbs)
        args << QStringLiteral("--ignore-paths") << i;
    if (ignoreUnsigned)
        args << QStringLiteral("--ignore-unsigned-files");
    return runCli(args);
}

void TestConformanceAdapter::roundtrip_data()
{
    QTest::addColumn<RoundTrip>("c");
    auto row = [](const char *name, RoundTrip c) { QTest::newRow(name) << c; };
    const QStringList simpleSigned{QStringLiteral("signme-1"), QStringLiteral("signme-2")};
    const QStringList ignoreMe{QStringLiteral("ignore-me")};
    RoundTrip c;
    c.ignores = ignoreMe;
    c.expected = simpleSigned;
    row("key-simple", c);
    RoundTrip cert = c;
    cert.method = QStringLiteral("certificate");
    cert.keys = QStringLiteral("pki");
    row("certificate-simple", cert);
    row("certificate-chain-verification", cert);
    RoundTrip self = cert;
    self.keys = QStringLiteral("self");
    row("certificate-self-signed", self);
    RoundTrip multi;
    multi.model = QStringLiteral("multi-file");
    multi.expected = {QStringLiteral("config.json"), QStringLiteral("subdir/adapter.bin"), QStringLiteral("weights.bin")};
    row("key-multi-file", multi);
    row("key-nested", multi);
    RoundTrip certMulti = multi;
    certMulti.method = QStringLiteral("certificate");
    certMulti.keys = QStringLiteral("pki");
    row("certificate-multi-file", certMulti);
    RoundTrip single;
    single.model = QStringLiteral("single-file");
    single.expected = {QStringLiteral("model.bin")};
    row("key-single-file", single);
    row("key-ignore-paths", c);
    RoundTrip unsignedOk = c;
    unsignedOk.ignoreUnsigned = true;
    row("key-ignore-unsigned", unsignedOk);
    RoundTrip git;
    git.model = QStringLiteral("with-git-dir");
    git.expected = {QStringLiteral("model.bin")};
    row("key-default-ignores", git);
    RoundTrip dot;
    dot.model = QStringLiteral("with-dotfiles");
    dot.expected = sortedNames(fixture(dot.model));
    row("key-dotfile-included", dot);
    RoundTrip hidden;
    hidden.model = QStringLiteral("hidden-subdir");
    hidden.expected = sortedNames(fixture(hidden.model));
    row("key-files-in-hidden-dir", hidden);
    RoundTrip emptyFile;
    emptyFile.model = QStringLiteral("with-empty-file");
    emptyFile.expected = sortedNames(fixture(emptyFile.model));
    row("key-empty-file", emptyFile);
    RoundTrip binary;
    binary.model = QStringLiteral("binary-content");
    binary.expected = sortedNames(fixture(binary.model));
    row("key-binary-content", binary);
    RoundTrip unicode;
    unicode.model = QStringLiteral("unicode-names");
    unicode.expected = sortedNames(fixture(unicode.model));
    row("key-unicode-filename", unicode);
    RoundTrip special;
    special.model = QStringLiteral("special-chars");
    special.expected = sortedNames(fixture(special.model));
    row("key-special-chars-path", special);
    RoundTrip p384 = c;
    row("key-p384", p384);
    RoundTrip p521 = c;
    p521.keys = QStringLiteral("p521");
    row("key-p521", p521);
    RoundTrip det = c;
    det.deterministic = true;
    row("key-simple-deterministic", det);
    RoundTrip inside = c;
    inside.sigInside = true;
    row("key-sig-inside-model", inside);
    RoundTrip empty;
    empty.model = QStringLiteral("empty");
    empty.expectFail = true;
    row("key-empty-model-rejected", empty);
    RoundTrip link = c;
    link.expectFail = true;
    link.symlink = QStringLiteral("internal");
    row("key-symlink-default-rejected", link);
    link.symlink = QStringLiteral("outside");
    row("key-symlink-outside-root", link);
    link.symlink = QStringLiteral("cycle");
    row("key-symlink-cycle", link);
}

void TestConformanceAdapter::roundtrip()
{
    QFETCH(RoundTrip, c);
    QTemporaryDir work;
    const QString model = work.filePath(QStringLiteral("model"));
    const Tree tree = fixture(c.model);
    writeTree(model, tree);
    if (c.model == QLatin1String("empty"))
        QVERIFY(QFileInfo::exists(model + QStringLiteral("/.gitignore")));
    if (c.symlink == QLatin1String("internal"))
        QVERIFY(QFile::link(model + QStringLiteral("/signme-1"), model + QStringLiteral("/link-to-signme-1")));
    if (c.symlink == QLatin1String("outside"))
        QVERIFY(QFile::link(QStringLiteral("/tmp/nonexistent-target-hallmark"), model + QStringLiteral("/outside")));
    if (c.symlink == QLatin1String("cycle"))
        QVERIFY(QFile::link(model, model + QStringLiteral("/loop")));
    const QString bundle = c.sigInside ? model + QStringLiteral("/bundle.sig") : work.filePath(QStringLiteral("bundle.sig"));
    QStringList ignoresAbs;
    for (const QString &i : c.ignores)
        ignoresAbs << model + QLatin1Char('/') + i;

    const ProcessResult s = signModel(c.method, model, bundle, c.keys, ignoresAbs);
    if (c.expectFail) {
        QVERIFY2(s.exitCode != 0, qPrintable(s.describe()));
        QVERIFY(!QFileInfo::exists(bundle));
        return;
    }
    QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
    QVERIFY(QFileInfo::exists(bundle));

    // What the harness checks on every produced bundle.
    const Json b = Json::parse(pk::readBytes(bundle).toStdString());
    JSON_COMPARE(b["dsseEnvelope"]["payloadType"], Json("application/vnd.in-toto+json"));
    const Json st = Json::parse(QByteArray::fromBase64(QByteArray::fromStdString(b["dsseEnvelope"]["payload"].get<std::string>())).toStdString());
    JSON_COMPARE(st["_type"], Json("https://in-toto.io/Statement/v1"));
    JSON_COMPARE(st["predicateType"], Json("https://model_signing/signature/v1.0"));
    QCOMPARE(st["subject"].size(), size_t(1));
    QVERIFY(!st["subject"][0]["name"].get<std::string>().empty());
    const Json &ser = st["predicate"]["serialization"];
    JSON_COMPARE(ser["method"], Json("files"));
    QVERIFY(ser.contains("hash_type") && ser.contains("allow_symlinks") && !ser.contains("shard_size"));
    QStringList names;
    QByteArray concat;
    for (const Json &r : st["predicate"]["resources"]) {
        QVERIFY(r.contains("name") && r.contains("digest") && r.contains("algorithm"));
        const QString n = QString::fromStdString(r["name"].get<std::string>());
        QVERIFY(!n.startsWith(QLatin1Char('/')) && !n.contains(QLatin1String("../")) && !n.endsWith(QLatin1Char('/')));
        QCOMPARE(QByteArray::fromHex(QByteArray::fromStdString(r["digest"].get<std::string>())), sha256(tree.value(n.toUtf8())));
        names << n;
        concat += QByteArray::fromHex(QByteArray::fromStdString(r["digest"].get<std::string>()));
    }
    QVERIFY(!names.isEmpty());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(names, sorted);
    JSON_COMPARE(st["subject"][0]["digest"]["sha256"], Json(sha256(concat).toHex().toStdString()));
    QCOMPARE(names, c.expected);
    if (c.sigInside)
        QVERIFY(!names.contains(QStringLiteral("bundle.sig")));
    if (c.method == QLatin1String("certificate")) {
        const size_t expectedCerts = c.keys == QLatin1String("self") ? 1 : 2;  // leaf (+ intermediate), never the root
        QCOMPARE(b["verificationMaterial"]["x509CertificateChain"]["certificates"].size(), expectedCerts);
    }

    if (c.ignoreUnsigned)
        writeFile(model, QStringLiteral("injected.bin"), "injected after signing\n");
    const QString material = c.method == QLatin1String("key") ? pubFile(c.keys) : c.keys == QLatin1String("self") ? m_selfCert : m_ca;
    const ProcessResult v = verifyModel(c.method, model, bundle, material, ignoresAbs, c.ignoreUnsigned);
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    if (c.ignoreUnsigned) {
        // Without the flag the injected file fails verification.
        QVERIFY(verifyModel(c.method, model, bundle, material, ignoresAbs, false).exitCode != 0);
    }
    if (c.deterministic) {
        const QString second = work.filePath(QStringLiteral("bundle2.sig"));
        QCOMPARE(signModel(c.method, model, second, c.keys, ignoresAbs).exitCode, 0);
        const Json b2 = Json::parse(pk::readBytes(second).toStdString());
        const Json st2 = Json::parse(QByteArray::fromBase64(QByteArray::fromStdString(b2["dsseEnvelope"]["payload"].get<std::string>())).toStdString());
        JSON_COMPARE(st2["predicate"]["resources"], st["predicate"]["resources"]);
    }
    // A changed byte always fails.
    const QString first = model + QLatin1Char('/') + names.first();
    QByteArray content = pk::readBytes(first);
    pk::writeBytes(first, content + "x");
    QVERIFY(verifyModel(c.method, model, bundle, material, ignoresAbs, c.ignoreUnsigned).exitCode != 0);
}

QString TestConformanceAdapter::simpleBundle(const QString &model, const QString &method, const QString &name)
{
    const QString bundle = path(QStringLiteral("bundles/") + name);
    QDir().mkpath(path(QStringLiteral("bundles")));
    const ProcessResult s = signModel(method, model, bundle, method == QLatin1String("key") ? QStringLiteral("p384") : QStringLiteral("pki"),
                                      {model + QStringLiteral("/ignore-me")});
    if (s.exitCode != 0)
        qWarning("%s", qPrintable(s.describe()));
    return bundle;
}

// A bundle signed correctly with the P-384 key over whatever statement we give.
QString TestConformanceAdapter::handMadeBundle(const Json &statement, const QString &name, const QString &payloadType, bool goStyle)
{
    auto key = readPrivateKeyPem(pk::readBytes(m_p384Key), SecretBuffer());
    const QByteArray payload = QByteArray::fromStdString(statement.dump());
    auto sig = signMessage(**key, "SHA384", pae(payloadType.toUtf8(), payload));
    Json sigEntry = {{"sig", sig->toBase64().toStdString()}};
    if (!goStyle)
        sigEntry["keyid"] = "";
    Json material = {{"publicKey", {{"hint", (*key)->omsHint().toStdString()}}}};
    if (!goStyle)
        material["tlogEntries"] = Json::array();
    const Json b = {{"mediaType", "application/vnd.dev.sigstore.bundle.v0.3+json"},
                    {"verificationMaterial", material},
                    {"dsseEnvelope", {{"payload", payload.toBase64().toStdString()}, {"payloadType", payloadType.toStdString()},
                                      {"signatures", Json::array({sigEntry})}}}};
    const QString out = path(QStringLiteral("bundles/") + name);
    pk::writeBytes(out, QByteArray::fromStdString(b.dump()));
    return out;
}

namespace {
Json simpleStatement(const QByteArray &ignorePath = "ignore-me")
{
    const QByteArray d1 = sha256("signme-1\n"), d2 = sha256("signme-2");
    return {{"_type", "https://in-toto.io/Statement/v1"},
            {"subject", Json::array({{{"name", "simple"}, {"digest", {{"sha256", sha256(d1 + d2).toHex().toStdString()}}}}})},
            {"predicateType", "https://model_signing/signature/v1.0"},
            {"predicate", {{"serialization", {{"method", "files"}, {"hash_type", "sha256"}, {"allow_symlinks", false},
                                              {"ignore_paths", Json::array({ignorePath.toStdString()})}}},
                           {"resources", Json::array({{{"name", "signme-1"}, {"algorithm", "sha256"}, {"digest", d1.toHex().toStdString()}},
                                                      {{"name", "signme-2"}, {"algorithm", "sha256"}, {"digest", d2.toHex().toStdString()}}})}}}};
}
} // namespace

void TestConformanceAdapter::verifyPositive_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"key-simple", "certificate-simple", "key-multi-file", "key-ignore-paths", "key-single-file",
                          "key-simple-ignore-unsigned-files", "key-simple-go", "certificate-simple-go"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestConformanceAdapter::verifyPositive()
{
    QFETCH(QString, name);
    QTemporaryDir work;
    QString model = work.filePath(QStringLiteral("model"));
    writeTree(model, kSimple);
    QString method = QStringLiteral("key"), material = m_p384Pub, bundle;
    QStringList ignores{model + QStringLiteral("/ignore-me")};
    bool ignoreUnsigned = false;
    if (name == QLatin1String("key-simple") || name == QLatin1String("key-ignore-paths")) {
        bundle = simpleBundle(model, method, name);
    } else if (name == QLatin1String("certificate-simple")) {
        method = QStringLiteral("certificate");
        material = m_ca;
        bundle = simpleBundle(model, method, name);
    } else if (name == QLatin1String("key-multi-file") || name == QLatin1String("key-single-file")) {
        QDir(model).removeRecursively();
        writeTree(model, fixture(name == QLatin1String("key-multi-file") ? QStringLiteral("multi-file") : QStringLiteral("single-file")));
        ignores.clear();
        bundle = path(QStringLiteral("bundles/") + name);
        QCOMPARE(signModel(method, model, bundle, QStringLiteral("p384"), {}).exitCode, 0);
    } else if (name == QLatin1String("key-simple-ignore-unsigned-files")) {
        bundle = simpleBundle(model, method, name);
        writeFile(model, QStringLiteral("extra.bin"), "extra");
        ignoreUnsigned = true;
        QVERIFY(verifyModel(method, model, bundle, material, ignores, false).exitCode != 0);
    } else if (name == QLatin1String("key-simple-go")) {
        // As the Go signer writes it: no tlogEntries, no keyid, and a recorded
        // ignore path relative to the signer's working folder that matches nothing.
        bundle = handMadeBundle(simpleStatement("test/assets/models/simple/ignore-me"), name, QString::fromLatin1(kInTotoPayloadType), true);
    } else if (name == QLatin1String("certificate-simple-go")) {
        method = QStringLiteral("certificate");
        material = m_ca;
        Json b = Json::parse(pk::readBytes(simpleBundle(model, method, name)).toStdString());
        b["verificationMaterial"].erase("tlogEntries");
        b["dsseEnvelope"]["signatures"][0].erase("keyid");
        bundle = path(QStringLiteral("bundles/go-cert.sig"));
        pk::writeBytes(bundle, QByteArray::fromStdString(b.dump()));
    }
    const ProcessResult v = verifyModel(method, model, bundle, material, ignores, ignoreUnsigned);
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

void TestConformanceAdapter::verifyNegative_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"key-simple-tampered-content_fail", "key-simple-wrong-key_fail", "key-simple-missing-file_fail",
                          "key-simple-extra-file_fail", "certificate-simple-wrong-ca_fail", "key-simple-corrupted-bundle_fail",
                          "key-simple-truncated-bundle_fail", "key-simple-wrong-mediatype_fail", "key-simple-no-signature_fail",
                          "malformed-empty-bundle_fail", "malformed-missing-envelope_fail", "malformed-wrong-predicate_fail",
                          "certificate-expired_fail", "key-verify-as-certificate_fail", "malformed-empty-resources_fail",
                          "malformed-no-predicate_fail", "malformed-no-subject_fail", "malformed-wrong-payload-type_fail",
                          "malformed-wrong-statement-type_fail", "sigstore-verify-as-key_fail"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestConformanceAdapter::verifyNegative()
{
    QFETCH(QString, name);
    QTemporaryDir work;
    const QString model = work.filePath(QStringLiteral("model"));
    writeTree(model, kSimple);
    QString method = QStringLiteral("key"), material = m_p384Pub;
    const QStringList ignores{model + QStringLiteral("/ignore-me")};
    QString bundle = simpleBundle(model, method, name);
    // The untouched case verifies, so each failure below is the tampering's doing.
    QCOMPARE(verifyModel(method, model, bundle, material, ignores).exitCode, 0);
    Json b = Json::parse(pk::readBytes(bundle).toStdString());
    auto rewrite = [&](const Json &j) { pk::writeBytes(bundle, QByteArray::fromStdString(j.dump())); };

    if (name == QLatin1String("key-simple-tampered-content_fail"))
        writeFile(model, QStringLiteral("signme-1"), "tampered");
    else if (name == QLatin1String("key-simple-wrong-key_fail"))
        material = m_wrongPub;
    else if (name == QLatin1String("key-simple-missing-file_fail"))
        QVERIFY(QFile::remove(model + QStringLiteral("/signme-2")));
    else if (name == QLatin1String("key-simple-extra-file_fail"))
        writeFile(model, QStringLiteral("injected.bin"), "injected");
    else if (name == QLatin1String("certificate-simple-wrong-ca_fail")) {
        method = QStringLiteral("certificate");
        bundle = simpleBundle(model, method, name + QStringLiteral("-cert"));
        QCOMPARE(verifyModel(method, model, bundle, m_ca, ignores).exitCode, 0);
        material = m_wrongCa;
    } else if (name == QLatin1String("key-simple-corrupted-bundle_fail"))
        pk::writeBytes(bundle, "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\", \x01\x02 garbled ]]}");
    else if (name == QLatin1String("key-simple-truncated-bundle_fail"))
        pk::writeBytes(bundle, pk::readBytes(bundle).left(100));
    else if (name == QLatin1String("key-simple-wrong-mediatype_fail")) {
        b["mediaType"] = "application/vnd.dev.sigstore.bundle+json;version=0.1";
        rewrite(b);
    } else if (name == QLatin1String("key-simple-no-signature_fail")) {
        b["dsseEnvelope"]["signatures"] = Json::array();
        rewrite(b);
    } else if (name == QLatin1String("malformed-empty-bundle_fail"))
        pk::writeBytes(bundle, QByteArray());
    else if (name == QLatin1String("malformed-missing-envelope_fail")) {
        b.erase("dsseEnvelope");
        rewrite(b);
    } else if (name == QLatin1String("malformed-wrong-predicate_fail")) {
        // Payload edited without re-signing.
        Json st = Json::parse(QByteArray::fromBase64(QByteArray::fromStdString(b["dsseEnvelope"]["payload"].get<std::string>())).toStdString());
        st["predicateType"] = "https://model_signing/wrong/v1.0";
        b["dsseEnvelope"]["payload"] = QByteArray::fromStdString(st.dump()).toBase64().toStdString();
        rewrite(b);
    } else if (name == QLatin1String("certificate-expired_fail")) {
        method = QStringLiteral("certificate");
        material = m_ca;
        bundle = path(QStringLiteral("bundles/expired.sig"));
        QCOMPARE(signModel(method, model, bundle, QStringLiteral("pki"), {model + QStringLiteral("/ignore-me")}, m_expiredLeaf).exitCode, 0);
    } else if (name == QLatin1String("key-verify-as-certificate_fail")) {
        method = QStringLiteral("certificate");
        material = m_ca;
    } else if (name == QLatin1String("malformed-empty-resources_fail")) {
        Json st = simpleStatement();
        st["predicate"]["resources"] = Json::array();
        st["subject"][0]["digest"]["sha256"] = sha256(QByteArray()).toHex().toStdString();
        bundle = handMadeBundle(st, name);
    } else if (name == QLatin1String("malformed-no-predicate_fail")) {
        Json st = simpleStatement();
        st.erase("predicate");
        bundle = handMadeBundle(st, name);
    } else if (name == QLatin1String("malformed-no-subject_fail")) {
        Json st = simpleStatement();
        st["subject"] = Json::array();
        bundle = handMadeBundle(st, name);
    } else if (name == QLatin1String("malformed-wrong-payload-type_fail")) {
        bundle = handMadeBundle(simpleStatement(), name, QStringLiteral("application/json"));
    } else if (name == QLatin1String("malformed-wrong-statement-type_fail")) {
        Json st = simpleStatement();
        st["_type"] = "https://in-toto.io/Statement/v0.1";
        bundle = handMadeBundle(st, name);
    } else if (name == QLatin1String("sigstore-verify-as-key_fail")) {
        const auto shared = sharedVectors(QStringLiteral("model-signing"));
        if (!shared)
            QSKIP("needs the sigstore vector from ../shared/vectors");
        bundle = *shared + QStringLiteral("/ossf-model-signing-spec/test-vectors/v1.0/valid/sigstore.bundle.json");
    }
    // The hand-made malformed statements are correctly signed: only their content is wrong.
    if (name.startsWith(QLatin1String("malformed-")) && name != QLatin1String("malformed-empty-bundle_fail")
        && name != QLatin1String("malformed-missing-envelope_fail") && name != QLatin1String("malformed-wrong-predicate_fail")) {
        const Json hb = Json::parse(pk::readBytes(bundle).toStdString());
        auto key = readPublicKeyPem(pk::readBytes(m_p384Pub));
        const QByteArray payload = QByteArray::fromBase64(QByteArray::fromStdString(hb["dsseEnvelope"]["payload"].get<std::string>()));
        const QByteArray sig = QByteArray::fromBase64(QByteArray::fromStdString(hb["dsseEnvelope"]["signatures"][0]["sig"].get<std::string>()));
        QVERIFY(verifySignature(**key, "SHA384", pae(QByteArray::fromStdString(hb["dsseEnvelope"]["payloadType"].get<std::string>()), payload), sig));
    }
    const ProcessResult v = verifyModel(method, model, bundle, material, ignores);
    QVERIFY2(v.exitCode != 0, qPrintable(v.describe()));
    QVERIFY2(v.exitCode == 1 || v.exitCode == 2, qPrintable(v.describe()));  // a verdict, not a crash
}

void TestConformanceAdapter::historical_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("modelRel");
    QTest::addColumn<bool>("ignoreMe");
    QTest::newRow("historical-v0.2.0-certificate") << "v0.2.0-certificate" << "" << false;
    QTest::newRow("historical-v0.3.1-certificate") << "v0.3.1-certificate" << "" << false;
    QTest::newRow("historical-v0.3.1-elliptic-key") << "v0.3.1-elliptic-key" << "signme-1" << false;
    QTest::newRow("historical-v1.0.0-certificate") << "v1.0.0-certificate" << "" << false;
    QTest::newRow("historical-v1.0.0-elliptic-key") << "v1.0.0-elliptic-key" << "signme-1" << false;
    QTest::newRow("historical-v1.0.1-certificate") << "v1.0.1-certificate" << "" << true;
    QTest::newRow("historical-v1.0.1-elliptic-key") << "v1.0.1-elliptic-key" << "" << true;
    QTest::newRow("historical-v1.1.0-certificate") << "v1.1.0-certificate" << "" << false;
    QTest::newRow("historical-v1.1.0-elliptic-key") << "v1.1.0-elliptic-key" << "" << false;
}

void TestConformanceAdapter::historical()
{
    HALLMARK_SHARED_OR_SKIP(shared, "model-signing");
    QFETCH(QString, name);
    QFETCH(QString, modelRel);
    QFETCH(bool, ignoreMe);
    const QString dir = shared + QStringLiteral("/scripts/tests/") + name;
    const QString keys = shared + QStringLiteral("/scripts/tests/keys/certificate/");
    const bool key = name.contains(QLatin1String("elliptic-key"));
    const QString model = modelRel.isEmpty() ? dir : dir + QLatin1Char('/') + modelRel;
    const QString material = keys + (key ? QStringLiteral("signing-key-pub.pem") : QStringLiteral("ca-cert.pem"));
    const QStringList ignores = ignoreMe ? QStringList{dir + QStringLiteral("/ignore-me")} : QStringList();
    const QString method = key ? QStringLiteral("key") : QStringLiteral("certificate");
    const ProcessResult v = verifyModel(method, model, dir + QStringLiteral("/model.sig"), material, ignores);
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    // The other trust material fails.
    QVERIFY(verifyModel(method, model, dir + QStringLiteral("/model.sig"), key ? m_wrongPub : m_wrongCa, ignores).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestConformanceAdapter)
#include "tst_conformance_adapter.moc"
