#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <span>

namespace hallmark {

enum class SbomFormat { Unknown, CycloneDx, Spdx2, Spdx3 };

enum class SbomNodeKind { Document, Component, Model, Dataset, File, Service, Other };

struct SbomHash {
    QString algorithm;  // normalised: "sha256", "sha3-256", "blake2b-512", … (see normaliseHashAlgorithm)
    QString original;   // as written in the document
    QString value;      // lower-case as written (may not be hex)
};

struct SbomLicence {
    enum class Kind { Id, Name, Expression };
    Kind kind = Kind::Id;
    QString text;             // SPDX id, free name or expression
    QString acknowledgement;  // "declared", "concluded" or empty
};

struct SbomProperty {
    QString name;   // dotted path, e.g. "modelCard.quantitativeAnalysis.performanceMetrics[0].value"
    QString value;  // always text; numbers and booleans rendered as written
};

// One element of the unified tree. Nodes live in SbomDocument::nodes and
// point at each other by index, so a QAbstractItemModel can use the index
// as internal id.
struct SbomNode {
    SbomNodeKind kind = SbomNodeKind::Component;
    QString type;     // the document's own type: "library", "machine-learning-model", "software_Package", …
    QString ref;      // bom-ref, SPDXID or spdxId; may be empty
    QString name;
    QString version;
    QString purl;
    QString path;     // for files: the model-relative path as written
    QList<SbomLicence> licences;
    QList<SbomHash> hashes;
    QList<SbomProperty> properties;
    bool licenceExplicitlyNone = false;  // SPDX NONE
    bool dependenciesKnown = false;      // CycloneDX: listed in dependencies[] (maybe with an empty dependsOn)
    int parent = -1;
    QList<int> children;
};

struct SbomEdge {
    int from = -1;          // -1 when the source is not in this document
    int to = -1;            // -1 when the target is not in this document
    QString fromRef;        // the source as written
    QString type;       // "dependsOn", "provides", "dataset", "contains", "trainedOn", …
    QString toRef;      // the target as written
    bool external = false;  // BOM-Link, DocumentRef-, listed-licence IRI: not dangling
};

// A structural rule the document breaks, found while reading.
enum class SbomSeverity { Info, Warning, Error };

struct SbomFinding {
    SbomSeverity severity = SbomSeverity::Error;
    QString code;     // stable, e.g. "schema.serial-number", "ref.dangling"
    QString ref;      // node ref or JSON path the finding is about
    QString message;  // translated
};

struct SbomDocument {
    SbomFormat format = SbomFormat::Unknown;
    QString specVersion;  // "1.6", "2.3", "3.0.1"
    QString serialNumber; // CycloneDX serialNumber, SPDX documentNamespace or document spdxId
    QString name;
    QList<SbomNode> nodes;  // nodes[0] is the document root
    QList<SbomEdge> edges;
    QHash<QString, int> refIndex;    // first node per ref
    QSet<QString> otherRefs;         // ids of elements that are not nodes (agents, licences, relationships)
    QList<QString> duplicateRefs;    // refs seen more than once, in document order
    QList<SbomFinding> findings;     // schema-level rules broken, found while reading

    int componentCount() const { return int(nodes.size()) - 1; }
    int addNode(SbomNode node, int parent);
    // Registers a node's ref; records a duplicate when it is taken.
    void indexRef(int node);
    int find(const QString &ref) const { return refIndex.value(ref, -1); }

    // Edge lists by node, built by finalise().
    std::span<const int> outgoing(int node) const;
    std::span<const int> incoming(int node) const;
    void finalise();

private:
    QList<int> m_outStart, m_out, m_inStart, m_in;
};

QString formatName(SbomFormat format);
QString kindName(SbomNodeKind kind);

// Hash algorithm names across formats (doc §5) → "md5", "sha1", "sha224",
// "sha256", "sha384", "sha512", "sha3-224", "sha3-256", "sha3-384",
// "sha3-512", "blake2b-256", "blake2b-384", "blake2b-512", "blake3"; other
// names lower-cased.
QString normaliseHashAlgorithm(const QString &name);
// Hex digits the algorithm produces, 0 when not fixed or unknown.
int expectedHexLength(const QString &normalisedAlgorithm);

struct LicenceCount {
    QString licence;
    int components = 0;
    int declared = 0;
    int concluded = 0;
};

struct LicenceSummary {
    QList<LicenceCount> licences;  // by descending count, then name
    int withoutLicence = 0;        // components (not the root) with none
    int explicitlyNone = 0;
};

LicenceSummary licenceSummary(const SbomDocument &doc);

} // namespace hallmark
