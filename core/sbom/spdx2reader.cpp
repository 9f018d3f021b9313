#include "common/tr.h"
#include "sbom/sbomjson.h"
#include "sbom/sbomreader.h"
#include "sbom/sbomtree.h"
#include "sbom/spdxlicences.h"

namespace hallmark {

using sbomjson::Json;

namespace {

class Spdx2Reader
{
public:
    explicit Spdx2Reader(SbomDocument &doc) : m_doc(doc) {}
    void read(const Json &json);

private:
    void finding(const QString &code, const QString &where, const QString &message,
                 SbomSeverity severity = SbomSeverity::Error)
    {
        m_doc.findings.append(SbomFinding{severity, code, where, message});
    }
    void elements(const Json &list, const QString &path, SbomNodeKind kind);
    void licence(const Json &element, const char *key, const QString &acknowledgement, SbomNode &node);
    void relationships(const Json &list);

    SbomDocument &m_doc;
};

// SPDX 2.3 spells them exactly so; the generic hash-length check needs the
// normalised name (SHA3-256 → sha3-256, BLAKE2b-256 → blake2b-256).
const QStringList kChecksumAlgorithms{
    QStringLiteral("SHA1"),        QStringLiteral("SHA224"),      QStringLiteral("SHA256"),      QStringLiteral("SHA384"),
    QStringLiteral("SHA512"),      QStringLiteral("SHA3-256"),    QStringLiteral("SHA3-384"),    QStringLiteral("SHA3-512"),
    QStringLiteral("BLAKE2b-256"), QStringLiteral("BLAKE2b-384"), QStringLiteral("BLAKE2b-512"), QStringLiteral("BLAKE3"),
    QStringLiteral("MD2"),         QStringLiteral("MD4"),         QStringLiteral("MD5"),         QStringLiteral("MD6"),
    QStringLiteral("ADLER32")};

bool isExternal(const QString &ref)
{
    return ref.startsWith(QLatin1String("DocumentRef-"));
}

void Spdx2Reader::read(const Json &json)
{
    SbomNode root;
    root.kind = SbomNodeKind::Document;
    root.type = QStringLiteral("SpdxDocument");
    root.ref = sbomjson::text(json, "SPDXID");
    root.name = sbomjson::text(json, "name");
    m_doc.name = root.name;
    m_doc.serialNumber = sbomjson::text(json, "documentNamespace");
    if (m_doc.specVersion != QLatin1String("2.3"))
        finding(QStringLiteral("format.version"), QStringLiteral("spdxVersion"),
                HM_TR("Sbom", "SPDX %1 is read as SPDX 2.3.").arg(m_doc.specVersion), SbomSeverity::Warning);
    for (const char *key : {"SPDXID", "name", "dataLicense", "creationInfo"})
        if (!sbomjson::member(json, key))
            finding(QStringLiteral("schema.required"), QString::fromLatin1(key),
                    HM_TR("Sbom", "The document has no \"%1\".").arg(QLatin1String(key)));
    if (m_doc.serialNumber.isEmpty())
        finding(QStringLiteral("spdx.namespace"), QStringLiteral("documentNamespace"),
                HM_TR("Sbom", "The document has no documentNamespace, which SPDX 2.3 requires."));
    m_doc.addNode(root, -1);

    elements(sbomjson::array(json, "packages"), QStringLiteral("packages"), SbomNodeKind::Component);
    elements(sbomjson::array(json, "files"), QStringLiteral("files"), SbomNodeKind::File);
    elements(sbomjson::array(json, "snippets"), QStringLiteral("snippets"), SbomNodeKind::Other);
    for (const Json &l : sbomjson::array(json, "hasExtractedLicensingInfos"))
        m_doc.otherRefs.insert(sbomjson::text(l, "licenseId"));
    for (const Json &described : sbomjson::array(json, "documentDescribes")) {
        const QString to = sbomjson::text(described);
        m_doc.edges.append(SbomEdge{0, m_doc.find(to), m_doc.nodes[0].ref, QStringLiteral("describes"), to,
                                    isExternal(to)});
    }
    relationships(sbomjson::array(json, "relationships"));
    attachOrphansAndBuildChildren(m_doc);
}

void Spdx2Reader::elements(const Json &list, const QString &path, SbomNodeKind kind)
{
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &e = list[i];
        const QString at = path + QStringLiteral("[%1]").arg(i);
        if (!e.is_object()) {
            finding(QStringLiteral("schema.type"), at, HM_TR("Sbom", "An element is not an object."));
            continue;
        }
        SbomNode node;
        node.kind = kind;
        node.ref = sbomjson::text(e, "SPDXID");
        if (node.ref.isEmpty())
            finding(QStringLiteral("schema.required"), at, HM_TR("Sbom", "An element has no SPDXID."));
        if (kind == SbomNodeKind::File) {
            node.type = QStringLiteral("file");
            node.name = sbomjson::text(e, "fileName");
            node.path = node.name;
            if (node.path.startsWith(QLatin1String("./")))
                node.path = node.path.mid(2);
        } else {
            node.type = kind == SbomNodeKind::Component ? QStringLiteral("package") : QStringLiteral("snippet");
            node.name = sbomjson::text(e, "name");
            const QString purpose = sbomjson::text(e, "primaryPackagePurpose");
            if (!purpose.isEmpty())
                node.properties.append(SbomProperty{QStringLiteral("primaryPackagePurpose"), purpose});
        }
        node.version = sbomjson::text(e, "versionInfo");
        const Json &checksums = sbomjson::array(e, "checksums");
        for (const Json &c : checksums) {
            SbomHash h;
            h.original = sbomjson::text(c, "algorithm");
            h.algorithm = normaliseHashAlgorithm(h.original);
            h.value = sbomjson::text(c, "checksumValue").toLower();
            if (!kChecksumAlgorithms.contains(h.original))
                finding(QStringLiteral("schema.enum"), node.ref,
                        HM_TR("Sbom", "\"%1\" is not an SPDX 2.3 checksum algorithm.").arg(h.original));
            node.hashes.append(h);
        }
        licence(e, "licenseConcluded", QStringLiteral("concluded"), node);
        licence(e, "licenseDeclared", QStringLiteral("declared"), node);
        for (const Json &r : sbomjson::array(e, "externalRefs")) {
            const QString category = sbomjson::text(r, "referenceCategory");
            const QString type = sbomjson::text(r, "referenceType");
            if (category == QLatin1String("PACKAGE_MANAGER"))
                finding(QStringLiteral("schema.enum"), node.ref,
                        HM_TR("Sbom", "PACKAGE_MANAGER is SPDX 2.2 spelling; SPDX 2.3 requires PACKAGE-MANAGER."));
            if (type == QLatin1String("purl") && node.purl.isEmpty())
                node.purl = sbomjson::text(r, "referenceLocator");
            else
                node.properties.append(SbomProperty{category + QLatin1Char(':') + type, sbomjson::text(r, "referenceLocator")});
        }
        for (const char *key : {"supplier", "originator", "downloadLocation", "copyrightText", "description", "comment"}) {
            const QString value = sbomjson::text(e, key);
            if (!value.isEmpty())
                node.properties.append(SbomProperty{QString::fromLatin1(key), value});
        }
        m_doc.addNode(std::move(node), -1);
    }
}

void Spdx2Reader::licence(const Json &element, const char *key, const QString &acknowledgement, SbomNode &node)
{
    const QString value = sbomjson::text(element, key).trimmed();
    if (value.isEmpty() || value == QLatin1String("NOASSERTION"))
        return;
    if (value == QLatin1String("NONE")) {
        node.licenceExplicitlyNone = true;
        return;
    }
    checkLicenceExpression(value, node.name, node.ref, m_doc.findings);
    const bool simple = !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('('));
    node.licences.append(SbomLicence{simple ? SbomLicence::Kind::Id : SbomLicence::Kind::Expression, value, acknowledgement});
}

void Spdx2Reader::relationships(const Json &list)
{
    static const QStringList reversedDependency{
        QStringLiteral("DEPENDENCY_OF"),          QStringLiteral("DEV_DEPENDENCY_OF"),
        QStringLiteral("OPTIONAL_DEPENDENCY_OF"), QStringLiteral("PROVIDED_DEPENDENCY_OF"),
        QStringLiteral("TEST_DEPENDENCY_OF"),     QStringLiteral("RUNTIME_DEPENDENCY_OF"),
        QStringLiteral("BUILD_DEPENDENCY_OF")};
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &r = list[i];
        QString from = sbomjson::text(r, "spdxElementId");
        QString to = sbomjson::text(r, "relatedSpdxElement");
        const QString type = sbomjson::text(r, "relationshipType");
        if (from.isEmpty() || to.isEmpty() || type.isEmpty()) {
            finding(QStringLiteral("schema.required"), QStringLiteral("relationships[%1]").arg(i),
                    HM_TR("Sbom", "A relationship lacks spdxElementId, relatedSpdxElement or relationshipType."));
            continue;
        }
        if (to == QLatin1String("NONE") || to == QLatin1String("NOASSERTION"))
            continue;
        QString edgeType;
        if (reversedDependency.contains(type)) {
            std::swap(from, to);
            edgeType = QStringLiteral("dependsOn");
        } else if (type == QLatin1String("CONTAINED_BY") || type == QLatin1String("DESCRIBED_BY")) {
            std::swap(from, to);
            edgeType = type == QLatin1String("CONTAINED_BY") ? QStringLiteral("contains") : QStringLiteral("describes");
        } else {
            edgeType = camelCase(type);
        }
        const int a = m_doc.find(from);
        const int b = m_doc.find(to);
        if (edgeType == QLatin1String("contains") && a > 0)
            setContainer(m_doc, a, b);
        m_doc.edges.append(SbomEdge{a, b, from, edgeType, to, isExternal(to)});
    }
}

} // namespace

SbomDocument readSpdx2(const Json &json, const QString &version)
{
    SbomDocument doc;
    doc.format = SbomFormat::Spdx2;
    doc.specVersion = version;
    Spdx2Reader(doc).read(json);
    return doc;
}

} // namespace hallmark
