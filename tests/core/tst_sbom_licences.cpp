// SPDX licence-expression syntax (SPDX 2.3 / 3.0 annex D) on its own and as
// found by the three readers, SPDX 2.3 checksum algorithms against the hash
// length check, and CycloneDX members the schema does not allow.

#include "coretest.h"

#include "sbom/sbomchecks.h"
#include "sbom/sbomreader.h"
#include "sbom/spdxlicences.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace hallmark;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QList<SbomFinding> findingsOf(const Json &json)
{
    auto doc = readSbom(QByteArray::fromStdString(json.dump()));
    if (!doc) {
        qWarning() << "readSbom failed:" << doc.error().message;
        return {SbomFinding{SbomSeverity::Error, u"unreadable"_s, {}, doc.error().message}};
    }
    return checkSbom(*doc);
}

QList<SbomFinding> withCode(const QList<SbomFinding> &findings, const QString &code)
{
    QList<SbomFinding> out;
    for (const SbomFinding &f : findings)
        if (f.code == code)
            out << f;
    return out;
}

QString describe(const QList<SbomFinding> &findings)
{
    QStringList out;
    for (const SbomFinding &f : findings)
        out << f.code + u" @ "_s + f.ref + u": "_s + f.message;
    return out.join(u'\n');
}

Json spdx2(const Json &packages)
{
    return Json{{"spdxVersion", "SPDX-2.3"}, {"SPDXID", "SPDXRef-DOCUMENT"}, {"name", "d"}, {"dataLicense", "CC0-1.0"},
                {"documentNamespace", "https://example.org/spdx/d"},
                {"creationInfo", {{"created", "2024-01-01T00:00:00Z"}, {"creators", {"Tool: t"}}}}, {"packages", packages}};
}

Json spdx2Package(const std::string &id, const Json &extra)
{
    Json p{{"SPDXID", id}, {"name", id.substr(8)}, {"downloadLocation", "NOASSERTION"}};
    p.update(extra);
    return p;
}

Json cdx(const std::string &version, const Json &components)
{
    return Json{{"bomFormat", "CycloneDX"}, {"specVersion", version}, {"version", 1}, {"components", components}};
}

Json cdxLib(const std::string &name, const Json &extra = Json::object())
{
    Json c{{"type", "library"}, {"name", name}, {"bom-ref", name}};
    c.update(extra);
    return c;
}

} // namespace

class TestSbomLicences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressionSyntax_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("why");  // a word the reason must hold
        const auto ok = [](const char *name, const QString &e) { QTest::newRow(name) << e << true << QString(); };
        const auto bad = [](const char *name, const QString &e, const QString &why) { QTest::newRow(name) << e << false << why; };
        ok("id", u"MIT"_s);
        ok("or", u"MIT OR Apache-2.0"_s);
        ok("and-or-with", u"(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0"_s);
        ok("plus", u"GPL-2.0+"_s);
        ok("licenseref", u"LicenseRef-my.licence-1"_s);
        ok("documentref", u"DocumentRef-other-doc:LicenseRef-x AND MIT"_s);
        ok("additionref", u"Apache-2.0 WITH AdditionRef-extra"_s);
        ok("documentref-addition", u"MIT WITH DocumentRef-d:AdditionRef-e"_s);
        ok("nested", u"((MIT OR (Apache-2.0 AND Zlib)))"_s);
        ok("spacing", u" ( MIT\tOR  ISC ) "_s);
        ok("none", u"NONE"_s);
        ok("noassertion", u"NOASSERTION"_s);
        ok("deep-enough", QString(60, u'(') + u"MIT"_s + QString(60, u')'));
        bad("empty", QString(), u"empty"_s);
        bad("blank", u"   "_s, u"empty"_s);
        bad("open", u"(MIT OR ISC"_s, u"open"_s);
        bad("close", u"MIT OR ISC)"_s, u"never opened"_s);
        bad("empty-parens", u"()"_s, u"\")\""_s);
        bad("trailing-or", u"MIT OR"_s, u"ends"_s);
        bad("leading-and", u"AND MIT"_s, u"\"AND\""_s);
        bad("two-ids", u"MIT Apache-2.0"_s, u"Apache-2.0"_s);
        bad("free-text", u"Apache 2.0"_s, u"2.0"_s);
        bad("two-ids-in-parens", u"(MIT ISC)"_s, u"ISC"_s);
        bad("lower-or", u"MIT or Apache-2.0"_s, u"case-sensitive"_s);
        bad("lower-and-first", u"and MIT"_s, u"case-sensitive"_s);
        bad("lower-with", u"GPL-2.0-only with Classpath-exception-2.0"_s, u"case-sensitive"_s);
        bad("none-inside", u"MIT AND NONE"_s, u"NONE"_s);
        bad("noassertion-inside", u"(NOASSERTION OR MIT)"_s, u"NOASSERTION"_s);
        bad("bare-licenseref", u"LicenseRef-"_s, u"LicenseRef-"_s);
        bad("underscore", u"LicenseRef-a_b"_s, u"LicenseRef-a_b"_s);
        bad("documentref-id", u"DocumentRef-x:MIT"_s, u"DocumentRef-x:MIT"_s);
        bad("documentref-no-colon", u"DocumentRef-x-LicenseRef-y"_s, u"DocumentRef-x-LicenseRef-y"_s);
        bad("double-plus", u"MIT++"_s, u"MIT++"_s);
        bad("plus-alone", u"+"_s, u"\"+\""_s);
        bad("with-nothing", u"MIT WITH"_s, u"WITH"_s);
        bad("with-parens", u"MIT WITH (Classpath-exception-2.0)"_s, u"WITH"_s);
        bad("with-licenseref", u"MIT WITH LicenseRef-x"_s, u"WITH"_s);
        bad("with-twice", u"MIT WITH a WITH b"_s, u"WITH"_s);
        bad("comma", u"MIT, Apache-2.0"_s, u"MIT,"_s);
        bad("slash", u"MIT/Apache-2.0"_s, u"MIT/Apache-2.0"_s);
        bad("unicode", u"MIT OR Äpache"_s, u"Äpache"_s);
        bad("too-deep", QString(65, u'(') + u"MIT"_s + QString(65, u')'), u"64"_s);
    }

    void expressionSyntax()
    {
        QFETCH(QString, expression);
        QFETCH(bool, valid);
        QFETCH(QString, why);
        const QString problem = licenceExpressionProblem(expression);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(expression + u" → "_s + problem));
        if (!valid)
            QVERIFY2(problem.contains(why), qPrintable(problem));
    }

    void hostileExpressions()
    {
        // Long and deeply nested inputs end with a reason, not a crash.
        QString wide = u"MIT"_s;
        for (int i = 0; i < 100000; ++i)
            wide += u" OR MIT"_s;
        QVERIFY(licenceExpressionProblem(wide).isEmpty());
        QVERIFY(!licenceExpressionProblem(QString(1000000, u'(')).isEmpty());
        QVERIFY(!licenceExpressionProblem(QString(1000000, u')')).isEmpty());
    }

    void spdx2Licences()
    {
        const Json doc = spdx2(Json::array({
            spdx2Package("SPDXRef-good", {{"licenseConcluded", "(MIT OR Apache-2.0)"}, {"licenseDeclared", "LicenseRef-own"}}),
            spdx2Package("SPDXRef-unknown", {{"licenseConcluded", "NOASSERTION"}, {"licenseDeclared", "NONE"}}),
            spdx2Package("SPDXRef-bad1", {{"licenseConcluded", "MIT or Apache-2.0"}}),
            spdx2Package("SPDXRef-bad2", {{"licenseDeclared", "(GPL-2.0-only"}}),
        }));
        const auto findings = findingsOf(doc);
        const auto licence = withCode(findings, u"licence.expression"_s);
        QCOMPARE(licence.size(), 2);
        QCOMPARE(licence[0].ref, u"SPDXRef-bad1"_s);
        QCOMPARE(licence[0].severity, SbomSeverity::Warning);
        QVERIFY(licence[0].message.contains(u"bad1"_s));
        QVERIFY(licence[0].message.contains(u"MIT or Apache-2.0"_s));
        QCOMPARE(licence[1].ref, u"SPDXRef-bad2"_s);
        // A warning: the document stays schema-valid and passes.
        QVERIFY(schemaValid(findings));
        QVERIFY2(passesChecks(findings), qPrintable(describe(findings)));
    }

    void spdx3Licences()
    {
        const auto graph = [](const char *expression) {
            return Json{{"@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"},
                        {"@graph", Json::array({
                             {{"type", "software_Package"}, {"spdxId", "urn:p"}, {"name", "p"}},
                             {{"type", "simplelicensing_LicenseExpression"}, {"spdxId", "urn:l"},
                              {"simplelicensing_licenseExpression", expression}},
                             {{"type", "Relationship"}, {"spdxId", "urn:r"}, {"from", "urn:p"},
                              {"relationshipType", "hasConcludedLicense"}, {"to", {"urn:l"}}},
                         })}};
        };
        QVERIFY(withCode(findingsOf(graph("Apache-2.0 AND LicenseRef-x")), u"licence.expression"_s).isEmpty());
        const auto bad = withCode(findingsOf(graph("Apache-2.0 AND")), u"licence.expression"_s);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad[0].ref, u"urn:l"_s);
    }

    void cycloneDxExpressions()
    {
        const auto withExpression = [](const char *e) {
            return cdx("1.6", Json::array({cdxLib("a", {{"licenses", Json::array({{{"expression", e}}})}})}));
        };
        QVERIFY(withCode(findingsOf(withExpression("MIT OR (Apache-2.0 WITH LLVM-exception)")), u"licence.expression"_s).isEmpty());
        const auto findings = findingsOf(withExpression("MIT OR OR Apache-2.0"));
        const auto bad = withCode(findings, u"licence.expression"_s);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad[0].ref, u"components[0].licenses[0].expression"_s);
        QVERIFY(schemaValid(findings));  // CycloneDX's schema leaves expressions unchecked
        // A licence name is free text, never parsed.
        const Json named = cdx("1.6", Json::array({cdxLib("a", {{"licenses", Json::array({{{"license", {{"name", "My (odd licence"}}}}})}})}));
        QVERIFY(withCode(findingsOf(named), u"licence.expression"_s).isEmpty());
    }

    void spdx2Checksums_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");  // the finding code, or empty
        QTest::newRow("SHA256") << u"SHA256"_s << 64 << QString();
        QTest::newRow("SHA256 short") << u"SHA256"_s << 63 << u"hash.length"_s;
        QTest::newRow("SHA256 as SHA-512") << u"SHA256"_s << 128 << u"hash.length"_s;
        QTest::newRow("SHA1") << u"SHA1"_s << 40 << QString();
        QTest::newRow("SHA1 as SHA-256") << u"SHA1"_s << 64 << u"hash.length"_s;
        QTest::newRow("SHA224") << u"SHA224"_s << 56 << QString();
        QTest::newRow("SHA3-256") << u"SHA3-256"_s << 64 << QString();
        QTest::newRow("SHA3-384 short") << u"SHA3-384"_s << 64 << u"hash.length"_s;
        QTest::newRow("SHA3-512") << u"SHA3-512"_s << 128 << QString();
        QTest::newRow("BLAKE2b-256") << u"BLAKE2b-256"_s << 64 << QString();
        QTest::newRow("BLAKE2b-256 long") << u"BLAKE2b-256"_s << 128 << u"hash.length"_s;
        QTest::newRow("BLAKE2b-512") << u"BLAKE2b-512"_s << 128 << QString();
        QTest::newRow("MD5") << u"MD5"_s << 32 << QString();
        QTest::newRow("MD2 long") << u"MD2"_s << 40 << u"hash.length"_s;
        QTest::newRow("ADLER32") << u"ADLER32"_s << 8 << QString();
        QTest::newRow("ADLER32 long") << u"ADLER32"_s << 9 << u"hash.length"_s;
        QTest::newRow("BLAKE3 any length") << u"BLAKE3"_s << 70 << QString();
        QTest::newRow("MD6 any length") << u"MD6"_s << 50 << QString();
        QTest::newRow("SHA-256 spelling") << u"SHA-256"_s << 64 << u"schema.enum"_s;
        QTest::newRow("lower case") << u"sha256"_s << 64 << u"schema.enum"_s;
    }

    void spdx2Checksums()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        const Json checksum{{"algorithm", algorithm.toStdString()}, {"checksumValue", std::string(size_t(digits), 'a')}};
        const auto findings = findingsOf(spdx2(Json::array({spdx2Package("SPDXRef-p", {{"licenseConcluded", "MIT"},
                                                                                      {"checksums", Json::array({checksum})}})})));
        QStringList got;
        for (const SbomFinding &f : findings)
            if (f.severity == SbomSeverity::Error)
                got << f.code;
        QCOMPARE(got, expected.isEmpty() ? QStringList() : QStringList{expected});
        if (expected == u"hash.length"_s)
            QVERIFY(schemaValid(findings));  // ours, not the schema's
    }

    void cycloneDxUnknownMembers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("unknown");  // the finding's ref, or empty for none
        const auto row = [](const char *name, const Json &j, const QString &unknown) {
            QTest::newRow(name) << QByteArray::fromStdString(j.dump()) << unknown;
        };
        row("plain", cdx("1.6", Json::array({cdxLib("a")})), QString());
        Json topLevel = cdx("1.6", Json::array({cdxLib("a")}));
        topLevel["colour"] = "red";
        row("top level", topLevel, u"colour"_s);
        row("component", cdx("1.6", Json::array({cdxLib("a", {{"colour", "red"}})})), u"components[0].colour"_s);
        row("nested component",
            cdx("1.5", Json::array({cdxLib("a", {{"components", Json::array({cdxLib("b", {{"licence", "MIT"}})})}})})),
            u"components[0].components[0].licence"_s);
        row("hash", cdx("1.6", Json::array({cdxLib("a", {{"hashes", Json::array({{{"alg", "MD5"}, {"content", std::string(32, 'a')},
                                                                                  {"note", "x"}}})}})})),
            u"components[0].hashes[0].note"_s);
        Json dependency = cdx("1.6", Json::array({cdxLib("a")}));
        dependency["dependencies"] = Json::array({{{"ref", "a"}, {"dependsOn", Json::array()}, {"optional", true}}});
        row("dependency", dependency, u"dependencies[0].optional"_s);
        Json provides = cdx("1.5", Json::array({cdxLib("a")}));
        provides["dependencies"] = Json::array({{{"ref", "a"}, {"provides", Json::array()}}});
        row("provides before 1.6", provides, u"dependencies[0].provides"_s);
        Json metadata = cdx("1.6", Json::array({cdxLib("a")}));
        metadata["metadata"] = {{"timestamp", "2024-01-01T00:00:00Z"}, {"author", "me"}};
        row("metadata", metadata, u"metadata.author"_s);
        row("modelCard in 1.4",
            cdx("1.4", Json::array({cdxLib("m", {{"modelCard", Json::object()}})})), u"components[0].modelCard"_s);
        row("modelCard member",
            cdx("1.6", Json::array({Json{{"type", "machine-learning-model"}, {"name", "m"}, {"modelCard", {{"accuracy", "0.9"}}}}})),
            u"components[0].modelCard.accuracy"_s);
        row("isExternal in 1.6", cdx("1.6", Json::array({cdxLib("a", {{"isExternal", true}})})), u"components[0].isExternal"_s);
        row("isExternal in 1.7", cdx("1.7", Json::array({cdxLib("a", {{"isExternal", true}})})), QString());
        row("tags in 1.6", cdx("1.6", Json::array({cdxLib("a", {{"tags", {"x"}}})})), QString());
        row("tags in 1.5", cdx("1.5", Json::array({cdxLib("a", {{"tags", {"x"}}})})), u"components[0].tags"_s);
    }

    void emptyRefByVersion()
    {
        // CycloneDX 1.5 gave refType minLength 1; before, an empty bom-ref is schema-valid but useless.
        for (const char *version : {"1.4", "1.5", "1.6"}) {
            const auto findings = findingsOf(cdx(version, Json::array({cdxLib("a", {{"bom-ref", ""}})})));
            const bool from15 = QByteArray(version) != "1.4";
            QVERIFY2(schemaValid(findings) != from15, version);
            QCOMPARE(withCode(findings, u"ref.empty"_s).size(), from15 ? 0 : 1);
            QCOMPARE(withCode(findings, u"schema.ref-empty"_s).size(), from15 ? 1 : 0);
        }
        // A number is never a bom-ref.
        QVERIFY(!schemaValid(findingsOf(cdx("1.4", Json::array({cdxLib("a", {{"bom-ref", 7}})})))));
    }

    void cycloneDxUnknownMembers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, unknown);
        const auto findings = findingsOf(Json::parse(json.toStdString()));
        const auto additional = withCode(findings, u"schema.additional"_s);
        if (unknown.isEmpty()) {
            QVERIFY2(additional.isEmpty(), qPrintable(describe(additional)));
            return;
        }
        QCOMPARE(additional.size(), 1);
        QCOMPARE(additional[0].ref, unknown);
        QCOMPARE(additional[0].severity, SbomSeverity::Error);
        QVERIFY(additional[0].message.contains(unknown.split(u'.').last()));
        QVERIFY(!schemaValid(findings));
    }
};

QTEST_GUILESS_MAIN(TestSbomLicences)
#include "tst_sbom_licences.moc"
