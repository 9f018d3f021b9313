#include "coretest.h"
#include "tst_sbom_inputs.h"

#include "common/cancel.h"
#include "hashing/modelhasher.h"
#include "manifest/manifest.h"
#include "sbom/sbomchecks.h"
#include "sbom/sbomcrosscheck.h"
#include "sbom/sbomdiff.h"
#include "sbom/sbomreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace hallmark::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QByteArray bytes(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

SbomDocument load(const QByteArray &text)
{
    auto doc = readSbom(text);
    if (!doc)
        qWarning() << "readSbom failed:" << doc.error().message;
    return doc ? std::move(*doc) : SbomDocument{};
}

QStringList codes(const QList<SbomFinding> &findings, SbomSeverity atLeast = SbomSeverity::Info)
{
    QStringList out;
    for (const SbomFinding &f : findings)
        if (int(f.severity) >= int(atLeast))
            out << f.code;
    return out;
}

bool hasFinding(const QList<SbomFinding> &findings, const QString &code, const QString &ref = {})
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const SbomFinding &f) { return f.code == code && (ref.isEmpty() || f.ref == ref); });
}

int nodeNamed(const SbomDocument &doc, const QString &name)
{
    for (int i = 0; i < doc.nodes.size(); ++i)
        if (doc.nodes[i].name == name)
            return i;
    return -1;
}

QString prop(const SbomNode &node, const QString &name)
{
    for (const SbomProperty &p : node.properties)
        if (p.name == name)
            return p.value;
    return u"<absent>"_s;
}

QStringList edgeTargets(const SbomDocument &doc, int node, const QString &type)
{
    QStringList out;
    for (const int e : doc.outgoing(node))
        if (doc.edges[e].type == type)
            out << doc.edges[e].toRef;
    return out;
}

Json cdxBom(const Json &components, const Json &dependencies = Json::array(), const char *version = "1.6")
{
    return {{"bomFormat", "CycloneDX"},
            {"specVersion", version},
            {"serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"},
            {"version", 1},
            {"components", components},
            {"dependencies", dependencies}};
}

Json lib(const std::string &ref, const std::string &version = "1.0")
{
    return {{"type", "library"}, {"bom-ref", ref}, {"name", ref}, {"version", version},
            {"licenses", Json::array({{{"license", {{"id", "MIT"}}}}})}};
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

// The rule the reader reports for each INVALID corpus row.
const QHash<QString, QString> &expectedInvalidCode()
{
    static const QHash<QString, QString> codes{
        {u"cyclonedx/invalid/invalid-component-ref-1.6.json"_s, u"schema.ref-empty"_s},
        {u"cyclonedx/invalid/invalid-dependency-1.6.json"_s, u"schema.required"_s},
        {u"cyclonedx/invalid/invalid-hash-sha256-1.6.json"_s, u"schema.hash-content"_s},
        {u"cyclonedx/invalid/invalid-license-choice-1.6.json"_s, u"schema.licence-choice"_s},
        {u"cyclonedx/invalid/invalid-license-declared-concluded-mix-1.6.json"_s, u"schema.licence-choice"_s},
        {u"cyclonedx/invalid/invalid-missing-component-type-1.6.json"_s, u"schema.required"_s},
        {u"cyclonedx/invalid/invalid-serialnumber-1.6.json"_s, u"schema.serial-number"_s},
        {u"cyclonedx/real-world/aibom-generator-expected_aibom.json"_s, u"schema.serial-number"_s},
    };
    return codes;
}

} // namespace

class TestSbom : public QObject
{
    Q_OBJECT

private:
    int m_corpusMatched = 0;
    int m_corpusRows = 0;

private Q_SLOTS:
    // ---- corpus: every row of expected-verdicts.tsv ----
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        const auto dir = sharedVectors(u"sbom"_s);
        if (!dir) {
            QTest::newRow("absent") << QString() << QString() << QString();
            return;
        }
        QFile tsv(*dir + u"/expected-verdicts.tsv"_s);
        if (!tsv.open(QIODevice::ReadOnly))
            qFatal("cannot open expected-verdicts.tsv");
        tsv.readLine();  // header
        while (!tsv.atEnd()) {
            const QStringList cols = QString::fromUtf8(tsv.readLine()).trimmed().split(u'\t');
            if (cols.size() < 3)
                continue;
            QTest::newRow(qPrintable(cols[0])) << cols[0] << cols[1] << cols[2];
        }
    }

    void corpus()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ++m_corpusRows;
        auto doc = readSbomFile(dir + u'/' + file);
        QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE(formatName(doc->format) + u' ' + doc->specVersion, format);
        const QList<SbomFinding> findings = checkSbom(*doc);
        QStringList errors;
        for (const SbomFinding &f : findings)
            if (f.severity == SbomSeverity::Error)
                errors << f.code + u' ' + f.ref + u": "_s + f.message;
        // The TSV verdict is a schema validator's; our own checks must not
        // find errors in the valid files either.
        if (expected == u"OK"_s) {
            QVERIFY2(schemaValid(findings), qPrintable(errors.join(u'\n')));
            QVERIFY2(passesChecks(findings), qPrintable(errors.join(u'\n')));
        } else {
            QCOMPARE(expected, u"INVALID"_s);
            QVERIFY(!schemaValid(findings));
            QVERIFY2(hasFinding(findings, expectedInvalidCode().value(file)), qPrintable(errors.join(u'\n')));
        }
        QVERIFY(doc->componentCount() >= 0);
        ++m_corpusMatched;
    }

    void corpusAllRows()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        qInfo("corpus rows matched: %d / %d", m_corpusMatched, m_corpusRows);
        QCOMPARE(m_corpusRows, 24);
        QCOMPARE(m_corpusMatched, m_corpusRows);
    }

    // ---- corpus: structure ----
    void mlBomModelCard()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/cyclonedx/valid/valid-machine-learning-1.6.json"_s);
        QVERIFY(doc);
        int model = -1;
        for (int i = 0; i < doc->nodes.size(); ++i)
            if (doc->nodes[i].kind == SbomNodeKind::Model)
                model = i;
        QVERIFY(model > 0);
        const SbomNode &m = doc->nodes[model];
        QCOMPARE(m.type, u"machine-learning-model"_s);
        QCOMPARE(prop(m, u"modelCard.quantitativeAnalysis.performanceMetrics[0].value"_s),
                 u"The value of the performance metric"_s);
        QCOMPARE(prop(m, u"modelCard.quantitativeAnalysis.performanceMetrics[0].confidenceInterval.lowerBound"_s),
                 u"The lower bound of the confidence interval"_s);
        QCOMPARE(prop(m, u"modelCard.modelParameters.approach.type"_s), u"supervised"_s);
        // the 95 KB base64 graphic is summarised, not copied
        for (const SbomProperty &p : m.properties)
            QVERIFY(p.value.size() <= 1024);
        // the inline dataset becomes a dataset node under the model
        const int data = nodeNamed(*doc, u"Training Data"_s);
        QVERIFY(data > 0);
        QCOMPARE(doc->nodes[data].kind, SbomNodeKind::Dataset);
        QCOMPARE(doc->nodes[data].parent, model);
        QCOMPARE(prop(doc->nodes[data], u"contents.url"_s), u"https://example.com/path/to/dataset"_s);
        QVERIFY(hasFinding(checkSbom(*doc), u"licence.missing"_s));
    }

    void nestedComponents()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/cyclonedx/valid/valid-assembly-1.6.json"_s);
        QVERIFY(doc);
        const int a = nodeNamed(*doc, u"acme-library-a"_s);
        const int b = nodeNamed(*doc, u"acme-library-b"_s);
        const int sa = nodeNamed(*doc, u"acme-service-a"_s);
        const int sb = nodeNamed(*doc, u"acme-service-b"_s);
        QVERIFY(a > 0 && b > 0 && sa > 0 && sb > 0);
        QCOMPARE(doc->nodes[a].parent, 0);
        QCOMPARE(doc->nodes[b].parent, a);
        QCOMPARE(doc->nodes[a].children, QList<int>{b});
        QCOMPARE(doc->nodes[sb].parent, sa);
        QCOMPARE(doc->nodes[sb].kind, SbomNodeKind::Service);
    }

    void dependencyGraph()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/cyclonedx/valid/valid-dependency-1.6.json"_s);
        QVERIFY(doc);
        const int a = doc->find(u"library-a"_s), b = doc->find(u"library-b"_s), c = doc->find(u"library-c"_s);
        QVERIFY(a > 0 && b > 0 && c > 0);
        QCOMPARE(edgeTargets(*doc, b, u"dependsOn"_s), QStringList{u"library-c"_s});
        QCOMPARE(doc->incoming(c).size(), size_t(1));
        QCOMPARE(doc->edges[doc->incoming(c)[0]].from, b);
        // a: listed with an empty dependsOn ("none"); c: not listed ("unknown")
        QVERIFY(doc->nodes[a].dependenciesKnown);
        QVERIFY(doc->outgoing(a).empty());
        QVERIFY(!doc->nodes[c].dependenciesKnown);
    }

    void hashNames()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/cyclonedx/valid/valid-component-hashes-1.6.json"_s);
        QVERIFY(doc);
        QStringList algs;
        for (const SbomHash &h : doc->nodes[1].hashes)
            algs << h.algorithm;
        QCOMPARE(algs, (QStringList{u"md5"_s, u"sha1"_s, u"sha256"_s, u"sha384"_s, u"sha512"_s, u"sha3-256"_s,
                                    u"sha3-384"_s, u"sha3-512"_s, u"blake2b-256"_s, u"blake2b-384"_s, u"blake2b-512"_s,
                                    u"blake3"_s}));
        QCOMPARE(normaliseHashAlgorithm(u"SHA1"_s), u"sha1"_s);
        QCOMPARE(normaliseHashAlgorithm(u"sha3_256"_s), u"sha3-256"_s);
        QCOMPARE(normaliseHashAlgorithm(u"blake2b256"_s), u"blake2b-256"_s);
        QCOMPARE(normaliseHashAlgorithm(u"BLAKE2b-384"_s), u"blake2b-384"_s);
    }

    void aibomLoadsWithTwoSchemaErrors()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/cyclonedx/real-world/aibom-generator-expected_aibom.json"_s);
        QVERIFY(doc);
        QStringList schema;
        for (const SbomFinding &f : checkSbom(*doc))
            if (f.severity == SbomSeverity::Error)
                schema << f.code;
        QCOMPARE(schema, (QStringList{u"schema.serial-number"_s, u"schema.licence-id"_s}));
        const int model = doc->find(u"pkg:huggingface/test-org%2Ftest-model@1.0"_s);
        QVERIFY(model > 0);
        QCOMPARE(doc->nodes[model].kind, SbomNodeKind::Model);
        QCOMPARE(doc->nodes[model].purl, u"pkg:huggingface/test-org%2Ftest-model@1.0"_s);
        // the subject is metadata.component; it depends on the model; tools are nodes too
        const int subject = doc->find(u"pkg:generic/test-org%2Ftest-model@1.0"_s);
        QCOMPARE(doc->nodes[model].parent, subject);
        QCOMPARE(edgeTargets(*doc, subject, u"dependsOn"_s), QStringList{doc->nodes[model].ref});
        QVERIFY(doc->find(u"pkg:generic/owasp-genai/owasp-aibom-generator@1.0.0"_s) > 0);
    }

    void licenceMixDependsOnVersion()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        QFile f17(dir + u"/cyclonedx/valid/valid-license-declared-concluded-mix-1.7.json"_s);
        QVERIFY(f17.open(QIODevice::ReadOnly));
        Json j = Json::parse(f17.readAll().toStdString());
        QVERIFY(schemaValid(checkSbom(load(bytes(j)))));
        j["specVersion"] = "1.6";
        QVERIFY(!schemaValid(checkSbom(load(bytes(j)))));
        QFile f16(dir + u"/cyclonedx/invalid/invalid-license-declared-concluded-mix-1.6.json"_s);
        QVERIFY(f16.open(QIODevice::ReadOnly));
        Json k = Json::parse(f16.readAll().toStdString());
        k["specVersion"] = "1.7";
        QVERIFY(schemaValid(checkSbom(load(bytes(k)))));
        // declared and concluded kept apart
        const SbomDocument doc = load(bytes(k));
        int declared = 0, concluded = 0;
        for (const SbomLicence &l : doc.nodes[1].licences)
            (l.acknowledgement == u"declared"_s ? declared : concluded) += 1;
        QCOMPARE(declared, 3);
        QCOMPARE(concluded, 1);
    }

    void spdx2Example()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/spdx-2.3/SPDXJSONExample-v2.3.spdx.json"_s);
        QVERIFY(doc);
        QCOMPARE(doc->nodes[0].ref, u"SPDXRef-DOCUMENT"_s);
        int packages = 0, files = 0;
        for (const SbomNode &n : doc->nodes) {
            packages += n.type == u"package"_s;
            files += n.kind == SbomNodeKind::File;
        }
        QCOMPARE(packages, 4);
        QCOMPARE(files, 5);
        const int package = doc->find(u"SPDXRef-Package"_s);
        QVERIFY(package > 0);
        QCOMPARE(edgeTargets(*doc, package, u"dynamicLink"_s), QStringList{u"SPDXRef-Saxon"_s});
        QVERIFY(!doc->nodes[package].purl.isEmpty() || doc->find(u"SPDXRef-Saxon"_s) > 0);
        bool blake = false;
        for (const SbomNode &n : doc->nodes)
            for (const SbomHash &h : n.hashes)
                blake = blake || h.algorithm == u"blake2b-384"_s;
        QVERIFY(blake);
        const int foo = nodeNamed(*doc, u"./package/foo.c"_s);
        QVERIFY(foo > 0);
        QCOMPARE(doc->nodes[foo].path, u"package/foo.c"_s);
        // the external document reference is not dangling
        QVERIFY(!hasFinding(checkSbom(*doc), u"ref.dangling"_s));
    }

    void spdx2WithoutLicences()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/spdx-2.3/spdx-examples-OSS-NA-2023-03-SBOMwDependency.spdx.json"_s);
        QVERIFY(doc);
        const auto findings = checkSbom(*doc);
        QVERIFY(passesChecks(findings));
        QVERIFY(hasFinding(findings, u"licence.missing"_s));
        QCOMPARE(licenceSummary(*doc).licences.size(), 0);
        QVERIFY(licenceSummary(*doc).withoutLicence > 0);
    }

    void spdx3AiAndDataset()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/spdx-3.0.1/spdx-examples-ai-example02-sentimentdemo.spdx3.json"_s);
        QVERIFY(doc);
        int model = -1, dataset = -1;
        for (int i = 0; i < doc->nodes.size(); ++i) {
            if (doc->nodes[i].type == u"ai_AIPackage"_s)
                model = i;
            if (doc->nodes[i].type == u"dataset_DatasetPackage"_s)
                dataset = i;
        }
        QVERIFY(model > 0 && dataset > 0);
        QCOMPARE(doc->nodes[model].kind, SbomNodeKind::Model);
        QCOMPARE(doc->nodes[dataset].kind, SbomNodeKind::Dataset);
        QCOMPARE(prop(doc->nodes[model], u"ai_hyperparameter:autotuneMetric"_s), u"f1"_s);
        QCOMPARE(prop(doc->nodes[model], u"ai_energyConsumption.ai_trainingEnergyConsumption[0].ai_energyQuantity"_s),
                 u"0.0048269"_s);
        QCOMPARE(prop(doc->nodes[dataset], u"dataset_datasetSize"_s), u"117553"_s);
        QVERIFY(!doc->nodes[dataset].licences.isEmpty());
        QCOMPARE(doc->nodes[dataset].licences[0].text, u"CC0-1.0"_s);
        // model.bin trainedOn train.txt, valid.txt: one relationship, two resolved file targets
        int trained = 0;
        for (const SbomEdge &e : doc->edges)
            if (e.type == u"trainedOn"_s) {
                ++trained;
                QVERIFY(e.to > 0);
                QCOMPARE(doc->nodes[e.from].kind, SbomNodeKind::File);
                QCOMPARE(doc->nodes[e.to].kind, SbomNodeKind::File);
            }
        QCOMPARE(trained, 2);
        QVERIFY(!doc->nodes[model].licences.isEmpty());
    }

    void spdx3MetricsAreStrings()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto doc = readSbomFile(dir + u"/spdx-3.0.1/spdx-examples-ai-example01-simplehtr.spdx3.json"_s);
        QVERIFY(doc);
        int models = 0;
        for (const SbomNode &n : doc->nodes) {
            if (n.type != u"ai_AIPackage"_s)
                continue;
            QCOMPARE(n.kind, SbomNodeKind::Model);
            ++models;
            QVERIFY(prop(n, u"ai_metric:charErrorRates"_s).startsWith(u'['));
            QCOMPARE(prop(n, u"ai_safetyRiskAssessment"_s), u"low"_s);
        }
        QCOMPARE(models, 2);
        QCOMPARE(doc->specVersion, u"3.0.1"_s);
        // a relationship repeated word for word is merged, not a duplicate id
        const auto findings = checkSbom(*doc);
        QVERIFY(hasFinding(findings, u"ref.repeated"_s, u"https://my-first-aibom.com/SimpleHTR-depends-on"_s));
        QVERIFY(!hasFinding(findings, u"ref.duplicate"_s));
        const int htr = doc->find(u"https://my-first-aibom.com/SimpleHTR"_s);
        QVERIFY(htr > 0);
        QCOMPARE(edgeTargets(*doc, htr, u"dependsOn"_s).size(), 7);
    }

    void spdx3DatasetAndMinimal()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        auto co2 = readSbomFile(dir + u"/spdx-3.0.1/spdx-examples-dataset-example01-co2.spdx3.json"_s);
        QVERIFY(co2);
        int dataset = -1;
        for (int i = 0; i < co2->nodes.size(); ++i)
            if (co2->nodes[i].kind == SbomNodeKind::Dataset)
                dataset = i;
        QVERIFY(dataset > 0);
        QVERIFY(!co2->nodes[dataset].hashes.isEmpty());
        QCOMPARE(co2->nodes[dataset].licences.value(0).text, u"CC-BY-4.0"_s);

        auto minimal = readSbomFile(dir + u"/spdx-3.0.1/spdx-spec-package_sbom.spdx3.json"_s);
        QVERIFY(minimal);
        int package = -1, file = -1;
        for (int i = 0; i < minimal->nodes.size(); ++i) {
            if (minimal->nodes[i].type == u"software_Package"_s)
                package = i;
            if (minimal->nodes[i].type == u"software_File"_s)
                file = i;
        }
        QVERIFY(package > 0 && file > 0);
        QCOMPARE(minimal->nodes[file].parent, package);
        QCOMPARE(minimal->nodes[package].parent, 0);
    }

    // ---- detection from content ----
    void detection()
    {
        QCOMPARE(detectSbom(Json{{"bomFormat", "CycloneDX"}, {"specVersion", "1.5"}}).format, SbomFormat::CycloneDx);
        QCOMPARE(detectSbom(Json{{"spdxVersion", "SPDX-2.3"}}).version, u"2.3"_s);
        const auto d3 = detectSbom(Json{{"@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}, {"@graph", Json::array()}});
        QCOMPARE(d3.format, SbomFormat::Spdx3);
        QCOMPARE(d3.version, u"3.0.1"_s);
        QCOMPARE(detectSbom(Json{{"bomFormat", "Other"}}).format, SbomFormat::Unknown);
        QCOMPARE(detectSbom(Json::array()).format, SbomFormat::Unknown);
        // the name says SPDX, the content is CycloneDX
        QTemporaryDir tmp;
        writeFile(tmp.path(), u"x.spdx.json"_s, bytes(cdxBom(Json::array({lib("a")}))));
        auto doc = readSbomFile(tmp.filePath(u"x.spdx.json"_s));
        QVERIFY(doc);
        QCOMPARE(doc->format, SbomFormat::CycloneDx);
        QVERIFY(!readSbom(R"({"hello": "world"})").has_value());
    }

    // ---- checks on generated SBOMs ----
    void checkDuplicateRefs()
    {
        const auto f = checkSbom(load(bytes(cdxBom(Json::array({lib("a"), lib("a"), lib("b")})))));
        QVERIFY(hasFinding(f, u"ref.duplicate"_s, u"a"_s));
        QVERIFY(!passesChecks(f));
        QVERIFY(passesChecks(checkSbom(load(bytes(cdxBom(Json::array({lib("a"), lib("b")})))))));
        const Json spdx{{"spdxVersion", "SPDX-2.3"}, {"SPDXID", "SPDXRef-DOCUMENT"}, {"name", "d"},
                        {"dataLicense", "CC0-1.0"}, {"documentNamespace", "https://x/y"},
                        {"creationInfo", {{"created", "2024-01-01T00:00:00Z"}, {"creators", {"Tool: t"}}}},
                        {"packages", Json::array({{{"SPDXID", "SPDXRef-p"}, {"name", "p"}, {"downloadLocation", "NONE"}},
                                                  {{"SPDXID", "SPDXRef-p"}, {"name", "q"}, {"downloadLocation", "NONE"}}})}};
        QVERIFY(hasFinding(checkSbom(load(bytes(spdx))), u"ref.duplicate"_s, u"SPDXRef-p"_s));
    }

    void checkDanglingRefs()
    {
        const Json deps = Json::array({{{"ref", "a"}, {"dependsOn", {"b", "ghost"}}},
                                       {{"ref", "phantom"}, {"dependsOn", Json::array()}},
                                       {{"ref", "b"}, {"dependsOn", {"urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#x"}}}});
        const auto f = checkSbom(load(bytes(cdxBom(Json::array({lib("a"), lib("b")}), deps))));
        QVERIFY(hasFinding(f, u"ref.dangling"_s, u"ghost"_s));
        QVERIFY(hasFinding(f, u"ref.dangling"_s, u"phantom"_s));
        QCOMPARE(codes(f, SbomSeverity::Error).count(u"ref.dangling"_s), 2);  // the BOM-Link is external
        // SPDX 3: "to" names nothing; a listed licence IRI is fine
        const Json spdx3{{"@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"},
                         {"@graph", Json::array({
                             {{"type", "software_Package"}, {"spdxId", "urn:p"}, {"name", "p"}},
                             {{"type", "Relationship"}, {"spdxId", "urn:r1"}, {"from", "urn:p"}, {"relationshipType", "dependsOn"}, {"to", {"urn:missing"}}},
                             {{"type", "Relationship"}, {"spdxId", "urn:r2"}, {"from", "urn:p"}, {"relationshipType", "hasDeclaredLicense"}, {"to", {"https://spdx.org/licenses/MIT"}}},
                         })}};
        const SbomDocument d3 = load(bytes(spdx3));
        const auto f3 = checkSbom(d3);
        QCOMPARE(codes(f3, SbomSeverity::Error), QStringList{u"ref.dangling"_s});
        QVERIFY(hasFinding(f3, u"ref.dangling"_s, u"urn:missing"_s));
        QCOMPARE(d3.nodes[d3.find(u"urn:p"_s)].licences.value(0).text, u"MIT"_s);
    }

    void checkCycles()
    {
        const Json deps = Json::array({{{"ref", "a"}, {"dependsOn", {"b"}}},
                                       {{"ref", "b"}, {"dependsOn", {"c"}}},
                                       {{"ref", "c"}, {"dependsOn", {"a"}}}});
        const auto f = checkSbom(load(bytes(cdxBom(Json::array({lib("a"), lib("b"), lib("c")}), deps))));
        QVERIFY(hasFinding(f, u"graph.cycle"_s));
        const Json acyclic = Json::array({{{"ref", "a"}, {"dependsOn", {"b", "c"}}}, {{"ref", "b"}, {"dependsOn", {"c"}}}});
        QVERIFY(!hasFinding(checkSbom(load(bytes(cdxBom(Json::array({lib("a"), lib("b"), lib("c")}), acyclic)))),
                            u"graph.cycle"_s));
        // a self-dependency is a cycle too
        const Json self = Json::array({{{"ref", "a"}, {"dependsOn", {"a"}}}});
        QVERIFY(hasFinding(checkSbom(load(bytes(cdxBom(Json::array({lib("a")}), self)))), u"graph.cycle"_s));
    }

    void checkHashLength()
    {
        Json c = lib("a");
        c["hashes"] = Json::array({{{"alg", "SHA-256"}, {"content", std::string(40, 'a')}},  // SHA-1 length
                                   {{"alg", "SHA-1"}, {"content", std::string(40, 'b')}}});
        const auto f = checkSbom(load(bytes(cdxBom(Json::array({c})))));
        QCOMPARE(codes(f, SbomSeverity::Error), QStringList{u"hash.length"_s});
        QVERIFY(schemaValid(f));  // the schema accepts any of the lengths for any algorithm
        c["hashes"][0]["content"] = std::string(64, 'A');
        QVERIFY(passesChecks(checkSbom(load(bytes(cdxBom(Json::array({c})))))));
    }

    void checkModelAndDatasetWithoutLicence()
    {
        const Json model{{"type", "machine-learning-model"}, {"bom-ref", "m"}, {"name", "m"},
                         {"modelCard", {{"modelParameters", {{"datasets", Json::array({{{"ref", "d"}}})}}}}}};
        const Json data{{"type", "data"}, {"bom-ref", "d"}, {"name", "d"}};
        const SbomDocument doc = load(bytes(cdxBom(Json::array({model, data}))));
        const auto f = checkSbom(doc);
        QVERIFY(hasFinding(f, u"licence.missing"_s, u"m"_s));
        QVERIFY(hasFinding(f, u"licence.missing"_s, u"d"_s));
        QVERIFY(passesChecks(f));  // a warning, not an error
        QCOMPARE(edgeTargets(doc, doc.find(u"m"_s), u"dataset"_s), QStringList{u"d"_s});
        Json licensed = model;
        licensed["licenses"] = Json::array({{{"license", {{"id", "Apache-2.0"}}}}});
        QVERIFY(!hasFinding(checkSbom(load(bytes(cdxBom(Json::array({licensed, data}))))), u"licence.missing"_s, u"m"_s));
    }

    void schemaRules()
    {
        Json bom = cdxBom(Json::array({lib("a")}));
        bom["serialNumber"] = "urn:uuid:nope";
        QVERIFY(hasFinding(checkSbom(load(bytes(bom))), u"schema.serial-number"_s));
        Json untyped = lib("a");
        untyped.erase("type");
        QVERIFY(hasFinding(checkSbom(load(bytes(cdxBom(Json::array({untyped}))))), u"schema.required"_s));
        Json ml = lib("a");
        ml["type"] = "machine-learning-model";
        QVERIFY(hasFinding(checkSbom(load(bytes(cdxBom(Json::array({ml}), Json::array(), "1.4")))), u"schema.enum"_s));
        QVERIFY(!hasFinding(checkSbom(load(bytes(cdxBom(Json::array({ml}), Json::array(), "1.5")))), u"schema.enum"_s));
    }

    // ---- cross-check against a hashed model ----
    void crossCheckWithModel()
    {
        QTemporaryDir tmp;
        const QString model = tmp.filePath(u"model"_s);
        const Tree tree{{"weights.bin", randomBytes(10'000, 7)}, {"config.json", "{}"}, {"tokenizer.json", "tok"}};
        writeTree(model, tree);
        JobControl control;
        auto outcome = hashModel(model, SourceOptions{}, HashOptions{}, control);
        QVERIFY(outcome);
        auto manifest = manifestFromOutcome(*outcome, SerializationInfo{});
        QVERIFY(manifest);

        auto file = [](const std::string &name, const QString &digest) {
            return Json{{"type", "file"}, {"bom-ref", name}, {"name", name},
                        {"hashes", Json::array({{{"alg", "SHA-256"}, {"content", digest.toStdString()}}})}};
        };
        const Json components = Json::array({
            file("weights.bin", sha256Hex(tree.value("weights.bin")).toUpper()),  // match, case-insensitive
            file("./config.json", sha256Hex("{ }")),                               // mismatch
            file("extra.bin", sha256Hex("extra")),                                 // only in the SBOM
        });
        const SbomDocument doc = load(bytes(cdxBom(components)));
        const SbomCrossCheck result = crossCheck(doc, *manifest);
        QCOMPARE(result.count(CrossCheckStatus::Match), 1);
        QCOMPARE(result.count(CrossCheckStatus::Mismatch), 1);
        QCOMPARE(result.count(CrossCheckStatus::OnlyInSbom), 1);
        QCOMPARE(result.count(CrossCheckStatus::OnlyInModel), 1);
        for (const CrossCheckEntry &e : result.entries) {
            if (e.status == CrossCheckStatus::Mismatch)
                QCOMPARE(e.path, u"config.json"_s);
            if (e.status == CrossCheckStatus::OnlyInModel)
                QCOMPARE(e.path, u"tokenizer.json"_s);
            if (e.status == CrossCheckStatus::Match)
                QCOMPARE(e.modelDigest, sha256Hex(tree.value("weights.bin")));
        }
        // a model component whose hash is a file's digest matches by digest
        Json m{{"type", "machine-learning-model"}, {"bom-ref", "m"}, {"name", "m"},
               {"hashes", Json::array({{{"alg", "SHA-256"}, {"content", sha256Hex(tree.value("weights.bin")).toStdString()}}})}};
        const SbomCrossCheck byDigest = crossCheck(load(bytes(cdxBom(Json::array({m})))), *manifest);
        QCOMPARE(byDigest.count(CrossCheckStatus::Match), 1);
        QCOMPARE(byDigest.count(CrossCheckStatus::OnlyInModel), 2);
        // SPDX 2.3 files with ./ names and SHA1 only: present but not comparable
        const Json spdx{{"spdxVersion", "SPDX-2.3"}, {"SPDXID", "SPDXRef-DOCUMENT"}, {"name", "d"},
                        {"documentNamespace", "https://x/y"},
                        {"files", Json::array({{{"SPDXID", "SPDXRef-f"}, {"fileName", "./weights.bin"},
                                                {"checksums", Json::array({{{"algorithm", "SHA1"}, {"checksumValue", std::string(40, '0')}}})}}})}};
        const SbomCrossCheck sha1 = crossCheck(load(bytes(spdx)), *manifest);
        QCOMPARE(sha1.count(CrossCheckStatus::NotComparable), 1);
        QCOMPARE(sha1.count(CrossCheckStatus::Mismatch), 0);
    }

    // ---- diff ----
    void diff()
    {
        Json hashed = lib("h");
        hashed["hashes"] = Json::array({{{"alg", "SHA-256"}, {"content", std::string(64, 'a')}}});
        Json relicensed = lib("l");
        const SbomDocument before = load(bytes(cdxBom(Json::array({lib("same"), lib("gone"), lib("bump", "1.0"), hashed, relicensed}))));
        hashed["hashes"][0]["content"] = std::string(64, 'b');
        relicensed["licenses"] = Json::array({{{"license", {{"id", "Apache-2.0"}}}}});
        const SbomDocument after = load(bytes(cdxBom(Json::array({lib("same"), lib("new"), lib("bump", "2.0"), hashed, relicensed}))));
        QStringList got;
        for (const SbomChange &c : diffSboms(before, after))
            got << changeKindName(c.kind) + u' ' + c.name + u' ' + c.was + u'>' + c.now;
        got.sort();
        QCOMPARE(got, (QStringList{u"added new >1.0"_s, u"hash-changed h sha256:"_s + QString(64, u'a') + u">sha256:"_s + QString(64, u'b'),
                                   u"licence-changed l MIT>Apache-2.0"_s, u"removed gone 1.0>"_s, u"version-changed bump 1.0>2.0"_s}));
        QVERIFY(diffSboms(before, before).isEmpty());
    }

    void licenceSummaryCounts()
    {
        Json a = lib("a"), b = lib("b"), c = lib("c");
        c.erase("licenses");
        b["licenses"] = Json::array({{{"expression", "MIT OR Apache-2.0"}}});
        const LicenceSummary s = licenceSummary(load(bytes(cdxBom(Json::array({a, b, c, lib("d")})))));
        QCOMPARE(s.licences.size(), 2);
        QCOMPARE(s.licences[0].licence, u"MIT"_s);
        QCOMPARE(s.licences[0].components, 2);
        QCOMPARE(s.withoutLicence, 1);
    }

    // ---- scale ----
    void fiftyThousandComponents()
    {
        constexpr int n = 50'000;
        Json components = Json::array();
        Json deps = Json::array();
        for (int i = 0; i < n; ++i) {
            const std::string ref = "c" + std::to_string(i);
            Json c = lib(ref, std::to_string(i % 7));
            c["purl"] = "pkg:pypi/" + ref + "@1.0";
            c["hashes"] = Json::array({{{"alg", "SHA-256"}, {"content", sha256Hex(QByteArray::number(i)).toStdString()}}});
            components.push_back(std::move(c));
            Json d{{"ref", ref}, {"dependsOn", Json::array()}};
            if (i + 1 < n)
                d["dependsOn"].push_back("c" + std::to_string(i + 1));  // one long chain: deep for naive recursion
            if (i + 2 < n)
                d["dependsOn"].push_back("c" + std::to_string(i + 2));
            deps.push_back(std::move(d));
        }
        const QByteArray text = bytes(cdxBom(components, deps));
        QElapsedTimer timer;
        timer.start();
        auto doc = readSbom(text);
        const qint64 parseMs = timer.elapsed();
        QVERIFY(doc);
        const auto findings = checkSbom(*doc);
        const qint64 checkMs = timer.elapsed() - parseMs;
        const auto summary = licenceSummary(*doc);
        const auto changes = diffSboms(*doc, *doc);
        const qint64 totalMs = timer.elapsed();
        qInfo("50k components: %lld bytes, parse %lld ms, checks %lld ms, parse+checks+summary+diff %lld ms",
              qint64(text.size()), parseMs, checkMs, totalMs);
        QCOMPARE(doc->componentCount(), n);
        QCOMPARE(doc->edges.size(), qsizetype(2 * n - 3));
        QVERIFY2(passesChecks(findings), qPrintable(codes(findings, SbomSeverity::Error).mid(0, 5).join(u',')));
        QVERIFY(!hasFinding(findings, u"graph.cycle"_s));
        QCOMPARE(summary.licences.value(0).components, n);
        QVERIFY(changes.isEmpty());
        QCOMPARE(doc->incoming(doc->find(u"c49999"_s)).size(), size_t(2));

        // the same chain closed into a loop: found without recursion
        deps[n - 1]["dependsOn"].push_back("c0");
        auto looped = readSbom(bytes(cdxBom(components, deps)));
        QVERIFY(looped);
        QVERIFY(hasFinding(checkSbom(*looped), u"graph.cycle"_s));
    }

    void fiftyThousandSpdx()
    {
        constexpr int n = 50'000;
        Json packages = Json::array();
        Json relationships = Json::array();
        for (int i = 0; i < n; ++i) {
            const std::string id = "SPDXRef-p" + std::to_string(i);
            packages.push_back({{"SPDXID", id}, {"name", "p" + std::to_string(i)}, {"downloadLocation", "NONE"},
                                {"licenseConcluded", "MIT"}});
            // a containment chain 50k deep
            if (i > 0)
                relationships.push_back({{"spdxElementId", "SPDXRef-p" + std::to_string(i - 1)},
                                         {"relationshipType", "CONTAINS"}, {"relatedSpdxElement", id}});
        }
        const Json spdx{{"spdxVersion", "SPDX-2.3"}, {"SPDXID", "SPDXRef-DOCUMENT"}, {"name", "big"},
                        {"dataLicense", "CC0-1.0"}, {"documentNamespace", "https://x/big"},
                        {"creationInfo", {{"created", "2024-01-01T00:00:00Z"}, {"creators", {"Tool: t"}}}},
                        {"packages", packages}, {"relationships", relationships}};
        QElapsedTimer timer;
        timer.start();
        auto doc = readSbom(bytes(spdx));
        QVERIFY(doc);
        const auto findings = checkSbom(*doc);
        qInfo("50k SPDX packages in a containment chain: parse+checks %lld ms", timer.elapsed());
        QCOMPARE(doc->componentCount(), n);
        QVERIFY(passesChecks(findings));
        for (int i = 1; i < doc->nodes.size(); ++i)
            QVERIFY(doc->nodes[i].parent >= 0);
    }

    // ---- hostile input ----
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("loads");
        for (const HostileInput &h : hostileSbomInputs(bytes(cdxBom(Json::array({lib("a")})))))
            QTest::newRow(h.name) << h.text << h.loads;
    }

    void hostile()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, loads);
        auto doc = readSbom(text);
        QCOMPARE(doc.has_value(), loads);
        if (!doc) {
            QVERIFY(!doc.error().message.isEmpty());
            return;
        }
        // every node reachable from the root exactly once, and checks finish
        QList<bool> seen(doc->nodes.size(), false);
        QList<int> stack{0};
        int visited = 0;
        while (!stack.isEmpty()) {
            const int at = stack.takeLast();
            QVERIFY(!seen[at]);
            seen[at] = true;
            ++visited;
            for (const int c : doc->nodes[at].children) {
                QCOMPARE(doc->nodes[c].parent, at);
                stack.append(c);
            }
        }
        QCOMPARE(visited, doc->nodes.size());
        const auto findings = checkSbom(*doc);
        Q_UNUSED(findings);
        Q_UNUSED(licenceSummary(*doc));
        Q_UNUSED(diffSboms(*doc, *doc));
    }
};

QTEST_GUILESS_MAIN(TestSbom)
#include "tst_sbom.moc"
