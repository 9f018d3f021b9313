#include "common/cancel.h"
#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "sbom/compactlist.h"
#include "sbom/crosscheckmodel.h"
#include "sbom/licencesummarymodel.h"
#include "sbom/sbomdetailpane.h"
#include "sbom/sbomdiffmodel.h"
#include "sbom/sbomfilterproxy.h"
#include "sbom/sbomfindingsmodel.h"
#include "sbom/sbompage.h"
#include "sbom/sbomtreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::ui;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;
using Kind = SbomFilterProxy::KindFilter;

namespace {

constexpr int kLoadTimeoutMs = 60000;

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    hallmark::test::writeFile(dir.path(), name, text);
    return dir.filePath(name);
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const Json &json)
{
    return writeText(dir, name, QByteArray::fromStdString(json.dump(1)));
}

Json licence(const char *id, const char *acknowledgement = nullptr)
{
    Json l{{"id", id}};
    if (acknowledgement)
        l["acknowledgement"] = acknowledgement;
    return Json::array({{{"license", l}}});
}

Json sha256Of(const QString &hex)
{
    return Json::array({{{"alg", "SHA-256"}, {"content", hex.toStdString()}}});
}

const QByteArray kWeights = QByteArrayLiteral("weights of a small sentiment model");

// CycloneDX 1.6 ML-BOM: an application holding a model (with a model card,
// a dataset reference and two files inside), a data component and two
// libraries, one with a nested component.
Json mlBom()
{
    Json model{{"type", "machine-learning-model"},
               {"bom-ref", "model"},
               {"name", "sentiment-model"},
               {"version", "1.0"},
               {"purl", "pkg:huggingface/acme/sentiment-model@1.0"},
               {"licenses", licence("Apache-2.0", "declared")},
               {"hashes", sha256Of(sha256Hex(kWeights))},
               {"modelCard",
                {{"modelParameters",
                  {{"task", "text-classification"},
                   {"architectureFamily", "bert"},
                   {"datasets", Json::array({{{"ref", "imdb"}}})}}},
                 {"quantitativeAnalysis",
                  {{"performanceMetrics", Json::array({{{"type", "accuracy"}, {"value", "0.91"}}})}}}}},
               {"components",
                Json::array({{{"type", "file"}, {"bom-ref", "weights"}, {"name", "weights.bin"},
                              {"hashes", sha256Of(sha256Hex(kWeights))}},
                             {{"type", "file"}, {"bom-ref", "config"}, {"name", "config.json"}}})}};
    Json data{{"type", "data"},
              {"bom-ref", "imdb"},
              {"name", "imdb-reviews"},
              {"licenses", licence("CC-BY-4.0")},
              {"data", Json::array({{{"type", "dataset"}, {"name", "imdb"}, {"classification", "public"}}})}};
    Json tokenizers{{"type", "library"},
                    {"bom-ref", "tokenizers"},
                    {"name", "tokenizers"},
                    {"version", "0.15.0"},
                    {"purl", "pkg:pypi/tokenizers@0.15.0"},
                    {"licenses", licence("Apache-2.0", "concluded")}};
    Json cuda{{"type", "library"},
              {"bom-ref", "cuda"},
              {"name", "libtorch-cuda"},
              {"version", "12.1"},
              {"licenses", Json::array({{{"license", {{"name", "NVIDIA EULA"}}}}})}};
    Json torch{{"type", "library"},
               {"bom-ref", "torch"},
               {"name", "torch"},
               {"version", "2.1.0"},
               {"purl", "pkg:pypi/torch@2.1.0"},
               {"licenses", licence("BSD-3-Clause")},
               {"components", Json::array({cuda})}};
    return {{"bomFormat", "CycloneDX"},
            {"specVersion", "1.6"},
            {"serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"},
            {"version", 1},
            {"metadata",
             {{"component",
               {{"type", "application"}, {"bom-ref", "app"}, {"name", "sentiment-app"}, {"version", "2.0"},
                {"licenses", licence("MIT")}}}}},
            {"components", Json::array({model, data, tokenizers, torch})},
            {"dependencies", Json::array({{{"ref", "app"}, {"dependsOn", {"model", "tokenizers", "torch"}}},
                                          {{"ref", "model"}, {"dependsOn", {"tokenizers", "torch"}}},
                                          {{"ref", "torch"}, {"dependsOn", {"cuda"}}},
                                          {{"ref", "tokenizers"}, {"dependsOn", Json::array()}}})}};
}

// Duplicate ref, dangling and external refs, a cycle, a wrong-length hash
// and a model without a licence.
Json problemBom()
{
    auto lib = [](const char *name, const char *ref) {
        return Json{{"type", "library"}, {"bom-ref", ref}, {"name", name}, {"version", "1"}, {"licenses", licence("MIT")}};
    };
    Json shortHash = lib("short-hash", "short");
    shortHash["hashes"] = sha256Of(QString(40, u'a'));
    Json unlicensed{{"type", "machine-learning-model"}, {"bom-ref", "bare-model"}, {"name", "bare-model"}};
    return {{"bomFormat", "CycloneDX"},
            {"specVersion", "1.6"},
            {"serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b70"},
            {"version", 1},
            {"components", Json::array({lib("first-dup", "dup"), lib("second-dup", "dup"), lib("x", "x"), lib("y", "y"),
                                        shortHash, unlicensed})},
            {"dependencies",
             Json::array({{{"ref", "x"},
                           {"dependsOn", {"y", "ghost", "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b71/1#elsewhere"}}},
                          {{"ref", "y"}, {"dependsOn", {"x"}}}})}};
}

Json spdx2Doc()
{
    auto package = [](const char *id, const char *name, const char *concluded) {
        return Json{{"SPDXID", id},         {"name", name}, {"versionInfo", "1.0"}, {"downloadLocation", "NOASSERTION"},
                    {"licenseConcluded", concluded}};
    };
    Json a = package("SPDXRef-A", "package-a", "MIT");
    a["licenseDeclared"] = "MIT";
    a["externalRefs"] = Json::array(
        {{{"referenceCategory", "PACKAGE-MANAGER"}, {"referenceType", "purl"}, {"referenceLocator", "pkg:pypi/package-a@1.0"}}});
    return {{"spdxVersion", "SPDX-2.3"},
            {"SPDXID", "SPDXRef-DOCUMENT"},
            {"name", "spdx-two-demo"},
            {"dataLicense", "CC0-1.0"},
            {"documentNamespace", "https://example.com/spdx/demo-1"},
            {"creationInfo", {{"created", "2024-01-01T00:00:00Z"}, {"creators", {"Tool: test"}}}},
            {"packages", Json::array({a, package("SPDXRef-B", "package-b", "NONE"), package("SPDXRef-C", "package-c", "Apache-2.0")})},
            {"files", Json::array({{{"SPDXID", "SPDXRef-F"},
                                    {"fileName", "./weights.bin"},
                                    {"checksums", Json::array({{{"algorithm", "SHA1"}, {"checksumValue", std::string(40, '0')}}})}}})},
            {"relationships", Json::array({{{"spdxElementId", "SPDXRef-DOCUMENT"}, {"relationshipType", "DESCRIBES"}, {"relatedSpdxElement", "SPDXRef-A"}},
                                           {{"spdxElementId", "SPDXRef-A"}, {"relationshipType", "DEPENDS_ON"}, {"relatedSpdxElement", "SPDXRef-B"}},
                                           {{"spdxElementId", "SPDXRef-C"}, {"relationshipType", "DEPENDENCY_OF"}, {"relatedSpdxElement", "SPDXRef-A"}},
                                           {{"spdxElementId", "SPDXRef-A"}, {"relationshipType", "CONTAINS"}, {"relatedSpdxElement", "SPDXRef-F"}}})}};
}

Json spdx3Doc()
{
    const Json ci = "_:creationinfo";
    return {{"@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"},
            {"@graph",
             Json::array({{{"type", "CreationInfo"}, {"@id", "_:creationinfo"}, {"specVersion", "3.0.1"},
                           {"created", "2024-01-01T00:00:00Z"}, {"createdBy", {"urn:x:agent"}}},
                          {{"type", "SpdxDocument"}, {"spdxId", "urn:x:doc"}, {"name", "spdx-three-demo"}, {"creationInfo", ci},
                           {"rootElement", {"urn:x:model"}}},
                          {{"type", "ai_AIPackage"}, {"spdxId", "urn:x:model"}, {"name", "spdx3-model"}, {"creationInfo", ci},
                           {"software_packageVersion", "3.1"}, {"software_primaryPurpose", "model"},
                           {"ai_typeOfModel", {"transformer"}}, {"ai_domain", {"nlp"}}, {"ai_autonomyType", "no"},
                           {"verifiedUsing", Json::array({{{"type", "Hash"}, {"algorithm", "sha256"},
                                                           {"hashValue", std::string(64, 'c')}}})}},
                          {{"type", "dataset_DatasetPackage"}, {"spdxId", "urn:x:data"}, {"name", "spdx3-data"},
                           {"creationInfo", ci}, {"dataset_datasetType", {"text"}}, {"dataset_datasetSize", 1200}},
                          {{"type", "simplelicensing_LicenseExpression"}, {"spdxId", "urn:x:lic"}, {"creationInfo", ci},
                           {"simplelicensing_licenseExpression", "Apache-2.0 OR MIT"}},
                          {{"type", "Relationship"}, {"spdxId", "urn:x:r1"}, {"creationInfo", ci}, {"from", "urn:x:model"},
                           {"to", {"urn:x:data"}}, {"relationshipType", "trainedOn"}},
                          {{"type", "Relationship"}, {"spdxId", "urn:x:r2"}, {"creationInfo", ci}, {"from", "urn:x:model"},
                           {"to", {"urn:x:lic"}}, {"relationshipType", "hasDeclaredLicense"}},
                          {{"type", "Relationship"}, {"spdxId", "urn:x:r3"}, {"creationInfo", ci}, {"from", "urn:x:data"},
                           {"to", {"https://spdx.org/licenses/CC-BY-4.0"}}, {"relationshipType", "hasConcludedLicense"}}})}};
}

// `count` components under one application; every tenth nests inside the one before.
QByteArray largeBom(int count)
{
    QByteArray out;
    out.reserve(count * 260);
    out += R"({"bomFormat":"CycloneDX","specVersion":"1.6","version":1,)"
           R"("metadata":{"component":{"type":"application","bom-ref":"big-app","name":"big-app"}},"components":[)";
    auto component = [](int i, const QByteArray &nested) {
        const QByteArray n = QByteArray::number(i);
        return R"({"type":"library","bom-ref":"lib-)" + n + R"(","name":"lib-)" + n + R"(","version":"1.)" + n
            + R"(","purl":"pkg:generic/lib-)" + n + R"(@1.)" + n + R"(","licenses":[{"license":{"id":")"
            + (i % 3 ? "MIT" : "Apache-2.0") + R"("}}])" + nested + "}";
    };
    for (int i = 0; i < count; i += 10) {
        if (i)
            out += ',';
        for (int j = i; j < i + 9 && j < count; ++j) {
            const bool last = j == i + 8 && j + 1 < count;
            out += component(j, last ? R"(,"components":[)" + component(j + 1, {}) + "]" : QByteArray());
            if (j + 1 < i + 9 && j + 1 < count)
                out += ',';
        }
    }
    out += R"(],"dependencies":[)";
    for (int i = 0; i + 1 < count; ++i) {
        if (i)
            out += ',';
        out += R"({"ref":"lib-)" + QByteArray::number(i) + R"(","dependsOn":["lib-)" + QByteArray::number(i + 1) + R"("]})";
    }
    out += "]}";
    return out;
}

// Names of every row the view would show, depth first, indented by level.
QStringList visibleRows(const QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        out << QString(depth, u' ') + index.data().toString();
        out << visibleRows(model, index, depth + 1);
    }
    return out;
}

QStringList trimmed(const QStringList &rows)
{
    QStringList out;
    for (const QString &r : rows)
        out << r.trimmed();
    return out;
}

int nodeNamed(const SbomDocument &doc, const QString &name)
{
    for (int i = 0; i < doc.nodes.size(); ++i)
        if (doc.nodes[i].name == name)
            return i;
    return -1;
}

QStringList column(const QAbstractItemModel *model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data(role).toString();
    return out;
}

int rowWhere(const QAbstractItemModel *model, int col, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, col).data().toString() == text)
            return r;
    return -1;
}

QList<QStringList> listRows(const CompactList *list)
{
    QList<QStringList> rows;
    for (int r = 0; r < list->topLevelItemCount(); ++r)
        rows << list->rowTexts(r);
    return rows;
}

int listRowWhere(const CompactList *list, int col, const QString &text)
{
    for (int r = 0; r < list->topLevelItemCount(); ++r)
        if (list->topLevelItem(r)->text(col) == text)
            return r;
    return -1;
}

} // namespace

class TestSbomView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ml;

    static bool loadInto(SbomPage &page, const QString &path)
    {
        page.addFile(path);
        return QTest::qWaitFor([&] { return !page.isLoading(); }, kLoadTimeoutMs);
    }

    static int nodeOf(SbomPage &page, const QString &name)
    {
        return page.document() ? nodeNamed(*page.document(), name) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ml = writeJson(m_dir, u"ml-bom.cdx.json"_s, mlBom());
    }

    void treeRowsParentsAndData()
    {
        SbomPage page;
        QAbstractItemModelTester treeTester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &SbomPage::loaded);
        QVERIFY(loadInto(page, m_ml));
        QCOMPARE(page.state(), SbomPage::State::Ready);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), m_ml);
        QCOMPARE(page.currentFile(), m_ml);

        QCOMPARE(visibleRows(page.treeModel()),
                 (QStringList{u"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"_s, u" sentiment-app"_s, u"  sentiment-model"_s,
                              u"   weights.bin"_s, u"   config.json"_s, u"  imdb-reviews"_s, u"  tokenizers"_s, u"  torch"_s,
                              u"   libtorch-cuda"_s}));

        const SbomTreeModel *model = page.treeModel();
        const QModelIndex root = model->index(0, 0);
        const QModelIndex app = model->index(0, 0, root);
        const QModelIndex torch = model->index(3, 0, app);
        const QModelIndex cuda = model->index(0, 0, torch);
        QCOMPARE(cuda.parent(), torch.siblingAtColumn(0));
        QCOMPARE(torch.parent(), app);
        QCOMPARE(model->rowCount(app), 4);
        QCOMPARE(cuda.siblingAtColumn(SbomTreeModel::VersionColumn).data().toString(), u"12.1"_s);
        QCOMPARE(cuda.siblingAtColumn(SbomTreeModel::LicenceColumn).data().toString(), u"NVIDIA EULA"_s);
        QCOMPARE(torch.siblingAtColumn(SbomTreeModel::RefColumn).data().toString(), u"pkg:pypi/torch@2.1.0"_s);
        const QModelIndex modelRow = model->index(0, 0, app);
        QCOMPARE(modelRow.siblingAtColumn(SbomTreeModel::TypeColumn).data().toString(), u"machine-learning-model"_s);
        QCOMPARE(SbomNodeKind(modelRow.data(SbomTreeModel::KindRole).toInt()), SbomNodeKind::Model);
        QCOMPARE(modelRow.data(SbomTreeModel::NodeRole).toInt(), nodeOf(page, u"sentiment-model"_s));
        QVERIFY(model->index(1, 0, modelRow).data(SbomTreeModel::NoLicenceRole).toBool());  // config.json
        QVERIFY(!modelRow.data(SbomTreeModel::NoLicenceRole).toBool());
        // indexForNode agrees with index()/parent()
        for (const QModelIndex &i : {root, app, torch, cuda, modelRow})
            QCOMPARE(model->indexForNode(i.data(SbomTreeModel::NodeRole).toInt()), i);

        QCOMPARE(page.headerTitle(), u"sentiment-app"_s);
        QVERIFY2(page.headerFormat().startsWith(u"CycloneDX 1.6"_s), qPrintable(page.headerFormat()));
        QVERIFY2(page.headerCounts().contains(u"models: 1"_s), qPrintable(page.headerCounts()));
        QVERIFY2(page.headerCounts().contains(u"datasets: 1"_s), qPrintable(page.headerCounts()));
        QVERIFY2(page.headerCounts().contains(u"files: 2"_s), qPrintable(page.headerCounts()));
        QCOMPARE(page.checksVerdict(), u"Checks pass"_s);
        // a small document opens expanded, with its model selected and shown
        const int selected = page.selectedNode();
        QVERIFY(selected > 0);
        QCOMPARE(page.document()->nodes.at(selected).kind, SbomNodeKind::Model);
        const QModelIndex shown = page.proxy()->mapFromSource(model->indexForNode(selected));
        QVERIFY(page.treeView()->isExpanded(shown.parent()));
    }

    void spdxDocumentsShowTheirTrees()
    {
        SbomPage page;
        QAbstractItemModelTester tester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadInto(page, writeJson(m_dir, u"two.spdx.json"_s, spdx2Doc())));
        QCOMPARE(page.state(), SbomPage::State::Ready);
        QCOMPARE(visibleRows(page.treeModel()),
                 (QStringList{u"spdx-two-demo"_s, u" package-a"_s, u"  ./weights.bin"_s, u" package-b"_s, u" package-c"_s}));
        QVERIFY(page.headerFormat().startsWith(u"SPDX 2.3"_s));
        // A depends on B and (reversed DEPENDENCY_OF) on C and contains F
        page.selectNode(nodeOf(page, u"package-a"_s));
        SbomDetailPane *detail = page.detailPane();
        QStringList targets;
        for (const QStringList &row : listRows(detail->dependsOnList()))
            targets << row[0] + u' ' + row[1];
        targets.sort();
        QCOMPARE(targets, (QStringList{u"contains ./weights.bin"_s, u"dependsOn package-b 1.0"_s, u"dependsOn package-c 1.0"_s}));
        QCOMPARE(listRows(detail->dependedOnByList()), (QList<QStringList>{{u"describes"_s, u"spdx-two-demo"_s, u"SPDXRef-DOCUMENT"_s}}));
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Purl), u"pkg:pypi/package-a@1.0"_s);
        QCOMPARE(listRows(detail->licencesList()),
                 (QList<QStringList>{{u"MIT"_s, u"concluded"_s}, {u"MIT"_s, u"declared"_s}}));
        // NONE is a statement, shown as such
        QCOMPARE(page.licenceModel()->index(rowWhere(page.licenceModel(), 0, u"NONE (explicitly no licence)"_s),
                                            LicenceSummaryModel::ComponentsColumn).data().toInt(), 1);

        QVERIFY(loadInto(page, writeJson(m_dir, u"three.spdx3.json"_s, spdx3Doc())));
        QCOMPARE(page.state(), SbomPage::State::Ready);
        QVERIFY(page.headerFormat().startsWith(u"SPDX 3.0.1"_s));
        QCOMPARE(trimmed(visibleRows(page.treeModel())), (QStringList{u"spdx-three-demo"_s, u"spdx3-model"_s, u"spdx3-data"_s}));
        page.selectNode(nodeOf(page, u"spdx3-model"_s));
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Kind), u"Model"_s);
        QCOMPARE(listRows(detail->licencesList()), (QList<QStringList>{{u"Apache-2.0 OR MIT"_s, u"declared"_s}}));
        const int trained = listRowWhere(detail->dependsOnList(), 0, u"trainedOn"_s);
        QVERIFY(trained >= 0);
        QCOMPARE(detail->dependsOnList()->topLevelItem(trained)->text(1), u"spdx3-data"_s);
        // the licence relationship points at an element that is not a component: not "missing"
        const int licenceRow = listRowWhere(detail->dependsOnList(), 0, u"hasDeclaredLicense"_s);
        QVERIFY(licenceRow >= 0);
        QCOMPARE(detail->dependsOnList()->topLevelItem(licenceRow)->text(2), u"not a component"_s);
        QStringList properties;
        for (const QStringList &row : listRows(detail->propertiesList()))
            properties << row.join(u'=');
        QVERIFY2(properties.contains(u"ai_typeOfModel[0]=transformer"_s), qPrintable(properties.join(u", ")));
        QVERIFY2(properties.contains(u"ai_domain[0]=nlp"_s), qPrintable(properties.join(u", ")));
        QCOMPARE(listRows(detail->hashesList()).value(0).value(1), u"Length fits"_s);
    }

    void searchShowsNestedMatchesWithAncestors()
    {
        SbomPage page;
        QVERIFY(loadInto(page, m_ml));
        QTest::keyClicks(page.searchEdit(), u"CUDA"_s);
        // debounced: nothing is filtered at once
        QCOMPARE(page.proxy()->searchText(), QString());
        QTRY_COMPARE(page.proxy()->searchText(), u"CUDA"_s);
        const QString doc = page.treeModel()->index(0, 0).data().toString();
        QCOMPARE(visibleRows(page.proxy()), (QStringList{doc, u" sentiment-app"_s, u"  torch"_s, u"   libtorch-cuda"_s}));
        // the view expands to show the match
        const QModelIndex app = page.proxy()->index(0, 0, page.proxy()->index(0, 0));
        QVERIFY(page.treeView()->isExpanded(page.proxy()->index(0, 0, app)));

        auto matches = [&](const QString &text) {
            page.proxy()->setSearchText(text);
            QStringList rows = trimmed(visibleRows(page.proxy()));
            rows.removeAll(doc);
            rows.removeAll(u"sentiment-app"_s);
            return rows;
        };
        QCOMPARE(matches(u"pkg:pypi/tokenizers"_s), QStringList{u"tokenizers"_s});      // purl
        QCOMPARE(matches(u"nvidia eula"_s), (QStringList{u"torch"_s, u"libtorch-cuda"_s}));  // licence text
        QCOMPARE(matches(sha256Hex(kWeights).mid(10, 12).toUpper()),                   // hash value
                 (QStringList{u"sentiment-model"_s, u"weights.bin"_s}));
        QCOMPARE(matches(u"2.1.0"_s), QStringList{u"torch"_s});                         // version
        QCOMPARE(matches(u"config"_s), (QStringList{u"sentiment-model"_s, u"config.json"_s}));  // ref and name
        QCOMPARE(matches(u"no such thing"_s), QStringList());
        QCOMPARE(page.proxy()->rowCount(), 0);
        page.proxy()->setSearchText(QString());
        QCOMPARE(visibleRows(page.proxy()).size(), 9);
    }

    void kindAndLicenceFilters()
    {
        SbomPage page;
        QVERIFY(loadInto(page, m_ml));
        auto leaves = [&] {
            QStringList rows = trimmed(visibleRows(page.proxy()));
            if (!rows.isEmpty())
                rows.removeFirst();  // the document
            rows.removeAll(u"sentiment-app"_s);
            return rows;
        };
        QComboBox *kind = page.kindCombo();
        kind->setCurrentIndex(kind->findData(int(Kind::Models)));
        QCOMPARE(page.proxy()->kindFilter(), Kind::Models);
        QCOMPARE(leaves(), QStringList{u"sentiment-model"_s});
        kind->setCurrentIndex(kind->findData(int(Kind::Datasets)));
        QCOMPARE(leaves(), QStringList{u"imdb-reviews"_s});
        kind->setCurrentIndex(kind->findData(int(Kind::Files)));
        QCOMPARE(leaves(), (QStringList{u"sentiment-model"_s, u"weights.bin"_s, u"config.json"_s}));
        kind->setCurrentIndex(kind->findData(int(Kind::WithoutLicence)));
        QCOMPARE(leaves(), (QStringList{u"sentiment-model"_s, u"weights.bin"_s, u"config.json"_s}));
        kind->setCurrentIndex(kind->findData(int(Kind::WithFindings)));
        QCOMPARE(leaves(), QStringList());  // files without a licence are no finding
        QCOMPARE(page.proxy()->rowCount(), 0);
        kind->setCurrentIndex(kind->findData(int(Kind::All)));
        QCOMPARE(leaves().size(), 7);

        // Licence summary: counts, then activating a row filters the tree
        LicenceSummaryModel *licences = page.licenceModel();
        QAbstractItemModelTester tester(licences, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int apache = rowWhere(licences, LicenceSummaryModel::LicenceColumn, u"Apache-2.0"_s);
        QCOMPARE(apache, 0);  // most used first
        QCOMPARE(licences->index(apache, LicenceSummaryModel::ComponentsColumn).data().toInt(), 2);
        QCOMPARE(licences->index(apache, LicenceSummaryModel::DeclaredColumn).data().toInt(), 1);
        QCOMPARE(licences->index(apache, LicenceSummaryModel::ConcludedColumn).data().toInt(), 1);
        QStringList names = column(licences, LicenceSummaryModel::LicenceColumn);
        QCOMPARE(names, (QStringList{u"Apache-2.0"_s, u"BSD-3-Clause"_s, u"CC-BY-4.0"_s, u"MIT"_s, u"NVIDIA EULA"_s,
                                     u"No licence stated"_s, u"NONE (explicitly no licence)"_s}));
        QCOMPARE(licences->index(5, LicenceSummaryModel::ComponentsColumn).data().toInt(), 2);
        QCOMPARE(licences->index(6, LicenceSummaryModel::ComponentsColumn).data().toInt(), 0);

        QTableView *table = page.licenceTable();
        Q_EMIT table->activated(licences->index(apache, 0));
        QCOMPARE(page.proxy()->licenceFilter(), SbomFilterProxy::LicenceFilter::Named);
        QCOMPARE(leaves(), (QStringList{u"sentiment-model"_s, u"tokenizers"_s}));
        QVERIFY(page.licenceFilterButton()->isVisibleTo(&page));
        QVERIFY(page.licenceFilterButton()->text().contains(u"Apache-2.0"_s));
        Q_EMIT table->activated(licences->index(5, 0));  // no licence stated
        QCOMPARE(leaves(), (QStringList{u"sentiment-model"_s, u"weights.bin"_s, u"config.json"_s}));
        page.licenceFilterButton()->click();
        QCOMPARE(page.proxy()->licenceFilter(), SbomFilterProxy::LicenceFilter::Any);
        QVERIFY(!page.licenceFilterButton()->isVisibleTo(&page));
        QCOMPARE(leaves().size(), 7);
    }

    void detailPaneRelationshipsAndNavigation()
    {
        SbomPage page;
        QVERIFY(loadInto(page, m_ml));
        SbomDetailPane *detail = page.detailPane();
        const int model = nodeOf(page, u"sentiment-model"_s);
        page.selectNode(model);
        QCOMPARE(page.treeModel()->nodeAt(page.proxy()->mapToSource(page.treeView()->currentIndex())), model);
        QCOMPARE(detail->title(), u"sentiment-model"_s);
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Version), u"1.0"_s);
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Ref), u"model"_s);
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Kind), u"Model"_s);
        QCOMPARE(detail->fieldText(SbomDetailPane::Field::Purl), u"pkg:huggingface/acme/sentiment-model@1.0"_s);
        QCOMPARE(listRows(detail->licencesList()), (QList<QStringList>{{u"Apache-2.0"_s, u"declared"_s}}));
        QCOMPARE(listRows(detail->hashesList()),
                 (QList<QStringList>{{u"SHA-256"_s, u"Length fits"_s, sha256Hex(kWeights)}}));
        QCOMPARE(listRows(detail->dependsOnList()),
                 (QList<QStringList>{{u"dependsOn"_s, u"tokenizers 0.15.0"_s, u"tokenizers"_s},
                                     {u"dependsOn"_s, u"torch 2.1.0"_s, u"torch"_s},
                                     {u"dataset"_s, u"imdb-reviews"_s, u"imdb"_s}}));
        QCOMPARE(listRows(detail->dependedOnByList()),
                 (QList<QStringList>{{u"dependsOn"_s, u"sentiment-app 2.0"_s, u"app"_s}}));
        QStringList properties;
        for (const QStringList &row : listRows(detail->propertiesList()))
            properties << row.join(u'=');
        QVERIFY(properties.contains(u"modelCard.modelParameters.task=text-classification"_s));
        QVERIFY(properties.contains(u"modelCard.quantitativeAnalysis.performanceMetrics[0].value=0.91"_s));
        QCOMPARE(detail->modelCheckText(), u"Not checked: open a model to compare its files with the SBOM."_s);

        // "none" and "unknown" dependencies read differently
        page.selectNode(nodeOf(page, u"tokenizers"_s));
        QVERIFY2(detail->dependsOnNote().startsWith(u"None"_s), qPrintable(detail->dependsOnNote()));
        page.selectNode(nodeOf(page, u"libtorch-cuda"_s));
        QVERIFY2(detail->dependsOnNote().startsWith(u"Unknown"_s), qPrintable(detail->dependsOnNote()));

        // Activating an entry selects that node, clearing a filter that hides it
        page.searchEdit()->setText(u"sentiment-model"_s);
        QTRY_COMPARE(page.proxy()->searchText(), u"sentiment-model"_s);
        page.selectNode(model);
        QCOMPARE(page.selectedNode(), model);
        CompactList *dependsOn = detail->dependsOnList();
        Q_EMIT dependsOn->itemActivated(dependsOn->topLevelItem(1), 0);  // torch
        const int torch = nodeOf(page, u"torch"_s);
        QCOMPARE(page.selectedNode(), torch);
        QCOMPARE(page.treeModel()->nodeAt(page.proxy()->mapToSource(page.treeView()->currentIndex())), torch);
        QVERIFY(!page.proxy()->isFiltering());
        QVERIFY(page.searchEdit()->text().isEmpty());
        // and back up through "depended on by"
        CompactList *dependedOnBy = detail->dependedOnByList();
        const int fromModel = listRowWhere(dependedOnBy, 1, u"sentiment-model 1.0"_s);
        QVERIFY(fromModel >= 0);
        Q_EMIT dependedOnBy->itemActivated(dependedOnBy->topLevelItem(fromModel), 0);
        QCOMPARE(page.selectedNode(), model);
        // selecting in the tree updates the pane
        const QModelIndex cuda = page.proxy()->mapFromSource(page.treeModel()->indexForNode(nodeOf(page, u"libtorch-cuda"_s)));
        page.treeView()->setCurrentIndex(cuda);
        QCOMPARE(detail->title(), u"libtorch-cuda"_s);
    }

    void findingsAndBrokenReferences()
    {
        SbomPage page;
        QVERIFY(loadInto(page, writeJson(m_dir, u"problems.cdx.json"_s, problemBom())));
        QCOMPARE(page.state(), SbomPage::State::Ready);
        SbomFindingsModel *findings = page.findingsModel();
        QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList codes = column(findings, SbomFindingsModel::CodeColumn);
        for (const QString &code : {u"ref.duplicate"_s, u"ref.dangling"_s, u"graph.cycle"_s, u"hash.length"_s,
                                    u"licence.missing"_s})
            QVERIFY2(codes.contains(code), qPrintable(code + u" not in "_s + codes.join(u", ")));
        QVERIFY2(page.checksVerdict().contains(u"error"_s) && page.checksVerdict().contains(u"warning"_s),
                 qPrintable(page.checksVerdict()));
        QVERIFY(page.checksVerdict() != u"Checks pass"_s);
        QVERIFY(page.tabs()->tabText(1).contains(QString::number(findings->rowCount())));

        // activating a finding selects its node
        const int hashRow = rowWhere(findings, SbomFindingsModel::CodeColumn, u"hash.length"_s);
        Q_EMIT page.findingsTable()->activated(findings->index(hashRow, SbomFindingsModel::MessageColumn));
        const int shortHash = nodeOf(page, u"short-hash"_s);
        QCOMPARE(page.selectedNode(), shortHash);
        SbomDetailPane *detail = page.detailPane();
        QVERIFY2(listRows(detail->hashesList()).value(0).value(1).startsWith(u"Wrong length"_s),
                 qPrintable(listRows(detail->hashesList()).value(0).join(u" | ")));
        QCOMPARE(listRows(detail->findingsList()).size(), 1);
        const int missingRow = rowWhere(findings, SbomFindingsModel::CodeColumn, u"licence.missing"_s);
        Q_EMIT page.findingsTable()->activated(findings->index(missingRow, 0));
        QCOMPARE(page.selectedNode(), nodeOf(page, u"bare-model"_s));
        QCOMPARE(findings->index(missingRow, 0).data().toString(), u"Warning"_s);

        // dangling refs are marked missing, BOM-Links external; the cycle shows both ways
        page.selectNode(nodeOf(page, u"x"_s));
        const QList<QStringList> out = listRows(detail->dependsOnList());
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0], (QStringList{u"dependsOn"_s, u"y 1"_s, u"y"_s}));
        QCOMPARE(out[1], (QStringList{u"dependsOn"_s, u"ghost"_s, u"missing"_s}));
        QCOMPARE(out[2][2], u"external"_s);
        QCOMPARE(listRows(detail->dependedOnByList()), (QList<QStringList>{{u"dependsOn"_s, u"y 1"_s, u"y"_s}}));

        // kind filter "with findings" and "without licence"
        page.kindCombo()->setCurrentIndex(page.kindCombo()->findData(int(Kind::WithoutLicence)));
        QCOMPARE(trimmed(visibleRows(page.proxy())).mid(1), QStringList{u"bare-model"_s});
        page.kindCombo()->setCurrentIndex(page.kindCombo()->findData(int(Kind::WithFindings)));
        const QStringList withFindings = trimmed(visibleRows(page.proxy())).mid(1);
        QVERIFY2(withFindings.contains(u"short-hash"_s) && withFindings.contains(u"bare-model"_s),
                 qPrintable(withFindings.join(u", ")));
        QVERIFY(withFindings.contains(u"first-dup"_s));  // the duplicate ref names it first
        QVERIFY(!withFindings.contains(u"y"_s) || withFindings.contains(u"x"_s));
    }

    void crossCheckAgainstModel()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(u"model"_s);
        hallmark::test::writeFile(folder, u"weights.bin"_s, kWeights);
        hallmark::test::writeFile(folder, u"config.json"_s, "{}");
        hallmark::test::writeFile(folder, u"tokenizer.json"_s, "tok");
        JobControl control;
        auto outcome = hashModel(folder, SourceOptions{}, HashOptions{}, control);
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);

        auto file = [](const char *name, const QString &digest) {
            return Json{{"type", "file"}, {"bom-ref", name}, {"name", name}, {"hashes", sha256Of(digest)}};
        };
        Json bom = mlBom();
        bom["components"][0]["components"] = Json::array({file("weights.bin", sha256Hex(kWeights).toUpper()),
                                                          file("./config.json", sha256Hex("{ }")),
                                                          file("extra.bin", sha256Hex("extra"))});
        bom["components"][0].erase("hashes");

        SbomPage page;
        QVERIFY(loadInto(page, writeJson(tmp, u"files.cdx.json"_s, bom)));
        QCOMPARE(page.crossCheckSummary(), u"Not checked: open a model to compare its files with the SBOM."_s);
        CrossCheckModel *cross = page.crossCheckModel();
        QAbstractItemModelTester tester(cross, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cross->rowCount(), 0);

        page.setManifest(*manifest);
        QTRY_COMPARE(cross->rowCount(), 4);
        QStringList rows;
        for (int r = 0; r < cross->rowCount(); ++r)
            rows << cross->index(r, CrossCheckModel::StatusColumn).data().toString() + u' '
                    + cross->index(r, CrossCheckModel::PathColumn).data().toString();
        QCOMPARE(rows, (QStringList{u"Match weights.bin"_s, u"Mismatch config.json"_s, u"Only in SBOM extra.bin"_s,
                                    u"Only in model tokenizer.json"_s}));
        QCOMPARE(cross->index(0, CrossCheckModel::ModelDigestColumn).data().toString(), sha256Hex(kWeights));
        QCOMPARE(cross->index(1, CrossCheckModel::SbomDigestColumn).data().toString(), sha256Hex("{ }"));
        QCOMPARE(cross->index(1, CrossCheckModel::AlgorithmColumn).data().toString(), u"sha256"_s);
        QVERIFY2(page.crossCheckSummary().contains(u"1 match, 1 mismatch, 1 only in the SBOM, 1 only in the model"_s),
                 qPrintable(page.crossCheckSummary()));

        // the detail pane shows a node's status; activating a row selects its node
        Q_EMIT page.crossCheckTable()->activated(cross->index(1, 0));
        QCOMPARE(page.selectedNode(), nodeOf(page, u"./config.json"_s));
        QVERIFY2(page.detailPane()->modelCheckText().startsWith(u"Mismatch: config.json"_s),
                 qPrintable(page.detailPane()->modelCheckText()));
        page.selectNode(nodeOf(page, u"weights.bin"_s));
        QVERIFY(page.detailPane()->modelCheckText().startsWith(u"Match"_s));

        page.setManifest(std::nullopt);
        QCOMPARE(cross->rowCount(), 0);
        QCOMPARE(page.crossCheckSummary(), u"Not checked: open a model to compare its files with the SBOM."_s);
        QVERIFY(page.detailPane()->modelCheckText().startsWith(u"Not checked"_s));

        // a manifest set before the SBOM is read is used once it is
        SbomPage early;
        early.setManifest(*manifest);
        QVERIFY(loadInto(early, tmp.filePath(u"files.cdx.json"_s)));
        QTRY_COMPARE(early.crossCheckModel()->rowCount(), 4);
    }

    void compareWithAnotherSbom()
    {
        auto lib = [](const char *name, const char *version, const char *licenceId) {
            return Json{{"type", "library"}, {"bom-ref", name}, {"name", name}, {"version", version},
                        {"purl", "pkg:pypi/" + std::string(name) + "@" + version}, {"licenses", licence(licenceId)}};
        };
        auto bom = [](const Json &components) {
            return Json{{"bomFormat", "CycloneDX"}, {"specVersion", "1.6"}, {"version", 1}, {"components", components}};
        };
        Json hashedBefore = lib("hashed", "1", "MIT");
        hashedBefore["hashes"] = sha256Of(QString(64, u'a'));
        Json hashedAfter = hashedBefore;
        hashedAfter["hashes"] = sha256Of(QString(64, u'b'));
        const QString before = writeJson(m_dir, u"before.cdx.json"_s,
                                         bom(Json::array({lib("same", "1", "MIT"), lib("gone", "1", "MIT"),
                                                          lib("bumped", "1", "MIT"), lib("relicensed", "1", "MIT"), hashedBefore})));
        const QString after = writeJson(m_dir, u"after.cdx.json"_s,
                                        bom(Json::array({lib("same", "1", "MIT"), lib("new", "1", "MIT"),
                                                         lib("bumped", "2", "MIT"), lib("relicensed", "1", "Apache-2.0"), hashedAfter})));

        SbomPage page;
        QSignalSpy ready(&page, &SbomPage::comparisonReady);
        page.addFile(before);
        page.compareWith(after);  // before the document is read: runs once it is
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kLoadTimeoutMs);
        SbomDiffModel *diff = page.diffModel();
        QAbstractItemModelTester tester(diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList rows;
        for (int r = 0; r < diff->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < SbomDiffModel::ColumnCount; ++c)
                cells << diff->index(r, c).data().toString();
            rows << cells.join(u'|');
        }
        rows.sort();
        QCOMPARE(rows, (QStringList{u"Added|new||1"_s, u"Hash changed|hashed|sha256:"_s + QString(64, u'a') + u"|sha256:"_s + QString(64, u'b'),
                                    u"Licence changed|relicensed|MIT|Apache-2.0"_s, u"Removed|gone|1|"_s,
                                    u"Version changed|bumped|1|2"_s}));
        QVERIFY2(page.diffSummary().contains(u"1 added, 1 removed, 1 version changed, 1 licence changed, 1 hash changed"_s),
                 qPrintable(page.diffSummary()));
        // activating a change selects the component in this SBOM
        const int removed = rowWhere(diff, SbomDiffModel::ChangeColumn, u"Removed"_s);
        Q_EMIT page.diffTable()->activated(diff->index(removed, 0));
        QCOMPARE(page.selectedNode(), nodeOf(page, u"gone"_s));

        page.compareWith(before);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, kLoadTimeoutMs);
        QCOMPARE(diff->rowCount(), 0);
        QVERIFY(page.diffSummary().startsWith(u"No differences"_s));

        page.compareWith(writeText(m_dir, u"garbage.json"_s, "not json"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, kLoadTimeoutMs);
        QVERIFY2(page.diffSummary().startsWith(u"Cannot compare"_s), qPrintable(page.diffSummary()));
        QCOMPARE(page.state(), SbomPage::State::Ready);
    }

    void hostileFilesShowAnError_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray good = QByteArray::fromStdString(mlBom().dump());
        QTest::newRow("not json") << QByteArrayLiteral("this is not JSON at all");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("not an sbom") << QByteArrayLiteral(R"({"hello": "world", "components": []})");
        QTest::newRow("json array") << QByteArrayLiteral("[1, 2, 3]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("xml") << QByteArrayLiteral("<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01\"", 6);
    }

    void hostileFilesShowAnError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        const QString path = writeText(tmp, u"hostile.json"_s, content);
        SbomPage page;
        QSignalSpy failed(&page, &SbomPage::loadFailed);
        QVERIFY(loadInto(page, path));
        QCOMPARE(page.state(), SbomPage::State::Failed);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), path);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(page.errorHeadline().contains(u"hostile.json"_s));
        QCOMPARE(page.errorExplanation(), failed.at(0).at(1).toString());
        QVERIFY(page.errorGuidance().startsWith(u"What can be done"_s));
        QVERIFY(!page.document());
        QCOMPARE(page.treeModel()->rowCount(), 0);
        // a readable file afterwards shows normally
        QVERIFY(loadInto(page, m_ml));
        QCOMPARE(page.state(), SbomPage::State::Ready);
    }

    void missingAndOversizedFiles()
    {
        QTemporaryDir tmp;
        SbomPage page;
        QVERIFY(loadInto(page, tmp.filePath(u"absent.json"_s)));
        QCOMPARE(page.state(), SbomPage::State::Failed);
        QVERIFY(page.errorGuidance().startsWith(u"What can be done"_s));

        QFile big(tmp.filePath(u"huge.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        if (!big.resize((qint64(1) << 30) + 1))  // sparse where the file system allows
            QSKIP("cannot make a file over 1 GiB here");
        big.close();
        QVERIFY(loadInto(page, big.fileName()));
        QCOMPARE(page.state(), SbomPage::State::Failed);
        QVERIFY2(page.errorExplanation().contains(u"larger than"_s), qPrintable(page.errorExplanation()));
    }

    void chooserSwitchesDocuments()
    {
        SbomPage page;
        const QString problems = writeJson(m_dir, u"problems2.cdx.json"_s, problemBom());
        QVERIFY(loadInto(page, m_ml));
        QVERIFY(!page.documentChooser()->isVisibleTo(&page));
        page.addFile(problems, false);
        QVERIFY(!page.isLoading());
        QCOMPARE(page.files(), (QStringList{m_ml, problems}));
        QCOMPARE(page.currentFile(), m_ml);
        QVERIFY(page.documentChooser()->isVisibleTo(&page));
        QCOMPARE(page.documentChooser()->count(), 2);
        QCOMPARE(page.documentChooser()->currentIndex(), 0);

        QSignalSpy loaded(&page, &SbomPage::loaded);
        Q_EMIT page.documentChooser()->activated(1);
        QCOMPARE(page.currentFile(), problems);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
        QVERIFY(page.document()->serialNumber.endsWith(u"b70"_s));
        // back to the first: already read, shown at once
        Q_EMIT page.documentChooser()->activated(0);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(page.headerTitle(), u"sentiment-app"_s);

        page.clear();
        QCOMPARE(page.state(), SbomPage::State::Empty);
        QVERIFY(page.files().isEmpty());
        QVERIFY(!page.document());
        QCOMPARE(page.treeModel()->rowCount(), 0);
        QVERIFY(!page.documentChooser()->isVisibleTo(&page));
    }

    void largeSbomLoadsOffTheGuiThread()
    {
        constexpr int count = 50000;
        QTemporaryDir tmp;
        const QString path = writeText(tmp, u"large.cdx.json"_s, largeBom(count));
        SbomPage page;
        QSignalSpy loaded(&page, &SbomPage::loaded);
        int ticksWhileLoading = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &page, [&] {
            if (page.isLoading())
                ++ticksWhileLoading;
        });
        ticker.start();

        page.addFile(path);
        QVERIFY(page.isLoading());
        QCOMPARE(page.state(), SbomPage::State::Loading);
        QVERIFY(!page.document());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        ticker.stop();
        QVERIFY2(ticksWhileLoading > 0, "the GUI thread's timer did not run while the SBOM was read");
        QCOMPARE(page.state(), SbomPage::State::Ready);
        QCOMPARE(page.document()->componentCount(), count + 1);  // and the application

        const QModelIndex root = page.proxy()->index(0, 0);
        const QModelIndex app = page.proxy()->index(0, 0, root);
        QCOMPARE(app.data().toString(), u"big-app"_s);
        QCOMPARE(page.proxy()->rowCount(app), count - count / 10);
        QCOMPARE(page.proxy()->rowCount(page.proxy()->index(8, 0, app)), 1);  // lib-8 holds lib-9
        QVERIFY(page.headerCounts().startsWith(QString::number(count + 1)));

        page.proxy()->setSearchText(u"LIB-49999"_s);
        QCOMPARE(trimmed(visibleRows(page.proxy())),
                 (QStringList{root.data().toString(), u"big-app"_s, u"lib-49998"_s, u"lib-49999"_s}));
        page.proxy()->setSearchText(QString());
        QCOMPARE(page.proxy()->rowCount(app), count - count / 10);

        const int lib = nodeNamed(*page.document(), u"lib-25000"_s);
        page.selectNode(lib);
        QCOMPARE(page.detailPane()->dependsOnList()->topLevelItemCount(), 1);
        QCOMPARE(page.detailPane()->dependedOnByList()->topLevelItemCount(), 1);
    }

    void newerOpenSupersedesOlder()
    {
        QTemporaryDir tmp;
        const QString large = writeText(tmp, u"large.cdx.json"_s, largeBom(20000));
        SbomPage page;
        QSignalSpy loaded(&page, &SbomPage::loaded);
        page.addFile(large);
        QVERIFY(page.isLoading());
        page.addFile(m_ml);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && loaded.count() == 1, kLoadTimeoutMs);
        QCOMPARE(loaded.at(0).at(0).toString(), m_ml);
        QCOMPARE(page.currentFile(), m_ml);
        QCOMPARE(page.headerTitle(), u"sentiment-app"_s);
        QTest::qWait(200);  // the superseded run reports nothing
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(page.headerTitle(), u"sentiment-app"_s);
    }

    void corpusFilesOpen()
    {
        HALLMARK_SHARED_OR_SKIP(corpus, "sbom");
        SbomPage page;
        QAbstractItemModelTester tester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int shown = 0;
        QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(corpus).relativeFilePath(path);
            QVERIFY2(loadInto(page, path), qPrintable(relative));
            QVERIFY2(page.state() == SbomPage::State::Ready || page.state() == SbomPage::State::Failed, qPrintable(relative));
            const bool sbom = relative.startsWith(u"cyclonedx/"_s) || relative.startsWith(u"spdx-"_s);
            if (sbom) {
                QVERIFY2(page.state() == SbomPage::State::Ready, qPrintable(relative + u": "_s + page.errorExplanation()));
                QVERIFY2(page.proxy()->rowCount() > 0, qPrintable(relative));
                QVERIFY2(!page.headerFormat().isEmpty(), qPrintable(relative));
                // every node can be shown in the detail pane
                for (int n = 0; n < page.document()->nodes.size(); ++n) {
                    page.selectNode(n);
                    QCOMPARE(page.selectedNode(), n);
                }
                ++shown;
            } else if (page.state() == SbomPage::State::Failed) {
                QVERIFY(!page.errorHeadline().isEmpty());
            }
        }
        QVERIFY2(shown >= 20, qPrintable(QString::number(shown)));
    }

    // HALLMARK_SBOM_SCREENSHOT=/tmp/sbompage.png saves pictures of the page (also -corpus.png, -error.png).
    void screenshot()
    {
        const QString target = qEnvironmentVariable("HALLMARK_SBOM_SCREENSHOT");
        if (target.isEmpty())
            QSKIP("set HALLMARK_SBOM_SCREENSHOT to save pictures of the page");
        auto variant = [&](const QString &suffix) { return QString(target).replace(u".png"_s, suffix + u".png"_s); };
        SbomPage page;
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(loadInto(page, m_ml));
        page.addFile(writeJson(m_dir, u"problems3.cdx.json"_s, problemBom()), false);
        page.selectNode(nodeOf(page, u"sentiment-model"_s));
        QTest::qWait(50);  // let the layouts settle
        QVERIFY(page.grab().save(target));

        QTemporaryDir tmp;
        hallmark::test::writeFile(tmp.path(), u"weights.bin"_s, kWeights);
        hallmark::test::writeFile(tmp.path(), u"config.json"_s, "{}");
        JobControl control;
        auto outcome = hashModel(tmp.path(), SourceOptions{}, HashOptions{}, control);
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);
        page.setManifest(*manifest);
        QTRY_VERIFY(page.crossCheckModel()->rowCount() > 0);
        page.selectNode(nodeOf(page, u"weights.bin"_s));
        page.tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(page.grab().save(variant(u"-model"_s)));
        Json changed = mlBom();
        changed["components"][2]["version"] = "0.16.0";
        changed["components"].erase(1);
        QSignalSpy compared(&page, &SbomPage::comparisonReady);
        page.compareWith(writeJson(m_dir, u"changed.cdx.json"_s, changed));
        QTRY_COMPARE(compared.count(), 1);
        page.tabs()->setCurrentIndex(3);
        QTest::qWait(50);
        QVERIFY(page.grab().save(variant(u"-compare"_s)));

        if (const auto corpus = hallmark::test::sharedVectors(u"sbom"_s)) {
            QVERIFY(loadInto(page, *corpus + u"/cyclonedx/real-world/aibom-generator-expected_aibom.json"_s));
            page.selectNode(1);
            page.tabs()->setCurrentIndex(1);
            QTest::qWait(50);
            QVERIFY(page.grab().save(variant(u"-corpus"_s)));
        }
        QVERIFY(loadInto(page, writeText(m_dir, u"truncated.json"_s, "{\"bomFormat\": \"Cyclo")));
        QTest::qWait(50);
        QVERIFY(page.grab().save(variant(u"-error"_s)));
    }
};

QTEST_MAIN(TestSbomView)
#include "tst_sbomview.moc"
