#include "common/tr.h"
#include "sbom/sbomjson.h"
#include "sbom/sbomreader.h"
#include "sbom/spdxlicences.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hallmark {

using sbomjson::Json;

namespace {

// The CycloneDX objects whose members are checked against the schema's
// `additionalProperties: false`.
enum class CdxObject { Bom, Metadata, Component, Hash, Dependency, ModelCard };

using Keys = QSet<QString>;

Keys keys(std::initializer_list<const char *> names)
{
    Keys out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

// Each version's members: the previous version's plus what it added
// (bom-1.4 … bom-1.7 schemas).
const Keys &allowed(CdxObject kind, int minor)
{
    static const QList<Keys> bom = [] {
        Keys v4 = keys({"$schema", "bomFormat", "specVersion", "serialNumber", "version", "metadata", "components",
                        "services", "externalReferences", "dependencies", "compositions", "vulnerabilities", "signature"});
        Keys v5 = v4 + keys({"annotations", "formulation", "properties"});
        Keys v6 = v5 + keys({"declarations", "definitions"});
        Keys v7 = v6 + keys({"citations"});
        return QList<Keys>{v4, v5, v6, v7};
    }();
    static const QList<Keys> metadata = [] {
        Keys v4 = keys({"timestamp", "tools", "authors", "component", "manufacture", "supplier", "licenses", "properties"});
        Keys v5 = v4 + keys({"lifecycles"});
        Keys v6 = v5 + keys({"manufacturer"});
        Keys v7 = v6 + keys({"distributionConstraints"});
        return QList<Keys>{v4, v5, v6, v7};
    }();
    static const QList<Keys> component = [] {
        Keys v4 = keys({"type", "mime-type", "bom-ref", "supplier", "author", "publisher", "group", "name", "version",
                        "description", "scope", "hashes", "licenses", "copyright", "cpe", "purl", "swid", "modified",
                        "pedigree", "externalReferences", "properties", "components", "evidence", "releaseNotes",
                        "signature"});
        Keys v5 = v4 + keys({"modelCard", "data"});
        Keys v6 = v5 + keys({"authors", "manufacturer", "omniborId", "swhid", "cryptoProperties", "tags"});
        Keys v7 = v6 + keys({"isExternal", "versionRange", "patentAssertions"});
        return QList<Keys>{v4, v5, v6, v7};
    }();
    static const Keys hash = keys({"alg", "content"});
    static const Keys dependency4 = keys({"ref", "dependsOn"});
    static const Keys dependency6 = dependency4 + keys({"provides"});
    static const Keys modelCard = keys({"bom-ref", "modelParameters", "quantitativeAnalysis", "considerations", "properties"});

    const qsizetype v = std::clamp(minor, 4, 7) - 4;
    switch (kind) {
    case CdxObject::Bom: return bom[v];
    case CdxObject::Metadata: return metadata[v];
    case CdxObject::Component: return component[v];
    case CdxObject::Hash: return hash;
    case CdxObject::Dependency: return minor >= 6 ? dependency6 : dependency4;
    case CdxObject::ModelCard: break;
    }
    return modelCard;
}

// The members of `object` that CycloneDX 1.`minor` does not allow there, in key order.
QStringList unknownKeysOf(const nlohmann::json &object, CdxObject kind, int minor)
{
    QStringList out;
    if (!object.is_object())
        return out;
    const Keys &known = allowed(kind, minor);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!known.contains(key))
            out << key;
    }
    return out;
}

int minor(const QString &version)
{
    return version.startsWith(QLatin1String("1.")) ? version.mid(2).toInt() : 0;
}

class CycloneDxReader
{
public:
    CycloneDxReader(SbomDocument &doc, const QString &version) : m_doc(doc), m_minor(minor(version)) {}

    void read(const Json &bom);

private:
    void finding(const QString &code, const QString &where, const QString &message,
                 SbomSeverity severity = SbomSeverity::Error)
    {
        m_doc.findings.append(SbomFinding{severity, code, where, message});
    }
    void unknownKeys(const Json &object, CdxObject kind, const QString &path)
    {
        for (const QString &key : unknownKeysOf(object, kind, m_minor))
            finding(QStringLiteral("schema.additional"), path.isEmpty() ? key : path + QLatin1Char('.') + key,
                    path.isEmpty() ? HM_TR("Sbom", "\"%1\" is not a property CycloneDX 1.%2 allows at the top level.").arg(key).arg(m_minor)
                                   : HM_TR("Sbom", "\"%1\" is not a property CycloneDX 1.%2 allows in %3.").arg(key).arg(m_minor).arg(path));
    }
    // CycloneDX 1.5 made an empty ref a schema error; before, it only breaks references.
    void emptyRef(const QString &where, const QString &message)
    {
        if (m_minor >= 5)
            finding(QStringLiteral("schema.ref-empty"), where, message);
        else
            finding(QStringLiteral("ref.empty"), where, message, SbomSeverity::Warning);
    }
    void components(const Json &list, const QString &path, int parent, bool tools = false);
    int component(const Json &c, const QString &path, int parent, bool tool);
    void services(const Json &list, const QString &path, int parent);
    void hashes(const Json &list, const QString &path, SbomNode &node);
    void licences(const Json &list, const QString &path, SbomNode &node);
    void modelCard(const Json &card, const QString &path, int model);
    void dependencies(const Json &list);
    void checkRef(const Json &object, const QString &path, SbomNode &node);
    bool knownType(const QString &type) const;

    SbomDocument &m_doc;
    int m_minor;
    struct PendingDataset {
        int model;
        QString ref;
    };
    QList<PendingDataset> m_datasetRefs;
};

bool isBomLink(const QString &ref)
{
    return ref.startsWith(QLatin1String("urn:cdx:"));
}

bool CycloneDxReader::knownType(const QString &type) const
{
    static const QStringList v14{QStringLiteral("application"), QStringLiteral("framework"), QStringLiteral("library"),
                                 QStringLiteral("container"),   QStringLiteral("operating-system"),
                                 QStringLiteral("device"),      QStringLiteral("firmware"), QStringLiteral("file")};
    static const QStringList v15{QStringLiteral("platform"), QStringLiteral("device-driver"),
                                 QStringLiteral("machine-learning-model"), QStringLiteral("data")};
    if (v14.contains(type))
        return true;
    if (m_minor >= 5 && v15.contains(type))
        return true;
    return m_minor >= 6 && type == QLatin1String("cryptographic-asset");
}

void CycloneDxReader::read(const Json &bom)
{
    const QString version = sbomjson::text(bom, "specVersion");
    unknownKeys(bom, CdxObject::Bom, QString());
    if (m_minor < 4 || m_minor > 7)
        finding(QStringLiteral("format.version"), QStringLiteral("specVersion"),
                HM_TR("Sbom", "CycloneDX %1 is not a version Hallmark knows (1.4–1.7); read as the nearest.")
                    .arg(version),
                SbomSeverity::Warning);
    if (m_minor == 4 && !sbomjson::member(bom, "version"))
        finding(QStringLiteral("schema.required"), QStringLiteral("version"),
                HM_TR("Sbom", "CycloneDX 1.4 requires \"version\"."));
    if (const Json *serial = sbomjson::member(bom, "serialNumber")) {
        static const QRegularExpression pattern(QStringLiteral(
            "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$|"
            "^\\{[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\}$"));
        m_doc.serialNumber = sbomjson::text(*serial);
        if (!serial->is_string() || !pattern.match(m_doc.serialNumber).hasMatch())
            finding(QStringLiteral("schema.serial-number"), QStringLiteral("serialNumber"),
                    HM_TR("Sbom", "The serial number \"%1\" is not a urn:uuid.").arg(m_doc.serialNumber));
    }

    SbomNode root;
    root.kind = SbomNodeKind::Document;
    root.type = QStringLiteral("bom");
    root.name = m_doc.serialNumber;
    root.version = sbomjson::text(bom, "version");
    m_doc.addNode(root, -1);

    const Json *metadata = sbomjson::member(bom, "metadata");
    int parent = 0;
    if (metadata) {
        unknownKeys(*metadata, CdxObject::Metadata, QStringLiteral("metadata"));
        if (const Json *tools = sbomjson::member(*metadata, "tools")) {
            if (tools->is_array()) {
                components(*tools, QStringLiteral("metadata.tools"), 0, true);
            } else {
                components(sbomjson::array(*tools, "components"), QStringLiteral("metadata.tools.components"), 0, true);
                services(sbomjson::array(*tools, "services"), QStringLiteral("metadata.tools.services"), 0);
            }
        }
        if (const Json *subject = sbomjson::member(*metadata, "component")) {
            parent = component(*subject, QStringLiteral("metadata.component"), 0, false);
            m_doc.name = m_doc.nodes[parent].name;
        }
    }
    if (m_doc.name.isEmpty())
        m_doc.name = m_doc.serialNumber;
    if (const Json *c = sbomjson::member(bom, "components"); c && !c->is_array())
        finding(QStringLiteral("schema.type"), QStringLiteral("components"), HM_TR("Sbom", "\"components\" is not an array."));
    components(sbomjson::array(bom, "components"), QStringLiteral("components"), parent);
    services(sbomjson::array(bom, "services"), QStringLiteral("services"), parent);
    if (const Json *declarations = sbomjson::member(bom, "declarations"))
        sbomjson::flatten(*declarations, QStringLiteral("declarations"), m_doc.nodes[0].properties);
    dependencies(sbomjson::array(bom, "dependencies"));

    for (const PendingDataset &p : std::as_const(m_datasetRefs)) {
        SbomEdge e{p.model, m_doc.find(p.ref), m_doc.nodes[p.model].ref, QStringLiteral("dataset"), p.ref,
                   isBomLink(p.ref)};
        m_doc.edges.append(e);
    }
}

void CycloneDxReader::checkRef(const Json &object, const QString &path, SbomNode &node)
{
    if (const Json *ref = sbomjson::member(object, "bom-ref")) {
        node.ref = sbomjson::text(*ref);
        if (!ref->is_string())
            finding(QStringLiteral("schema.type"), path + QStringLiteral(".bom-ref"), HM_TR("Sbom", "A bom-ref must be a string."));
        else if (node.ref.isEmpty())
            emptyRef(path + QStringLiteral(".bom-ref"), HM_TR("Sbom", "A bom-ref must be a non-empty string."));
    }
}

void CycloneDxReader::components(const Json &list, const QString &path, int parent, bool tools)
{
    for (size_t i = 0; i < list.size(); ++i)
        component(list[i], path + QStringLiteral("[%1]").arg(i), parent, tools);
}

int CycloneDxReader::component(const Json &c, const QString &path, int parent, bool tool)
{
    SbomNode node;
    if (!c.is_object()) {
        finding(QStringLiteral("schema.type"), path, HM_TR("Sbom", "A component is not an object."));
        return parent;
    }
    if (tool && !sbomjson::member(c, "type")) {
        // 1.4 tools are {vendor, name, version}, not components
        node.kind = SbomNodeKind::Other;
        node.type = QStringLiteral("tool");
        node.name = sbomjson::text(c, "name");
        node.version = sbomjson::text(c, "version");
        hashes(sbomjson::array(c, "hashes"), path + QStringLiteral(".hashes"), node);
        return m_doc.addNode(std::move(node), parent);
    }
    unknownKeys(c, CdxObject::Component, path);
    node.type = sbomjson::text(c, "type");
    if (node.type.isEmpty())
        finding(QStringLiteral("schema.required"), path,
                HM_TR("Sbom", "The component \"%1\" has no type.").arg(sbomjson::text(c, "name")));
    else if (!knownType(node.type))
        finding(QStringLiteral("schema.enum"), path + QStringLiteral(".type"),
                HM_TR("Sbom", "\"%1\" is not a component type in CycloneDX 1.%2.").arg(node.type).arg(m_minor));
    node.name = sbomjson::text(c, "name");
    if (!sbomjson::member(c, "name"))
        finding(QStringLiteral("schema.required"), path, HM_TR("Sbom", "A component has no name."));
    const QString group = sbomjson::text(c, "group");
    if (!group.isEmpty())
        node.name = group + QLatin1Char('/') + node.name;
    node.version = sbomjson::text(c, "version");
    node.purl = sbomjson::text(c, "purl");
    checkRef(c, path, node);
    if (tool)
        node.kind = SbomNodeKind::Other;
    else if (node.type == QLatin1String("machine-learning-model"))
        node.kind = SbomNodeKind::Model;
    else if (node.type == QLatin1String("data"))
        node.kind = SbomNodeKind::Dataset;
    else if (node.type == QLatin1String("file"))
        node.kind = SbomNodeKind::File;
    if (node.kind == SbomNodeKind::File)
        node.path = sbomjson::text(c, "name");
    hashes(sbomjson::array(c, "hashes"), path + QStringLiteral(".hashes"), node);
    if (const Json *l = sbomjson::member(c, "licenses"))
        licences(*l, path + QStringLiteral(".licenses"), node);
    for (const char *key : {"description", "scope", "cpe", "publisher"}) {
        const QString value = sbomjson::text(c, key);
        if (!value.isEmpty())
            node.properties.append(SbomProperty{QString::fromLatin1(key), value});
    }
    if (const Json *supplier = sbomjson::member(c, "supplier"))
        node.properties.append(SbomProperty{QStringLiteral("supplier"), sbomjson::text(*supplier, "name")});
    for (const Json &p : sbomjson::array(c, "properties"))
        node.properties.append(SbomProperty{QStringLiteral("property:") + sbomjson::text(p, "name"),
                                            sbomjson::text(p, "value")});
    if (const Json *data = sbomjson::member(c, "data"))
        sbomjson::flatten(*data, QStringLiteral("data"), node.properties);
    const int index = m_doc.addNode(std::move(node), parent);
    if (const Json *card = sbomjson::member(c, "modelCard"))
        modelCard(*card, path + QStringLiteral(".modelCard"), index);
    components(sbomjson::array(c, "components"), path + QStringLiteral(".components"), index, tool);
    if (const Json *pedigree = sbomjson::member(c, "pedigree"))
        for (const char *key : {"ancestors", "descendants", "variants"})
            sbomjson::flatten(sbomjson::array(*pedigree, key), QStringLiteral("pedigree.") + QLatin1String(key),
                              m_doc.nodes[index].properties);
    return index;
}

void CycloneDxReader::services(const Json &list, const QString &path, int parent)
{
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &s = list[i];
        const QString at = path + QStringLiteral("[%1]").arg(i);
        if (!s.is_object()) {
            finding(QStringLiteral("schema.type"), at, HM_TR("Sbom", "A service is not an object."));
            continue;
        }
        SbomNode node;
        node.kind = SbomNodeKind::Service;
        node.type = QStringLiteral("service");
        node.name = sbomjson::text(s, "name");
        node.version = sbomjson::text(s, "version");
        checkRef(s, at, node);
        if (const Json *l = sbomjson::member(s, "licenses"))
            licences(*l, at + QStringLiteral(".licenses"), node);
        const int index = m_doc.addNode(std::move(node), parent);
        services(sbomjson::array(s, "services"), at + QStringLiteral(".services"), index);
    }
}

void CycloneDxReader::hashes(const Json &list, const QString &path, SbomNode &node)
{
    static const QRegularExpression content(
        QStringLiteral("^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$"));
    static const QStringList algs{QStringLiteral("MD5"),         QStringLiteral("SHA-1"),       QStringLiteral("SHA-256"),
                                  QStringLiteral("SHA-384"),     QStringLiteral("SHA-512"),     QStringLiteral("SHA3-256"),
                                  QStringLiteral("SHA3-384"),    QStringLiteral("SHA3-512"),    QStringLiteral("BLAKE2b-256"),
                                  QStringLiteral("BLAKE2b-384"), QStringLiteral("BLAKE2b-512"), QStringLiteral("BLAKE3")};
    for (size_t i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        unknownKeys(list[i], CdxObject::Hash, at);
        SbomHash h;
        h.original = sbomjson::text(list[i], "alg");
        h.algorithm = normaliseHashAlgorithm(h.original);
        h.value = sbomjson::text(list[i], "content").toLower();
        const bool knownAlg = algs.contains(h.original)
            || (m_minor >= 7 && (h.original == QLatin1String("Streebog-256") || h.original == QLatin1String("Streebog-512")));
        if (!knownAlg)
            finding(QStringLiteral("schema.enum"), at + QStringLiteral(".alg"),
                    HM_TR("Sbom", "\"%1\" is not a hash algorithm in CycloneDX 1.%2.").arg(h.original).arg(m_minor));
        if (!content.match(h.value).hasMatch())
            finding(QStringLiteral("schema.hash-content"), at + QStringLiteral(".content"),
                    HM_TR("Sbom", "The %1 hash \"%2\" is not 32, 40, 64, 96 or 128 hex digits.").arg(h.original, h.value));
        node.hashes.append(h);
    }
}

void CycloneDxReader::licences(const Json &list, const QString &path, SbomNode &node)
{
    if (!list.is_array()) {
        finding(QStringLiteral("schema.type"), path, HM_TR("Sbom", "\"licenses\" is not an array."));
        return;
    }
    int expressions = 0;
    int licenceItems = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &item = list[i];
        const QString at = path + QStringLiteral("[%1]").arg(i);
        const Json *licence = sbomjson::member(item, "license");
        const Json *expression = sbomjson::member(item, "expression");
        if (licence && expression) {
            finding(QStringLiteral("schema.licence-choice"), at,
                    HM_TR("Sbom", "A licence item holds both \"license\" and \"expression\"."));
        } else if (!licence && !expression) {
            finding(QStringLiteral("schema.licence-choice"), at,
                    HM_TR("Sbom", "A licence item holds neither \"license\" nor \"expression\"."));
        }
        if (const Json *ref = sbomjson::member(expression ? item : (licence ? *licence : item), "bom-ref");
            ref && sbomjson::text(*ref).isEmpty())
            finding(QStringLiteral("schema.ref-empty"), at + QStringLiteral(".bom-ref"),
                    HM_TR("Sbom", "A bom-ref must be a non-empty string."));
        if (expression) {
            ++expressions;
            checkLicenceExpression(sbomjson::text(*expression), node.name, at + QStringLiteral(".expression"), m_doc.findings);
            node.licences.append(SbomLicence{SbomLicence::Kind::Expression, sbomjson::text(*expression),
                                             sbomjson::text(item, "acknowledgement")});
        }
        if (licence) {
            ++licenceItems;
            const QString id = sbomjson::text(*licence, "id");
            const QString name = sbomjson::text(*licence, "name");
            if (sbomjson::member(*licence, "id") && sbomjson::member(*licence, "name"))
                finding(QStringLiteral("schema.licence-choice"), at + QStringLiteral(".license"),
                        HM_TR("Sbom", "A licence has both \"id\" and \"name\"."));
            else if (id.isEmpty() && name.isEmpty())
                finding(QStringLiteral("schema.licence-choice"), at + QStringLiteral(".license"),
                        HM_TR("Sbom", "A licence has neither \"id\" nor \"name\"."));
            if (const QString proper = spdxIdWithOtherCase(id); !proper.isEmpty())
                finding(QStringLiteral("schema.licence-id"), at + QStringLiteral(".license.id"),
                        HM_TR("Sbom", "\"%1\" is not an SPDX licence id; SPDX ids are case-sensitive (\"%2\").")
                            .arg(id, proper));
            node.licences.append(SbomLicence{id.isEmpty() ? SbomLicence::Kind::Name : SbomLicence::Kind::Id,
                                             id.isEmpty() ? name : id, sbomjson::text(*licence, "acknowledgement")});
        }
    }
    // 1.5 and 1.6: licences, or exactly one expression, never both
    if ((m_minor == 5 || m_minor == 6) && expressions > 0 && (licenceItems > 0 || expressions > 1))
        finding(QStringLiteral("schema.licence-choice"), path,
                HM_TR("Sbom", "CycloneDX 1.%1 allows either licences or exactly one expression, not a mix.").arg(m_minor));
}

void CycloneDxReader::modelCard(const Json &card, const QString &path, int model)
{
    QList<SbomProperty> properties;
    unknownKeys(card, CdxObject::ModelCard, path);
    sbomjson::flatten(card, QStringLiteral("modelCard"), properties);
    m_doc.nodes[model].properties.append(properties);
    if (const Json *ref = sbomjson::member(card, "bom-ref"); ref && sbomjson::text(*ref).isEmpty())
        finding(QStringLiteral("schema.ref-empty"), path + QStringLiteral(".bom-ref"),
                HM_TR("Sbom", "A bom-ref must be a non-empty string."));
    const Json *parameters = sbomjson::member(card, "modelParameters");
    if (!parameters)
        return;
    const Json &datasets = sbomjson::array(*parameters, "datasets");
    for (size_t i = 0; i < datasets.size(); ++i) {
        const Json &d = datasets[i];
        if (const Json *ref = sbomjson::member(d, "ref")) {
            m_datasetRefs.append(PendingDataset{model, sbomjson::text(*ref)});
            continue;
        }
        SbomNode node;
        node.kind = SbomNodeKind::Dataset;
        node.type = QStringLiteral("dataset:") + sbomjson::text(d, "type");
        node.name = sbomjson::text(d, "name");
        checkRef(d, path + QStringLiteral(".modelParameters.datasets[%1]").arg(i), node);
        sbomjson::flatten(d, QString(), node.properties);
        m_doc.addNode(std::move(node), model);
    }
}

void CycloneDxReader::dependencies(const Json &list)
{
    QSet<QString> seen;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &d = list[i];
        const QString at = QStringLiteral("dependencies[%1]").arg(i);
        unknownKeys(d, CdxObject::Dependency, at);
        const Json *refJson = sbomjson::member(d, "ref");
        const QString ref = refJson ? sbomjson::text(*refJson) : QString();
        if (!refJson) {
            finding(QStringLiteral("schema.required"), at, HM_TR("Sbom", "A dependency has no \"ref\"."));
            continue;
        }
        if (ref.isEmpty()) {
            emptyRef(at + QStringLiteral(".ref"), HM_TR("Sbom", "A dependency \"ref\" must be a non-empty string."));
            continue;
        }
        if (seen.contains(ref))
            finding(QStringLiteral("ref.duplicate-dependency"), ref,
                    HM_TR("Sbom", "\"%1\" is listed more than once in dependencies.").arg(ref));
        seen.insert(ref);
        const int from = m_doc.find(ref);
        if (from >= 0)
            m_doc.nodes[from].dependenciesKnown = true;
        else if (!isBomLink(ref))
            finding(QStringLiteral("ref.dangling"), ref,
                    HM_TR("Sbom", "The dependency \"%1\" names no component or service.").arg(ref));
        for (const char *key : {"dependsOn", "provides"}) {
            const Json &targets = sbomjson::array(d, key);
            QSet<QString> unique;
            for (const Json &t : targets) {
                const QString to = sbomjson::text(t);
                if (unique.contains(to))
                    finding(QStringLiteral("schema.unique"), at + QLatin1Char('.') + QLatin1String(key),
                            HM_TR("Sbom", "\"%1\" appears twice in %2 of \"%3\".").arg(to, QLatin1String(key), ref));
                unique.insert(to);
                m_doc.edges.append(SbomEdge{from, m_doc.find(to), ref, QString::fromLatin1(key), to, isBomLink(to)});
            }
        }
    }
}

} // namespace

SbomDocument readCycloneDx(const Json &json, const QString &version)
{
    SbomDocument doc;
    doc.format = SbomFormat::CycloneDx;
    doc.specVersion = version;
    CycloneDxReader(doc, version).read(json);
    return doc;
}

} // namespace hallmark
