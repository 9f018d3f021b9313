// The sigstore-conformance bundle-verify suite (70 cases), run through
// `hallmark-cli verify-bundle` exactly as the conformance client protocol
// does. Expected outcomes come from the directory names and EXPECTED.md.

#include "coretest.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace hallmark;

namespace {

const char kIdentity[] = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/"
                         "extremely-dangerous-oidc-beacon.yml@refs/heads/main";
const char kIssuer[] = "https://token.actions.githubusercontent.com";

QString readTrimmed(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// case name → true when EXPECTED.md says VALID.
QMap<QString, bool> expectedOutcomes(const QString &file)
{
    QMap<QString, bool> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\| (VALID|INVALID) \\|"));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const auto m = row.match(QString::fromUtf8(line));
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2) == QLatin1String("VALID"));
    }
    return out;
}

} // namespace

class TestSigstoreConformance : public QObject
{
    Q_OBJECT
    int m_passed = 0;
    int m_total = 0;

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("valid");
        const auto shared = test::sharedVectors(QStringLiteral("sigstore/conformance"));
        if (!shared)
            return;
        const QMap<QString, bool> expected = expectedOutcomes(*shared + QStringLiteral("/EXPECTED.md"));
        QDir root(*shared + QStringLiteral("/bundle-verify"));
        const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const bool valid = !name.endsWith(QLatin1String("_fail"));
            if (expected.contains(name) && expected.value(name) != valid)
                qWarning("EXPECTED.md disagrees with the directory name for %s", qPrintable(name));
            QTest::newRow(qPrintable(name)) << root.filePath(name) << valid;
        }
    }

    void cases()
    {
        HALLMARK_SHARED_OR_SKIP(conformance, "sigstore/conformance");
        QFETCH(QString, dir);
        QFETCH(bool, valid);
        const QString parent = QFileInfo(dir).absolutePath();
        QStringList args{QStringLiteral("verify-bundle"), QStringLiteral("--bundle"), dir + QStringLiteral("/bundle.sigstore.json")};
        if (QFileInfo::exists(dir + QStringLiteral("/key.pub"))) {
            args << QStringLiteral("--key") << dir + QStringLiteral("/key.pub");
        } else {
            const QString identity = QFileInfo::exists(dir + QStringLiteral("/identity")) ? readTrimmed(dir + QStringLiteral("/identity"))
                                                                                          : QString::fromLatin1(kIdentity);
            const QString issuer = QFileInfo::exists(dir + QStringLiteral("/issuer")) ? readTrimmed(dir + QStringLiteral("/issuer"))
                                                                                      : QString::fromLatin1(kIssuer);
            args << QStringLiteral("--certificate-identity") << identity << QStringLiteral("--certificate-oidc-issuer") << issuer;
        }
        if (QFileInfo::exists(dir + QStringLiteral("/trusted_root.json")))
            args << QStringLiteral("--trusted-root") << dir + QStringLiteral("/trusted_root.json");
        args << (QFileInfo::exists(dir + QStringLiteral("/artifact")) ? dir + QStringLiteral("/artifact")
                                                                      : parent + QStringLiteral("/a.txt"));
        const test::ProcessResult r = test::runCli(args);
        ++m_total;
        const bool ok = valid ? r.exitCode == 0 : (r.exitCode != 0 && r.exitCode != -1);
        if (ok)
            ++m_passed;
        QVERIFY2(ok, qPrintable(QStringLiteral("exit %1, expected %2\n%3%4")
                                    .arg(r.exitCode)
                                    .arg(valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                         QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
    }

    void cleanupTestCase()
    {
        if (m_total > 0)
            qInfo("sigstore-conformance bundle-verify: %d/%d cases as expected", m_passed, m_total);
    }
};

QTEST_GUILESS_MAIN(TestSigstoreConformance)
#include "tst_sigstore_conformance.moc"
