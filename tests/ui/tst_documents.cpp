// The main window with attestations and SBOMs: discovery next to and inside
// the model, binding to the model as hashed, trust taken from the model's
// verification, opening and dropping files, the Attest… action.
#include "attest/attestationpage.h"
#include "attest/attestbuilder.h"
#include "attestsign/attestdialog.h"
#include "documents/documentsworkflow.h"
#include "keys/signer.h"
#include "mainwindow.h"
#include "pki.h"
#include "sbom/sbompage.h"
#include "signing/modelsigner.h"
#include "testsupport.h"
#include "verify/signatureworkflow.h"

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hallmark;
using namespace hallmark::ui;
using Json = nlohmann::json;

namespace {

constexpr char kPredicateType[] = "https://example.org/ml-evaluation/v1";

struct Fixture {
    QTemporaryDir dir;
    QString model;
    QString privateKey;
    QString publicKey;

    Fixture()
    {
        model = dir.filePath(QStringLiteral("model"));
        test::writeFile(model, QStringLiteral("weights.bin"), QByteArray(4096, 'w'));
        test::writeFile(model, QStringLiteral("config.json"), R"({"layers": 2})");
        test::writeFile(model, QStringLiteral("bom.cdx.json"), cycloneDx());
        const QByteArray key = test::pki::ecKey("P-256");
        privateKey = dir.filePath(QStringLiteral("signer.key"));
        publicKey = dir.filePath(QStringLiteral("signer.pub"));
        test::pki::writeBytes(privateKey, key);
        test::pki::writeBytes(publicKey, test::pki::publicPem(key));
    }

    static QByteArray cycloneDx()
    {
        return R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                   "metadata": {"component": {"type": "machine-learning-model", "bom-ref": "m", "name": "demo",
                                              "licenses": [{"license": {"id": "MIT"}}]}},
                   "components": [{"type": "library", "bom-ref": "lib", "name": "numpy", "version": "1.26.0",
                                   "licenses": [{"license": {"id": "BSD-3-Clause"}}]}],
                   "dependencies": [{"ref": "m", "dependsOn": ["lib"]}]})";
    }

    std::unique_ptr<SoftwareSigner> signer() const
    {
        auto s = SoftwareSigner::fromPemFile(privateKey, SecretBuffer());
        return s ? std::move(*s) : nullptr;
    }

    // Attests the model as it is now, writing the bundle to `output`.
    bool attest(const QString &output, double accuracy) const
    {
        attest::AttestRequest request;
        request.modelPath = model;
        request.outputPath = output;
        request.predicateType = QLatin1String(kPredicateType);
        request.predicate = Json{{"eval", {{"accuracy", accuracy}}}, {"model", {{"name", "demo"}}}};
        auto s = signer();
        JobControl control;
        return s && attest::createAttestation(request, *s, control).has_value();
    }
};

bool hasTab(MainWindow &w, QWidget *page)
{
    return w.detailsTabs()->indexOf(page) >= 0;
}

// Opens the model and waits until hashing, discovery and the subject
// digests are all done.
bool openAndSettle(MainWindow &w, const QString &path)
{
    QSignalSpy discovered(w.documentsWorkflow(), &DocumentsWorkflow::discoveryFinished);
    w.openPath(path);
    if (!QTest::qWaitFor([&] { return w.runState() == MainWindow::RunState::Finished && !discovered.isEmpty(); }, 60000))
        return false;
    return QTest::qWaitFor([&] { return w.documentsWorkflow()->modelDigests().has_value(); }, 60000);
}

bool settled(AttestationPage *page, int count)
{
    return QTest::qWaitFor([&] { return !page->isBusy() && page->attestationCount() == count; }, 60000);
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoversSbomInsideAndAttestationNextTo();
    void attestationInsideTheModelStillBinds();
    void trustFollowsTheModelVerification();
    void droppedDocumentsAndModels();
    void openingSomethingElseIsRejected();
    void newModelClearsThePages();
    void attestActionNeedsAModel();

private:
    QTemporaryDir m_settings;
};

void TestDocuments::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HallmarkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documents"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestDocuments::discoversSbomInsideAndAttestationNextTo()
{
    Fixture f;
    const QString bundle = f.dir.filePath(QStringLiteral("model.intoto.sigstore.json"));
    QVERIFY(f.attest(bundle, 0.91));
    MainWindow w;
    w.show();
    QVERIFY(openAndSettle(w, f.model));
    DocumentsWorkflow *docs = w.documentsWorkflow();
    QCOMPARE(docs->discovered().size(), 2);

    SbomPage *sbom = docs->sbomPage();
    QVERIFY(hasTab(w, sbom));
    QCOMPARE(sbom->files(), QStringList{QDir(f.model).filePath(QStringLiteral("bom.cdx.json"))});
    QTRY_VERIFY_WITH_TIMEOUT(sbom->document() != nullptr, 30000);
    QCOMPARE(sbom->document()->componentCount(), 2);

    AttestationPage *att = docs->attestationPage();
    QVERIFY(hasTab(w, att));
    QVERIFY(settled(att, 1));
    QTRY_VERIFY(att->report(0)->bound);
    // Nothing says which key to trust yet: not checked, so no conditions.
    QCOMPARE(att->report(0)->signature.status, attest::SignatureStatus::NotChecked);
    att->addCondition(QStringLiteral("predicate.eval.accuracy >= 0.85"));
    QTRY_COMPARE(att->conditionResults().size(), 1);
    QCOMPARE(att->conditionResults().first().outcome, attest::ConditionOutcome::CannotEvaluate);

    attest::AttestationTrust trust;
    trust.publicKey = *readPublicKeyFile(f.publicKey);
    att->setTrust(trust);
    QTRY_COMPARE_WITH_TIMEOUT(att->report(0)->signature.status, attest::SignatureStatus::Verified, 30000);
    QTRY_COMPARE(att->conditionResults().first().outcome, attest::ConditionOutcome::Pass);

    // A changed file: the manifest subject no longer matches.
    test::writeFile(f.model, QStringLiteral("weights.bin"), QByteArray(4096, 'x'));
    QVERIFY(openAndSettle(w, f.model));
    QVERIFY(settled(att, 1));
    QTRY_VERIFY(!att->report(0)->bound);
}

void TestDocuments::attestationInsideTheModelStillBinds()
{
    Fixture f;
    const QString bundle = QDir(f.model).filePath(QStringLiteral("eval.intoto.sigstore.json"));
    QVERIFY(f.attest(bundle, 0.5));
    MainWindow w;
    QVERIFY(openAndSettle(w, f.model));
    const auto found = w.documentsWorkflow()->discovered();
    QVERIFY(std::any_of(found.begin(), found.end(), [&](const attest::DiscoveredFile &d) {
        return d.path == bundle && d.insideModel;
    }));
    AttestationPage *att = w.documentsWorkflow()->attestationPage();
    QVERIFY(settled(att, 1));
    QTRY_VERIFY(att->report(0)->bound);
    QCOMPARE(att->report(0)->bindings.first().match, attest::SubjectMatch::ManifestDigest);
}

void TestDocuments::trustFollowsTheModelVerification()
{
    Fixture f;
    QVERIFY(f.attest(f.dir.filePath(QStringLiteral("model.intoto.sigstore.json")), 0.7));
    {
        SignRequest sign;
        sign.modelPath = f.model;
        sign.outputPath = QDir(f.model).filePath(QStringLiteral("model.sig"));
        auto s = f.signer();
        JobControl control;
        QVERIFY(signModel(sign, *s, control));
    }
    MainWindow w;
    QVERIFY(openAndSettle(w, f.model));
    AttestationPage *att = w.documentsWorkflow()->attestationPage();
    QVERIFY(settled(att, 1));  // model.sig is the signature, not an attestation
    QCOMPARE(att->report(0)->signature.status, attest::SignatureStatus::NotChecked);

    VerifyRequest request = w.signatureWorkflow()->proposedRequest();
    request.method = VerifyMethod::Key;
    request.publicKeyPath = f.publicKey;
    QSignalSpy finished(w.signatureWorkflow(), &SignatureWorkflow::verificationFinished);
    w.signatureWorkflow()->startVerification(request);
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(att->report(0)->signature.status, attest::SignatureStatus::Verified, 30000);
    att->addCondition(QStringLiteral("predicate.eval.accuracy >= 0.85"));
    QTRY_COMPARE(att->conditionResults().size(), 1);
    QCOMPARE(att->conditionResults().first().outcome, attest::ConditionOutcome::Fail);
}

void TestDocuments::droppedDocumentsAndModels()
{
    Fixture f;
    const QString sbomElsewhere = f.dir.filePath(QStringLiteral("elsewhere/other-sbom.json"));
    test::writeFile(f.dir.filePath(QStringLiteral("elsewhere")), QStringLiteral("other-sbom.json"), Fixture::cycloneDx());
    const QString single = f.dir.filePath(QStringLiteral("single/weights.bin"));
    test::writeFile(f.dir.filePath(QStringLiteral("single")), QStringLiteral("weights.bin"), "not json");
    MainWindow w;
    w.show();
    QVERIFY(openAndSettle(w, f.model));

    auto drop = [&w](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = w.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &event);
        return event.isAccepted();
    };
    QVERIFY(drop(sbomElsewhere));
    SbomPage *sbom = w.documentsWorkflow()->sbomPage();
    QTRY_VERIFY(sbom->files().contains(sbomElsewhere));
    QCOMPARE(w.detailsTabs()->currentWidget(), sbom);
    QCOMPARE(w.currentPath(), QFileInfo(f.model).absoluteFilePath());  // still the same model

    QVERIFY(drop(single));
    QTRY_COMPARE(w.currentPath(), single);
}

void TestDocuments::openingSomethingElseIsRejected()
{
    Fixture f;
    MainWindow w;
    QVERIFY(openAndSettle(w, f.model));
    QSignalSpy rejected(w.documentsWorkflow(), &DocumentsWorkflow::documentRejected);
    const QString config = QDir(f.model).filePath(QStringLiteral("config.json"));
    w.documentsWorkflow()->openDocuments({config});
    QVERIFY(rejected.wait(30000));
    QCOMPARE(rejected.first().first().toString(), config);
    QVERIFY(!rejected.first().at(1).toString().isEmpty());
    QCOMPARE(w.currentPath(), QFileInfo(f.model).absoluteFilePath());
}

void TestDocuments::newModelClearsThePages()
{
    Fixture f;
    QVERIFY(f.attest(f.dir.filePath(QStringLiteral("model.intoto.sigstore.json")), 0.9));
    QTemporaryDir other;
    const QString plain = other.filePath(QStringLiteral("plain"));
    test::writeFile(plain, QStringLiteral("a.bin"), "a");
    MainWindow w;
    QVERIFY(openAndSettle(w, f.model));
    AttestationPage *att = w.documentsWorkflow()->attestationPage();
    QVERIFY(settled(att, 1));
    QVERIFY(hasTab(w, att));
    QVERIFY(openAndSettle(w, plain));
    QCOMPARE(att->attestationCount(), 0);
    QVERIFY(!hasTab(w, att));
    QVERIFY(!hasTab(w, w.documentsWorkflow()->sbomPage()));
    QVERIFY(w.documentsWorkflow()->sbomPage()->files().isEmpty());
}

void TestDocuments::attestActionNeedsAModel()
{
    Fixture f;
    MainWindow w;
    QVERIFY(!w.attestAction()->isEnabled());
    QCOMPARE(w.documentsWorkflow()->openAttestDialog(), nullptr);
    QVERIFY(openAndSettle(w, f.model));
    QVERIFY(w.attestAction()->isEnabled());
    AttestDialog *dialog = w.documentsWorkflow()->openAttestDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
