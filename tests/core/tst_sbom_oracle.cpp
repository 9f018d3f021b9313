// Hallmark's schema verdict on CycloneDX documents, schemaValid(checkSbom()),
// against @cyclonedx/cyclonedx-library's strict JSON schema validator
// (tests/cyclonedx-oracle/validate.mjs): on ML-BOMs and broken documents made
// here for CycloneDX 1.4, 1.5 and 1.6, and on every CycloneDX file in
// ../shared/vectors/sbom. Any disagreement not listed in knownDifferences()
// fails the test, and so does a listed one that has gone away.
//
// Needs node >= 20.18 and npm; the packages come from the npm cache
// (npm ci --offline) or the registry. Without them the test is skipped, saying why.

#include "coretest.h"
#include "npmoracle.h"

#include "sbom/sbomchecks.h"
#include "sbom/sbomreader.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using Json = nlohmann::json;

namespace {

const char kSerial[] = "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79";

Json bom(const std::string &version, const Json &components, const Json &dependencies = Json::array())
{
    Json b{{"bomFormat", "CycloneDX"}, {"specVersion", version}, {"serialNumber", kSerial}, {"version", 1},
           {"metadata", {{"timestamp", "2024-05-01T12:00:00Z"},
                         {"component", {{"type", "application"}, {"name", "hallmark-test"}, {"version", "1.0"}, {"bom-ref", "app"}}}}},
           {"components", components}};
    if (!dependencies.empty())
        b["dependencies"] = dependencies;
    return b;
}

Json library(const std::string &name)
{
    return Json{{"type", "library"}, {"name", name}, {"version", "2.1.0"}, {"bom-ref", name}, {"purl", "pkg:pypi/" + name + "@2.1.0"},
                {"hashes", Json::array({{{"alg", "SHA-256"}, {"content", std::string(64, 'a')}},
                                        {{"alg", "MD5"}, {"content", std::string(32, 'b')}}})},
                {"licenses", Json::array({{{"license", {{"id", "MIT"}}}}})}};
}

// A model with a model card that names a dataset component, as in an ML-BOM.
Json mlComponents(int minor)
{
    Json dataLicence{{"license", {{"id", "CC-BY-4.0"}}}};
    if (minor >= 6)
        dataLicence["license"]["acknowledgement"] = "declared";
    Json considerations{{"users", {"researchers"}},
                        {"useCases", {"image classification"}},
                        {"technicalLimitations", {"small images only"}},
                        {"ethicalConsiderations", Json::array({{{"name", "bias"}, {"mitigationStrategy", "balanced data"}}})}};
    if (minor >= 6)
        considerations["environmentalConsiderations"] = {
            {"energyConsumptions", Json::array({{{"activity", "training"},
                                                 {"energyProviders", Json::array({{{"organization", {{"name", "Grid"}}},
                                                                                   {"energySource", "wind"},
                                                                                   {"energyProvided", {{"value", 10.5}, {"unit", "kWh"}}}}})},
                                                 {"activityEnergyCost", {{"value", 12.5}, {"unit", "kWh"}}}}})}};
    const Json model{
        {"type", "machine-learning-model"}, {"name", "classifier"}, {"version", "3"}, {"bom-ref", "model-1"},
        {"hashes", Json::array({{{"alg", "SHA-512"}, {"content", std::string(128, 'c')}}})},
        {"licenses", Json::array({{{"expression", "Apache-2.0 OR MIT"}}})},
        {"modelCard",
         {{"bom-ref", "card-1"},
          {"modelParameters",
           {{"approach", {{"type", "supervised"}}},
            {"task", "classification"},
            {"architectureFamily", "cnn"},
            {"modelArchitecture", "resnet-18"},
            {"datasets", Json::array({{{"ref", "data-1"}}})},
            {"inputs", Json::array({{{"format", "image/png"}}})},
            {"outputs", Json::array({{{"format", "text/plain"}}})}}},
          {"quantitativeAnalysis",
           {{"performanceMetrics", Json::array({{{"type", "accuracy"}, {"value", "0.91"}, {"slice", "test"},
                                                 {"confidenceInterval", {{"lowerBound", "0.90"}, {"upperBound", "0.92"}}}}})}}},
          {"considerations", considerations}}}};
    const Json data{{"type", "data"}, {"name", "images"}, {"bom-ref", "data-1"},
                    {"licenses", Json::array({dataLicence})},
                    {"data", Json::array({{{"type", "dataset"}, {"name", "train split"},
                                           {"contents", {{"url", "https://example.org/images/train"}}},
                                           {"classification", "public"},
                                           {"governance", {{"owners", Json::array({{{"organization", {{"name", "Example"}}}}})}}}}})}};
    return Json::array({model, data, library("torch")});
}

Json mlDependencies()
{
    return Json::array({{{"ref", "app"}, {"dependsOn", {"model-1"}}},
                        {{"ref", "model-1"}, {"dependsOn", {"torch", "data-1"}}},
                        {{"ref", "torch"}, {"dependsOn", Json::array()}},
                        {{"ref", "data-1"}, {"dependsOn", Json::array()}}});
}

struct Generated {
    std::string name;
    Json doc;
    bool valid;  // what the schema says, by construction
};

std::vector<Generated> generatedDocuments()
{
    std::vector<Generated> out;
    for (int minor : {4, 5, 6}) {
        const std::string v = "1." + std::to_string(minor);
        const auto add = [&](const std::string &name, const Json &doc, bool valid) { out.push_back({name + "-" + v, doc, valid}); };
        const Json libs = Json::array({library("numpy"), library("torch")});
        const Json deps = Json::array({{{"ref", "app"}, {"dependsOn", {"numpy", "torch"}}}, {{"ref", "numpy"}, {"dependsOn", Json::array()}}});
        add("valid-libraries", bom(v, libs, deps), true);
        if (minor >= 5)
            add("valid-mlbom", bom(v, mlComponents(minor), mlDependencies()), true);
        else
            add("invalid-ml-type", bom(v, Json::array({{{"type", "machine-learning-model"}, {"name", "m"}}})), false);

        Json d = bom(v, libs);
        d["serialNumber"] = "urn:uuid:not-a-uuid";
        add("invalid-serial", d, false);
        d = bom(v, libs);
        d["serialNumber"] = "3e671687-395b-41f5-a30f-a58921a69b79";
        add("invalid-serial-no-urn", d, false);
        d = bom(v, libs);
        d["components"][0]["bom-ref"] = 42;
        add("invalid-bomref-number", d, false);
        d = bom(v, libs);
        d["components"][1]["bom-ref"] = "";
        add(minor >= 5 ? "invalid-bomref-empty" : "valid-bomref-empty", d, minor < 5);  // 1.5 added minLength
        d = bom(v, libs);
        d["components"][0]["type"] = "robot";
        add("invalid-component-type", d, false);
        d = bom(v, libs);
        d["components"][0].erase("type");
        add("invalid-no-type", d, false);
        d = bom(v, libs);
        d["components"][0].erase("name");
        add("invalid-no-name", d, false);
        d = bom(v, libs);
        d["components"][0]["hashes"][0]["alg"] = "SHA-999";
        add("invalid-hash-alg", d, false);
        d = bom(v, libs);
        d["components"][0]["hashes"][1]["content"] = "xyz";
        add("invalid-hash-content", d, false);
        d = bom(v, libs);
        d["components"][0]["hashes"][0]["content"] = std::string(40, 'a');  // SHA-256 of 40 digits: ours, not the schema's
        add("valid-hash-length-mismatch", d, true);
        d = bom(v, libs);
        d["components"][0]["colour"] = "red";
        add("invalid-component-member", d, false);
        d = bom(v, libs);
        d["extra"] = true;
        add("invalid-top-member", d, false);
        d = bom(v, libs);
        d["components"][1]["hashes"][0]["note"] = "x";
        add("invalid-hash-member", d, false);
        d = bom(v, libs);
        d["components"][0]["licenses"] = Json::array({{{"license", {{"id", "MIT"}, {"name", "MIT"}}}}});
        add("invalid-licence-id-and-name", d, false);
        d = bom(v, libs);
        d["components"][0]["licenses"] = Json::array({{{"license", {{"id", "apache-2.0"}}}}});
        add("invalid-licence-id-case", d, false);
        d = bom(v, libs, Json::array({{{"dependsOn", {"numpy"}}}}));
        add("invalid-dependency-no-ref", d, false);
        d = bom(v, libs, Json::array({{{"ref", "app"}, {"dependsOn", {"numpy", "numpy"}}}}));
        add("invalid-dependency-twice", d, false);
        d = bom(v, libs);
        d["components"] = Json::object();
        add("invalid-components-object", d, false);
        if (minor >= 5) {
            d = bom(v, mlComponents(minor), mlDependencies());
            d["components"][0]["modelCard"]["accuracy"] = "0.9";
            add("invalid-modelcard-member", d, false);
        } else {
            d = bom(v, libs);
            d["components"][0]["modelCard"] = Json::object();
            add("invalid-modelcard-in-1.4", d, false);
        }
        if (minor >= 5) {
            d = bom(v, libs);
            d["components"][0]["licenses"] = Json::array({{{"license", {{"id", "MIT"}}}}, {{"expression", "MIT OR ISC"}}});
            add("invalid-licence-mix", d, false);
        }
    }
    return out;
}

// Disagreements understood and accepted, by file name: why Hallmark's verdict
// differs from the schema's.
const QHash<QString, QString> &knownDifferences()
{
    static const QHash<QString, QString> known{};
    return known;
}

} // namespace

#define ORACLE_OR_SKIP()                \
    do {                                \
        if (!m_error.isEmpty())         \
            QFAIL(qPrintable(m_error)); \
        if (!m_skip.isEmpty())          \
            QSKIP(qPrintable(m_skip));  \
    } while (false)

class TestSbomOracle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_oracle;
    QString m_node;
    QString m_skip;   // why the oracle cannot run
    QString m_error;  // why it ran but failed
    QHash<QString, Json> m_verdicts;  // file → validate.mjs's line
    QHash<QString, bool> m_expected;  // generated file → valid by construction
    QStringList m_generated;
    QStringList m_vectors;
    int m_compared = 0;
    int m_agreed = 0;
    int m_knownSeen = 0;

    bool ready() const { return m_skip.isEmpty() && m_error.isEmpty(); }

    static bool hallmarkSchemaValid(const QString &file, QString *why)
    {
        auto doc = readSbomFile(file);
        if (!doc) {
            *why = doc.error().message;
            return false;
        }
        const QList<SbomFinding> findings = checkSbom(*doc);
        QStringList schema;
        for (const SbomFinding &f : findings)
            if (f.severity == SbomSeverity::Error && f.code.startsWith(QLatin1String("schema.")))
                schema << f.code + QLatin1String(" @ ") + f.ref + QLatin1String(": ") + f.message;
        *why = schema.join(QLatin1Char('\n'));
        return schemaValid(findings);
    }

    // Compares one file's verdicts; fails on an unexpected difference.
    void compare(const QString &file)
    {
        const Json &line = m_verdicts.value(file);
        QVERIFY2(line.is_object(), qPrintable(QStringLiteral("validate.mjs said nothing about %1").arg(file)));
        if (line.contains("skipped"))
            QSKIP(qPrintable(QStringLiteral("the oracle skipped it: %1").arg(QString::fromStdString(line["skipped"]))));
        const bool oracle = line["valid"].get<bool>();
        QString why;
        const bool ours = hallmarkSchemaValid(file, &why);
        const QString name = QFileInfo(file).fileName();
        const QString oracleErrors = QString::fromStdString(line.value("errors", Json::array()).dump()).left(600);
        ++m_compared;
        if (knownDifferences().contains(name)) {
            ++m_knownSeen;
            QVERIFY2(ours != oracle, qPrintable(QStringLiteral("%1 is listed as a known difference, but both now say %2; remove it")
                                                    .arg(name, ours ? QStringLiteral("valid") : QStringLiteral("invalid"))));
            qInfo().noquote() << "known difference:" << name << "—" << knownDifferences().value(name);
            return;
        }
        QVERIFY2(ours == oracle, qPrintable(QStringLiteral("%1: the oracle says %2, Hallmark says %3.\nOracle: %4\nHallmark: %5")
                                                .arg(name, oracle ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                                     ours ? QStringLiteral("valid") : QStringLiteral("invalid"), oracleErrors, why)));
        ++m_agreed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Generated documents first: they are compared whenever the oracle runs.
        const QString generated = m_tmp.filePath(QStringLiteral("generated"));
        QDir().mkpath(generated);
        for (const Generated &g : generatedDocuments()) {
            const QString file = generated + QLatin1Char('/') + QString::fromStdString(g.name) + QStringLiteral(".cdx.json");
            test::writeFile(generated, QFileInfo(file).fileName(), QByteArray::fromStdString(g.doc.dump(2)));
            m_generated << file;
            m_expected.insert(file, g.valid);
        }
        if (const auto shared = test::sharedVectors(QStringLiteral("sbom"))) {
            QDirIterator it(*shared, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile f(file);
                if (f.open(QIODevice::ReadOnly) && f.read(4096).contains("\"CycloneDX\""))
                    m_vectors << file;
            }
            m_vectors.sort();
        }

        const test::NpmOracle oracle = test::prepareNpmOracle(
            qEnvironmentVariable("HALLMARK_CDX_ORACLE_DIR", QStringLiteral(HALLMARK_CDX_ORACLE_DIR)),
            {QStringLiteral("package.json"), QStringLiteral("package-lock.json"), QStringLiteral("validate.mjs")},
            m_tmp.filePath(QStringLiteral("oracle")), 20, 18, QStringLiteral("@cyclonedx/cyclonedx-library"));
        QVERIFY2(oracle.error.isEmpty(), qPrintable(oracle.error));
        m_skip = oracle.skip;
        if (!m_skip.isEmpty())
            return;
        m_oracle = oracle.dir;
        m_node = oracle.node;
        const test::ProcessResult judged = test::runProgram(m_node, QStringList{QStringLiteral("validate.mjs")} + m_generated + m_vectors, 300000, m_oracle);
        if (!judged.ok()) {
            m_error = QStringLiteral("validate.mjs failed (exit %1): %2").arg(judged.exitCode).arg(judged.text());
            return;
        }
        for (const QByteArray &text : judged.out.split('\n')) {
            const Json line = Json::parse(text.toStdString(), nullptr, false);
            if (line.is_object() && line.contains("file"))
                m_verdicts.insert(QString::fromStdString(line["file"]), line);
        }
        if (m_verdicts.size() != m_generated.size() + m_vectors.size())
            m_error = QStringLiteral("validate.mjs judged %1 of %2 files").arg(m_verdicts.size()).arg(m_generated.size() + m_vectors.size());
    }

    void generated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : std::as_const(m_generated))
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
    }

    void generated()
    {
        QFETCH(QString, file);
        ORACLE_OR_SKIP();
        // The oracle must see what the document was made to be, or the document is wrong.
        const Json &line = m_verdicts.value(file);
        QVERIFY2(line.value("valid", !m_expected.value(file)) == m_expected.value(file),
                 qPrintable(QStringLiteral("made to be %1, but the oracle says otherwise: %2")
                                .arg(m_expected.value(file) ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                     QString::fromStdString(line.dump()).left(600))));
        compare(file);
    }

    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        if (m_vectors.isEmpty()) {
            QTest::newRow("absent") << QString();
            return;
        }
        for (const QString &file : std::as_const(m_vectors))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void vectors()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("../shared/vectors/sbom is not present beside the checkout (or holds no CycloneDX file)");
        ORACLE_OR_SKIP();
        compare(file);
    }

    void knownDifferencesAreSeen()
    {
        ORACLE_OR_SKIP();
        if (m_vectors.isEmpty())
            QSKIP("the known differences may be in the shared vectors, which are absent");
        QCOMPARE(m_knownSeen, int(knownDifferences().size()));
    }

    void cleanupTestCase()
    {
        if (!m_skip.isEmpty())
            qInfo("CycloneDX oracle skipped: %s", qPrintable(m_skip));
        else
            qInfo("CycloneDX oracle: %d files compared (%d generated, %d shared vectors), %d agreed, %d known differences",
                  m_compared, int(m_generated.size()), int(m_vectors.size()), m_agreed, m_knownSeen);
    }
};

QTEST_GUILESS_MAIN(TestSbomOracle)
#include "tst_sbom_oracle.moc"
