#include "common/cancel.h"
#include "mainwindow.h"
#include "sigstore/certificatedetailspane.h"
#include "sigstore/chainpanel.h"
#include "sigstore/checklistmodel.h"
#include "sigstore/checklistpanel.h"
#include "sigstore/extensionsmodel.h"
#include "sigstore/outcome.h"
#include "sigstore/sigstoreoptionswidget.h"
#include "sigstore/sigstorepages.h"
#include "sigstore/timestampsmodel.h"
#include "sigstore/timestampspanel.h"
#include "sigstore/transparencylogmodel.h"
#include "sigstore/transparencylogpanel.h"
#include "sigstore/trustedroot.h"
#include "testsupport.h"
#include "verify/chainmodel.h"
#include "verify/fingerprintfield.h"
#include "verify/omsverifier.h"
#include "verify/signatureworkflow.h"
#include "verify/signercard.h"
#include "verify/verifydialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hallmark;
using namespace hallmark::ui;
using sigstore::StepOutcome;

namespace {

const QString kIdentity = QStringLiteral("stefanb@us.ibm.com");
const QString kIssuer = QStringLiteral("https://sigstore.verify.ibm.com/oauth2");
constexpr qint64 kLogIndex = 598151086;

VerificationFacts verifyVector(const QString &dir, const QString &identity)
{
    VerifyRequest request;
    request.modelPath = dir;
    request.signaturePath = QDir(dir).filePath(QStringLiteral("model.sig"));
    request.method = VerifyMethod::Sigstore;
    request.identity = identity;
    request.identityProvider = kIssuer;
    JobControl control;
    return verifyModelSignature(request, control);
}

void testModel(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

// The chain tree from the top: each row's subject text, root first.
QStringList chainSubjects(const ChainModel *model)
{
    QStringList out;
    QModelIndex i = model->index(0, ChainModel::SubjectColumn);
    while (i.isValid()) {
        out << i.data().toString();
        i = model->index(0, ChainModel::SubjectColumn, i.siblingAtColumn(0));
    }
    return out;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HALLMARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestSigstoreView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiedVectorFillsEveryPage();
    void wrongIdentityFailsTheIdentityStep();
    void missingIssuerShowsPlaceholder();
    void optionsWidgetValidatesAndRemembers();
    void verifyDialogOffersSigstore();
    void mainWindowShowsSigstorePages();

private:
    QTemporaryDir m_settingsDir;
};

void TestSigstoreView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HallmarkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sigstoreview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestSigstoreView::verifiedVectorFillsEveryPage()
{
    HALLMARK_SHARED_OR_SKIP(vectors, "model-signing/scripts/tests/v1.1.0-sigstore");
    const VerificationFacts facts = verifyVector(vectors, kIdentity);
    QVERIFY2(facts.inputError.isEmpty(), qPrintable(facts.inputError));
    QVERIFY(facts.sigstore.has_value());
    const sigstore::SigstoreResult &result = *facts.sigstore;
    QVERIFY2(result.verified, qPrintable(result.failure));
    QCOMPARE(result.chain.size(), 3);

    MainWindow window;
    window.resize(1280, 860);
    SigstorePages pages(&window);
    for (QWidget *page : pages.pages())
        QVERIFY(window.detailsTabs()->indexOf(page) < 0);
    pages.setResult(result);
    QVERIFY(pages.isShown());
    QStringList titles;
    for (int i = 0; i < window.detailsTabs()->count(); ++i)
        titles << window.detailsTabs()->tabText(i);
    for (const QString &t : {QStringLiteral("Chain"), QStringLiteral("Log"), QStringLiteral("Timestamps"), QStringLiteral("Checks")})
        QVERIFY2(titles.contains(t), qPrintable(titles.join(QLatin1Char(','))));

    // Chain: root at the top, then the intermediate, the signing certificate last.
    ChainModel *chain = pages.chainPanel()->model();
    testModel(chain);
    QVERIFY(!chain->hasPlaceholder());
    const QStringList subjects = chainSubjects(chain);
    QCOMPARE(subjects.size(), 3);
    QCOMPARE(subjects.at(0), QStringLiteral("sigstore"));
    QCOMPARE(subjects.at(1), QStringLiteral("sigstore-intermediate"));
    QVERIFY2(subjects.at(2).contains(kIdentity), qPrintable(subjects.at(2)));
    QModelIndex row = chain->index(0, 0);
    for (int depth = 2; depth >= 0; --depth) {
        QCOMPARE(row.data(ChainModel::FingerprintRole).toString(), result.chain.at(depth)->fingerprint());
        // Fulcio certificates live ten minutes: judged at the signing time, they are valid.
        QCOMPARE(row.siblingAtColumn(ChainModel::StatusColumn).data().toString(), QStringLiteral("Valid"));
        row = chain->index(0, 0, row);
    }
    QCOMPARE(chain->index(0, ChainModel::RoleColumn).data().toString(), QStringLiteral("Trust anchor"));

    // The details pane starts on the signing certificate.
    CertificateDetailsPane *details = pages.chainPanel()->details();
    QCOMPARE(details->certificate(), result.chain.first());
    QVERIFY(details->fieldText(QStringLiteral("san")).contains(kIdentity));
    QVERIFY(details->fieldText(QStringLiteral("issuer")).contains(QStringLiteral("sigstore-intermediate")));
    QVERIFY(details->fieldText(QStringLiteral("keyType")).contains(QStringLiteral("P-256")));
    const QList<FingerprintField *> prints = details->fingerprintFields();
    QCOMPARE(prints.size(), 2);
    QStringList printed;
    for (FingerprintField *f : prints)
        printed << f->fingerprint();
    QVERIFY(printed.contains(result.chain.first()->fingerprint()));
    QVERIFY(printed.contains(result.chain.first()->publicKey()->fingerprint()));
    for (FingerprintField *f : prints)
        QVERIFY(f->shownText().section(QLatin1Char(' '), 0, 0).size() == 4);
    testModel(details->extensionsModel());
    bool fulcioIssuer = false;
    for (const CertificateExtension &e : details->extensionsModel()->extensions()) {
        QVERIFY2(!e.name.isEmpty() && e.name != e.oid, qPrintable(e.oid));
        if (e.oid == QLatin1String("1.3.6.1.4.1.57264.1.8")) {
            fulcioIssuer = true;
            QCOMPARE(e.name, QStringLiteral("Fulcio: Issuer (V2)"));
            QCOMPARE(e.value, kIssuer);
        }
    }
    QVERIFY(fulcioIssuer);

    // Export writes the PEM; replacing a file (after the file dialog asked) works.
    QTemporaryDir out;
    const QString pemPath = out.filePath(QStringLiteral("leaf.pem"));
    QVERIFY(details->writePem(pemPath).has_value());
    QVERIFY(details->writePem(pemPath).has_value());
    QFile pem(pemPath);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(pem.readAll(), result.chain.first()->pem());

    // Selecting the root shows the root.
    pages.chainPanel()->view()->setCurrentIndex(chain->index(0, 0));
    QCOMPARE(details->certificate(), result.chain.last());

    // Checks: every step passed. The OMS flow leaves the artifact step to
    // the manifest comparison, so it is skipped with its reason.
    VerificationChecklistModel *checks = pages.checklistPanel()->model();
    testModel(checks);
    QCOMPARE(checks->rowCount(), int(result.steps.size()));
    QVERIFY(checks->rowCount() >= 15);
    for (int r = 0; r < checks->rowCount(); ++r) {
        const QString id = checks->index(r, 0).data(VerificationChecklistModel::StepIdRole).toString();
        const auto outcome = StepOutcome(checks->index(r, 0).data(OutcomeRole).toInt());
        const QString word = checks->index(r, VerificationChecklistModel::OutcomeColumn).data().toString();
        QVERIFY(!checks->index(r, VerificationChecklistModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(!checks->index(r, VerificationChecklistModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        if (id == QLatin1String("artifact")) {
            QCOMPARE(outcome, StepOutcome::Skipped);
            continue;
        }
        QVERIFY2(outcome == StepOutcome::Passed, qPrintable(id));
        QCOMPARE(word, QStringLiteral("Passed"));
    }

    // Log: entry 598151086, SET, inclusion proof, checkpoint and body verified.
    TransparencyLogModel *log = pages.logPanel()->model();
    testModel(log);
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, 0).data(TransparencyLogModel::LogIndexRole).toLongLong(), kLogIndex);
    QVERIFY(log->index(0, 0).data().toString().contains(QString::number(kLogIndex)));
    QCOMPARE(log->index(0, TransparencyLogModel::OutcomeColumn).data().toString(), QStringLiteral("Passed"));
    for (const QString &check : {QStringLiteral("promise"), QStringLiteral("proof"), QStringLiteral("checkpoint"),
                                 QStringLiteral("body")}) {
        const QModelIndex i = log->checkIndex(0, check, TransparencyLogModel::OutcomeColumn);
        QVERIFY2(i.isValid(), qPrintable(check));
        QCOMPARE(StepOutcome(i.data(OutcomeRole).toInt()), StepOutcome::Passed);
        QCOMPARE(i.data().toString(), QStringLiteral("Passed"));
        QVERIFY(!i.siblingAtColumn(TransparencyLogModel::DetailsColumn).data().toString().isEmpty());
    }
    QVERIFY(log->checkIndex(0, QStringLiteral("proof"), TransparencyLogModel::DetailsColumn)
                .data().toString().contains(QStringLiteral("476246825")));
    QCOMPARE(log->checkIndex(0, QStringLiteral("log-index"), TransparencyLogModel::DetailsColumn).data().toString(),
             QString::number(kLogIndex));
    QVERIFY(log->checkIndex(0, QStringLiteral("log"), TransparencyLogModel::DetailsColumn)
                .data().toString().contains(QStringLiteral("rekor.sigstore.dev")));
    QVERIFY(log->checkIndex(0, QStringLiteral("integrated-time"), TransparencyLogModel::DetailsColumn)
                .data().toString().contains(QStringLiteral("2025-10-10T02:12:")));

    // Timestamps: the TSA token, verified, beside the log's integrated time.
    TimestampsModel *times = pages.timestampsPanel()->model();
    testModel(times);
    bool tsa = false;
    for (int r = 0; r < times->rowCount(); ++r) {
        const sigstore::TimestampReport &t = times->timestamps().at(r);
        if (t.source != sigstore::TimestampReport::Source::Rfc3161)
            continue;
        tsa = true;
        const QModelIndex row = times->index(r, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("Timestamp authority (RFC 3161)"));
        QCOMPARE(row.siblingAtColumn(TimestampsModel::OutcomeColumn).data().toString(), QStringLiteral("Verified"));
        QCOMPARE(StepOutcome(row.data(OutcomeRole).toInt()), StepOutcome::Passed);
        QVERIFY(times->index(TimestampsModel::AuthorityLine, TimestampsModel::DetailsColumn, row)
                    .data().toString().contains(QStringLiteral("timestamp.sigstore.dev")));
        QVERIFY(times->index(TimestampsModel::TimeLine, TimestampsModel::DetailsColumn, row)
                    .data().toString().startsWith(QStringLiteral("2025-10-10T02:12:20")));
        QVERIFY(!times->index(TimestampsModel::ReasonLine, TimestampsModel::DetailsColumn, row).data().toString().isEmpty());
    }
    QVERIFY(tsa);

    // Every view has an accessible name.
    for (QTreeView *view : {pages.chainPanel()->view(), pages.logPanel()->view(), pages.timestampsPanel()->view(),
                            pages.checklistPanel()->view(), details->extensionsView()})
        QVERIFY(!view->accessibleName().isEmpty());

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QWidget *page : pages.pages()) {
        window.detailsTabs()->setCurrentWidget(page);
        QCoreApplication::processEvents();
        saveShot(&window, QStringLiteral("sigstore-") + page->objectName());
    }

    pages.clear();
    QVERIFY(!pages.isShown());
}

void TestSigstoreView::wrongIdentityFailsTheIdentityStep()
{
    HALLMARK_SHARED_OR_SKIP(vectors, "model-signing/scripts/tests/v1.1.0-sigstore");
    const VerificationFacts facts = verifyVector(vectors, QStringLiteral("mallory@example.com"));
    QVERIFY(facts.sigstore.has_value());
    QVERIFY(!facts.sigstore->verified);

    MainWindow window;
    SigstorePages pages(&window);
    pages.setResult(*facts.sigstore);
    VerificationChecklistModel *checks = pages.checklistPanel()->model();
    testModel(checks);
    const int row = checks->rowOf(QStringLiteral("identity"));
    QVERIFY(row >= 0);
    QCOMPARE(StepOutcome(checks->index(row, 0).data(OutcomeRole).toInt()), StepOutcome::Failed);
    QCOMPARE(checks->index(row, VerificationChecklistModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
    const QString reason = checks->index(row, VerificationChecklistModel::ReasonColumn).data().toString();
    QVERIFY2(reason.contains(kIdentity) || reason.contains(QStringLiteral("mallory@example.com")), qPrintable(reason));
    QVERIFY(pages.checklistPanel()->summaryText().startsWith(QStringLiteral("Failed: Signer identity")));
    // The earlier steps still passed, and the chain is still shown.
    QCOMPARE(StepOutcome(checks->index(checks->rowOf(QStringLiteral("signature")), 0).data(OutcomeRole).toInt()),
             StepOutcome::Passed);
    QCOMPARE(chainSubjects(pages.chainPanel()->model()).size(), 3);

    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.detailsTabs()->setCurrentWidget(pages.checklistPanel());
    QCoreApplication::processEvents();
    saveShot(&window, QStringLiteral("sigstore-wrong-identity"));
}

void TestSigstoreView::missingIssuerShowsPlaceholder()
{
    HALLMARK_SHARED_OR_SKIP(vectors, "model-signing/scripts/tests/v1.1.0-sigstore");
    const VerificationFacts facts = verifyVector(vectors, kIdentity);
    QVERIFY(facts.sigstore && facts.sigstore->chain.size() == 3);
    const QList<CertificatePtr> partial = facts.sigstore->chain.mid(0, 2);  // leaf and intermediate, no root

    ChainPanel panel;
    testModel(panel.model());
    ChainResult noPath;
    noPath.status = ChainStatus::NoPathToAnchor;
    noPath.path = partial;
    panel.setChain(partial, noPath, partial.first()->notBefore());
    QVERIFY(panel.model()->hasPlaceholder());
    const QModelIndex top = panel.model()->index(0, 0);
    QVERIFY(top.data(ChainModel::IsPlaceholderRole).toBool());
    QVERIFY(top.data().toString().contains(QStringLiteral("Issuer certificate not found")));
    QVERIFY(top.data().toString().contains(QStringLiteral("CN=sigstore")));
    QCOMPARE(chainSubjects(panel.model()).size(), 3);
    panel.view()->setCurrentIndex(top);
    QVERIFY(!panel.details()->certificate());
}

void TestSigstoreView::optionsWidgetValidatesAndRemembers()
{
    SigstoreOptionsWidget options;
    QVERIFY(options.builtInRootButton()->isChecked());
    QVERIFY(options.identityPatternBox()->isHidden());
    QVERIFY(!options.problem().isEmpty());
    options.identityEdit()->setText(kIdentity);
    QVERIFY(!options.problem().isEmpty());
    options.issuerEdit()->setText(kIssuer);
    QVERIFY2(options.problem().isEmpty(), qPrintable(options.problem()));

    VerifyRequest request;
    options.applyTo(request);
    QCOMPARE(request.identity, kIdentity);
    QCOMPARE(request.identityProvider, kIssuer);
    QVERIFY(request.trustedRootPath.isEmpty());

    // A custom root must exist and parse.
    QTemporaryDir dir;
    options.customRootButton()->setChecked(true);
    QVERIFY(!options.problem().isEmpty());
    options.rootPathEdit()->setText(dir.filePath(QStringLiteral("absent.json")));
    QVERIFY(options.problem().contains(QStringLiteral("does not exist")));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    hallmark::test::writeFile(dir.path(), QStringLiteral("bad.json"), "{\"mediaType\": 3}");
    options.rootPathEdit()->setText(bad);
    QVERIFY2(options.problem().contains(QStringLiteral("cannot be used")), qPrintable(options.problem()));
    const QString good = dir.filePath(QStringLiteral("trusted_root.json"));
    QVERIFY(QFile::copy(sigstore::productionTrustedRootPath(), good));
    options.rootPathEdit()->setText(good);
    QVERIFY2(options.problem().isEmpty(), qPrintable(options.problem()));
    options.applyTo(request);
    QCOMPARE(request.trustedRootPath, good);

    // Patterns, where the verifier takes them, must compile.
    options.setPatternsAvailable(true);
    options.identityPatternBox()->setChecked(true);
    options.identityEdit()->setText(QStringLiteral("(unclosed"));
    QVERIFY(options.problem().contains(QStringLiteral("regular expression")));
    options.identityEdit()->setText(QStringLiteral(".*@us\\.ibm\\.com"));
    QVERIFY(options.problem().isEmpty());
    QVERIFY(options.identityPolicy().sanRegex);
    QVERIFY(!options.identityPolicy().issuerRegex);

    options.save();
    SigstoreOptionsWidget again;
    again.setPatternsAvailable(true);
    again.load();
    QCOMPARE(again.identityEdit()->text(), QStringLiteral(".*@us\\.ibm\\.com"));
    QVERIFY(again.identityPatternBox()->isChecked());
    QCOMPARE(again.issuerEdit()->text(), kIssuer);
    QVERIFY(again.customRootButton()->isChecked());
    QCOMPARE(again.trustedRootPath(), good);

    again.resize(640, again.sizeHint().height());
    saveShot(&again, QStringLiteral("sigstore-options"));
}

void TestSigstoreView::verifyDialogOffersSigstore()
{
    VerifyDialog dialog;
    VerifyRequest proposed;
    proposed.modelPath = QStringLiteral("/models/m");
    proposed.signaturePath = QStringLiteral("/models/m/model.sig");
    proposed.method = VerifyMethod::Sigstore;
    proposed.identity = kIdentity;
    proposed.identityProvider = kIssuer;
    dialog.setRequest(proposed);
    QVERIFY(dialog.sigstoreMethodButton()->isChecked());
    // The custom root remembered by the options test is gone with its folder.
    QVERIFY(dialog.sigstoreOptions()->customRootButton()->isChecked());
    QVERIFY(!dialog.verifyButton()->isEnabled());
    dialog.sigstoreOptions()->builtInRootButton()->setChecked(true);
    QVERIFY(dialog.verifyButton()->isEnabled());
    const VerifyRequest r = dialog.request();
    QCOMPARE(r.method, VerifyMethod::Sigstore);
    QCOMPARE(r.identity, kIdentity);
    QCOMPARE(r.identityProvider, kIssuer);
    dialog.sigstoreOptions()->issuerEdit()->clear();
    QVERIFY(!dialog.verifyButton()->isEnabled());
    dialog.sigstoreOptions()->issuerEdit()->setText(kIssuer);
    QVERIFY(dialog.verifyButton()->isEnabled());
    // The Sigstore choice is remembered when the dialog is accepted.
    dialog.accept();
    VerifyDialog again;
    again.sigstoreMethodButton()->setChecked(true);
    QCOMPARE(again.sigstoreOptions()->identityEdit()->text(), kIdentity);
    again.resize(680, again.sizeHint().height());
    saveShot(&again, QStringLiteral("sigstore-verify-dialog"));
}

void TestSigstoreView::mainWindowShowsSigstorePages()
{
    HALLMARK_SHARED_OR_SKIP(vectors, "model-signing/scripts/tests/v1.1.0-sigstore");
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPath(vectors);
    SignatureWorkflow *workflow = window.signatureWorkflow();
    VerifyRequest request = workflow->proposedRequest();
    request.method = VerifyMethod::Sigstore;
    request.identity = kIdentity;
    request.identityProvider = kIssuer;
    workflow->startVerification(request);
    (void)QTest::qWaitFor([&] { return !workflow->isRunning() && workflow->verdict().has_value(); }, 120000);
    QVERIFY(workflow->verdict().has_value());
    QVERIFY(workflow->facts().sigstore && workflow->facts().sigstore->verified);
    SigstorePages *pages = workflow->sigstorePages();
    QVERIFY(pages->isShown());
    QStringList titles;
    for (int i = 0; i < window.detailsTabs()->count(); ++i)
        titles << window.detailsTabs()->tabText(i);
    QCOMPARE(titles.mid(titles.size() - 4), (QStringList{QStringLiteral("Chain"), QStringLiteral("Log"),
                                                         QStringLiteral("Timestamps"), QStringLiteral("Checks")}));
    QCOMPARE(pages->logPanel()->model()->index(0, 0).data(TransparencyLogModel::LogIndexRole).toLongLong(), kLogIndex);
    QVERIFY(SignerCard::claimFor(request, workflow->facts()).contains(kIdentity));
    (void)QTest::qWaitFor([&] { return window.runState() != MainWindow::RunState::Running; }, 120000);
    for (QWidget *page : pages->pages()) {
        window.detailsTabs()->setCurrentWidget(page);
        QCoreApplication::processEvents();
        saveShot(&window, QStringLiteral("window-") + page->objectName());
    }

    // Another model: the Sigstore pages go.
    QTemporaryDir other;
    hallmark::test::writeFile(other.path(), QStringLiteral("weights.bin"), "x");
    window.openPath(other.path());
    QVERIFY(!pages->isShown());
    (void)QTest::qWaitFor([&] { return window.runState() != MainWindow::RunState::Running; }, 120000);
}

QTEST_MAIN(TestSigstoreView)
#include "tst_sigstoreview.moc"
