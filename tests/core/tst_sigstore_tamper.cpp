// For each check, tamper with exactly its input and verify that
// verification fails at that check. Based on the public conformance bundles.

#include "coretest.h"

#include "bundle/cosignbundle.h"
#include "sigstore/verifier.h"

#include <QtTest>

using namespace hallmark;
using namespace hallmark::sigstore;

namespace {

using Json = nlohmann::json;

const char kIdentity[] = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/"
                         "extremely-dangerous-oidc-beacon.yml@refs/heads/main";
const char kIssuer[] = "https://token.actions.githubusercontent.com";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Flips one bit in the middle of a base64 field.
std::string flipBase64(const std::string &text)
{
    QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(text));
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    return bytes.toBase64().toStdString();
}

SigstorePolicy policy(const QString &san = QString::fromLatin1(kIdentity), const QString &issuer = QString::fromLatin1(kIssuer))
{
    SigstorePolicy p;
    p.identity = IdentityPolicy{san, false, issuer, false, {}};
    return p;
}

} // namespace

class TestSigstoreTamper : public QObject
{
    Q_OBJECT
    QString m_dir;
    Json m_v1;          // happy-path-v0.3: hashedrekord, SET, proof, checkpoint
    Json m_v2;          // rekor2-happy-path: Rekor v2 + RFC 3161
    TrustedRoot m_prod;
    TrustedRoot m_v2Root;
    Artifact m_artifact;

    SigstoreResult verify(const Json &bundle, const TrustedRoot &root, const SigstorePolicy &p, const Artifact &artifact)
    {
        auto parsed = parseAnyBundle(QByteArray::fromStdString(bundle.dump()));
        if (!parsed) {
            SigstoreResult r;
            r.failedStep = QStringLiteral("parse");
            r.failure = parsed.error().message;
            return r;
        }
        return verifySigstoreBundle(*parsed, root, artifact, p);
    }
    SigstoreResult v1(const Json &b, const SigstorePolicy &p = policy()) { return verify(b, m_prod, p, m_artifact); }
    SigstoreResult v2(const Json &b, const SigstorePolicy &p = policy()) { return verify(b, m_v2Root, p, m_artifact); }

    static void expectFailure(const SigstoreResult &r, const char *step)
    {
        QVERIFY2(!r.verified, step);
        QVERIFY2(r.failedStep == QLatin1String(step),
                 qPrintable(QStringLiteral("expected %1, failed at %2: %3").arg(QLatin1String(step), r.failedStep, r.failure)));
        const VerificationStep *s = r.step(QLatin1String(step));
        QVERIFY(s && s->outcome == StepOutcome::Failed && !s->reason.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto dir = test::sharedVectors(QStringLiteral("sigstore/conformance/bundle-verify"));
        if (!dir)
            QSKIP("../shared/vectors is not present beside the checkout; skipping vector checks");
        m_dir = *dir;
        m_v1 = Json::parse(readAll(m_dir + QStringLiteral("/happy-path-v0.3/bundle.sigstore.json")).toStdString());
        m_v2 = Json::parse(readAll(m_dir + QStringLiteral("/rekor2-happy-path/bundle.sigstore.json")).toStdString());
        m_prod = *productionTrustedRoot();
        m_v2Root = *loadTrustedRoot(m_dir + QStringLiteral("/rekor2-happy-path/trusted_root.json"));
        m_artifact.data = readAll(m_dir + QStringLiteral("/a.txt"));
    }

    void untouchedBundlesVerify()
    {
        const SigstoreResult a = v1(m_v1);
        QVERIFY2(a.verified, qPrintable(a.failure));
        for (const VerificationStep &s : a.steps)
            QVERIFY2(s.outcome != StepOutcome::Failed && !s.reason.isEmpty(), qPrintable(s.id));
        QCOMPARE(a.logs.size(), 1);
        QVERIFY(a.logs.first().counted);
        QCOMPARE(a.logs.first().proof, StepOutcome::Passed);
        const SigstoreResult b = v2(m_v2);
        QVERIFY2(b.verified, qPrintable(b.failure));
        QCOMPARE(b.timestamps.size(), 1);
        QCOMPARE(b.timestamps.first().source, TimestampReport::Source::Rfc3161);
    }

    void signedEntryTimestamp()
    {
        Json b = m_v1;
        auto &set = b["verificationMaterial"]["tlogEntries"][0]["inclusionPromise"]["signedEntryTimestamp"];
        set = flipBase64(set.get<std::string>());
        const SigstoreResult r = v1(b);
        expectFailure(r, "log-threshold");  // the entry is dropped, as sigstore-go does
        QCOMPARE(r.step(QStringLiteral("inclusion-promise"))->outcome, StepOutcome::Failed);
        QCOMPARE(r.logs.first().promise, StepOutcome::Failed);
    }

    void proofHash()
    {
        Json b = m_v1;
        auto &h = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["hashes"][2];
        h = flipBase64(h.get<std::string>());
        const SigstoreResult r = v1(b);
        expectFailure(r, "inclusion-proof");
        QCOMPARE(r.logs.first().proof, StepOutcome::Failed);
    }

    void checkpointSignature()
    {
        Json b = m_v1;
        auto &env = b["verificationMaterial"]["tlogEntries"][0]["inclusionProof"]["checkpoint"]["envelope"];
        QByteArray note = QByteArray::fromStdString(env.get<std::string>());
        const int sigStart = int(note.lastIndexOf(' ')) + 1;
        QByteArray sig = QByteArray::fromBase64(note.mid(sigStart, note.size() - sigStart - 1));
        sig[sig.size() - 3] = char(sig[sig.size() - 3] ^ 1);
        note = note.left(sigStart) + sig.toBase64() + '\n';
        env = note.toStdString();
        const SigstoreResult r = v1(b);
        expectFailure(r, "checkpoint");
        QCOMPARE(r.logs.first().checkpoint, StepOutcome::Failed);
    }

    void logBody()
    {
        // The SET and the proof cover the body, so a changed body is caught
        // there first; the entry no longer counts.
        Json b = m_v1;
        auto &body = b["verificationMaterial"]["tlogEntries"][0]["canonicalizedBody"];
        QByteArray text = QByteArray::fromBase64(QByteArray::fromStdString(body.get<std::string>()));
        text.replace("sha256", "sha257");
        body = text.toBase64().toStdString();
        const SigstoreResult r = v1(b);
        QVERIFY(!r.verified);
        QCOMPARE(r.logs.first().promise, StepOutcome::Failed);
    }

    void bodyDoesNotMatchBundle()
    {
        // The bundle's signature differs from the logged one (CVE-2022-36056).
        Json b = m_v1;
        b["messageSignature"]["signature"] = flipBase64(b["messageSignature"]["signature"].get<std::string>());
        expectFailure(v1(b), "log-body");
        // The bundle's digest differs from the logged one.
        b = m_v1;
        b["messageSignature"]["messageDigest"]["digest"] = flipBase64(b["messageSignature"]["messageDigest"]["digest"].get<std::string>());
        expectFailure(v1(b), "log-body");
    }

    void signatureOverArtifact()
    {
        Artifact other;
        other.data = *m_artifact.data + "!";
        expectFailure(verify(m_v1, m_prod, policy(), other), "signature");
        Artifact digest;
        digest.sha256 = QByteArray(32, '\x11');
        expectFailure(verify(m_v1, m_prod, policy(), digest), "signature");
    }

    void rekorV2RebuiltLeaf()
    {
        Json b = m_v2;
        b["messageSignature"]["signature"] = flipBase64(b["messageSignature"]["signature"].get<std::string>());
        const SigstoreResult r = v2(b);
        expectFailure(r, "inclusion-proof");
    }

    void timestampToken()
    {
        Json b = m_v2;
        auto &tok = b["verificationMaterial"]["timestampVerificationData"]["rfc3161Timestamps"][0]["signedTimestamp"];
        QByteArray der = QByteArray::fromBase64(QByteArray::fromStdString(tok.get<std::string>()));
        der[der.size() - 10] = char(der[der.size() - 10] ^ 1);  // inside the CMS signature
        tok = der.toBase64().toStdString();
        const SigstoreResult r = v2(b);
        expectFailure(r, "observer-time");
        QCOMPARE(r.step(QStringLiteral("rfc3161"))->outcome, StepOutcome::Failed);
        QVERIFY(!r.timestamps.first().verified);
    }

    void timestampForOtherSignature()
    {
        // The token's imprint is over the signature bytes: a different
        // signature loses the timestamp (the v2 leaf is checked first, so
        // drop the log from the root's view by using an empty TSA list).
        TrustedRoot noTsa = m_v2Root;
        noTsa.timestampAuthorities.clear();
        expectFailure(verify(m_v2, noTsa, policy(), m_artifact), "observer-time");
    }

    void sct()
    {
        TrustedRoot noCt = m_prod;
        noCt.ctlogs.clear();
        expectFailure(verify(m_v1, noCt, policy(), m_artifact), "sct");
    }

    void wrongIdentity()
    {
        expectFailure(v1(m_v1, policy(QStringLiteral("https://github.com/someone/else"))), "identity");
    }

    void wrongIssuer()
    {
        expectFailure(v1(m_v1, policy(QString::fromLatin1(kIdentity), QStringLiteral("https://accounts.google.com"))), "identity");
    }

    void timeOutsideCertificateValidity()
    {
        // The trusted Fulcio CA window no longer covers the signing time.
        TrustedRoot shifted = m_prod;
        for (CertificateAuthorityInfo &ca : shifted.certificateAuthorities)
            ca.validFor.start = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
        expectFailure(verify(m_v1, shifted, policy(), m_artifact), "certificate-chain");
        // And a real bundle whose log time is after the certificate expired.
        const Json b = Json::parse(readAll(m_dir + QStringLiteral("/intoto-expired-certificate_fail/bundle.sigstore.json")).toStdString());
        auto root = loadTrustedRoot(m_dir + QStringLiteral("/intoto-expired-certificate_fail/trusted_root.json"));
        Artifact a;
        a.data = readAll(m_dir + QStringLiteral("/intoto-expired-certificate_fail/artifact"));
        expectFailure(verify(b, *root, policy(), a), "certificate-chain");
    }

    void unknownLogDoesNotCount()
    {
        Json b = m_v1;
        b["verificationMaterial"]["tlogEntries"][0]["logId"]["keyId"] = QByteArray(32, 'z').toBase64().toStdString();
        const SigstoreResult r = v1(b);
        expectFailure(r, "log-threshold");
        QVERIFY(!r.logs.first().knownLog);
    }

    void keyBundleNeedsKey()
    {
        const Json b = Json::parse(readAll(m_dir + QStringLiteral("/managed-key-happy-path/bundle.sigstore.json")).toStdString());
        expectFailure(v1(b), "material");
        SigstorePolicy key;
        key.publicKey = *readPublicKeyFile(m_dir + QStringLiteral("/managed-key-happy-path/key.pub"));
        expectFailure(v1(m_v1, key), "material");
    }

    void structuralRules()
    {
        Json b = m_v1;
        b["verificationMaterial"]["tlogEntries"][0].erase("inclusionProof");
        expectFailure(v1(b), "bundle");
        b = m_v1;
        b["verificationMaterial"]["tlogEntries"].push_back(b["verificationMaterial"]["tlogEntries"][0]);
        expectFailure(v1(b), "tlog-entries");
    }
};

QTEST_GUILESS_MAIN(TestSigstoreTamper)
#include "tst_sigstore_tamper.moc"
