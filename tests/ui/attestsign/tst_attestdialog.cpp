// The Attest… dialog driven as a person would: predicate, type, key, output,
// Attest; the bundle it writes is checked with the core (signature with the
// public key, subject against the model's manifest). Key files made with
// tests/support/pki.h; token keys on a throwaway SoftHSM2 token.
// HALLMARK_SHOT_DIR saves screenshots.

#include "attest/attestation.h"
#include "attest/attestbuilder.h"
#include "attest/attestverify.h"
#include "attest/subjectbinding.h"
#include "attestsign/attestcontroller.h"
#include "attestsign/attestdialog.h"
#include "attestsign/inlinenote.h"
#include "attestsign/signerpicker.h"
#include "crypto/keys.h"
#include "pki.h"
#include "pkcs11/pindialog.h"
#include "pkcs11/tokenpickerpage.h"
#include "pkcs11/tokentreemodel.h"
#include "softhsmtoken.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hallmark;
using namespace hallmark::ui;
using hallmark::test::SoftHsmToken;
using hallmark::test::writeFile;

namespace {

constexpr int runTimeoutMs = 120000;
const QString kToken = QStringLiteral("attest-token");
const QString kPin = QStringLiteral("123456");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");
const QString kModelCard = QStringLiteral("https://example.org/model-card/v1");
const QString kSlsaV1 = QStringLiteral("https://slsa.dev/provenance/v1");

// Plain literals: moc 6.4 skips a file whose raw string literals hold braces.
const QByteArray kMlPredicate = "{\"training\": {\"framework\": \"pytorch\", \"epochs\": 3},"
                                " \"data\": {\"license\": \"apache-2.0\", \"rows\": 1000},"
                                " \"model\": {\"name\": \"tiny\"}, \"eval\": {\"accuracy\": 0.91},"
                                " \"reviewers\": [{\"name\": \"Ada\", \"role\": \"safety\", \"decision\": \"approved\"}]}";
const QByteArray kSlsaPredicate = "{\"buildDefinition\": {\"buildType\": \"https://example.com/train/v1\","
                                  " \"externalParameters\": {\"seed\": 7}},"
                                  " \"runDetails\": {\"builder\": {\"id\": \"https://builder.example/ci\"}}}";

void saveShot(QWidget &w, const QString &name)
{
    if (const QString out = qEnvironmentVariable("HALLMARK_SHOT_DIR"); !out.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w.grab().save(QDir(out).filePath(name));
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QModelIndex findKeyRow(const TokenTreeModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (model->kindAt(index) == TokenTreeModel::NodeKind::Key && index.data().toString() == name)
            return index;
        if (const QModelIndex found = findKeyRow(model, name, index); found.isValid())
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

class TestAttestDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SoftHsmToken m_token{kToken, kPin};
    QString m_tokenMissing;
    QString m_model;
    QString m_key, m_keyPub, m_encKey, m_encKeyPub;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Fills in what a person would type; the key source stays "Private key file".
    void fill(AttestDialog &dialog, const QString &predicate, const QString &type, const QString &key,
              const QByteArray &passphrase = {})
    {
        QTest::keyClicks(dialog.predicateEdit(), predicate);
        if (!type.isEmpty()) {
            dialog.predicateTypeBox()->lineEdit()->clear();
            QTest::keyClicks(dialog.predicateTypeBox()->lineEdit(), type);
        }
        QTest::keyClicks(dialog.signerPicker()->keyFileEdit(), key);
        if (!passphrase.isEmpty())
            QTest::keyClicks(dialog.signerPicker()->passphraseEdit(), QString::fromUtf8(passphrase));
    }

    bool waitUntilDone(AttestDialog &dialog)
    {
        return QTest::qWaitFor([&] { return dialog.state() != AttestDialog::State::Running; }, runTimeoutMs);
    }

    // The written bundle verifies with `publicKeyPem` and its subject is the model's manifest digest; returns that digest.
    QString checkBundle(const QString &bundle, const QString &publicKeyPath, const QString &predicateType,
                        const QByteArray &predicate)
    {
        auto attestations = attest::readAttestationFile(bundle);
        if (!attestations || attestations->size() != 1) {
            qWarning() << "unreadable bundle" << bundle;
            return {};
        }
        const attest::Attestation &a = attestations->constFirst();
        if (a.carrier != attest::Carrier::SigstoreBundle || !a.statement) {
            qWarning() << "not a Sigstore bundle with a statement";
            return {};
        }
        auto key = readPublicKeyFile(publicKeyPath);
        if (!key) {
            qWarning() << key.error().message;
            return {};
        }
        attest::AttestationTrust trust;
        trust.publicKey = *key;
        const attest::AttestationSignature signature = attest::verifyAttestationSignature(a, trust);
        if (signature.status != attest::SignatureStatus::Verified) {
            qWarning() << "signature:" << signature.reason;
            return {};
        }
        if (a.statement->predicateType != predicateType
            || a.statement->predicate != nlohmann::json::parse(predicate.constData())) {
            qWarning() << "predicate differs" << a.statement->predicateType;
            return {};
        }
        JobControl control;
        auto manifest = attest::currentManifest(m_model, {}, bundle, control);
        if (!manifest)
            return {};
        const attest::ModelDigests digests = attest::modelDigests(*manifest);
        const QList<attest::SubjectBinding> bindings = attest::bindSubjects(*a.statement, digests);
        if (bindings.size() != 1 || bindings.constFirst().match != attest::SubjectMatch::ManifestDigest) {
            qWarning() << "subject does not bind to the manifest";
            return {};
        }
        return digests.manifestSha256;
    }

    void prepareToken(AttestDialog &dialog)
    {
        SignerPicker *picker = dialog.signerPicker();
        TokenPickerPage *page = picker->tokenPage();
        page->model()->setIncludeRegistered(false);
        page->addModule(SoftHsmToken::module());
        picker->keySourceBox()->setCurrentIndex(SignerPicker::Token);
        QTest::keyClicks(dialog.predicateEdit(), path(QStringLiteral("ml.json")));
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return !page->model()->isScanning(); }, runTimeoutMs));
        const QModelIndex index = findKeyRow(page->model(), QStringLiteral("signer"));
        QVERIFY(index.isValid());
        page->tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(quietHandler);
        QVERIFY(m_dir.isValid());
        m_model = path(QStringLiteral("model"));
        writeFile(m_model, QStringLiteral("config.json"), QByteArrayLiteral("{\"layers\": 2}\n"));
        writeFile(m_model, QStringLiteral("weights/model.bin"), QByteArray(200'000, 'w'));

        const QByteArray clear = test::pki::ecKey("P-256");
        m_key = path(QStringLiteral("key.pem"));
        m_keyPub = path(QStringLiteral("key.pub"));
        test::pki::writeBytes(m_key, clear);
        test::pki::writeBytes(m_keyPub, test::pki::publicPem(clear));
        const QByteArray encrypted = test::pki::ecKey("P-384", test::pki::KeyFormat::EncryptedPkcs8, kPassphrase);
        m_encKey = path(QStringLiteral("encrypted.pem"));
        m_encKeyPub = path(QStringLiteral("encrypted.pub"));
        test::pki::writeBytes(m_encKey, encrypted);
        auto decrypted = readPrivateKeyPem(encrypted, SecretBuffer(QByteArray(kPassphrase)));
        QVERIFY(decrypted);
        test::pki::writeBytes(m_encKeyPub, (*decrypted)->publicOnly()->spkiPem());

        test::pki::writeBytes(path(QStringLiteral("ml.json")), kMlPredicate);
        test::pki::writeBytes(path(QStringLiteral("slsa.json")), kSlsaPredicate);
        test::pki::writeBytes(path(QStringLiteral("list.json")), QByteArrayLiteral("[{\"a\": 1}]"));
        test::pki::writeBytes(path(QStringLiteral("broken.json")), QByteArrayLiteral("{\"training\": "));

        // The token is configured before any PKCS#11 module initialises.
        m_tokenMissing = SoftHsmToken::missingRequirement();
        if (m_tokenMissing.isEmpty()) {
            QVERIFY(m_token.isValid());
            m_token.configure();
            QVERIFY(m_token.initToken());
            QVERIFY(m_token.p11({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
                                 QStringLiteral("--label"), QStringLiteral("signer"), QStringLiteral("--id"), QStringLiteral("01")}));
            QVERIFY(m_token.exportPublicKey(QStringLiteral("01"), QStringLiteral("signer")));
        }
    }

    void defaultsAndMissingFields()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        QCOMPARE(dialog.modelEdit()->text(), QDir::toNativeSeparators(m_model));
        QVERIFY(dialog.modelEdit()->isReadOnly());
        // Beside the model, never inside it, and the tooltip says why.
        QCOMPARE(dialog.outputPath(), path(QStringLiteral("model.intoto.sigstore.json")));
        QVERIFY(dialog.outputEdit()->toolTip().contains(QLatin1String("signature")));
        QVERIFY(!dialog.replaceBox()->isChecked());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("predicate file")));
        QCOMPARE(dialog.signerPicker()->passphraseEdit()->echoMode(), QLineEdit::Password);

        QComboBox *type = dialog.predicateTypeBox();
        QVERIFY(type->isEditable());
        QStringList offered;
        for (int i = 0; i < type->count(); ++i)
            offered << type->itemText(i);
        for (const QString &expected : {kSlsaV1, QStringLiteral("https://slsa.dev/provenance/v0.2"), kModelCard,
                                        QStringLiteral("https://example.com/eval/v1")})
            QVERIFY2(offered.contains(expected), qPrintable(expected));
        QVERIFY(type->currentText().isEmpty());

        // An ML-shaped predicate proposes the model-card type, with its description.
        QTest::keyClicks(dialog.predicateEdit(), path(QStringLiteral("ml.json")));
        QTest::keyClick(dialog.predicateEdit(), Qt::Key_Tab);
        QCOMPARE(type->currentText(), kModelCard);
        QVERIFY(!dialog.predicateNote()->isVisible());
        QVERIFY(dialog.predicateTypeNote()->text().contains(QLatin1String("reviewers")));
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("private key")));
        QVERIFY(!dialog.startButton()->isEnabled());
        QTest::keyClicks(dialog.signerPicker()->keyFileEdit(), m_key);
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(!dialog.hintLabel()->isVisible());

        // An output inside the model folder is allowed, with a warning.
        dialog.outputEdit()->setText(QDir(m_model).filePath(QStringLiteral("a.sigstore.json")));
        QVERIFY(dialog.hintLabel()->isVisible());
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("inside the model")));
        dialog.outputEdit()->setText(path(QStringLiteral("model.intoto.sigstore.json")));
        saveShot(dialog, QStringLiteral("attestdialog.png"));
    }

    void attestsWithKeyFile()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        QSignalSpy written(&dialog, &AttestDialog::attestationWritten);
        const QString output = dialog.outputPath();
        QVERIFY(!QFileInfo::exists(output));
        fill(dialog, path(QStringLiteral("ml.json")), {}, m_key);
        QCOMPARE(dialog.predicateTypeBox()->currentText(), kModelCard);
        dialog.startButton()->click();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == AttestDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.constFirst().constFirst().toString(), output);
        QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("Attestation written"));
        const QString digest = checkBundle(output, m_keyPub, kModelCard, kMlPredicate);
        QVERIFY(!digest.isEmpty());
        QVERIFY2(dialog.resultText().contains(digest), qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QDir::toNativeSeparators(output)));
        saveShot(dialog, QStringLiteral("attestdialog-done.png"));
        QVERIFY(QFile::remove(output));
    }

    void attestsWithEncryptedKey()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        const QString output = path(QStringLiteral("provenance.sigstore.json"));
        dialog.outputEdit()->setText(output);
        fill(dialog, path(QStringLiteral("slsa.json")), kSlsaV1, m_encKey, kPassphrase);
        dialog.startButton()->click();
        // The passphrase leaves the field as soon as it is used.
        QVERIFY(dialog.signerPicker()->passphraseEdit()->text().isEmpty());
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == AttestDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QVERIFY(!dialog.resultText().contains(QString::fromUtf8(kPassphrase)));
        QVERIFY(!checkBundle(output, m_encKeyPub, kSlsaV1, kSlsaPredicate).isEmpty());
        QVERIFY(QFile::remove(output));
    }

    void wrongPassphraseWritesNothing()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        const QString output = dialog.outputPath();
        fill(dialog, path(QStringLiteral("ml.json")), {}, m_encKey, "not the passphrase");
        dialog.startButton()->click();
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), AttestDialog::State::Failed);
        QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("The private key could not be used"));
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QLatin1String("passphrase is wrong")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("What can be done")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("No attestation was written")));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(dialog.signerPicker()->passphraseEdit()->text().isEmpty());
        // OpenSSL's own words wait behind a button.
        const QString technical = dialog.technicalDetailsLabel()->text();
        QVERIFY(!technical.isEmpty());
        QVERIFY(!text.contains(technical));
        QVERIFY(!dialog.technicalDetailsLabel()->isVisible());
        saveShot(dialog, QStringLiteral("attestdialog-wrong-passphrase.png"));
        QVERIFY(dialog.technicalDetailsButton()->isVisible());
        dialog.technicalDetailsButton()->click();
        QVERIFY(dialog.technicalDetailsLabel()->isVisible());

        // Typing it again works.
        QTest::keyClicks(dialog.signerPicker()->passphraseEdit(), QString::fromUtf8(kPassphrase));
        dialog.startButton()->click();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == AttestDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QVERIFY(QFile::remove(output));
    }

    void predicateMustBeAJsonObject_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QStringLiteral("broken.json") << QStringLiteral("not valid JSON");
        QTest::newRow("a list") << QStringLiteral("list.json") << QStringLiteral("not a JSON object");
        QTest::newRow("missing") << QStringLiteral("absent.json") << QStringLiteral("cannot be read");
    }

    void predicateMustBeAJsonObject()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        AttestDialog dialog(m_model);
        dialog.show();
        const QString output = dialog.outputPath();
        fill(dialog, path(file), kModelCard, m_key);
        QVERIFY(dialog.startButton()->isEnabled());
        dialog.startButton()->click();
        QVERIFY(dialog.state() != AttestDialog::State::Running);
        QVERIFY(!dialog.controller()->isRunning());
        InlineNote *note = dialog.predicateNote();
        QVERIFY(note->isVisible());
        QVERIFY(note->isError());
        QVERIFY2(note->text().contains(says), qPrintable(note->text()));
        QVERIFY(!QFileInfo::exists(output));
        if (file == QLatin1String("list.json"))
            saveShot(dialog, QStringLiteral("attestdialog-bad-predicate.png"));
        // Choosing a good file clears the error.
        dialog.predicateEdit()->clear();
        QVERIFY(!note->isVisible());
    }

    void predicateTypeMustBeAUri()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        const QString output = dialog.outputPath();
        fill(dialog, path(QStringLiteral("ml.json")), QStringLiteral("model card"), m_key);
        dialog.startButton()->click();
        QVERIFY(!dialog.controller()->isRunning());
        QVERIFY(dialog.predicateTypeNote()->isVisible() && dialog.predicateTypeNote()->isError());
        QVERIFY2(dialog.predicateTypeNote()->text().contains(QLatin1String("URI")),
                 qPrintable(dialog.predicateTypeNote()->text()));
        QVERIFY(!QFileInfo::exists(output));

        dialog.predicateTypeBox()->lineEdit()->clear();
        QTest::keyClicks(dialog.predicateTypeBox()->lineEdit(), QStringLiteral("relative/path"));
        dialog.startButton()->click();
        QVERIFY(dialog.predicateTypeNote()->isError());
        QVERIFY(!QFileInfo::exists(output));
    }

    void existingOutputNeedsReplace()
    {
        AttestDialog dialog(m_model);
        dialog.show();
        const QString output = dialog.outputPath();
        test::pki::writeBytes(output, QByteArrayLiteral("keep me"));
        fill(dialog, path(QStringLiteral("ml.json")), {}, m_key);
        QVERIFY(dialog.hintLabel()->isVisible());
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("already exists")));
        dialog.startButton()->click();
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), AttestDialog::State::Failed);
        QVERIFY2(dialog.resultText().contains(QLatin1String("already exists")), qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QLatin1String("Replace an existing file")));
        QCOMPARE(readAll(output), QByteArrayLiteral("keep me"));
        saveShot(dialog, QStringLiteral("attestdialog-exists.png"));

        dialog.replaceBox()->click();
        QVERIFY(dialog.replaceBox()->isChecked());
        QVERIFY(!dialog.hintLabel()->isVisible());
        dialog.startButton()->click();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == AttestDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QVERIFY(readAll(output) != QByteArrayLiteral("keep me"));
        QVERIFY(!checkBundle(output, m_keyPub, kModelCard, kMlPredicate).isEmpty());
        QVERIFY(QFile::remove(output));
    }

    void cancelWhileHashingWritesNothing()
    {
        // Sparse files: gigabytes to hash, nothing on disk.
        const QString big = path(QStringLiteral("big-model"));
        QVERIFY(QDir().mkpath(big));
        for (int i = 0; i < 4; ++i) {
            QFile part(QDir(big).filePath(QStringLiteral("shard-%1.bin").arg(i)));
            QVERIFY(part.open(QIODevice::WriteOnly));
            QVERIFY(part.resize(qint64(1) << 30));
        }
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        AttestDialog dialog(big);
        dialog.show();
        const QString output = dialog.outputPath();
        QCOMPARE(output, path(QStringLiteral("big-model.intoto.sigstore.json")));
        QSignalSpy progress(dialog.controller(), &AttestController::progress);
        fill(dialog, path(QStringLiteral("ml.json")), {}, m_key);
        dialog.startButton()->click();
        QCOMPARE(dialog.state(), AttestDialog::State::Running);
        QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Cancel"));
        QVERIFY(!dialog.predicateEdit()->isEnabled());
        // Wait until hashing is under way, then press Cancel.
        QVERIFY(QTest::qWaitFor([&] {
            for (const QList<QVariant> &p : progress)
                if (p.at(0).toLongLong() > 0 && p.at(0).toLongLong() < p.at(1).toLongLong())
                    return true;
            return dialog.state() != AttestDialog::State::Running;
        }, runTimeoutMs));
        QCOMPARE(dialog.state(), AttestDialog::State::Running);
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY2(dialog.resultText().contains(QLatin1String(" of ")), qPrintable(dialog.resultText()));
        saveShot(dialog, QStringLiteral("attestdialog-hashing.png"));
        dialog.closeButton()->click();
        QVERIFY(dialog.isVisible());  // Cancel stops the job; it does not close the dialog
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), AttestDialog::State::Cancelled);
        QVERIFY(dialog.resultText().startsWith(QLatin1String("Cancelled")));
        QVERIFY(!QFileInfo::exists(output));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Close"));
    }

    void attestsWithTokenKey()
    {
        if (!m_tokenMissing.isEmpty())
            QSKIP(qPrintable(m_tokenMissing + QStringLiteral("; skipping the token attestation test")));
        AttestDialog dialog(m_model);
        QSignalSpy written(&dialog, &AttestDialog::attestationWritten);
        prepareToken(dialog);
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.hintLabel()->text()));
        saveShot(dialog, QStringLiteral("attestdialog-token.png"));
        const QString output = dialog.outputPath();

        // Cancel at the PIN dialog: nothing written, the dialog usable again.
        dialog.startButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.signerPicker()->pinDialog()->isVisible(); }, runTimeoutMs));
        QVERIFY(dialog.signerPicker()->pinDialog()->detailsText().contains(QLatin1String("attestation")));
        dialog.signerPicker()->pinDialog()->reject();
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.state(), AttestDialog::State::Cancelled);
        QVERIFY(!QFileInfo::exists(output));

        dialog.startButton()->click();
        PinDialog *pin = dialog.signerPicker()->pinDialog();
        QVERIFY(QTest::qWaitFor([&] { return pin->isVisible(); }, runTimeoutMs));
        QTest::keyClicks(pin->pinEdit(), kPin);
        pin->okButton()->click();
        QVERIFY(pin->pinEdit()->text().isEmpty());
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.state() == AttestDialog::State::Succeeded, qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(kToken));
        QVERIFY(!dialog.resultText().contains(kPin));
        QCOMPARE(written.count(), 1);
        const QString digest = checkBundle(output, m_token.path(QStringLiteral("signer.pem")), kModelCard, kMlPredicate);
        QVERIFY(!digest.isEmpty());
        QVERIFY(dialog.resultText().contains(digest));
        saveShot(dialog, QStringLiteral("attestdialog-token-done.png"));
        QVERIFY(QFile::remove(output));
    }
};

QTEST_MAIN(TestAttestDialog)
#include "tst_attestdialog.moc"
