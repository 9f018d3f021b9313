// assess() on hand-built facts: every status, the order in which problems
// win, and how each status is worded.

#include "verify/verdict.h"
#include "verify/verdictwording.h"

#include <QSet>
#include <QTest>

using namespace hallmark;

Q_DECLARE_METATYPE(hallmark::VerdictStatus)

namespace {

enum Flag : quint32 {
    Input = 1u << 0, BundleErr = 1u << 1, Material = 1u << 2, BadSig = 1u << 3, NotChecked = 1u << 4,
    Statement = 1u << 5, Unsafe = 1u << 6, HashErr = 1u << 7, Changed = 1u << 8, Added = 1u << 9,
    Missing = 1u << 10, Moved = 1u << 11, Unreadable = 1u << 12, Expired = 1u << 13, NotYet = 1u << 14,
    NoPath = 1u << 15, WrongUsage = 1u << 16, BadChain = 1u << 17, Exclusion = 1u << 18, Partial = 1u << 19,
    LegacyPae = 1u << 20, LegacyKey = 1u << 21, IgnoredEntry_ = 1u << 22, TrustedChain = 1u << 23,
    Risky = 1u << 24,
};

const QByteArray kSigned = QByteArray(32, '\x11');
const QByteArray kOnDisk = QByteArray(32, '\x22');

ChainResult chain(ChainStatus s)
{
    ChainResult r;
    r.status = s;
    r.reason = QStringLiteral("chain reason %1").arg(int(s));
    return r;
}

// A clean, verified case, then each flag adds one problem.
VerificationFacts facts(quint32 flags)
{
    VerificationFacts f;
    f.signature = SignatureCheck::Valid;
    SignedManifest m;
    m.manifest.resources.append({QStringLiteral("a.bin"), QStringLiteral("sha256"), kSigned});
    f.signedManifest = m;
    f.diff.entries << DiffEntry{DiffKind::Unchanged, QStringLiteral("a.bin"), {}, kSigned, kSigned, {}};
    if (flags & Input) f.inputError = QStringLiteral("input problem");
    if (flags & BundleErr) f.bundleError = QStringLiteral("bundle problem");
    if (flags & Material) f.materialMismatch = QStringLiteral("material problem");
    if (flags & BadSig) { f.signature = SignatureCheck::Invalid; f.signatureProblem = QStringLiteral("sig problem"); }
    if (flags & NotChecked) f.signature = SignatureCheck::NotChecked;
    if (flags & Statement) f.statementError = QStringLiteral("statement problem");
    if (flags & Unsafe) f.unsafeManifest << QStringLiteral("unsafe one") << QStringLiteral("unsafe two");
    if (flags & HashErr) f.hashError = QStringLiteral("hash problem");
    if (flags & Changed) f.diff.entries << DiffEntry{DiffKind::Changed, QStringLiteral("c.bin"), {}, kSigned, kOnDisk, {}};
    if (flags & Added) f.diff.entries << DiffEntry{DiffKind::Added, QStringLiteral("new.bin"), {}, {}, kOnDisk, {}};
    if (flags & Missing) f.diff.entries << DiffEntry{DiffKind::Missing, QStringLiteral("gone.bin"), {}, kSigned, {}, {}};
    if (flags & Moved)
        f.diff.entries << DiffEntry{DiffKind::Moved, QStringLiteral("to.bin"), QStringLiteral("from.bin"), kSigned, kSigned, {}};
    if (flags & Unreadable)
        f.diff.entries << DiffEntry{DiffKind::Unreadable, QStringLiteral("locked.bin"), {}, kSigned, {}, QStringLiteral("denied")};
    if (flags & IgnoredEntry_)
        f.diff.entries << DiffEntry{DiffKind::Ignored, QStringLiteral(".git/HEAD"), {}, {}, {}, QStringLiteral("rule")};
    if (flags & TrustedChain) f.chain = chain(ChainStatus::Trusted);
    if (flags & Expired) f.chain = chain(ChainStatus::Expired);
    if (flags & NotYet) f.chain = chain(ChainStatus::NotYetValid);
    if (flags & NoPath) f.chain = chain(ChainStatus::NoPathToAnchor);
    if (flags & WrongUsage) f.chain = chain(ChainStatus::WrongUsage);
    if (flags & BadChain) f.chain = chain(ChainStatus::Invalid);
    if (flags & Exclusion) f.exclusions << IgnoredEntry{QStringLiteral("notes.txt"), QStringLiteral("notes.txt"), IgnoreOrigin::User};
    if (flags & Risky) {
        f.exclusions << IgnoredEntry{QStringLiteral("loader.py"), QStringLiteral("loader.py"), IgnoreOrigin::Recorded};
        f.riskyExclusions << QStringLiteral("loader.py");
    }
    if (flags & Partial) f.partial = true;
    if (flags & LegacyPae) f.signature = SignatureCheck::ValidLegacyEncoding;
    if (flags & LegacyKey) f.legacyKeyMaterial = true;
    return f;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assessTable_data();
    void assessTable();
    void reasonsDescribeTheDiff();
    void exclusionReasons();
    void legacyFlag();
    void certificateExpiredMentionsDates();
    void wording();
};

void TestVerdict::assessTable_data()
{
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<VerdictStatus>("status");
    QTest::addColumn<QString>("firstReason");  // empty: not checked
    using S = VerdictStatus;
    // Single problems.
    QTest::newRow("clean") << 0u << S::Verified << QString();
    QTest::newRow("clean+ignored-defaults") << quint32(IgnoredEntry_) << S::Verified << QString();
    QTest::newRow("clean+trusted-chain") << quint32(TrustedChain) << S::Verified << QString();
    QTest::newRow("input") << quint32(Input) << S::CannotVerify << "input problem";
    QTest::newRow("bundle") << quint32(BundleErr) << S::MalformedSignature << "bundle problem";
    QTest::newRow("material") << quint32(Material) << S::WrongMaterial << "material problem";
    QTest::newRow("bad-signature") << quint32(BadSig) << S::BadSignature << "sig problem";
    QTest::newRow("not-checked") << quint32(NotChecked) << S::BadSignature << QString();
    QTest::newRow("statement") << quint32(Statement) << S::MalformedSignature << "statement problem";
    QTest::newRow("unsafe") << quint32(Unsafe) << S::UnsafeManifest << "unsafe one";
    QTest::newRow("hash-error") << quint32(HashErr) << S::CannotVerify << "hash problem";
    QTest::newRow("changed") << quint32(Changed) << S::ContentMismatch << QString();
    QTest::newRow("added") << quint32(Added) << S::ContentMismatch << QString();
    QTest::newRow("missing") << quint32(Missing) << S::ContentMismatch << QString();
    QTest::newRow("moved") << quint32(Moved) << S::ContentMismatch << QString();
    QTest::newRow("unreadable") << quint32(Unreadable) << S::ContentMismatch << QString();
    QTest::newRow("expired") << quint32(Expired) << S::CertificateExpired << "chain reason 1";
    QTest::newRow("not-yet-valid") << quint32(NotYet) << S::CertificateExpired << "chain reason 2";
    QTest::newRow("no-path") << quint32(NoPath) << S::SignerNotTrusted << "chain reason 3";
    QTest::newRow("wrong-usage") << quint32(WrongUsage) << S::SignerNotTrusted << "chain reason 4";
    QTest::newRow("invalid-chain") << quint32(BadChain) << S::SignerNotTrusted << "chain reason 5";
    QTest::newRow("exclusion") << quint32(Exclusion) << S::VerifiedWithExclusions << QString();
    QTest::newRow("partial") << quint32(Partial) << S::VerifiedWithExclusions << QString();
    QTest::newRow("legacy-pae") << quint32(LegacyPae) << S::Verified << QString();
    // Precedence: the earlier problem wins over every later one.
    QTest::newRow("input>everything") << quint32(Input | BundleErr | Material | BadSig | Statement | Unsafe | HashErr | Changed | Expired | Exclusion)
                                      << S::CannotVerify << "input problem";
    QTest::newRow("bundle>material") << quint32(BundleErr | Material | BadSig) << S::MalformedSignature << "bundle problem";
    QTest::newRow("material>badsig") << quint32(Material | BadSig | Changed) << S::WrongMaterial << "material problem";
    QTest::newRow("badsig>statement") << quint32(BadSig | Statement | Unsafe | Changed) << S::BadSignature << "sig problem";
    QTest::newRow("statement>unsafe") << quint32(Statement | Unsafe | HashErr) << S::MalformedSignature << "statement problem";
    QTest::newRow("unsafe>hash") << quint32(Unsafe | HashErr | Changed) << S::UnsafeManifest << "unsafe one";
    QTest::newRow("hash>mismatch") << quint32(HashErr | Changed | Expired) << S::CannotVerify << "hash problem";
    QTest::newRow("mismatch>expired") << quint32(Changed | Expired) << S::ContentMismatch << QString();
    QTest::newRow("mismatch>untrusted") << quint32(Missing | NoPath) << S::ContentMismatch << QString();
    QTest::newRow("badsig>untrusted") << quint32(BadSig | NoPath) << S::BadSignature << "sig problem";
    QTest::newRow("expired>exclusion") << quint32(Expired | Exclusion | Partial) << S::CertificateExpired << "chain reason 1";
    QTest::newRow("untrusted>exclusion") << quint32(NoPath | Exclusion) << S::SignerNotTrusted << "chain reason 3";
    QTest::newRow("exclusion+trusted") << quint32(Exclusion | TrustedChain) << S::VerifiedWithExclusions << QString();
    QTest::newRow("unreadable+partial") << quint32(Unreadable | Partial) << S::ContentMismatch << QString();
}

void TestVerdict::assessTable()
{
    QFETCH(quint32, flags);
    QFETCH(VerdictStatus, status);
    QFETCH(QString, firstReason);
    const Verdict v = assess(facts(flags));
    QCOMPARE(v.status, status);
    if (status != VerdictStatus::Verified)
        QVERIFY2(!v.reasons.isEmpty(), "every non-verified verdict says why");
    if (!firstReason.isEmpty())
        QCOMPARE(v.reasons.value(0), firstReason);
    QCOMPARE(isVerified(v.status), status == VerdictStatus::Verified || status == VerdictStatus::VerifiedWithExclusions);
}

void TestVerdict::reasonsDescribeTheDiff()
{
    const Verdict v = assess(facts(Changed | Added | Missing | Moved | Unreadable));
    QCOMPARE(v.status, VerdictStatus::ContentMismatch);
    const QString all = v.reasons.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("c.bin")) && all.contains(QString::fromLatin1(kSigned.toHex()))
                 && all.contains(QString::fromLatin1(kOnDisk.toHex())), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("new.bin")));
    QVERIFY(all.contains(QLatin1String("gone.bin")));
    QVERIFY(all.contains(QLatin1String("to.bin")) && all.contains(QLatin1String("from.bin")));
    QVERIFY(all.contains(QLatin1String("locked.bin")) && all.contains(QLatin1String("denied")));
    QCOMPARE(v.reasons.size(), 5);
    // Unchanged entries are not reasons.
    QVERIFY(!all.contains(QLatin1String("a.bin")));
}

void TestVerdict::exclusionReasons()
{
    const Verdict v = assess(facts(Exclusion | Partial | Risky));
    QCOMPARE(v.status, VerdictStatus::VerifiedWithExclusions);
    QVERIFY2(v.reasons.value(0).contains(QLatin1String("loader.py")), qPrintable(v.reasons.join(QLatin1Char('|'))));
    const QString all = v.reasons.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("notes.txt")));
    QVERIFY(v.reasons.size() >= 4);  // risky, partial, two exclusions
}

void TestVerdict::legacyFlag()
{
    QVERIFY(!assess(facts(0)).legacy);
    QVERIFY(assess(facts(LegacyPae)).legacy);
    QVERIFY(assess(facts(LegacyKey)).legacy);
    QVERIFY(!assess(facts(LegacyPae)).reasons.isEmpty());
    VerificationFacts f = facts(0);
    f.signedManifest->kind = PredicateKind::LegacyDigestsV01;
    const Verdict v = assess(f);
    QVERIFY(v.legacy);
    QCOMPARE(v.status, VerdictStatus::Verified);
}

void TestVerdict::certificateExpiredMentionsDates()
{
    VerificationFacts f = facts(Expired);
    f.chainAtSigningTime = chain(ChainStatus::NoPathToAnchor);
    const Verdict v = assess(f);
    QCOMPARE(v.status, VerdictStatus::CertificateExpired);
    QVERIFY(v.reasons.contains(QStringLiteral("chain reason 3")));
    f.chainAtSigningTime = chain(ChainStatus::Trusted);
    QVERIFY(!assess(f).reasons.contains(QStringLiteral("chain reason 0")));
}

void TestVerdict::wording()
{
    const VerdictStatus all[] = {
        VerdictStatus::Verified, VerdictStatus::VerifiedWithExclusions, VerdictStatus::SignerNotTrusted,
        VerdictStatus::CertificateExpired, VerdictStatus::ContentMismatch, VerdictStatus::BadSignature,
        VerdictStatus::UnsafeManifest, VerdictStatus::WrongMaterial, VerdictStatus::MalformedSignature,
        VerdictStatus::Unsigned, VerdictStatus::CannotVerify,
    };
    QSet<QString> keywords, headlines;
    for (VerdictStatus s : all) {
        const VerdictWording w = wordingFor(s);
        QVERIFY2(!w.headline.isEmpty(), qPrintable(statusKeyword(s)));
        QVERIFY(!w.explanation.isEmpty());
        QCOMPARE(w.visual == VisualCode::Negative, s == VerdictStatus::BadSignature || s == VerdictStatus::ContentMismatch);
        QCOMPARE(w.visual == VisualCode::Positive, s == VerdictStatus::Verified);
        if (s != VerdictStatus::Verified)
            QVERIFY2(!w.guidance.isEmpty(), qPrintable(statusKeyword(s)));
        const QString k = statusKeyword(s);
        QVERIFY(!k.isEmpty());
        QVERIFY(!k.contains(QLatin1Char(' ')));
        keywords.insert(k);
        headlines.insert(w.headline);
    }
    QCOMPARE(keywords.size(), int(std::size(all)));
    QCOMPARE(headlines.size(), int(std::size(all)));
    QCOMPARE(statusKeyword(VerdictStatus::Verified), QStringLiteral("verified"));
    QCOMPARE(statusKeyword(VerdictStatus::ContentMismatch), QStringLiteral("content-mismatch"));
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
