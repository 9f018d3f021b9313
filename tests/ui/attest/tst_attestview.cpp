// ui/attest: the attestation page with generated attestations (signed,
// tampered, unsigned, unbound, SLSA v0.2 and v1, the ML predicate), its
// models, trust choice and conditions; the public in-toto corpus if present.

#include "attest/attestationheader.h"
#include "attest/attestationlistmodel.h"
#include "attest/attestationpage.h"
#include "attest/attestationtrustwidget.h"
#include "attest/attestbuilder.h"
#include "attest/attestwording.h"
#include "attest/conditionsmodel.h"
#include "attest/conditionspanel.h"
#include "attest/fieldtreemodel.h"
#include "attest/fieldtreeview.h"
#include "attest/mlpredicateview.h"
#include "attest/provenanceview.h"
#include "attest/subjectsmodel.h"
#include "bundle/bundle.h"
#include "bundle/pae.h"
#include "common/pathtext.h"
#include "keys/signer.h"
#include "pki.h"
#include "sigstore/sigstoreoptionswidget.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hallmark;
using namespace hallmark::ui;
using attest::ConditionOutcome;
using attest::SignatureStatus;
using Json = nlohmann::json;

// Declared before the fixtures: moc loses track inside raw strings that hold "//".
class TestAttestView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldTreeModel();
    void fieldTreeActions();
    void subjectsModel();
    void conditionsPanel();
    void trustWidget();
    void pageReadsEverything();
    void pageTrustReverifies();
    void pageProvenanceAndModelCard();
    void pageConditions();
    void pageModelChange();
    void corpusAttestations();

private:
    AttestationPage *loadedPage();
    attest::AttestationTrust keyTrust(const QString &publicKeyPath);

    QTemporaryDir m_dir;
    QString m_pub, m_wrongPub;
    attest::ModelDigests m_model;
    QStringList m_files;
    std::unique_ptr<AttestationPage> m_page;
};

namespace {

const char kMlType[] = "https://example.org/model-card/v1";
const QString kBuilderV1 = QStringLiteral("https://github.com/example/builder/.github/workflows/build.yml@refs/tags/v1");
const QString kBuilderV02 = QStringLiteral("https://builder.example/legacy@v0");

void testModel(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

Json mlPredicate()
{
    return Json::parse(R"({
      "training": {"framework": "pytorch", "epochs": 3, "hardware": {"gpus": 8, "type": "A100"}},
      "data": {"license": "apache-2.0", "rows": 120000, "sources": ["hf://datasets/example/clean"]},
      "model": {"name": "tiny-classifier", "parameters": "1.2e6", "architecture": "transformer"},
      "eval": {"accuracy": 0.91, "accuracyText": "0.91", "f1": "0,88", "loss": 0.213},
      "reviewers": [{"name": "Ada Lovelace", "role": "safety", "decision": "approved", "date": "2025-01-02"},
                    {"name": "Grace Hopper", "role": "release", "decision": "approved", "date": "2025-01-03"}]
    })");
}

Json slsaV1Predicate()
{
    return Json::parse(R"({
      "buildDefinition": {
        "buildType": "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1",
        "externalParameters": {"workflow": {"ref": "refs/tags/v1.0", "repository": "https://github.com/example/model",
                                            "path": ".github/workflows/train.yml"}},
        "internalParameters": {"github": {"event_name": "push", "runner_environment": "github-hosted"}},
        "resolvedDependencies": [
          {"uri": "git+https://github.com/example/model@refs/tags/v1.0", "digest": {"gitCommit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"}},
          {"name": "base-weights", "uri": "hf://example/base", "digest": {"sha256": "5f0c0e4b9d7c3e2a1b0f9e8d7c6b5a493827161504f3e2d1c0b9a8f7e6d5c4b3"}}
        ]},
      "runDetails": {
        "builder": {"id": "https://github.com/example/builder/.github/workflows/build.yml@refs/tags/v1"},
        "metadata": {"invocationId": "https://github.com/example/model/actions/runs/42/attempts/1",
                     "startedOn": "2025-01-02T10:00:00Z", "finishedOn": "2025-01-02T10:05:30Z"}}
    })");
}

Json slsaV02Predicate()
{
    return Json::parse(R"({
      "builder": {"id": "https://builder.example/legacy@v0"},
      "buildType": "https://example.com/build/v1",
      "invocation": {"configSource": {"uri": "git+https://g/x", "digest": {"sha1": "abc"}, "entryPoint": "build.yml"},
                     "parameters": {"target": "all"}, "environment": {"arch": "amd64"}},
      "metadata": {"buildInvocationId": "run-7", "buildStartedOn": "2024-05-01T10:00:00Z",
                   "buildFinishedOn": "2024-05-01T11:02:03Z"},
      "materials": [{"uri": "git+https://g/x", "digest": {"sha1": "abc"}}, {"uri": "pkg:pypi/torch@2.1"}]
    })");
}

QByteArray bareEnvelope(const QByteArray &statement, Signer &signer)
{
    const QByteArray sig = *signer.sign(pae(kInTotoPayloadType, statement));
    const Json env = {{"payloadType", kInTotoPayloadType},
                      {"payload", statement.toBase64().toStdString()},
                      {"signatures", Json::array({{{"keyid", ""}, {"sig", sig.toBase64().toStdString()}}})}};
    return QByteArray::fromStdString(env.dump());
}

int rowOf(const AttestationPage &page, const QString &fileName, int line = 0)
{
    for (int i = 0; i < page.attestationCount(); ++i) {
        const attest::Attestation &a = page.report(i)->attestation;
        if (a.origin.endsWith(QLatin1Char('/') + fileName) && a.line == line)
            return i;
    }
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QStringList tableColumn(const QTableWidget *t, int column)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, column) ? t->item(r, column)->text() : QString());
    return out;
}

bool tabShown(QTabWidget *tabs, QWidget *page)
{
    return tabs->isTabVisible(tabs->indexOf(page));
}

} // namespace


void TestAttestView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString modelDir = m_dir.filePath(QStringLiteral("tiny-classifier"));
    test::writeFile(modelDir, QStringLiteral("weights.bin"), QByteArray(4096, 'w'));
    test::writeFile(modelDir, QStringLiteral("config.json"), "{\"layers\": 4}");
    JobControl control;
    auto manifest = attest::currentManifest(modelDir, {}, {}, control);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    m_model = attest::modelDigests(*manifest);
    const QByteArray digest = manifest->rootDigest();

    const QByteArray priv = test::pki::ecKey("P-256");
    const QString keyPath = m_dir.filePath(QStringLiteral("signer.key"));
    test::pki::writeBytes(keyPath, priv);
    m_pub = m_dir.filePath(QStringLiteral("signer.pub"));
    test::pki::writeBytes(m_pub, test::pki::publicPem(priv));
    m_wrongPub = m_dir.filePath(QStringLiteral("other.pub"));
    test::pki::writeBytes(m_wrongPub, test::pki::publicPem(test::pki::ecKey("P-256")));
    auto signer = SoftwareSigner::fromPemFile(keyPath, SecretBuffer());
    QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));

    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        test::pki::writeBytes(path, bytes);
        m_files << path;
    };
    const QString name = manifest->modelName;
    const QByteArray ml = attest::attestationStatement(name, digest, QLatin1String(kMlType), mlPredicate());
    const QByteArray mlBundle = *attest::signedAttestationBundle(ml, **signer);
    write(QStringLiteral("model-card.sigstore.json"), mlBundle);
    write(QStringLiteral("provenance-v1.sigstore.json"),
          *attest::signedAttestationBundle(attest::attestationStatement(name, digest, QLatin1String(attest::kSlsaProvenanceV1),
                                                                       slsaV1Predicate()),
                                           **signer));

    // JSON Lines: SLSA v0.2 about this model, then a statement about some other artifact.
    const QByteArray v02 = attest::attestationStatement(name, digest, QLatin1String(attest::kSlsaProvenanceV02), slsaV02Predicate());
    const QByteArray elsewhere = attest::attestationStatement(QStringLiteral("someone-else.bin"), QByteArray(32, '\x11'),
                                                              QLatin1String(kMlType), Json{{"eval", {{"accuracy", 0.1}}}, {"data", Json::object()}});
    write(QStringLiteral("builds.intoto.jsonl"), bareEnvelope(v02, **signer) + "\n" + bareEnvelope(elsewhere, **signer) + "\n");

    // The model card with a raised accuracy under the old signature.
    QByteArray forged = ml;
    forged.replace("\"accuracy\":0.91", "\"accuracy\":0.99");
    QVERIFY(forged != ml);
    Json tampered = Json::parse(mlBundle.toStdString());
    tampered["dsseEnvelope"]["payload"] = forged.toBase64().toStdString();
    write(QStringLiteral("tampered.sigstore.json"), QByteArray::fromStdString(tampered.dump()));

    write(QStringLiteral("unsigned.json"), attest::attestationStatement(name, digest, QLatin1String(kMlType), mlPredicate()));
    write(QStringLiteral("broken.json"), "this is not an attestation");
}

attest::AttestationTrust TestAttestView::keyTrust(const QString &publicKeyPath)
{
    attest::AttestationTrust trust;
    trust.publicKey = *readPublicKeyFile(publicKeyPath);
    return trust;
}

// One page with every generated file, shared by the page tests in order.
AttestationPage *TestAttestView::loadedPage()
{
    if (m_page)
        return m_page.get();
    m_page = std::make_unique<AttestationPage>();
    m_page->resize(1200, 900);
    m_page->show();
    testModel(m_page->listModel());
    testModel(m_page->subjectsModel());
    testModel(m_page->statementTree()->model());
    testModel(m_page->conditionsPanel()->model());
    m_page->setModel(m_model);
    for (const QString &f : std::as_const(m_files))
        m_page->addFile(f);
    return m_page.get();
}

void TestAttestView::fieldTreeModel()
{
    FieldTreeModel model;
    testModel(&model);
    const Json statement = {{"_type", "https://in-toto.io/Statement/v1"},
                            {"predicate", {{"eval", {{"accuracy", 0.91}, {"odd.key", "x"}}}, {"tags", {"a", "b"}}, {"ok", true}}}};
    model.setRoot(attest::fieldTree(statement));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(FieldTreeModel::FieldColumn, Qt::Horizontal).toString(), QStringLiteral("Field"));

    const QModelIndex accuracy = model.indexForPath(QStringLiteral("predicate.eval.accuracy"));
    QVERIFY(accuracy.isValid());
    QCOMPARE(accuracy.data().toString(), QStringLiteral("accuracy"));
    QCOMPARE(accuracy.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(), QStringLiteral("0.91"));
    QCOMPARE(accuracy.siblingAtColumn(FieldTreeModel::TypeColumn).data().toString(), QStringLiteral("number"));
    QVERIFY(accuracy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("predicate.eval.accuracy")));
    QCOMPARE(accuracy.siblingAtColumn(FieldTreeModel::ValueColumn).data(FieldTreeModel::PathRole).toString(),
             QStringLiteral("predicate.eval.accuracy"));
    QCOMPARE(model.parent(accuracy).data().toString(), QStringLiteral("eval"));
    QCOMPARE(model.parent(model.parent(accuracy)).data().toString(), QStringLiteral("predicate"));

    // Conditions offered per type; quoted keys and array elements keep valid paths.
    QCOMPARE(accuracy.data(FieldTreeModel::ConditionRole).toString(), QStringLiteral("predicate.eval.accuracy == 0.91"));
    const QModelIndex odd = model.indexForPath(QStringLiteral("predicate.eval[\"odd.key\"]"));
    QVERIFY(odd.isValid());
    QCOMPARE(odd.data(FieldTreeModel::ConditionRole).toString(), QStringLiteral("predicate.eval[\"odd.key\"] == \"x\""));
    QCOMPARE(model.indexForPath(QStringLiteral("predicate.tags")).data(FieldTreeModel::ConditionRole).toString(),
             QStringLiteral("exists(predicate.tags)"));
    QCOMPARE(model.indexForPath(QStringLiteral("predicate.tags[1]")).siblingAtColumn(1).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.indexForPath(QStringLiteral("predicate.ok")).data(FieldTreeModel::ConditionRole).toString(),
             QStringLiteral("predicate.ok == true"));
    QCOMPARE(conditionForField(QStringLiteral("predicate.s"), QStringLiteral("string"), QStringLiteral("a\"b")),
             QStringLiteral("predicate.s == \"a\\\"b\""));
    // Every offered condition parses and passes against the statement it came from.
    for (const QString &p : {QStringLiteral("predicate.eval.accuracy"), QStringLiteral("predicate.eval[\"odd.key\"]"),
                             QStringLiteral("predicate.tags"), QStringLiteral("predicate.ok"), QStringLiteral("_type")}) {
        const QString c = model.indexForPath(p).data(FieldTreeModel::ConditionRole).toString();
        QCOMPARE(attest::evaluate(c, statement).outcome, ConditionOutcome::Pass);
    }

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForPath(QStringLiteral("predicate")).isValid());
}

void TestAttestView::fieldTreeActions()
{
    FieldTreeView view;
    view.setRoot(attest::fieldTree(Json{{"eval", {{"accuracy", "0.91"}}}}, QStringLiteral("predicate")));
    QVERIFY(!view.addConditionAction()->isEnabled());  // nothing selected
    QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(view.actions().contains(view.copyPathAction()));
    QVERIFY(view.actions().contains(view.addConditionAction()));
    QCOMPARE(view.addConditionAction()->text().remove(QLatin1Char('&')), QStringLiteral("Add Condition…"));

    view.setCurrentIndex(view.fieldModel()->indexForPath(QStringLiteral("predicate.eval.accuracy")));
    QVERIFY(view.addConditionAction()->isEnabled());
    QSignalSpy spy(&view, &FieldTreeView::conditionRequested);
    view.addConditionAction()->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("predicate.eval.accuracy == \"0.91\""));
    view.copyPathAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("predicate.eval.accuracy"));

    view.setCurrentIndex(view.fieldModel()->indexForPath(QStringLiteral("predicate.eval")));
    view.addConditionAction()->trigger();
    QCOMPARE(spy.last().first().toString(), QStringLiteral("exists(predicate.eval)"));
}

void TestAttestView::subjectsModel()
{
    SubjectsModel model;
    testModel(&model);
    InTotoStatement st;
    st.subjects << InTotoSubject{QStringLiteral("tiny-classifier"), {{QStringLiteral("sha256"), m_model.manifestSha256}}}
                << InTotoSubject{QStringLiteral("w"), {{QStringLiteral("sha256"), m_model.fileSha256.keys().first()}}}
                << InTotoSubject{QStringLiteral("other"), {{QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}}};
    model.setBindings(attest::bindSubjects(st, m_model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(&model, 0, SubjectsModel::MatchColumn), QStringLiteral("Manifest digest"));
    QCOMPARE(cell(&model, 0, SubjectsModel::DigestColumn), QStringLiteral("sha256:") + m_model.manifestSha256);
    QCOMPARE(cell(&model, 1, SubjectsModel::MatchColumn), QStringLiteral("File"));
    QVERIFY(!cell(&model, 1, SubjectsModel::FilesColumn).isEmpty());
    QCOMPARE(cell(&model, 2, SubjectsModel::MatchColumn), QStringLiteral("Matches nothing"));
    QVERIFY(!cell(&model, 2, SubjectsModel::ReasonColumn).isEmpty());
    // Unmatched rows are marked by more than the word: a tint and an icon.
    QVERIFY(model.index(2, SubjectsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, SubjectsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(2, SubjectsModel::MatchColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    model.setUncompared(st.subjects);
    QCOMPARE(cell(&model, 0, SubjectsModel::MatchColumn), QStringLiteral("Not compared"));
    QCOMPARE(model.index(0, 0).data(SubjectsModel::MatchRole).toInt(), -1);
}

void TestAttestView::conditionsPanel()
{
    ConditionsPanel panel;
    testModel(panel.model());
    const Json statement = {{"predicate", {{"eval", {{"accuracy", "0.91"}}}}}};
    Q_UNUSED(statement);
    // No reports: anything is "cannot evaluate", with a reason.
    panel.editor()->setText(QStringLiteral("predicate.eval.accuracy >= 0.85"));
    QVERIFY(panel.addButton()->isEnabled());
    QTest::keyClick(panel.editor(), Qt::Key_Return);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.editor()->text().isEmpty());
    QCOMPARE(panel.results().first().outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY(!panel.results().first().reason.isEmpty());
    QCOMPARE(cell(panel.model(), 0, ConditionsModel::OutcomeColumn), QStringLiteral("Cannot evaluate"));
    QVERIFY(!panel.model()->index(0, ConditionsModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    panel.addCondition(QStringLiteral("predicate.eval.accuracy >>= 0.85"));
    QCOMPARE(panel.results().last().outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY(!panel.results().last().reason.isEmpty());

    // The syntax help is reachable and says what the grammar is.
    QVERIFY(panel.syntaxButton()->toolTip().contains(QStringLiteral("exists(")));
    QVERIFY(panel.syntaxLabel()->isHidden());
    panel.syntaxButton()->click();
    QVERIFY(!panel.syntaxLabel()->isHidden());
    QVERIFY(panel.syntaxLabel()->text().contains(QStringLiteral("all(")));

    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    QVERIFY(panel.removeButton()->isEnabled());
    panel.removeButton()->click();
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.results().first().expression, QStringLiteral("predicate.eval.accuracy >>= 0.85"));
}

void TestAttestView::trustWidget()
{
    AttestationTrustWidget w;
    QSignalSpy spy(&w, &AttestationTrustWidget::trustApplied);
    QVERIFY(w.noneButton()->isChecked());
    QVERIFY(w.apply());
    QVERIFY(!w.trust().publicKey && w.trust().anchors.isEmpty() && !w.trust().identity);

    w.keyButton()->setChecked(true);
    QVERIFY(!w.applyButton()->isEnabled());  // no key chosen yet
    w.publicKeyEdit()->setText(m_dir.filePath(QStringLiteral("missing.pub")));
    QVERIFY(!w.apply());
    QVERIFY(!w.errorLabel()->isHidden());
    QVERIFY(!w.errorLabel()->text().isEmpty());
    w.publicKeyEdit()->setText(m_pub);
    w.applyButton()->click();
    QVERIFY(w.errorLabel()->isHidden());
    QVERIFY(w.trust().publicKey);
    QCOMPARE(w.trust().publicKey->fingerprint(), test::pki::spkiFingerprint(test::pki::readBytes(m_pub)));
    QVERIFY(AttestationTrustWidget::summary(w.trust()).contains(QStringLiteral("EC P-256")));

    // Anchors: a file that is not a certificate fails inline and keeps the previous trust.
    w.certificateButton()->setChecked(true);
    w.anchorList()->addItem(m_pub);
    QVERIFY(!w.apply());
    QVERIFY(w.trust().publicKey);
    delete w.anchorList()->takeItem(0);
    const test::pki::Chain chain = test::pki::writeChain(m_dir.path());
    w.anchorList()->addItem(chain.rootCert);
    QVERIFY(w.apply());
    QCOMPARE(w.trust().anchors.size(), 1);
    QVERIFY(!w.trust().publicKey);

    w.sigstoreButton()->setChecked(true);
    QVERIFY(!w.apply());  // identity and issuer missing
    w.sigstoreOptions()->identityEdit()->setText(QStringLiteral("releases@example.org"));
    w.sigstoreOptions()->issuerEdit()->setText(QStringLiteral("https://accounts.example.org"));
    QVERIFY(w.apply());
    QVERIFY(w.trust().identity);
    QCOMPARE(w.trust().identity->san, QStringLiteral("releases@example.org"));
    QVERIFY(!w.trust().trustedRoot);  // empty: the built-in root
    QCOMPARE(spy.count(), 4);
}

void TestAttestView::pageReadsEverything()
{
    AttestationPage *page = loadedPage();
    QSignalSpy failed(page, &AttestationPage::fileFailed);
    QSignalSpy changed(page, &AttestationPage::reportsChanged);
    QVERIFY(page->isBusy() || page->attestationCount() == 6);
    QTRY_VERIFY(!page->isBusy() && page->attestationCount() == 6);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().endsWith(QStringLiteral("broken.json")));
    QVERIFY(!page->failuresLabel()->isHidden());
    QVERIFY(page->failuresLabel()->text().contains(QStringLiteral("broken.json")));
    QCOMPARE(page->failuresLabel()->text().count(QStringLiteral("broken.json")), 1);

    const QAbstractItemModel *list = page->listModel();
    QCOMPARE(list->rowCount(), 6);
    const int ml = rowOf(*page, QStringLiteral("model-card.sigstore.json"));
    const int v1 = rowOf(*page, QStringLiteral("provenance-v1.sigstore.json"));
    const int v02 = rowOf(*page, QStringLiteral("builds.intoto.jsonl"), 1);
    const int other = rowOf(*page, QStringLiteral("builds.intoto.jsonl"), 2);
    const int tampered = rowOf(*page, QStringLiteral("tampered.sigstore.json"));
    const int unsig = rowOf(*page, QStringLiteral("unsigned.json"));
    for (int r : {ml, v1, v02, other, tampered, unsig})
        QVERIFY(r >= 0);
    QCOMPARE(cell(list, v02, AttestationListModel::FileColumn), QStringLiteral("builds.intoto.jsonl, line 1"));
    QCOMPARE(cell(list, other, AttestationListModel::FileColumn), QStringLiteral("builds.intoto.jsonl, line 2"));
    QCOMPARE(cell(list, ml, AttestationListModel::CarrierColumn), attest::carrierLabel(attest::Carrier::SigstoreBundle));
    QCOMPARE(cell(list, v02, AttestationListModel::CarrierColumn), attest::carrierLabel(attest::Carrier::DsseEnvelope));
    QCOMPARE(cell(list, unsig, AttestationListModel::CarrierColumn), attest::carrierLabel(attest::Carrier::Statement));
    QCOMPARE(cell(list, v1, AttestationListModel::PredicateColumn), QLatin1String(attest::kSlsaProvenanceV1));
    QCOMPARE(cell(list, ml, AttestationListModel::PredicateColumn), QLatin1String(kMlType));

    // No trust chosen: signed ones are not checked, the bare statement is unsigned.
    for (int r : {ml, v1, v02, other, tampered})
        QCOMPARE(cell(list, r, AttestationListModel::SignatureColumn), QStringLiteral("Not checked"));
    QCOMPARE(cell(list, unsig, AttestationListModel::SignatureColumn), QStringLiteral("Unsigned"));
    // Until the signature verifies, a matching subject is only a claim.
    QCOMPARE(cell(list, ml, AttestationListModel::BindingColumn), QStringLiteral("Claims this model (unverified)"));
    QCOMPARE(cell(list, unsig, AttestationListModel::BindingColumn), QStringLiteral("Claims this model (unverified)"));
    QCOMPARE(cell(list, other, AttestationListModel::BindingColumn), QStringLiteral("Not about this model"));
    QVERIFY(!list->index(ml, AttestationListModel::SignatureColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(page->trustSummaryLabel()->text().contains(QStringLiteral("not checked")));

    page->selectAttestation(ml);
    QVERIFY(page->header()->headline().startsWith(QStringLiteral("Not checked")));
    QVERIFY(page->header()->explanation().contains(QStringLiteral("public key")));
    QVERIFY(page->header()->bindingText().contains(QStringLiteral("claims to describe this model")));
    page->selectAttestation(unsig);
    QVERIFY(page->header()->headline().startsWith(QStringLiteral("Unsigned statement")));

    // Subjects: the one about something else matches nothing, visibly.
    page->selectAttestation(other);
    QCOMPARE(page->subjectsModel()->rowCount(), 1);
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::NameColumn), QStringLiteral("someone-else.bin"));
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::MatchColumn), QStringLiteral("Matches nothing"));
    QVERIFY(page->subjectsModel()->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(page->header()->bindingText().contains(QStringLiteral("not about this model")));
    page->selectAttestation(ml);
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::MatchColumn), QStringLiteral("Manifest digest"));
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::DigestColumn), QStringLiteral("sha256:") + m_model.manifestSha256);

    // The statement tree holds the whole statement with condition paths.
    FieldTreeModel *tree = page->statementTree()->fieldModel();
    QVERIFY(tree->indexForPath(QStringLiteral("_type")).isValid());
    QCOMPARE(tree->indexForPath(QStringLiteral("subject[0].digest.sha256")).siblingAtColumn(1).data().toString(),
             m_model.manifestSha256);
    QCOMPARE(tree->indexForPath(QStringLiteral("predicate.eval.accuracyText")).siblingAtColumn(1).data().toString(),
             QStringLiteral("0.91"));
    QCOMPARE(tree->indexForPath(QStringLiteral("predicate.eval.accuracyText")).siblingAtColumn(2).data().toString(),
             QStringLiteral("string"));
}

void TestAttestView::pageTrustReverifies()
{
    AttestationPage *page = loadedPage();
    QTRY_VERIFY(!page->isBusy() && page->attestationCount() == 6);
    const QAbstractItemModel *list = page->listModel();
    const auto status = [&](const QString &file, int line = 0) {
        return SignatureStatus(list->index(rowOf(*page, file, line), 0).data(AttestationListModel::SignatureStatusRole).toInt());
    };

    // The right key, chosen in the trust dialog.
    QVERIFY(page->trustDialog()->isHidden());
    page->trustWidget()->keyButton()->setChecked(true);
    page->trustWidget()->publicKeyEdit()->setText(m_pub);
    page->trustWidget()->applyButton()->click();
    QVERIFY(page->trust().publicKey);
    QVERIFY(page->trustSummaryLabel()->text().contains(QStringLiteral("EC P-256")));
    QTRY_VERIFY(!page->isBusy() && status(QStringLiteral("model-card.sigstore.json")) == SignatureStatus::Verified);
    QCOMPARE(status(QStringLiteral("provenance-v1.sigstore.json")), SignatureStatus::Verified);
    QCOMPARE(status(QStringLiteral("builds.intoto.jsonl"), 1), SignatureStatus::Verified);
    QCOMPARE(status(QStringLiteral("builds.intoto.jsonl"), 2), SignatureStatus::Verified);
    QCOMPARE(status(QStringLiteral("tampered.sigstore.json")), SignatureStatus::Failed);
    QCOMPARE(status(QStringLiteral("unsigned.json")), SignatureStatus::Unsigned);
    QCOMPARE(cell(list, rowOf(*page, QStringLiteral("model-card.sigstore.json")), AttestationListModel::SignatureColumn),
             QStringLiteral("Verified"));

    page->selectAttestation(rowOf(*page, QStringLiteral("model-card.sigstore.json")));
    QVERIFY2(page->header()->headline().startsWith(QStringLiteral("Verified: signed by")), qPrintable(page->header()->headline()));
    QVERIFY(page->header()->headline().contains(readPublicKeyFile(m_pub).value()->fingerprint()));
    QCOMPARE(page->header()->visualCode(), VisualCode::Positive);
    QVERIFY(page->header()->bindingText().startsWith(QStringLiteral("It describes this model")));
    QCOMPARE(cell(list, rowOf(*page, QStringLiteral("model-card.sigstore.json")), AttestationListModel::BindingColumn),
             QStringLiteral("Describes this model"));
    QCOMPARE(cell(list, rowOf(*page, QStringLiteral("tampered.sigstore.json")), AttestationListModel::BindingColumn),
             QStringLiteral("Claims this model (unverified)"));
    page->selectAttestation(rowOf(*page, QStringLiteral("tampered.sigstore.json")));
    QCOMPARE(page->header()->headline(), QStringLiteral("Signature is not valid"));
    QVERIFY(page->header()->explanation().contains(QStringLiteral("does not verify")));
    QCOMPARE(page->header()->visualCode(), VisualCode::Negative);

    // The wrong key: everything signed fails.
    page->setTrust(keyTrust(m_wrongPub));
    QTRY_VERIFY(!page->isBusy() && status(QStringLiteral("model-card.sigstore.json")) == SignatureStatus::Failed);
    QCOMPARE(status(QStringLiteral("builds.intoto.jsonl"), 1), SignatureStatus::Failed);
    QCOMPARE(status(QStringLiteral("unsigned.json")), SignatureStatus::Unsigned);
    // The selection stays on the same attestation across re-checks.
    QCOMPARE(page->selectedRow(), rowOf(*page, QStringLiteral("tampered.sigstore.json")));

    // No trust: back to not checked.
    page->setTrust({});
    QTRY_VERIFY(!page->isBusy() && status(QStringLiteral("model-card.sigstore.json")) == SignatureStatus::NotChecked);
    page->selectAttestation(rowOf(*page, QStringLiteral("model-card.sigstore.json")));
    QVERIFY(page->header()->headline().startsWith(QStringLiteral("Not checked")));

    page->setTrust(keyTrust(m_pub));
    QTRY_VERIFY(!page->isBusy() && status(QStringLiteral("model-card.sigstore.json")) == SignatureStatus::Verified);
}

void TestAttestView::pageProvenanceAndModelCard()
{
    AttestationPage *page = loadedPage();
    QTRY_VERIFY(!page->isBusy() && page->attestationCount() == 6);
    QTabWidget *tabs = page->detailTabs();
    ProvenanceView *prov = page->provenanceView();

    page->selectAttestation(rowOf(*page, QStringLiteral("provenance-v1.sigstore.json")));
    QVERIFY(tabShown(tabs, prov));
    QVERIFY(!tabShown(tabs, page->mlView()));
    QCOMPARE(prov->fieldText(ProvenanceView::Version), QStringLiteral("v1"));
    QCOMPARE(prov->fieldText(ProvenanceView::Builder), kBuilderV1);
    QCOMPARE(prov->fieldText(ProvenanceView::BuildType),
             QStringLiteral("https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1"));
    QCOMPARE(prov->fieldText(ProvenanceView::Invocation), QStringLiteral("https://github.com/example/model/actions/runs/42/attempts/1"));
    QVERIFY(prov->fieldText(ProvenanceView::Started).startsWith(QStringLiteral("2025-01-02T10:00:00Z")));
    QVERIFY(prov->fieldText(ProvenanceView::Started).contains(QStringLiteral("local time")));
    QVERIFY(prov->fieldText(ProvenanceView::Started).contains(QStringLiteral("2025")));
    QCOMPARE(prov->fieldText(ProvenanceView::Duration), QStringLiteral("5 min 30 s"));
    QVERIFY(prov->problemsLabel()->isHidden());
    QVERIFY(prov->externalParametersTree()->fieldModel()
                ->indexForPath(QStringLiteral("predicate.buildDefinition.externalParameters.workflow.ref")).isValid());
    QVERIFY(prov->internalParametersTree()->fieldModel()
                ->indexForPath(QStringLiteral("predicate.buildDefinition.internalParameters.github.event_name")).isValid());
    QVERIFY(!prov->parameterTabs()->isTabVisible(prov->parameterTabs()->indexOf(prov->configSourceTree())));
    QCOMPARE(prov->materialsTable()->rowCount(), 2);
    QCOMPARE(tableColumn(prov->materialsTable(), 0).at(0), QStringLiteral("git+https://github.com/example/model@refs/tags/v1.0"));
    QCOMPARE(tableColumn(prov->materialsTable(), 1).at(1), QStringLiteral("base-weights"));
    QVERIFY(tableColumn(prov->materialsTable(), 2).at(0).startsWith(QStringLiteral("gitCommit:a1b2c3")));

    page->selectAttestation(rowOf(*page, QStringLiteral("builds.intoto.jsonl"), 1));
    QVERIFY(tabShown(tabs, prov));
    QCOMPARE(prov->fieldText(ProvenanceView::Version), QStringLiteral("v0.2"));
    QCOMPARE(prov->fieldText(ProvenanceView::Builder), kBuilderV02);
    QCOMPARE(prov->fieldText(ProvenanceView::Invocation), QStringLiteral("run-7"));
    QCOMPARE(prov->fieldText(ProvenanceView::Duration), QStringLiteral("1 h 2 min 3 s"));
    QVERIFY(prov->parameterTabs()->isTabVisible(prov->parameterTabs()->indexOf(prov->configSourceTree())));
    QVERIFY(prov->configSourceTree()->fieldModel()->indexForPath(QStringLiteral("predicate.invocation.configSource.entryPoint")).isValid());
    QVERIFY(prov->externalParametersTree()->fieldModel()->indexForPath(QStringLiteral("predicate.invocation.parameters.target")).isValid());
    QCOMPARE(tableColumn(prov->materialsTable(), 0), (QStringList{QStringLiteral("git+https://g/x"), QStringLiteral("pkg:pypi/torch@2.1")}));
    QCOMPARE(tableColumn(prov->materialsTable(), 2).at(0), QStringLiteral("sha1:abc"));

    MlPredicateView *ml = page->mlView();
    page->selectAttestation(rowOf(*page, QStringLiteral("model-card.sigstore.json")));
    QVERIFY(!tabShown(tabs, prov));
    QVERIFY(tabShown(tabs, ml));
    const QStringList paths = tableColumn(ml->metricsTable(), MlPredicateView::MetricPathColumn);
    QCOMPARE(paths, (QStringList{QStringLiteral("predicate.eval.accuracy"), QStringLiteral("predicate.eval.accuracyText"),
                                 QStringLiteral("predicate.eval.f1"), QStringLiteral("predicate.eval.loss")}));
    const int text = int(paths.indexOf(QStringLiteral("predicate.eval.accuracyText")));
    QCOMPARE(tableColumn(ml->metricsTable(), MlPredicateView::MetricRawColumn).at(text), QStringLiteral("\"0.91\""));
    QCOMPARE(tableColumn(ml->metricsTable(), MlPredicateView::MetricNumberColumn).at(text), QStringLiteral("0.91"));
    QVERIFY(tableColumn(ml->metricsTable(), MlPredicateView::MetricNoteColumn).at(text).contains(QStringLiteral("string")));
    const int f1 = int(paths.indexOf(QStringLiteral("predicate.eval.f1")));
    QCOMPARE(tableColumn(ml->metricsTable(), MlPredicateView::MetricNumberColumn).at(f1), QStringLiteral("—"));
    QVERIFY(tableColumn(ml->metricsTable(), MlPredicateView::MetricNoteColumn).at(f1).contains(QStringLiteral("Not a number")));
    QVERIFY(tableColumn(ml->metricsTable(), MlPredicateView::MetricNoteColumn).at(0).isEmpty());  // a JSON number
    QCOMPARE(tableColumn(ml->reviewersTable(), MlPredicateView::ReviewerNameColumn),
             (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")}));
    QCOMPARE(tableColumn(ml->reviewersTable(), MlPredicateView::ReviewerRoleColumn).at(0), QStringLiteral("safety"));
    QCOMPARE(tableColumn(ml->reviewersTable(), MlPredicateView::ReviewerDecisionColumn).at(1), QStringLiteral("approved"));
    QCOMPARE(tableColumn(ml->reviewersTable(), MlPredicateView::ReviewerDateColumn).at(1), QStringLiteral("2025-01-03"));
    FieldTreeModel *sections = ml->sectionsTree()->fieldModel();
    QVERIFY(sections->indexForPath(QStringLiteral("predicate.training.hardware.gpus")).isValid());
    QVERIFY(sections->indexForPath(QStringLiteral("predicate.data.sources[0]")).isValid());
    QVERIFY(sections->indexForPath(QStringLiteral("predicate.model.architecture")).isValid());

    // Add Condition… from the model card lands in the conditions editor.
    ml->sectionsTree()->setCurrentIndex(sections->indexForPath(QStringLiteral("predicate.data.license")));
    ml->sectionsTree()->addConditionAction()->trigger();
    QCOMPARE(page->conditionsPanel()->editor()->text(), QStringLiteral("predicate.data.license == \"apache-2.0\""));
    page->conditionsPanel()->editor()->clear();

    if (!qEnvironmentVariableIsEmpty("HALLMARK_ATTEST_SCREENSHOT")) {
        page->addCondition(QStringLiteral("predicate.eval.accuracyText >= 0.85"));
        page->addCondition(QStringLiteral("predicate.data.license == \"research-only\""));
        page->addCondition(QStringLiteral("predicate.runDetails.builder.id == \"") + kBuilderV1 + QStringLiteral("\""));
        page->addCondition(QStringLiteral("predicate.eval.f1 >= 0.8"));
        page->detailTabs()->setCurrentWidget(ml);
        page->grab().save(QStringLiteral("/tmp/attestpage.png"));
        page->selectAttestation(rowOf(*page, QStringLiteral("provenance-v1.sigstore.json")));
        page->detailTabs()->setCurrentWidget(prov);
        page->grab().save(QStringLiteral("/tmp/attestpage-slsa.png"));
        page->selectAttestation(rowOf(*page, QStringLiteral("tampered.sigstore.json")));
        page->detailTabs()->setCurrentWidget(page->subjectsView());
        page->grab().save(QStringLiteral("/tmp/attestpage-tampered.png"));
        page->trustWidget()->sigstoreButton()->setChecked(true);
        page->trustDialog()->show();
        page->trustDialog()->grab().save(QStringLiteral("/tmp/attestpage-trust.png"));
        page->trustDialog()->hide();
        page->trustWidget()->keyButton()->setChecked(true);
        for (int i = page->conditionsPanel()->model()->rowCount() - 1; i >= 0; --i)
            page->conditionsPanel()->model()->removeCondition(i);
    }
}

void TestAttestView::pageConditions()
{
    AttestationPage *page = loadedPage();
    page->setTrust({});
    QTRY_VERIFY(!page->isBusy());
    QSignalSpy changed(page, &AttestationPage::reportsChanged);
    const QString stringMetric = QStringLiteral("predicate.eval.accuracyText >= 0.85");
    page->addCondition(stringMetric);
    // Not verified: cannot evaluate, and the reason says why.
    QCOMPARE(page->conditionResults().at(0).outcome, ConditionOutcome::CannotEvaluate);
    QVERIFY2(page->conditionResults().at(0).reason.contains(QStringLiteral("not verified")),
             qPrintable(page->conditionResults().at(0).reason));

    page->setTrust(keyTrust(m_pub));
    QTRY_VERIFY(!page->isBusy() && changed.count() >= 1);
    page->addCondition(QStringLiteral("predicate.eval.accuracy >= 0.95"));
    page->addCondition(QStringLiteral("predicate.eval.accuracy >>= 0.95"));
    page->addCondition(QStringLiteral("predicate.runDetails.builder.id == \"") + kBuilderV1 + QStringLiteral("\""));
    page->addCondition(QStringLiteral("predicate.eval.f1 >= 0.8"));
    page->addCondition(QStringLiteral("predicate.data.license == \"research-only\""));
    const QList<attest::ConditionResult> r = page->conditionResults();
    QCOMPARE(r.size(), 6);
    QCOMPARE(r[0].outcome, ConditionOutcome::Pass);  // the string "0.91", read as a number
    QCOMPARE(r[0].rawValue, QStringLiteral("\"0.91\""));
    QCOMPARE(r[0].parsedValue, QStringLiteral("0.91"));
    QCOMPARE(r[1].outcome, ConditionOutcome::Fail);  // 0.91, and the forged 0.99 is not verified
    QCOMPARE(r[2].outcome, ConditionOutcome::CannotEvaluate);  // syntax error
    QVERIFY(!r[2].reason.isEmpty());
    QCOMPARE(r[3].outcome, ConditionOutcome::Pass);  // from the SLSA v1 attestation
    QCOMPARE(r[4].outcome, ConditionOutcome::CannotEvaluate);  // "0,88" is not a number
    QCOMPARE(r[5].outcome, ConditionOutcome::Fail);

    // What a person sees in the table: word, icon, tint, and the values.
    const QAbstractItemModel *m = page->conditionsPanel()->model();
    QCOMPARE(cell(m, 0, ConditionsModel::OutcomeColumn), QStringLiteral("Pass"));
    QCOMPARE(cell(m, 1, ConditionsModel::OutcomeColumn), QStringLiteral("Fail"));
    QCOMPARE(cell(m, 2, ConditionsModel::OutcomeColumn), QStringLiteral("Cannot evaluate"));
    QCOMPARE(cell(m, 0, ConditionsModel::PathColumn), QStringLiteral("predicate.eval.accuracyText"));
    QCOMPARE(cell(m, 0, ConditionsModel::RawColumn), QStringLiteral("\"0.91\""));
    QCOMPARE(cell(m, 0, ConditionsModel::ParsedColumn), QStringLiteral("0.91"));
    QVERIFY(!cell(m, 1, ConditionsModel::ReasonColumn).isEmpty());
    for (int row = 0; row < 3; ++row) {
        QVERIFY(!m->index(row, ConditionsModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(m->index(row, ConditionsModel::OutcomeColumn).data(Qt::BackgroundRole).isValid());
    }
    QVERIFY(m->index(0, 0).data(Qt::BackgroundRole) != m->index(1, 0).data(Qt::BackgroundRole));

    // Re-evaluated when the reports change: the wrong key makes everything unverified.
    page->setTrust(keyTrust(m_wrongPub));
    QTRY_VERIFY(!page->isBusy() && page->conditionResults().at(0).outcome == ConditionOutcome::CannotEvaluate);
    QCOMPARE(page->conditionResults().at(1).outcome, ConditionOutcome::CannotEvaluate);
    QCOMPARE(cell(m, 0, ConditionsModel::OutcomeColumn), QStringLiteral("Cannot evaluate"));
    page->setTrust(keyTrust(m_pub));
    QTRY_VERIFY(!page->isBusy() && page->conditionResults().at(0).outcome == ConditionOutcome::Pass);

    // Enter in the editor adds a condition.
    page->conditionsPanel()->editor()->setText(QStringLiteral("predicate.reviewers[1].decision == \"approved\""));
    QTest::keyClick(page->conditionsPanel()->editor(), Qt::Key_Enter);
    QCOMPARE(page->conditionResults().size(), 7);
    QCOMPARE(page->conditionResults().last().outcome, ConditionOutcome::Pass);
}

void TestAttestView::pageModelChange()
{
    AttestationPage *page = loadedPage();
    page->setTrust(keyTrust(m_pub));
    QTRY_VERIFY(!page->isBusy());
    const int ml = rowOf(*page, QStringLiteral("model-card.sigstore.json"));

    page->setModel(std::nullopt);
    QTRY_VERIFY(!page->isBusy() && cell(page->listModel(), ml, AttestationListModel::BindingColumn) == QStringLiteral("No model to compare"));
    page->selectAttestation(ml);
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::MatchColumn), QStringLiteral("Not compared"));
    QVERIFY(page->header()->bindingText().startsWith(QStringLiteral("Not compared")));
    QVERIFY(page->header()->headline().startsWith(QStringLiteral("Verified")));
    // Conditions need a statement about this model.
    if (page->conditionResults().isEmpty())
        page->addCondition(QStringLiteral("predicate.eval.accuracyText >= 0.85"));
    QCOMPARE(page->conditionResults().first().outcome, ConditionOutcome::CannotEvaluate);

    // A different model: nothing matches.
    attest::ModelDigests other;
    other.modelName = QStringLiteral("other");
    other.manifestSha256 = QString(64, QLatin1Char('e'));
    page->setModel(other);
    QTRY_VERIFY(!page->isBusy() && cell(page->listModel(), ml, AttestationListModel::BindingColumn) == QStringLiteral("Not about this model"));
    page->selectAttestation(ml);
    QCOMPARE(cell(page->subjectsModel(), 0, SubjectsModel::MatchColumn), QStringLiteral("Matches nothing"));

    page->setModel(m_model);
    QTRY_VERIFY(!page->isBusy() && cell(page->listModel(), ml, AttestationListModel::BindingColumn) == QStringLiteral("Describes this model"));

    QSignalSpy changed(page, &AttestationPage::reportsChanged);
    page->clear();
    QCOMPARE(page->attestationCount(), 0);
    QCOMPARE(page->listModel()->rowCount(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(page->failuresLabel()->isHidden());
    QCOMPARE(page->header()->headline(), QStringLiteral("No attestation selected"));
    QCOMPARE(page->subjectsModel()->rowCount(), 0);
    QVERIFY(!page->isBusy());
    m_page.reset();
}

void TestAttestView::corpusAttestations()
{
    HALLMARK_SHARED_OR_SKIP(vectors, "sbom/in-toto/dsse");
    AttestationPage page;
    testModel(page.listModel());
    QSignalSpy failed(&page, &AttestationPage::fileFailed);
    const QStringList files = QDir(vectors).entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        page.addFile(QDir(vectors).filePath(f));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.attestationCount() >= files.size(), 60000);
    QCOMPARE(failed.count(), 0);
    int slsa = 0;
    for (int i = 0; i < page.attestationCount(); ++i) {
        const attest::AttestationReport *r = page.report(i);
        QVERIFY(r->attestation.statement);
        QVERIFY(r->signature.status == SignatureStatus::NotChecked);
        page.selectAttestation(i);
        QVERIFY(page.header()->headline().startsWith(QStringLiteral("Not checked")));
        if (r->slsa) {
            ++slsa;
            QVERIFY(page.detailTabs()->isTabVisible(page.detailTabs()->indexOf(page.provenanceView())));
            QVERIFY(!page.provenanceView()->fieldText(ProvenanceView::Builder).isEmpty());
            QVERIFY(page.provenanceView()->materialsTable()->rowCount() > 0);
        }
    }
    QCOMPARE(slsa, page.attestationCount());  // every corpus attestation is SLSA provenance
}

QTEST_MAIN(TestAttestView)
#include "tst_attestview.moc"
