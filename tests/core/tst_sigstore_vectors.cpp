// Public Sigstore bundles (sigstore-go, sigstore-python), the four
// model-signing sigstore vectors, and the trusted roots Hallmark reads.

#include "coretest.h"

#include "bundle/cosignbundle.h"
#include "sigstore/verifier.h"

#include <QtTest>

using namespace hallmark;
using namespace hallmark::sigstore;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SigstorePolicy anyIdentity()
{
    SigstorePolicy p;
    p.identity = IdentityPolicy{QStringLiteral(".*"), true, QStringLiteral(".*"), true, {}};
    return p;
}

SigstorePolicy identity(const QString &san, const QString &issuer)
{
    SigstorePolicy p;
    p.identity = IdentityPolicy{san, false, issuer, false, {}};
    return p;
}

SigstoreResult run(const QString &bundlePath, const QString &rootPath, const Artifact &artifact, const SigstorePolicy &policy)
{
    auto bundle = parseAnyBundle(readAll(bundlePath));
    if (!bundle) {
        SigstoreResult r;
        r.failedStep = QStringLiteral("parse");
        r.failure = bundle.error().message;
        return r;
    }
    auto root = loadTrustedRoot(rootPath);
    if (!root) {
        SigstoreResult r;
        r.failedStep = QStringLiteral("trusted-root");
        r.failure = root.error().message;
        return r;
    }
    return verifySigstoreBundle(*bundle, *root, artifact, policy);
}

Artifact fileArtifact(const QString &path)
{
    Artifact a;
    a.data = readAll(path);
    return a;
}

const char kGithubIssuer[] = "https://token.actions.githubusercontent.com";

} // namespace

class TestSigstoreVectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInRootEqualsUpstream()
    {
        auto builtIn = productionTrustedRoot();
        QVERIFY2(builtIn, qPrintable(builtIn ? QString() : builtIn.error().message));
        QCOMPARE(builtIn->tlogs.size(), 2);
        QCOMPARE(builtIn->tlogs.first().logId.toBase64(), QByteArray("wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="));
        QVERIFY(builtIn->tlogs.last().baseUrl.contains(QLatin1String("log2025-1")));
        QVERIFY(!builtIn->timestampAuthorities.isEmpty());

        HALLMARK_SHARED_OR_SKIP(dir, "sigstore");
        QFile res(productionTrustedRootPath());
        QVERIFY(res.open(QIODevice::ReadOnly));
        const auto ours = nlohmann::json::parse(res.readAll().toStdString());
        const auto upstream = nlohmann::json::parse(readAll(dir + QStringLiteral("/trusted_root.prod.json")).toStdString());
        QVERIFY(ours == upstream);
    }

    void trustedRootsParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("staging") << QStringLiteral("sigstore/trusted_root.staging.json");
        QTest::newRow("go public-good") << QStringLiteral("sigstore/sigstore-go/public-good.json");
        QTest::newRow("go scaffolding") << QStringLiteral("sigstore/sigstore-go/scaffolding.json");
        QTest::newRow("go examples") << QStringLiteral("sigstore/sigstore-go/examples-trusted-root-public-good.json");
        QTest::newRow("python tsa") << QStringLiteral("sigstore/sigstore-python/tsa/trusted_root.staging+tsa-ca.json");
        QTest::newRow("rekor-tiles ed25519")
            << QStringLiteral("sigstore/sigstore-python/trusted_root/trustedroot.v1.local_tlog_ed25519_rekor-tiles.json");
        QTest::newRow("client trust config (signing_config)")
            << QStringLiteral("model-signing/tests/_signing/testdata/custom_trust_config.json");
    }

    void trustedRootsParse()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "");
        QFETCH(QString, file);
        if (!QFileInfo::exists(dir + QLatin1Char('/') + file))
            QSKIP("vector not present");
        auto root = loadTrustedRoot(dir + QLatin1Char('/') + file);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(!root->tlogs.isEmpty());
    }

    void malformedRootNamesTheField()
    {
        auto root = productionTrustedRoot();
        QVERIFY(root);
        QFile res(productionTrustedRootPath());
        QVERIFY(res.open(QIODevice::ReadOnly));
        auto json = nlohmann::json::parse(res.readAll().toStdString());
        json["tlogs"][0]["publicKey"].erase("validFor");
        auto bad = parseTrustedRoot(QByteArray::fromStdString(json.dump()));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("trustedRoot.tlogs[0].publicKey.validFor")), qPrintable(bad.error().message));

        QVERIFY(!parseTrustedRoot("{\"mediaType\":\"application/vnd.dev.sigstore.trustedroot+json;version=0.9\"}"));
        auto wrongKey = parseTrustedRoot(R"({"mediaType":"application/vnd.dev.sigstore.trustedroot.v0.2+json",
            "tlogs":[{"baseUrl":"x","hashAlgorithm":"SHA2_256","logId":{"keyId":"AAAA"},
                      "publicKey":{"rawBytes":"AAAA","validFor":{"start":"2020-01-01T00:00:00Z"}}}]})");
        QVERIFY(!wrongKey);
        QVERIFY(wrongKey.error().message.contains(QLatin1String("trustedRoot.tlogs[0].publicKey.rawBytes")));
        auto config = parseTrustedRoot(R"({"mediaType":"application/vnd.dev.sigstore.clienttrustconfig.v0.1+json"})");
        QVERIFY(!config);
    }

    void sigstoreGo()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore/sigstore-go");
        const QString g = dir + QLatin1Char('/');
        auto r = run(g + QStringLiteral("sigstore.js@2.0.0-provenance.sigstore.json"), g + QStringLiteral("public-good.json"), {},
                     identity(QStringLiteral("https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main"),
                              QString::fromLatin1(kGithubIssuer)));
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.logs.first().kind, QStringLiteral("intoto 0.0.2"));

        r = run(g + QStringLiteral("dsse-2sigs.sigstore.json"), g + QStringLiteral("public-good.json"), {}, anyIdentity());
        QVERIFY(!r.verified);

        Artifact digest;
        digest.sha256 = QByteArray::fromHex("bc103b4a84971ef6459b294a2b98568a2bfb72cded09d4acd1e16366a401f95b");
        r = run(g + QStringLiteral("othername.sigstore.json"), g + QStringLiteral("scaffolding.json"), digest,
                identity(QStringLiteral("foo!oidc.local"), QStringLiteral("http://oidc.local:8080")));
        QVERIFY2(r.verified, qPrintable(r.failure));
        QCOMPARE(r.identity.sanType, QStringLiteral("otherName"));
        r = run(g + QStringLiteral("othername.sigstore.json"), g + QStringLiteral("scaffolding.json"), digest,
                identity(QStringLiteral("foo@oidc.local"), QStringLiteral("http://oidc.local:8080")));
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("identity"));

        r = run(g + QStringLiteral("dsse.sigstore.json"), g + QStringLiteral("public-good.json"), {}, anyIdentity());
        QVERIFY2(r.verified, qPrintable(r.failure));
        r = run(g + QStringLiteral("examples-bundle-provenance.json"), g + QStringLiteral("examples-trusted-root-public-good.json"), {},
                anyIdentity());
        QVERIFY2(r.verified, qPrintable(r.failure));

        SigstorePolicy key;
        key.publicKey = *readPublicKeyFile(g + QStringLiteral("examples-publish_key.pub"));
        r = run(g + QStringLiteral("examples-bundle-publish.json"), g + QStringLiteral("examples-trusted-root-public-good.json"), {}, key);
        QVERIFY2(r.verified, qPrintable(r.failure));

        SigstorePolicy validity;
        validity.publicKey = *readPublicKeyFile(g + QStringLiteral("public-key-validity.pem"));
        r = run(g + QStringLiteral("public-key-validity.sigstore.json"), g + QStringLiteral("public-key-validity.json"), {}, validity);
        QVERIFY(!r.verified);
    }

    void sigstorePython()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore");
        const QString p = dir + QStringLiteral("/sigstore-python/");
        const QString staging = dir + QStringLiteral("/trusted_root.staging.json");
        for (const char *name : {"bundle.txt.sigstore", "bundle_v3.txt.sigstore", "bundle_v3_alt.txt.sigstore",
                                 "staging-rekor-v2.txt.sigstore.json"}) {
            const QString bundle = p + QLatin1String(name);
            const QString artifact = bundle.left(bundle.indexOf(QLatin1String(".txt")) + 4);
            auto r = run(bundle, staging, fileArtifact(artifact), anyIdentity());
            QVERIFY2(r.verified, qPrintable(QLatin1String(name) + QStringLiteral(": ") + r.failure));
        }
        auto r = run(p + QStringLiteral("a.dsse.staging-rekor-v2.txt.sigstore.json"), staging, {}, anyIdentity());
        QVERIFY2(r.verified, qPrintable(r.failure));
        QVERIFY(r.logs.first().rekorV2);

        r = run(p + QStringLiteral("bundle_cve_2022_36056.txt.sigstore"), staging,
                fileArtifact(p + QStringLiteral("bundle_cve_2022_36056.txt")), anyIdentity());
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("log-body"));
        for (const char *name : {"bundle_invalid_version.txt.sigstore", "bundle_no_log_entry.txt.sigstore",
                                 "bundle_no_cert_v1.txt.sigstore"}) {
            const QString bundle = p + QLatin1String(name);
            r = run(bundle, staging, fileArtifact(bundle.left(bundle.indexOf(QLatin1String(".txt")) + 4)), anyIdentity());
            QVERIFY2(!r.verified, name);
        }

        const QString tsaRoot = p + QStringLiteral("tsa/trusted_root.staging+tsa-ca.json");
        r = run(p + QStringLiteral("tsa/bundle.txt.sigstore"), tsaRoot, fileArtifact(p + QStringLiteral("tsa/bundle.txt")), anyIdentity());
        QVERIFY2(r.verified, qPrintable(r.failure));
        // SET time and TSA time; the bundle's second token is over other data and does not count.
        QCOMPARE(std::count_if(r.timestamps.cbegin(), r.timestamps.cend(), [](const TimestampReport &t) { return t.verified; }), 2);
        r = run(p + QStringLiteral("tsa/bundle.txt.late_timestamp.sigstore"), tsaRoot, fileArtifact(p + QStringLiteral("tsa/bundle.txt")),
                anyIdentity());
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("certificate-chain"));
    }

    void modelSigningSigstore_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("ignore");
        QTest::newRow("v0.3.1") << QStringLiteral("v0.3.1") << false;
        QTest::newRow("v1.0.0") << QStringLiteral("v1.0.0") << false;
        QTest::newRow("v1.0.1") << QStringLiteral("v1.0.1") << true;
        QTest::newRow("v1.1.0") << QStringLiteral("v1.1.0") << false;
    }

    void modelSigningSigstore()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "model-signing/scripts/tests");
        QFETCH(QString, version);
        QFETCH(bool, ignore);
        const QString model = dir + QLatin1Char('/') + version + QStringLiteral("-sigstore");
        QStringList args{QStringLiteral("verify-model"), QStringLiteral("--method"), QStringLiteral("sigstore"),
                         QStringLiteral("--model-path"), model, QStringLiteral("--bundle"), model + QStringLiteral("/model.sig"),
                         QStringLiteral("--identity"), QStringLiteral("stefanb@us.ibm.com"),
                         QStringLiteral("--identity-provider"), QStringLiteral("https://sigstore.verify.ibm.com/oauth2")};
        if (ignore)
            args << QStringLiteral("--ignore-paths") << model + QStringLiteral("/ignore-me");
        auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));

        // The same through `verify`, and wrong identities fail.
        QStringList verify{QStringLiteral("verify"), model, QStringLiteral("--signature"), model + QStringLiteral("/model.sig"),
                           QStringLiteral("--identity"), QStringLiteral("stefanb@us.ibm.com"),
                           QStringLiteral("--identity-provider"), QStringLiteral("https://sigstore.verify.ibm.com/oauth2")};
        if (ignore)
            verify << QStringLiteral("--ignore-paths") << QStringLiteral("ignore-me");
        r = test::runCli(verify);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY(r.out.contains("[pass] "));
        args[8] = QStringLiteral("someone@example.com");
        QCOMPARE(test::runCli(args).exitCode, 1);
        args[8] = QStringLiteral("stefanb@us.ibm.com");
        args[10] = QStringLiteral("https://accounts.google.com");
        QCOMPARE(test::runCli(args).exitCode, 1);
        if (ignore) {  // without the ignore, ignore-me is an extra file
            args.removeLast();
            args.removeLast();
            args[10] = QStringLiteral("https://sigstore.verify.ibm.com/oauth2");
            QCOMPARE(test::runCli(args).exitCode, 1);
        }
    }

    void legacyCosignBundle()
    {
        // Rewrap a v0.1 hashedrekord bundle into cosign's legacy layout: the
        // same signature, certificate and SET.
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore/conformance/bundle-verify");
        const auto b = nlohmann::json::parse(readAll(dir + QStringLiteral("/happy-path-v0.1/bundle.sigstore.json")).toStdString());
        const auto &e = b["verificationMaterial"]["tlogEntries"][0];
        const QByteArray der = QByteArray::fromBase64(QByteArray::fromStdString(
            b["verificationMaterial"]["x509CertificateChain"]["certificates"][0]["rawBytes"].get<std::string>()));
        const QByteArray pem = (*readCertificateDer(der))->pem();
        nlohmann::json legacy = {
            {"base64Signature", b["messageSignature"]["signature"]},
            {"cert", pem.toBase64().toStdString()},
            {"rekorBundle", {{"SignedEntryTimestamp", e["inclusionPromise"]["signedEntryTimestamp"]},
                             {"Payload", {{"body", e["canonicalizedBody"]},
                                          {"integratedTime", std::stoll(e["integratedTime"].get<std::string>())},
                                          {"logIndex", std::stoll(e["logIndex"].get<std::string>())},
                                          {"logID", QByteArray::fromBase64(QByteArray::fromStdString(e["logId"]["keyId"].get<std::string>()))
                                                        .toHex().toStdString()}}}}},
        };
        auto bundle = parseAnyBundle(QByteArray::fromStdString(legacy.dump()));
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message));
        auto root = productionTrustedRoot();
        const SigstorePolicy policy = identity(
            QStringLiteral("https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/"
                           "extremely-dangerous-oidc-beacon.yml@refs/heads/main"),
            QString::fromLatin1(kGithubIssuer));
        const Artifact artifact = fileArtifact(dir + QStringLiteral("/a.txt"));
        auto r = verifySigstoreBundle(*bundle, *root, artifact, policy);
        QVERIFY2(r.verified, qPrintable(r.failure));

        std::string set = legacy["rekorBundle"]["SignedEntryTimestamp"];
        set[20] = set[20] == 'A' ? 'B' : 'A';
        legacy["rekorBundle"]["SignedEntryTimestamp"] = set;
        r = verifySigstoreBundle(*parseAnyBundle(QByteArray::fromStdString(legacy.dump())), *root, artifact, policy);
        QVERIFY(!r.verified);
        QCOMPARE(r.failedStep, QStringLiteral("log-threshold"));
    }
};

QTEST_GUILESS_MAIN(TestSigstoreVectors)
#include "tst_sigstore_vectors.moc"
