#include "common/tr.h"
#include "sbom/sbomjson.h"
#include "sbom/sbomreader.h"
#include "sbom/sbomtree.h"
#include "sbom/spdxlicences.h"

namespace hallmark {

using sbomjson::Json;

namespace {

QString typeOf(const Json &e)
{
    const QString t = sbomjson::text(e, "type");
    return t.isEmpty() ? sbomjson::text(e, "@type") : t;
}

QString idOf(const Json &e)
{
    const QString id = sbomjson::text(e, "spdxId");
    return id.isEmpty() ? sbomjson::text(e, "@id") : id;
}

bool isListedLicence(const QString &ref)
{
    return ref.startsWith(QLatin1String("https://spdx.org/licenses/"))
        || ref.startsWith(QLatin1String("http://spdx.org/licenses/"));
}

bool isNoneLicence(const QString &ref)
{
    return ref.endsWith(QLatin1String("/NoneLicense"));
}

bool isNoAssertionLicence(const QString &ref)
{
    return ref.endsWith(QLatin1String("/NoAssertionLicense"));
}

SbomNodeKind nodeKind(const QString &type, const QString &purpose)
{
    if (type == QLatin1String("ai_AIPackage"))
        return SbomNodeKind::Model;
    if (type == QLatin1String("dataset_DatasetPackage"))
        return SbomNodeKind::Dataset;
    if (type == QLatin1String("software_File"))
        return SbomNodeKind::File;
    if (purpose == QLatin1String("model"))
        return SbomNodeKind::Model;
    if (purpose == QLatin1String("data"))
        return SbomNodeKind::Dataset;
    if (type == QLatin1String("software_Package"))
        return SbomNodeKind::Component;
    return SbomNodeKind::Other;
}

bool isNodeType(const QString &type)
{
    return type == QLatin1String("software_Package") || type == QLatin1String("software_File")
        || type == QLatin1String("software_Snippet") || type == QLatin1String("ai_AIPackage")
        || type == QLatin1String("dataset_DatasetPackage");
}

class Spdx3Reader
{
public:
    explicit Spdx3Reader(SbomDocument &doc) : m_doc(doc) {}
    void read(const Json &json);

private:
    void finding(const QString &code, const QString &where, const QString &message,
                 SbomSeverity severity = SbomSeverity::Error)
    {
        m_doc.findings.append(SbomFinding{severity, code, where, message});
    }
    void element(const Json &e, const QString &path);
    void relationship(const Json &r, const QString &path);
    QString licenceText(const QString &ref) const;

    SbomDocument &m_doc;
    QHash<QString, QString> m_licenceText;  // licence element id → expression or name
    QSet<QString> m_imports;
    QHash<QString, const Json *> m_byId;
    struct Pending {
        const Json *json;
        QString path;
    };
    QList<Pending> m_relationships;
};

void Spdx3Reader::read(const Json &json)
{
    SbomNode root;
    root.kind = SbomNodeKind::Document;
    root.type = QStringLiteral("SpdxDocument");
    m_doc.addNode(root, -1);

    QList<const Json *> graph;
    if (const Json *g = sbomjson::member(json, "@graph")) {
        if (!g->is_array())
            finding(QStringLiteral("schema.type"), QStringLiteral("@graph"), HM_TR("Sbom", "\"@graph\" is not an array."));
        else
            for (const Json &e : *g)
                graph.append(&e);
    } else {
        graph.append(&json);  // a single element
    }
    for (qsizetype i = 0; i < graph.size(); ++i)
        element(*graph[i], QStringLiteral("@graph[%1]").arg(i));
    for (const Pending &p : std::as_const(m_relationships))
        relationship(*p.json, p.path);
    attachOrphansAndBuildChildren(m_doc);
}

void Spdx3Reader::element(const Json &e, const QString &path)
{
    if (!e.is_object()) {
        finding(QStringLiteral("schema.type"), path, HM_TR("Sbom", "An element is not an object."));
        return;
    }
    const QString type = typeOf(e);
    const QString id = idOf(e);
    if (type.isEmpty()) {
        finding(QStringLiteral("schema.required"), path, HM_TR("Sbom", "An element has no type."));
        return;
    }
    if (type == QLatin1String("CreationInfo")) {
        if (m_doc.specVersion.isEmpty())
            m_doc.specVersion = sbomjson::text(e, "specVersion");
        m_doc.otherRefs.insert(id);
        return;
    }
    if (!id.isEmpty()) {
        // JSON-LD merges an element repeated word for word: a note, not a clash
        const auto previous = m_byId.constFind(id);
        if (previous != m_byId.constEnd() && **previous == e) {
            finding(QStringLiteral("ref.repeated"), id,
                    HM_TR("Sbom", "The element \"%1\" appears twice, identically.").arg(id), SbomSeverity::Info);
            return;
        }
        if (previous == m_byId.constEnd())
            m_byId.insert(id, &e);
    }
    if (type == QLatin1String("Relationship") || type == QLatin1String("LifecycleScopedRelationship")) {
        m_relationships.append(Pending{&e, path});
        if (!id.isEmpty() && m_doc.otherRefs.contains(id))
            m_doc.duplicateRefs.append(id);
        m_doc.otherRefs.insert(id);
        return;
    }
    if (id.isEmpty() && type != QLatin1String("SpdxDocument"))
        finding(QStringLiteral("schema.required"), path, HM_TR("Sbom", "A %1 element has no spdxId.").arg(type),
                SbomSeverity::Warning);
    if (type == QLatin1String("SpdxDocument")) {
        SbomNode &root = m_doc.nodes[0];
        root.ref = id;
        root.name = sbomjson::text(e, "name");
        m_doc.name = root.name;
        m_doc.serialNumber = id;
        m_doc.indexRef(0);
        for (const Json &i : sbomjson::array(e, "import"))
            m_imports.insert(sbomjson::text(i, "externalSpdxId"));
        return;
    }
    if (type == QLatin1String("simplelicensing_LicenseExpression")) {
        const QString expression = sbomjson::text(e, "simplelicensing_licenseExpression");
        m_licenceText.insert(id, expression);
        checkLicenceExpression(expression, id, id, m_doc.findings);
    } else if (type.startsWith(QLatin1String("expandedlicensing_"))) {
        const QString name = sbomjson::text(e, "name");
        m_licenceText.insert(id, name.isEmpty() ? id : name);
    }
    if (!isNodeType(type)) {
        if (!id.isEmpty() && (m_doc.otherRefs.contains(id) || m_doc.refIndex.contains(id)))
            m_doc.duplicateRefs.append(id);
        m_doc.otherRefs.insert(id);
        return;
    }
    if (m_doc.otherRefs.contains(id))
        m_doc.duplicateRefs.append(id);
    SbomNode node;
    node.type = type;
    node.ref = id;
    node.name = sbomjson::text(e, "name");
    node.version = sbomjson::text(e, "software_packageVersion");
    node.purl = sbomjson::text(e, "software_packageUrl");
    node.kind = nodeKind(type, sbomjson::text(e, "software_primaryPurpose"));
    if (node.kind == SbomNodeKind::File)
        node.path = node.name;
    for (const Json &x : sbomjson::array(e, "externalIdentifier"))
        if (sbomjson::text(x, "externalIdentifierType") == QLatin1String("packageUrl") && node.purl.isEmpty())
            node.purl = sbomjson::text(x, "identifier");
    for (const Json &v : sbomjson::array(e, "verifiedUsing")) {
        if (typeOf(v) != QLatin1String("Hash"))
            continue;
        SbomHash h;
        h.original = sbomjson::text(v, "algorithm");
        h.algorithm = normaliseHashAlgorithm(h.original);
        h.value = sbomjson::text(v, "hashValue").toLower();
        node.hashes.append(h);
    }
    for (auto it = e.begin(); it != e.end(); ++it) {
        const std::string &key = it.key();
        if (key == "type" || key == "@type" || key == "spdxId" || key == "@id" || key == "name"
            || key == "creationInfo" || key == "verifiedUsing" || key == "software_packageVersion")
            continue;
        const QString name = QString::fromStdString(key);
        const Json &value = it.value();
        bool dictionary = value.is_array() && !value.empty();
        if (dictionary)
            for (const Json &entry : value)
                dictionary = dictionary && typeOf(entry) == QLatin1String("DictionaryEntry");
        if (dictionary) {
            for (const Json &entry : value)
                node.properties.append(
                    SbomProperty{name + QLatin1Char(':') + sbomjson::text(entry, "key"), sbomjson::text(entry, "value")});
        } else {
            sbomjson::flatten(value, name, node.properties);
        }
    }
    m_doc.addNode(std::move(node), -1);
}

QString Spdx3Reader::licenceText(const QString &ref) const
{
    if (isListedLicence(ref))
        return ref.mid(ref.lastIndexOf(QLatin1Char('/')) + 1);
    return m_licenceText.value(ref, ref);
}

void Spdx3Reader::relationship(const Json &r, const QString &path)
{
    const QString from = sbomjson::text(r, "from");
    const QString type = sbomjson::text(r, "relationshipType");
    const Json *toJson = sbomjson::member(r, "to");
    if (from.isEmpty() || type.isEmpty() || !toJson) {
        finding(QStringLiteral("schema.required"), path, HM_TR("Sbom", "A relationship lacks from, to or relationshipType."));
        return;
    }
    QStringList targets;
    if (toJson->is_array()) {
        for (const Json &t : *toJson)
            targets << (t.is_object() ? idOf(t) : sbomjson::text(t));
    } else {
        targets << sbomjson::text(*toJson);
    }
    if (targets.isEmpty())
        finding(QStringLiteral("schema.required"), path, HM_TR("Sbom", "A relationship has an empty \"to\"."));
    const int a = m_doc.find(from);
    const bool licence = type == QLatin1String("hasDeclaredLicense") || type == QLatin1String("hasConcludedLicense");
    for (const QString &to : std::as_const(targets)) {
        const int b = m_doc.find(to);
        if (licence && a >= 0) {
            if (isNoneLicence(to))
                m_doc.nodes[a].licenceExplicitlyNone = true;
            else if (!isNoAssertionLicence(to))
                m_doc.nodes[a].licences.append(SbomLicence{
                    m_licenceText.contains(to) && !isListedLicence(to) ? SbomLicence::Kind::Expression : SbomLicence::Kind::Id,
                    licenceText(to),
                    type == QLatin1String("hasDeclaredLicense") ? QStringLiteral("declared") : QStringLiteral("concluded")});
        }
        if (type == QLatin1String("contains") && a > 0)
            setContainer(m_doc, a, b);
        const bool external = isListedLicence(to) || isNoneLicence(to) || isNoAssertionLicence(to) || m_imports.contains(to);
        m_doc.edges.append(SbomEdge{a, b, from, type, to, external});
    }
}

} // namespace

SbomDocument readSpdx3(const Json &json, const QString &version)
{
    SbomDocument doc;
    doc.format = SbomFormat::Spdx3;
    Spdx3Reader(doc).read(json);
    if (doc.specVersion.isEmpty())
        doc.specVersion = version;
    return doc;
}

} // namespace hallmark
