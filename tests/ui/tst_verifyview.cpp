#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "keys/signer.h"
#include "mainwindow.h"
#include "models/filetreemodel.h"
#include "sign/signdialog.h"
#include "signing/modelsigner.h"
#include "testsupport.h"
#include "verify/chainmodel.h"
#include "verify/diffmodel.h"
#include "verify/diffview.h"
#include "verify/fingerprintfield.h"
#include "verify/signatureworkflow.h"
#include "verify/signercard.h"
#include "verify/verdictbanner.h"
#include "verify/verdictwording.h"
#include "verify/verifydialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <openssl/x509v3.h>

using namespace hallmark;
using namespace hallmark::ui;
using hallmark::test::writeFile;

namespace {

constexpr int runTimeoutMs = 120000;
const QByteArray passphrase = QByteArrayLiteral("correct horse");

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Keys {
    KeyPtr key;
    QString privatePath;  // encrypted with `passphrase`
    QString publicPath;
};

Keys makeKeys(const QString &dir, const QString &name)
{
    Keys k;
    auto key = generateEcKey(EcCurve::P256);
    if (!key)
        return k;
    k.key = *key;
    auto pem = encryptedPrivateKeyPem(*k.key, SecretBuffer(QByteArray(passphrase)));
    if (!pem)
        return {};
    k.privatePath = QDir(dir).filePath(name + QStringLiteral(".key"));
    k.publicPath = QDir(dir).filePath(name + QStringLiteral(".pub"));
    writeFile(dir, name + QStringLiteral(".key"), *pem);
    writeFile(dir, name + QStringLiteral(".pub"), k.key->spkiPem());
    return k;
}

QByteArray weightsBytes()
{
    QByteArray weights(200'000, Qt::Uninitialized);
    for (int i = 0; i < weights.size(); ++i)
        weights[i] = char((i * 131 + 7) & 0xff);
    return weights;
}

void makeModel(const QString &root)
{
    writeFile(root, QStringLiteral("config.json"), QByteArrayLiteral("{\"layers\": 2}\n"));
    writeFile(root, QStringLiteral("weights/model-00001.bin"), weightsBytes());
    writeFile(root, QStringLiteral("tokenizer/vocab.txt"), QByteArrayLiteral("hello\nworld\n"));
}

bool signWithCore(const QString &model, const Keys &keys, const QString &output, const QString &certificate = {},
                  const QStringList &chain = {})
{
    auto signer = SoftwareSigner::fromPemFile(keys.privatePath, SecretBuffer(QByteArray(passphrase)));
    if (!signer)
        return false;
    SignRequest request;
    request.modelPath = model;
    request.outputPath = output;
    request.signingCertificatePath = certificate;
    request.chainPaths = chain;
    JobControl control;
    auto result = signModel(request, **signer, control);
    if (!result)
        qWarning() << result.error().message << result.error().detail;
    return result.has_value();
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `subjectKey` signed by `issuerKey` (self-signed without an issuer).
CertificatePtr makeCertificate(const QString &cn, const Key &subjectKey, const Certificate *issuer,
                               const Key &issuerKey, bool ca)
{
    static long serial = 1;
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600L * 24 * 365);
    X509_set_pubkey(x, subjectKey.get());
    X509_NAME *name = X509_get_subject_name(x);
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Hallmark Tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cnUtf8.constData()), -1, -1, 0);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->get()) : name);
    X509 *issuerCert = issuer ? issuer->get() : x;
    addExtension(x, issuerCert, NID_basic_constraints, ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(x, issuerCert, NID_key_usage, ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    addExtension(x, issuerCert, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(x, issuerCert, NID_authority_key_identifier, "keyid:always");
    if (!ca) {
        addExtension(x, issuerCert, NID_ext_key_usage, "codeSigning");
        addExtension(x, issuerCert, NID_subject_alt_name, "email:release@example.com");
    }
    X509_sign(x, issuerKey.get(), EVP_sha256());
    return std::make_shared<Certificate>(ossl::X509Ptr(x));
}

bool waitForVerdict(SignatureWorkflow *workflow)
{
    (void)QTest::qWaitFor([&] { return !workflow->isRunning(); }, runTimeoutMs);
    return !workflow->isRunning() && workflow->verdict().has_value();
}

bool waitForHashing(MainWindow &w)
{
    (void)QTest::qWaitFor([&] { return w.runState() != MainWindow::RunState::Running; }, runTimeoutMs);
    return w.runState() == MainWindow::RunState::Finished;
}

void saveShot(QWidget &w, const QString &name)
{
    if (const QString out = qEnvironmentVariable("HALLMARK_SHOT_DIR"); !out.isEmpty()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        w.grab().save(QDir(out).filePath(name));
    }
}

QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

QModelIndex diffRow(const QAbstractItemModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, DiffModel::PathColumn);
        if (index.data().toString() == path)
            return index;
    }
    return {};
}

} // namespace

class TestVerifyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void findsSignatureWhenModelOpens();
    void verifiesThroughTheDialog();
    void tamperedModelOpensTheDiff();
    void wrongKeyIsBadSignature();
    void certificateSignerShowsChain();
    void modelsPassTheTester();
    void signDialogSignsAndNeverOverwrites();
    void wrongPassphraseFailsAndClearsField();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_keysDir;
    Keys m_keys;
    Keys m_otherKeys;
};

void TestVerifyView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HallmarkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_verifyview"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_keys = makeKeys(m_keysDir.path(), QStringLiteral("publisher"));
    m_otherKeys = makeKeys(m_keysDir.path(), QStringLiteral("someone-else"));
    QVERIFY(m_keys.key && m_otherKeys.key);
}

void TestVerifyView::init()
{
    QSettings().clear();
}

void TestVerifyView::findsSignatureWhenModelOpens()
{
    QTemporaryDir dir;
    const QString unsignedModel = dir.filePath(QStringLiteral("unsigned"));
    makeModel(unsignedModel);
    const QString signedModel = dir.filePath(QStringLiteral("signed"));
    makeModel(signedModel);
    QVERIFY(signWithCore(signedModel, m_keys, QDir(signedModel).filePath(QStringLiteral("model.sig"))));
    const QString file = dir.filePath(QStringLiteral("single/model.safetensors"));
    writeFile(dir.filePath(QStringLiteral("single")), QStringLiteral("model.safetensors"), QByteArrayLiteral("tensor"));
    QVERIFY(signWithCore(file, m_keys, file + QStringLiteral(".sig")));

    MainWindow w;
    SignatureWorkflow *workflow = w.signatureWorkflow();
    w.openPath(unsignedModel);
    QVERIFY(workflow->foundSignature().isEmpty());
    QCOMPARE(workflow->banner()->mode(), VerdictBanner::Mode::Unsigned);
    QCOMPARE(workflow->banner()->headline(), wordingFor(VerdictStatus::Unsigned).headline);

    w.openPath(signedModel);
    QCOMPARE(workflow->foundSignature(), QDir(signedModel).filePath(QStringLiteral("model.sig")));
    QCOMPARE(workflow->banner()->mode(), VerdictBanner::Mode::SignatureFound);
    QVERIFY(workflow->banner()->headline().startsWith(QLatin1String("Unverified")));

    w.openPath(file);
    QCOMPARE(workflow->foundSignature(), file + QStringLiteral(".sig"));
    QVERIFY(waitForHashing(w));
}

void TestVerifyView::verifiesThroughTheDialog()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    const QString sig = dir.filePath(QStringLiteral("model.sig"));
    QVERIFY(signWithCore(dir.path(), m_keys, sig));

    MainWindow w;
    w.show();
    w.openPath(dir.path());
    SignatureWorkflow *workflow = w.signatureWorkflow();
    VerifyDialog *dialog = workflow->openVerifyDialog();
    QVERIFY(dialog);
    QCOMPARE(QDir::fromNativeSeparators(dialog->modelEdit()->text()), QFileInfo(dir.path()).absoluteFilePath());
    QCOMPARE(QDir::fromNativeSeparators(dialog->signatureEdit()->text()), sig);
    QVERIFY(!dialog->verifyButton()->isEnabled());  // no key yet
    dialog->publicKeyEdit()->setText(m_keys.publicPath);
    QVERIFY(dialog->verifyButton()->isEnabled());
    saveShot(*dialog, QStringLiteral("verify-dialog.png"));
    dialog->verifyButton()->click();
    QVERIFY(waitForVerdict(workflow));
    QVERIFY(waitForHashing(w));

    VerdictBanner *banner = workflow->banner();
    QCOMPARE(workflow->verdict()->status, VerdictStatus::Verified);
    QCOMPARE(banner->headline(), wordingFor(VerdictStatus::Verified).headline);
    QCOMPARE(banner->headlineLabel()->accessibleName(), banner->headline());
    QCOMPARE(banner->visualCode(), VisualCode::Positive);
    QVERIFY(banner->headlineLabel()->focusPolicy() & Qt::TabFocus);

    SignerCard *card = workflow->signerCard();
    QCOMPARE(card->keyFingerprint(), m_keys.key->fingerprint());
    QCOMPARE(card->methodText(), SignerCard::methodName(VerifyMethod::Key));
    QCOMPARE(card->signingTimeText(), QStringLiteral("Not recorded by this kind of signature"));
    const QList<FingerprintField *> fields = card->fingerprintFields();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first()->fingerprint(), m_keys.key->fingerprint());
    QVERIFY(fields.first()->shownText().contains(m_keys.key->fingerprint().left(4).toUpper() + QLatin1Char(' ')));
    QVERIFY(!fields.first()->copyButton()->accessibleName().isEmpty());
    QCOMPARE(w.detailsTabs()->currentWidget(), static_cast<QWidget *>(card));
    saveShot(w, QStringLiteral("verified.png"));

    // The key is remembered for this model.
    QCOMPARE(workflow->proposedRequest().publicKeyPath, m_keys.publicPath);

    // Opening another model resets the banner and hides the pages.
    QTemporaryDir other;
    makeModel(other.path());
    w.openPath(other.path());
    QCOMPARE(banner->mode(), VerdictBanner::Mode::Unsigned);
    QVERIFY(!workflow->verdict());
    QCOMPARE(w.detailsTabs()->indexOf(card), -1);
    QVERIFY(waitForHashing(w));
}

void TestVerifyView::tamperedModelOpensTheDiff()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    const QString sig = dir.filePath(QStringLiteral("model.sig"));
    QVERIFY(signWithCore(dir.path(), m_keys, sig));
    const QString weights = QStringLiteral("weights/model-00001.bin");
    const QByteArray original = weightsBytes();
    QByteArray tampered = original;
    tampered[1000] = char(tampered[1000] ^ 0x01);
    writeFile(dir.path(), weights, tampered);

    MainWindow w;
    w.show();
    w.openPath(dir.path());
    SignatureWorkflow *workflow = w.signatureWorkflow();
    VerifyRequest request = workflow->proposedRequest();
    QCOMPARE(request.signaturePath, sig);
    request.method = VerifyMethod::Key;
    request.publicKeyPath = m_keys.publicPath;
    workflow->startVerification(request);
    QVERIFY(waitForVerdict(workflow));
    QVERIFY(waitForHashing(w));

    QCOMPARE(workflow->verdict()->status, VerdictStatus::ContentMismatch);
    QCOMPARE(workflow->banner()->headline(), wordingFor(VerdictStatus::ContentMismatch).headline);
    QCOMPARE(workflow->banner()->visualCode(), VisualCode::Negative);
    DiffView *diff = workflow->diffView();
    QCOMPARE(w.detailsTabs()->currentWidget(), static_cast<QWidget *>(diff));
    QVERIFY2(diff->summary().contains(QLatin1String("1 changed, 0 added, 0 missing")), qPrintable(diff->summary()));

    const QModelIndex row = diffRow(diff->proxy(), weights);
    QVERIFY(row.isValid());
    QCOMPARE(DiffKind(row.data(DiffModel::KindRole).toInt()), DiffKind::Changed);
    QCOMPARE(row.siblingAtColumn(DiffModel::StatusColumn).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(row.siblingAtColumn(DiffModel::ExpectedColumn).data(DiffModel::DigestRole).toString(), sha256Hex(original));
    QCOMPARE(row.siblingAtColumn(DiffModel::ActualColumn).data(DiffModel::DigestRole).toString(), sha256Hex(tampered));
    // Unchanged files are hidden by default, and can be shown.
    QVERIFY(!diffRow(diff->proxy(), QStringLiteral("config.json")).isValid());
    diff->showUnchangedBox()->setChecked(true);
    QVERIFY(diffRow(diff->proxy(), QStringLiteral("config.json")).isValid());
    diff->showUnchangedBox()->setChecked(false);
    // The text filter narrows to matching paths.
    diff->filterEdit()->setText(QStringLiteral("vocab"));
    QVERIFY(!diffRow(diff->proxy(), weights).isValid());
    diff->filterEdit()->clear();
    saveShot(w, QStringLiteral("mismatch.png"));

    // Activating the row selects the file in the tree.
    const QModelIndex shown = diffRow(diff->proxy(), weights);
    diff->view()->setCurrentIndex(shown);
    QTest::keyClick(diff->view(), Qt::Key_Return);
    QCOMPARE(w.fileTreeView()->currentIndex().data(FileTreeModel::PathRole).toString(), weights);
}

void TestVerifyView::wrongKeyIsBadSignature()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    QVERIFY(signWithCore(dir.path(), m_keys, dir.filePath(QStringLiteral("model.sig"))));

    MainWindow w;
    w.openPath(dir.path());
    SignatureWorkflow *workflow = w.signatureWorkflow();
    VerifyRequest request = workflow->proposedRequest();
    request.method = VerifyMethod::Key;
    request.publicKeyPath = m_otherKeys.publicPath;
    workflow->startVerification(request);
    QVERIFY(waitForVerdict(workflow));
    QCOMPARE(workflow->verdict()->status, VerdictStatus::BadSignature);
    QCOMPARE(workflow->banner()->headline(), wordingFor(VerdictStatus::BadSignature).headline);
    QCOMPARE(workflow->banner()->visualCode(), VisualCode::Negative);
    QVERIFY(!workflow->banner()->guidance().isEmpty());
    // "What can be done" sits behind a disclosure, closed at first.
    QToolButton *toggle = workflow->banner()->guidanceToggle();
    QVERIFY(!toggle->isHidden());
    QVERIFY(!toggle->isChecked());
    toggle->click();
    QVERIFY(toggle->isChecked());
    QVERIFY(waitForHashing(w));
}

void TestVerifyView::certificateSignerShowsChain()
{
    QTemporaryDir dir;
    auto rootKey = generateEcKey(EcCurve::P256);
    auto interKey = generateEcKey(EcCurve::P256);
    QVERIFY(rootKey && interKey);
    const CertificatePtr root = makeCertificate(QStringLiteral("Test Root"), **rootKey, nullptr, **rootKey, true);
    const CertificatePtr inter = makeCertificate(QStringLiteral("Test Intermediate"), **interKey, root.get(), **rootKey, true);
    const CertificatePtr leaf = makeCertificate(QStringLiteral("Release Signer"), *m_keys.key, inter.get(), **interKey, false);
    writeFile(dir.path(), QStringLiteral("pki/root.pem"), root->pem());
    writeFile(dir.path(), QStringLiteral("pki/inter.pem"), inter->pem());
    writeFile(dir.path(), QStringLiteral("pki/leaf.pem"), leaf->pem());
    const QString model = dir.filePath(QStringLiteral("model"));
    makeModel(model);
    QVERIFY(signWithCore(model, m_keys, QDir(model).filePath(QStringLiteral("model.sig")),
                         dir.filePath(QStringLiteral("pki/leaf.pem")), {dir.filePath(QStringLiteral("pki/inter.pem"))}));

    MainWindow w;
    w.show();
    w.openPath(model);
    SignatureWorkflow *workflow = w.signatureWorkflow();
    VerifyRequest request = workflow->proposedRequest();
    request.method = VerifyMethod::Certificate;
    request.trustAnchorPaths = {dir.filePath(QStringLiteral("pki/root.pem"))};
    workflow->startVerification(request);
    QVERIFY(waitForVerdict(workflow));
    QVERIFY(waitForHashing(w));
    QVERIFY2(workflow->verdict()->status == VerdictStatus::Verified,
             qPrintable(workflow->verdict()->reasons.join(QLatin1Char('\n'))));

    ChainModel *chain = workflow->signerCard()->chainModel();
    QAbstractItemModelTester tester(chain, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!chain->hasPlaceholder());
    QModelIndex top = chain->index(0, 0);
    QCOMPARE(top.siblingAtColumn(ChainModel::RoleColumn).data().toString(), QStringLiteral("Trust anchor"));
    QCOMPARE(top.data(ChainModel::FingerprintRole).toString(), root->fingerprint());
    QModelIndex bottom = top;
    while (chain->rowCount(bottom) > 0)
        bottom = chain->index(0, 0, bottom);
    QCOMPARE(bottom.data(ChainModel::FingerprintRole).toString(), leaf->fingerprint());
    QCOMPARE(bottom.siblingAtColumn(ChainModel::RoleColumn).data().toString(), QStringLiteral("Signing certificate"));
    QVERIFY(workflow->signerCard()->chainView()->isExpanded(top));
    QStringList fingerprints;
    for (FingerprintField *f : workflow->signerCard()->fingerprintFields())
        fingerprints << f->fingerprint();
    for (const CertificatePtr &c : {root, inter, leaf})
        QVERIFY(fingerprints.contains(c->fingerprint()));
    QVERIFY(workflow->banner()->findChild<QLabel *>(QStringLiteral("verdictClaim"))->text().contains(QLatin1String("Release Signer")));
    w.detailsTabs()->setCurrentWidget(workflow->signerCard());
    saveShot(w, QStringLiteral("certificate.png"));
}

void TestVerifyView::modelsPassTheTester()
{
    ManifestDiff diff;
    diff.entries = {
        {DiffKind::Changed, QStringLiteral("weights/a.bin"), {}, QByteArray(32, 'a'), QByteArray(32, 'b'), {}},
        {DiffKind::Added, QStringLiteral("extra.py"), {}, {}, QByteArray(32, 'c'), {}},
        {DiffKind::Missing, QStringLiteral("gone.bin"), {}, QByteArray(32, 'd'), {}, {}},
        {DiffKind::Unchanged, QStringLiteral("config.json"), {}, QByteArray(32, 'e'), QByteArray(32, 'e'), {}},
        {DiffKind::Ignored, QStringLiteral(".git"), {}, {}, {}, QStringLiteral("default rule")},
        {DiffKind::Moved, QStringLiteral("b.bin"), QStringLiteral("a2.bin"), QByteArray(32, 'f'), QByteArray(32, 'f'), {}},
        {DiffKind::Changed, QStringLiteral("shard.bin:0:1024"), {}, QByteArray(32, 'g'), QByteArray(32, 'h'), {}},
    };
    DiffModel model;
    DiffFilterProxy proxy;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setDiff(diff);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(proxy.rowCount(), 6);  // unchanged hidden
    proxy.setShowIgnored(false);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setShowUnchanged(true);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setFilterFixedString(QStringLiteral("bin"));
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(model.index(6, 0).data(DiffModel::FilePathRole).toString(), QStringLiteral("shard.bin"));
    QVERIFY(DiffModel::summary(diff).startsWith(QLatin1String("2 changed, 1 added, 1 missing, 1 ignored")));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);

    // A chain that stops short of an anchor gets a placeholder on top.
    auto caKey = generateEcKey(EcCurve::P256);
    QVERIFY(caKey);
    const CertificatePtr ca = makeCertificate(QStringLiteral("Unknown CA"), **caKey, nullptr, **caKey, true);
    const CertificatePtr leaf = makeCertificate(QStringLiteral("Leaf"), *m_keys.key, ca.get(), **caKey, false);
    ChainModel chain;
    QAbstractItemModelTester chainTester(&chain, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChainResult result;
    result.status = ChainStatus::NoPathToAnchor;
    result.path = {leaf};
    chain.setChain({leaf}, result, QDateTime::currentDateTimeUtc());
    QVERIFY(chain.hasPlaceholder());
    const QModelIndex top = chain.index(0, 0);
    QVERIFY(top.data(ChainModel::IsPlaceholderRole).toBool());
    QVERIFY(top.data().toString().startsWith(QLatin1String("Issuer certificate not found (")));
    QVERIFY(top.data().toString().contains(QLatin1String("Unknown CA")));
    QCOMPARE(chain.rowCount(top), 1);
    QCOMPARE(chain.index(0, 0, top).data(ChainModel::FingerprintRole).toString(), leaf->fingerprint());
    QCOMPARE(chain.rowCount(chain.index(0, 0, top)), 0);
    result.status = ChainStatus::Trusted;
    result.path = {leaf, ca};
    chain.setChain({leaf, ca}, result, QDateTime::currentDateTimeUtc());
    QVERIFY(!chain.hasPlaceholder());
    chain.clear();
    QCOMPARE(chain.rowCount(), 0);
}

void TestVerifyView::signDialogSignsAndNeverOverwrites()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    MainWindow w;
    w.show();
    w.openPath(dir.path());
    QVERIFY(waitForHashing(w));
    QCOMPARE(w.signatureWorkflow()->banner()->mode(), VerdictBanner::Mode::Unsigned);

    SignDialog *dialog = w.signatureWorkflow()->openSignDialog();
    QVERIFY(dialog);
    const QString output = dir.filePath(QStringLiteral("model.sig"));
    QCOMPARE(dialog->outputPath(), output);
    QVERIFY(!dialog->replaceBox()->isChecked());
    QCOMPARE(dialog->passphraseEdit()->echoMode(), QLineEdit::Password);
    dialog->keyFileEdit()->setText(m_keys.privatePath);
    dialog->passphraseEdit()->setText(QString::fromUtf8(passphrase));
    saveShot(*dialog, QStringLiteral("sign-dialog.png"));
    dialog->signButton()->click();
    QVERIFY(dialog->passphraseEdit()->text().isEmpty());
    (void)QTest::qWaitFor([&] { return dialog->state() != SignDialog::State::Signing; }, runTimeoutMs);
    QVERIFY2(dialog->state() == SignDialog::State::Succeeded, qPrintable(dialog->resultText()));
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(dialog->passphraseEdit()->text().isEmpty());
    QVERIFY(dialog->verifyButton()->isVisible());
    saveShot(*dialog, QStringLiteral("sign-done.png"));
    // The window now knows there is a signature.
    QCOMPARE(w.signatureWorkflow()->banner()->mode(), VerdictBanner::Mode::SignatureFound);

    // The new signature verifies with the matching public key.
    VerifyRequest check;
    check.modelPath = dir.path();
    check.signaturePath = output;
    check.publicKeyPath = m_keys.publicPath;
    JobControl control;
    QCOMPARE(assess(verifyModelSignature(check, control)).status, VerdictStatus::Verified);

    // Signing again without "replace" fails and leaves the file alone.
    const QByteArray before = readAll(output);
    dialog->passphraseEdit()->setText(QString::fromUtf8(passphrase));
    dialog->signButton()->click();
    (void)QTest::qWaitFor([&] { return dialog->state() != SignDialog::State::Signing; }, runTimeoutMs);
    QCOMPARE(dialog->state(), SignDialog::State::Failed);
    QCOMPARE(readAll(output), before);
    QVERIFY(dialog->passphraseEdit()->text().isEmpty());

    // With "replace" it is written anew (ECDSA signatures differ each time).
    dialog->replaceBox()->setChecked(true);
    dialog->passphraseEdit()->setText(QString::fromUtf8(passphrase));
    dialog->signButton()->click();
    (void)QTest::qWaitFor([&] { return dialog->state() != SignDialog::State::Signing; }, runTimeoutMs);
    QVERIFY2(dialog->state() == SignDialog::State::Succeeded, qPrintable(dialog->resultText()));
    QVERIFY(readAll(output) != before);
    dialog->reject();
}

void TestVerifyView::wrongPassphraseFailsAndClearsField()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    SignDialog dialog;
    dialog.setModelPath(dir.path());
    dialog.keyFileEdit()->setText(m_keys.privatePath);
    dialog.passphraseEdit()->setText(QStringLiteral("Zq9-not-it"));
    dialog.startSigning();
    QVERIFY(dialog.passphraseEdit()->text().isEmpty());
    (void)QTest::qWaitFor([&] { return dialog.state() != SignDialog::State::Signing; }, runTimeoutMs);
    QCOMPARE(dialog.state(), SignDialog::State::Failed);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("model.sig"))));
    QVERIFY(!dialog.resultText().contains(QLatin1String("Zq9-not-it")));
}

QTEST_MAIN(TestVerifyView)
#include "tst_verifyview.moc"
