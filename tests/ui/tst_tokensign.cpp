// Signing with a PKCS#11 token from the Sign dialog, against a real,
// throwaway SoftHSM2 token made in a private folder: the token tree, the
// PIN dialog (right PIN, wrong PIN, cancel), refusing RSA keys and the
// "confirm on your token" banner logic. HALLMARK_SHOT_DIR saves screenshots.

#include "common/secretbuffer.h"
#include "pkcs11/pindialog.h"
#include "pkcs11/tokenpickerpage.h"
#include "pkcs11/tokentreemodel.h"
#include "pkcs11/tokenwaitbanner.h"
#include "sign/signdialog.h"
#include "softhsmtoken.h"
#include "testsupport.h"
#include "verify/omsverifier.h"
#include "verify/verdict.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hallmark;
using namespace hallmark::ui;
using hallmark::test::SoftHsmToken;
using hallmark::test::writeFile;

namespace {

constexpr int runTimeoutMs = 120000;
const QString kModule = SoftHsmToken::module();
const QString kToken = QStringLiteral("gui-token");
const QString kPin = QStringLiteral("123456");

void saveShot(QWidget &w, const QString &name)
{
    if (const QString out = qEnvironmentVariable("HALLMARK_SHOT_DIR"); !out.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w.grab().save(QDir(out).filePath(name));
    }
}

QModelIndex findRow(const QAbstractItemModel *model, TokenTreeModel::NodeKind kind, const QString &name,
                    const QModelIndex &parent = {})
{
    const auto *tree = static_cast<const TokenTreeModel *>(model);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (tree->kindAt(index) == kind && index.data().toString() == name)
            return index;
        if (const QModelIndex found = findRow(model, kind, name, index); found.isValid())
            return found;
    }
    return {};
}

QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

} // namespace

class TestTokenSign : public QObject
{
    Q_OBJECT

private:
    SoftHsmToken m_token{kToken, kPin};
    QString m_model;

    QString path(const QString &name) const { return m_token.path(name); }

    // A Sign dialog on the token page, scanning only the SoftHSM module.
    void prepare(SignDialog &dialog, const QString &key)
    {
        dialog.setModelPath(m_model);
        TokenPickerPage *page = dialog.tokenPage();
        page->model()->setIncludeRegistered(false);
        page->addModule(kModule);
        dialog.keySourceBox()->setCurrentIndex(SignDialog::Token);
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return !page->model()->isScanning(); }, runTimeoutMs));
        const QModelIndex index = findRow(page->model(), TokenTreeModel::NodeKind::Key, key);
        QVERIFY2(index.isValid(), qPrintable(key));
        page->tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    bool waitForPinDialog(SignDialog &dialog)
    {
        return QTest::qWaitFor([&] { return dialog.pinDialog()->isVisible(); }, runTimeoutMs);
    }

    void answerPin(SignDialog &dialog, const QString &pin)
    {
        dialog.pinDialog()->pinEdit()->setText(pin);
        dialog.pinDialog()->okButton()->click();
        QVERIFY(dialog.pinDialog()->pinEdit()->text().isEmpty());
    }

    bool waitUntilDone(SignDialog &dialog)
    {
        return QTest::qWaitFor([&] { return dialog.state() != SignDialog::State::Signing; }, runTimeoutMs);
    }

    void verifiesWithExportedKey(const QString &signature)
    {
        VerifyRequest check;
        check.modelPath = m_model;
        check.signaturePath = signature;
        check.publicKeyPath = path(QStringLiteral("signer.pem"));
        JobControl control;
        QCOMPARE(assess(verifyModelSignature(check, control)).status, VerdictStatus::Verified);
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(quietHandler);
        if (const QString missing = SoftHsmToken::missingRequirement(); !missing.isEmpty())
            QSKIP(qPrintable(missing + QStringLiteral("; skipping the token signing tests")));
        QVERIFY(m_token.isValid());
        m_token.configure();
        QVERIFY(m_token.initToken());
        QVERIFY(m_token.p11({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
                             QStringLiteral("--label"), QStringLiteral("signer"), QStringLiteral("--id"), QStringLiteral("01")}));
        QVERIFY(m_token.p11({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("rsa:2048"),
                             QStringLiteral("--label"), QStringLiteral("legacy"), QStringLiteral("--id"), QStringLiteral("02")}));
        // The public key, exported with the tools (independent of Hallmark).
        QVERIFY(m_token.exportPublicKey(QStringLiteral("01"), QStringLiteral("signer")));
        // A throwaway CA and a code-signing certificate for the P-256 key, stored on the token.
        QVERIFY(m_token.storeCertificate(QStringLiteral("/CN=Hallmark GUI Test CA"), path(QStringLiteral("signer.pem")),
                                         QStringLiteral("01"), QStringLiteral("signer")));

        m_model = path(QStringLiteral("model"));
        writeFile(m_model, QStringLiteral("config.json"), QByteArrayLiteral("{\"layers\": 2}\n"));
        writeFile(m_model, QStringLiteral("weights/model.bin"), QByteArray(50'000, 'w'));
    }

    void treeShowsTokenAndKeys()
    {
        TokenTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncludeRegistered(false);
        model.addModule(kModule);
        QVERIFY(model.isScanning());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.kindAt(model.index(0, 0)), TokenTreeModel::NodeKind::Loading);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading…"));
        QVERIFY(QTest::qWaitFor([&] { return !model.isScanning(); }, runTimeoutMs));

        const QModelIndex token = findRow(&model, TokenTreeModel::NodeKind::Token, kToken);
        QVERIFY(token.isValid());
        QCOMPARE(model.kindAt(token.parent()), TokenTreeModel::NodeKind::Slot);
        QCOMPARE(model.kindAt(token.parent().parent()), TokenTreeModel::NodeKind::Module);
        const QModelIndex key = findRow(&model, TokenTreeModel::NodeKind::Key, QStringLiteral("signer"));
        QVERIFY(key.isValid());
        QCOMPARE(key.parent(), token);
        QCOMPARE(key.siblingAtColumn(TokenTreeModel::KeyType).data().toString(), QStringLiteral("EC P-256"));
        QCOMPARE(key.siblingAtColumn(TokenTreeModel::Id).data().toString(), QStringLiteral("01"));
        QVERIFY(!key.siblingAtColumn(TokenTreeModel::CanSign).data().toString().isEmpty());
        const auto chosen = model.keyAt(key);
        QVERIFY(chosen);
        QVERIFY(chosen->suitsModels());
        QVERIFY2(chosen->uri.startsWith(QLatin1String("pkcs11:token=gui-token;")), qPrintable(chosen->uri));
        QVERIFY(chosen->uri.contains(QLatin1String("object=signer;id=%01;type=private")));
        QVERIFY(chosen->uri.contains(QLatin1String("module-path=/usr/lib/softhsm/libsofthsm2.so")));
        QVERIFY(!chosen->uri.contains(QLatin1String("pin")));
        const auto legacy = model.keyAt(findRow(&model, TokenTreeModel::NodeKind::Key, QStringLiteral("legacy")));
        QVERIFY(legacy && !legacy->suitsModels());

        // Refresh shows the placeholder again, then the same tree.
        model.refresh();
        QCOMPARE(model.kindAt(model.index(0, 0)), TokenTreeModel::NodeKind::Loading);
        QVERIFY(QTest::qWaitFor([&] { return !model.isScanning(); }, runTimeoutMs));
        QVERIFY(findRow(&model, TokenTreeModel::NodeKind::Key, QStringLiteral("signer")).isValid());

        // A file that is no module shows its error under its name.
        model.addModule(path(QStringLiteral("softhsm2.conf")));
        QVERIFY(QTest::qWaitFor([&] { return !model.isScanning(); }, runTimeoutMs));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, 0, model.index(1, 0)).data().toString().contains(QLatin1String("could not be loaded")));
    }

    void signsWithTheRightPin()
    {
        SignDialog dialog;
        prepare(dialog, QStringLiteral("signer"));
        const QString uri = dialog.tokenPage()->uriEdit()->text();
        QVERIFY2(uri.startsWith(QLatin1String("pkcs11:")) && !uri.contains(QLatin1String("pin-")), qPrintable(uri));
        QVERIFY(dialog.signButton()->isEnabled());
        saveShot(dialog, QStringLiteral("sign-token.png"));
        const QString output = dialog.outputPath();
        QVERIFY(!QFileInfo::exists(output));

        dialog.signButton()->click();
        QVERIFY(waitForPinDialog(dialog));
        PinDialog *pin = dialog.pinDialog();
        QCOMPARE(pin->pinEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(pin->pinEdit()->isVisible());
        const QString details = pin->detailsText();
        for (const QString &expected : {kToken, QStringLiteral("SoftHSM"), QStringLiteral("signer"), QStringLiteral("01"),
                                        QStringLiteral("model")})
            QVERIFY2(details.contains(expected), qPrintable(details));
        QVERIFY(pin->warningText().isEmpty());
        pin->pinEdit()->setText(kPin);
        saveShot(*pin, QStringLiteral("pin-dialog.png"));
        answerPin(dialog, kPin);
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == SignDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(kToken));
        QVERIFY(!dialog.resultText().contains(kPin));
        QVERIFY(QFileInfo::exists(output));
        QVERIFY(!dialog.tokenWaitBanner()->isVisible());
        saveShot(dialog, QStringLiteral("sign-token-done.png"));
        verifiesWithExportedKey(output);
        QFile::remove(output);
    }

    void wrongPinFailsAndWritesNothing()
    {
        SignDialog dialog;
        prepare(dialog, QStringLiteral("signer"));
        const QString output = dialog.outputPath();
        dialog.signButton()->click();
        for (int attempt = 0; attempt < 3; ++attempt) {
            QVERIFY(waitForPinDialog(dialog));
            if (attempt > 0) {
                QVERIFY2(dialog.pinDialog()->warningText().contains(QLatin1String("wrong")),
                         qPrintable(dialog.pinDialog()->warningText()));
                if (attempt == 1)
                    saveShot(*dialog.pinDialog(), QStringLiteral("pin-dialog-wrong.png"));
            }
            answerPin(dialog, QStringLiteral("000000"));
            if (attempt < 2)
                QVERIFY(QTest::qWaitFor([&] { return dialog.pinDialog()->isVisible() || dialog.state() != SignDialog::State::Signing; },
                                        runTimeoutMs));
        }
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), SignDialog::State::Failed);
        QVERIFY2(dialog.resultText().startsWith(QLatin1String("Signing failed:")), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QLatin1String("PIN"), Qt::CaseInsensitive), qPrintable(dialog.resultText()));
        QVERIFY(!QFileInfo::exists(output));
        saveShot(dialog, QStringLiteral("sign-token-wrong-pin.png"));
    }

    void cancelAtThePinDialog()
    {
        SignDialog dialog;
        prepare(dialog, QStringLiteral("signer"));
        const QString output = dialog.outputPath();
        dialog.signButton()->click();
        QVERIFY(waitForPinDialog(dialog));
        dialog.pinDialog()->pinEdit()->setText(QStringLiteral("12"));
        dialog.pinDialog()->reject();
        QVERIFY(dialog.pinDialog()->pinEdit()->text().isEmpty());
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), SignDialog::State::Cancelled);
        QVERIFY(!QFileInfo::exists(output));

        // The dialog is usable again.
        QVERIFY(dialog.signButton()->isEnabled());
        dialog.signButton()->click();
        QVERIFY(waitForPinDialog(dialog));
        answerPin(dialog, kPin);
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == SignDialog::State::Succeeded, qPrintable(dialog.resultText()));
        verifiesWithExportedKey(output);
        QFile::remove(output);
    }

    void signsWithTheTokenCertificate()
    {
        SignDialog dialog;
        prepare(dialog, QStringLiteral("signer"));
        TokenPickerPage *page = dialog.tokenPage();
        const QModelIndex cert = findRow(page->model(), TokenTreeModel::NodeKind::Certificate, QStringLiteral("signer"));
        QVERIFY(cert.isValid());
        QVERIFY(cert.siblingAtColumn(TokenTreeModel::KeyType).data().toString().contains(QLatin1String("Token Signer")));
        page->tree()->selectionModel()->setCurrentIndex(cert, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->usableKey() && page->usableKey()->withCertificate);
        QVERIFY(page->uriEdit()->text().contains(QLatin1String("object=signer;id=%01;type=private")));
        QVERIFY(dialog.signButton()->isEnabled());
        saveShot(dialog, QStringLiteral("sign-token-certificate.png"));
        const QString output = dialog.outputPath();
        dialog.signButton()->click();
        QVERIFY(waitForPinDialog(dialog));
        answerPin(dialog, kPin);
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == SignDialog::State::Succeeded, qPrintable(dialog.resultText()));

        VerifyRequest check;
        check.modelPath = m_model;
        check.signaturePath = output;
        check.method = VerifyMethod::Certificate;
        check.trustAnchorPaths = {path(QStringLiteral("ca.pem"))};
        JobControl control;
        const Verdict verdict = assess(verifyModelSignature(check, control));
        QVERIFY2(verdict.status == VerdictStatus::Verified, qPrintable(verdict.reasons.join(u'\n')));
        QFile::remove(output);
    }

    void rsaKeyIsRefused()
    {
        SignDialog dialog;
        prepare(dialog, QStringLiteral("legacy"));
        QVERIFY(!dialog.signButton()->isEnabled());
        const QString problem = dialog.tokenPage()->problem();
        QVERIFY2(problem.contains(QLatin1String("RSA")) && problem.contains(QLatin1String("P-256")), qPrintable(problem));
        auto *note = dialog.tokenPage()->findChild<QLabel *>(QStringLiteral("tokenKeyNote"));
        QVERIFY(note && note->isVisible() && note->text() == problem);
        saveShot(dialog, QStringLiteral("sign-token-rsa.png"));
    }

    void waitBannerAfterThreshold()
    {
        TokenWaitBanner banner;
        banner.show();
        QCOMPARE(banner.threshold(), 200);
        // A call that ends before the threshold never shows the banner.
        banner.setThreshold(3'600'000);
        banner.callStarted(kToken);
        QCoreApplication::processEvents();
        QVERIFY(!banner.isShowing());
        banner.callFinished();
        QVERIFY(!banner.isShowing());
        // One that outlasts it does, naming the token, until it returns.
        banner.setThreshold(0);
        banner.callStarted(kToken);
        QVERIFY(!banner.isShowing());
        QVERIFY(QTest::qWaitFor([&] { return banner.isShowing(); }));
        QVERIFY(banner.isVisible());
        QVERIFY(banner.text().contains(QLatin1String("Confirm on your token \"gui-token\"")));
        QSignalSpy cancel(&banner, &TokenWaitBanner::cancelRequested);
        banner.cancelButton()->click();
        QCOMPARE(cancel.count(), 1);
        banner.callFinished();
        QVERIFY(!banner.isShowing());
        QVERIFY(!banner.isVisible());

        // In the Sign dialog, for the screenshot.
        SignDialog dialog;
        prepare(dialog, QStringLiteral("signer"));
        dialog.tokenWaitBanner()->setThreshold(0);
        dialog.tokenWaitBanner()->callStarted(kToken);
        QVERIFY(QTest::qWaitFor([&] { return dialog.tokenWaitBanner()->isShowing(); }));
        saveShot(dialog, QStringLiteral("sign-token-waiting.png"));
        dialog.tokenWaitBanner()->reset();
    }
};

QTEST_MAIN(TestTokenSign)
#include "tst_tokensign.moc"
