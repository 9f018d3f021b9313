#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hallmark::attest {

// What a file is, judged by its content (names only pick candidates).
enum class DocumentKind {
    Unknown,
    SigstoreBundle,    // mediaType application/vnd.dev.sigstore.bundle…
    DsseEnvelope,      // payload + payloadType + signatures
    InTotoJsonLines,   // one envelope, bundle or statement per line
    InTotoStatement,   // a bare, unsigned statement
    InTotoLayout,      // legacy {signed: {_type: layout}, signatures}
    CycloneDx,         // SBOM: parsed by core/sbom
    Spdx2,
    Spdx3,
};

DocumentKind sniffDocument(const QByteArray &content);
QString kindLabel(DocumentKind kind);    // translated, for people
QString kindKeyword(DocumentKind kind);  // stable, for JSON: "sigstore-bundle", "sbom-cyclonedx", …
bool isAttestationKind(DocumentKind kind);
bool isSbomKind(DocumentKind kind);

struct DiscoveredFile {
    QString path;
    DocumentKind kind = DocumentKind::Unknown;
    bool insideModel = false;  // else next to it
};

// Attestation and SBOM files inside a model folder (a bounded walk) and next
// to the model, found by name or by content. Reads at most a few MiB per file.
QList<DiscoveredFile> discoverDocuments(const QString &modelPath);

} // namespace hallmark::attest
