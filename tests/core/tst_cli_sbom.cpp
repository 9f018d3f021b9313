#include "coretest.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

Json bom(const Json &components, const Json &dependencies = Json::array())
{
    return {{"bomFormat", "CycloneDX"},
            {"specVersion", "1.6"},
            {"serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"},
            {"version", 1},
            {"components", components},
            {"dependencies", dependencies}};
}

Json file(const std::string &name, const QByteArray &content)
{
    return {{"type", "file"}, {"bom-ref", name}, {"name", name},
            {"licenses", Json::array({{{"license", {{"id", "MIT"}}}}})},
            {"hashes", Json::array({{{"alg", "SHA-256"}, {"content", sha256(content).toHex().toStdString()}}})}};
}

Json parse(const QByteArray &out)
{
    Json j = Json::parse(out.toStdString(), nullptr, false);
    return j.is_discarded() ? Json() : j;
}

} // namespace

class TestCliSbom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;
    const Tree m_tree{{"weights.bin", randomBytes(5000, 3)}, {"config.json", "{}"}};

    QString write(const QString &name, const QByteArray &content)
    {
        writeFile(m_dir.path(), name, content);
        return m_dir.filePath(name);
    }
    QString write(const QString &name, const Json &json) { return write(name, QByteArray::fromStdString(json.dump())); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HALLMARK_CLI"))
            QSKIP("HALLMARK_CLI is not set; run through ctest");
        m_model = m_dir.filePath(u"model"_s);
        writeTree(m_model, m_tree);
    }

    void cleanFileExitsZero()
    {
        const QString path = write(u"clean.json"_s, bom(Json::array({file("weights.bin", m_tree.value("weights.bin"))})));
        const ProcessResult text = runCli({u"sbom"_s, path});
        QVERIFY2(text.exitCode == 0, text.out + text.err);
        QVERIFY(text.out.contains("CycloneDX 1.6"));

        const ProcessResult r = runCli({u"sbom"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const Json j = parse(r.out);
        QVERIFY2(j.is_object(), r.out.constData());
        QVERIFY(j["format"] == "CycloneDX");
        QVERIFY(j["specVersion"] == "1.6");
        QVERIFY(j["components"] == 1);
        QVERIFY(j["passes"] == true);
        QVERIFY(j["schemaValid"] == true);
        QVERIFY(j["counts"]["errors"] == 0);
        QVERIFY(j["findings"].is_array());
        QCOMPARE(j["nodes"].size(), size_t(2));
        QVERIFY(j["nodes"][1]["kind"] == "file");
        QVERIFY(j["nodes"][1]["hashes"][0]["algorithm"] == "sha256");
        QVERIFY(j["licences"]["summary"][0]["licence"] == "MIT");
        QVERIFY(!j.contains("crossCheck"));
        QVERIFY(!j.contains("diff"));
    }

    void checkErrorsExitOne()
    {
        const Json deps = Json::array({{{"ref", "weights.bin"}, {"dependsOn", {"nowhere"}}}});
        const QString path = write(u"dangling.json"_s, bom(Json::array({file("weights.bin", "x")}), deps));
        const ProcessResult r = runCli({u"sbom"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const Json j = parse(r.out);
        QVERIFY(j["passes"] == false);
        bool dangling = false;
        for (const Json &f : j["findings"])
            dangling = dangling || (f["code"] == "ref.dangling" && f["ref"] == "nowhere" && f["severity"] == "error");
        QVERIFY2(dangling, r.out.constData());
        const ProcessResult text = runCli({u"sbom"_s, path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("ref.dangling"));
    }

    void badInputExitsTwo()
    {
        QCOMPARE(runCli({u"sbom"_s}).exitCode, 2);
        QCOMPARE(runCli({u"sbom"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(runCli({u"sbom"_s, write(u"trunc.json"_s, QByteArray("{\"bomFormat\":\"Cyclo"))}).exitCode, 2);
        QCOMPARE(runCli({u"sbom"_s, write(u"other.json"_s, QByteArray("{\"a\":1}"))}).exitCode, 2);
        const QString ok = write(u"ok.json"_s, bom(Json::array()));
        QCOMPARE(runCli({u"sbom"_s, ok, u"--check-against"_s, m_dir.filePath(u"no-model"_s)}).exitCode, 2);
        QCOMPARE(runCli({u"sbom"_s, ok, u"--diff"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(runCli({u"sbom"_s, ok, u"--bogus"_s}).exitCode, 2);
    }

    void crossCheck()
    {
        const QString matching = write(u"match.json"_s, bom(Json::array({file("weights.bin", m_tree.value("weights.bin")),
                                                                          file("config.json", m_tree.value("config.json"))})));
        const ProcessResult ok = runCli({u"sbom"_s, matching, u"--check-against"_s, m_model, u"--json"_s});
        QVERIFY2(ok.exitCode == 0, ok.out + ok.err);
        const Json j = parse(ok.out);
        QVERIFY(j["crossCheck"]["counts"]["match"] == 2);
        QVERIFY(j["crossCheck"]["counts"]["mismatch"] == 0);
        QVERIFY(j["crossCheck"]["counts"]["only-in-model"] == 0);
        // A signature inside the model is not model content.
        writeFile(m_model, u"model.sig"_s, "{}");
        const Json signedModel = parse(runCli({u"sbom"_s, matching, u"--check-against"_s, m_model, u"--json"_s}).out);
        QFile::remove(QDir(m_model).filePath(u"model.sig"_s));
        QVERIFY(signedModel["crossCheck"]["counts"]["only-in-model"] == 0);

        const QString wrong = write(u"mismatch.json"_s, bom(Json::array({file("weights.bin", "tampered"),
                                                                         file("extra.txt", "x")})));
        const ProcessResult bad = runCli({u"sbom"_s, wrong, u"--check-against"_s, m_model, u"--json"_s});
        QCOMPARE(bad.exitCode, 1);
        const Json k = parse(bad.out);
        QVERIFY(k["passes"] == true);  // the SBOM itself is fine; the model is not what it describes
        QVERIFY(k["crossCheck"]["counts"]["mismatch"] == 1);
        QVERIFY(k["crossCheck"]["counts"]["only-in-sbom"] == 1);
        QVERIFY(k["crossCheck"]["counts"]["only-in-model"] == 1);
        for (const Json &e : k["crossCheck"]["entries"])
            if (e["status"] == "mismatch") {
                QVERIFY(e["path"] == "weights.bin");
                QVERIFY(e["modelDigest"] == sha256(m_tree.value("weights.bin")).toHex().toStdString());
            }
        const ProcessResult text = runCli({u"sbom"_s, wrong, u"--check-against"_s, m_model});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("mismatch  weights.bin"));
    }

    void diff()
    {
        Json a = file("weights.bin", "a");
        a["version"] = "1";
        Json b = a;
        b["version"] = "2";
        const QString before = write(u"before.json"_s, bom(Json::array({a, file("gone.txt", "g")})));
        const QString after = write(u"after.json"_s, bom(Json::array({b, file("new.txt", "n")})));
        const ProcessResult r = runCli({u"sbom"_s, before, u"--diff"_s, after, u"--json"_s});
        QCOMPARE(r.exitCode, 0);  // changes are not errors
        const Json j = parse(r.out);
        QStringList kinds;
        for (const Json &c : j["diff"]["changes"])
            kinds << QString::fromStdString(c["kind"].get<std::string>() + " " + c["name"].get<std::string>());
        kinds.sort();
        QCOMPARE(kinds, (QStringList{u"added new.txt"_s, u"removed gone.txt"_s, u"version-changed weights.bin"_s}));
    }

    void corpusThroughCli()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sbom");
        const ProcessResult valid = runCli({u"sbom"_s, dir + u"/spdx-3.0.1/spdx-examples-ai-example02-sentimentdemo.spdx3.json"_s, u"--json"_s});
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(parse(valid.out)["specVersion"] == "3.0.1");
        const ProcessResult invalid = runCli({u"sbom"_s, dir + u"/cyclonedx/invalid/invalid-serialnumber-1.6.json"_s});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.out.contains("schema.serial-number"));
    }
};

QTEST_GUILESS_MAIN(TestCliSbom)
#include "tst_cli_sbom.moc"
