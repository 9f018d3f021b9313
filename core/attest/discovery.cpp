#include "attest/discovery.h"

#include "common/tr.h"
#include "common/untrustedjson.h"
#include "sbom/sbomjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace hallmark::attest {

namespace {

using Json = nlohmann::json;

constexpr qint64 kMaxSniffBytes = 32 << 20;
constexpr int kMaxWalkedFiles = 5000;

DocumentKind classify(const Json &j)
{
    if (!j.is_object())
        return DocumentKind::Unknown;
    auto str = [&j](const char *key) -> std::string {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (str("mediaType").starts_with("application/vnd.dev.sigstore.bundle"))
        return DocumentKind::SigstoreBundle;
    if (j.contains("payload") && j.contains("payloadType") && j.contains("signatures"))
        return DocumentKind::DsseEnvelope;
    if (str("_type").starts_with("https://in-toto.io/Statement/"))
        return DocumentKind::InTotoStatement;
    if (auto s = j.find("signed"); s != j.end() && s->is_object() && j.contains("signatures")) {
        auto t = s->find("_type");
        if (t != s->end() && t->is_string() && t->get<std::string>() == "layout")
            return DocumentKind::InTotoLayout;
    }
    if (str("bomFormat") == "CycloneDX")
        return DocumentKind::CycloneDx;
    if (str("spdxVersion").starts_with("SPDX-2"))
        return DocumentKind::Spdx2;
    if (auto c = j.find("@context"); c != j.end()) {
        const std::string text = c->dump();
        if (text.find("spdx.org/rdf/3") != std::string::npos)
            return DocumentKind::Spdx3;
    }
    return DocumentKind::Unknown;
}

bool nameSuggests(const QString &name)
{
    const QString n = name.toLower();
    static const char *const suffixes[] = {".intoto.jsonl", ".intoto.json", ".jsonl", ".dsse", ".dsse.json", ".sigstore",
                                           ".sigstore.json", ".bundle", ".att", ".attestation", ".slsa", ".cdx.json",
                                           ".spdx.json", ".spdx3.json", ".jsonld", ".sig", ".json"};
    for (const char *s : suffixes)
        if (n.endsWith(QLatin1String(s)))
            return true;
    return n == QLatin1String("bom.json");
}

DocumentKind sniffFile(const QString &path)
{
    QFile f(path);
    if (f.size() > kMaxSniffBytes || !f.open(QIODevice::ReadOnly))
        return DocumentKind::Unknown;
    return sniffDocument(f.readAll());
}

} // namespace

DocumentKind sniffDocument(const QByteArray &content)
{
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed();
    if (!text.startsWith('{'))
        return DocumentKind::Unknown;
    // As deep as an SBOM may nest; anything deeper is read by nobody.
    if (jsonNesting(text, sbomjson::kMaxDepth) > sbomjson::kMaxDepth)
        return DocumentKind::Unknown;
    Json whole = Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (!whole.is_discarded())
        return classify(whole);
    // JSON Lines: every non-empty line an envelope, bundle or statement.
    bool any = false;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.isEmpty())
            continue;
        Json j = Json::parse(l.constData(), l.constData() + l.size(), nullptr, false);
        const DocumentKind k = j.is_discarded() ? DocumentKind::Unknown : classify(j);
        if (k != DocumentKind::DsseEnvelope && k != DocumentKind::SigstoreBundle && k != DocumentKind::InTotoStatement)
            return DocumentKind::Unknown;
        any = true;
    }
    return any ? DocumentKind::InTotoJsonLines : DocumentKind::Unknown;
}

QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::SigstoreBundle: return HM_TR("Attest", "Sigstore bundle");
    case DocumentKind::DsseEnvelope: return HM_TR("Attest", "DSSE envelope");
    case DocumentKind::InTotoJsonLines: return HM_TR("Attest", "in-toto attestations (JSON Lines)");
    case DocumentKind::InTotoStatement: return HM_TR("Attest", "in-toto statement (unsigned)");
    case DocumentKind::InTotoLayout: return HM_TR("Attest", "in-toto layout");
    case DocumentKind::CycloneDx: return HM_TR("Attest", "SBOM (CycloneDX)");
    case DocumentKind::Spdx2: return HM_TR("Attest", "SBOM (SPDX 2)");
    case DocumentKind::Spdx3: return HM_TR("Attest", "SBOM (SPDX 3)");
    case DocumentKind::Unknown: break;
    }
    return HM_TR("Attest", "unknown");
}

QString kindKeyword(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::SigstoreBundle: return QStringLiteral("sigstore-bundle");
    case DocumentKind::DsseEnvelope: return QStringLiteral("dsse-envelope");
    case DocumentKind::InTotoJsonLines: return QStringLiteral("intoto-jsonl");
    case DocumentKind::InTotoStatement: return QStringLiteral("intoto-statement");
    case DocumentKind::InTotoLayout: return QStringLiteral("intoto-layout");
    case DocumentKind::CycloneDx: return QStringLiteral("sbom-cyclonedx");
    case DocumentKind::Spdx2: return QStringLiteral("sbom-spdx2");
    case DocumentKind::Spdx3: return QStringLiteral("sbom-spdx3");
    case DocumentKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isAttestationKind(DocumentKind kind)
{
    return kind == DocumentKind::SigstoreBundle || kind == DocumentKind::DsseEnvelope
        || kind == DocumentKind::InTotoJsonLines || kind == DocumentKind::InTotoStatement;
}

bool isSbomKind(DocumentKind kind)
{
    return kind == DocumentKind::CycloneDx || kind == DocumentKind::Spdx2 || kind == DocumentKind::Spdx3;
}

QList<DiscoveredFile> discoverDocuments(const QString &modelPath)
{
    QList<DiscoveredFile> out;
    const QFileInfo model(modelPath);
    const QString modelAbs = model.absoluteFilePath();
    auto consider = [&out](const QFileInfo &fi, bool inside) {
        if (!fi.isFile() || fi.isSymLink() || !nameSuggests(fi.fileName()))
            return;
        const DocumentKind k = sniffFile(fi.absoluteFilePath());
        if (k != DocumentKind::Unknown)
            out << DiscoveredFile{fi.absoluteFilePath(), k, inside};
    };
    if (model.isDir()) {
        QDirIterator it(modelAbs, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        int walked = 0;
        while (it.hasNext() && walked++ < kMaxWalkedFiles) {
            it.next();
            if (it.filePath().contains(QLatin1String("/.git/")))
                continue;
            consider(it.fileInfo(), true);
        }
    }
    const QDir parent = model.absoluteDir();
    for (const QFileInfo &fi : parent.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name))
        if (fi.absoluteFilePath() != modelAbs)
            consider(fi, false);
    return out;
}

} // namespace hallmark::attest
