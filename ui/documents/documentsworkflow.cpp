#include "documents/documentsworkflow.h"

#include "attest/attestationpage.h"
#include "attest/attestbuilder.h"
#include "attestsign/attestdialog.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "mainwindow.h"
#include "sbom/sbompage.h"
#include "verify/signatureworkflow.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QtConcurrent>

namespace hallmark::ui {

namespace {

// SBOMs of tens of thousands of components run to tens of MiB; the core's
// sniffing refuses larger files.
constexpr qint64 kMaxDocumentBytes = 32 << 20;

attest::DocumentKind sniffPath(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || file.size() > kMaxDocumentBytes || !file.open(QIODevice::ReadOnly))
        return attest::DocumentKind::Unknown;
    return attest::sniffDocument(file.readAll());
}

bool usesOmsDigests(const Manifest &manifest)
{
    return manifest.serialization.method == Serialization::Files
           && manifest.serialization.hashType == HashAlgorithm::Sha256;
}

std::optional<attest::ModelDigests> digestsWithout(const QString &model, const QStringList &ignore,
                                                   std::shared_ptr<JobControl> control)
{
    auto manifest = attest::currentManifest(model, ignore, {}, *control);
    if (!manifest)
        return std::nullopt;
    return attest::modelDigests(*manifest);
}

} // namespace

DocumentsWorkflow::DocumentsWorkflow(MainWindow *window)
    : QObject(window), m_window(window), m_attestations(new AttestationPage), m_sbom(new SbomPage)
{
    connect(&m_discovery, &QFutureWatcher<QList<attest::DiscoveredFile>>::finished, this, &DocumentsWorkflow::onDiscovered);
    connect(&m_digesting, &QFutureWatcher<std::optional<attest::ModelDigests>>::finished, this, [this] {
        setDigests(m_digesting.result());
    });
    connect(window->signatureWorkflow(), &SignatureWorkflow::verificationFinished, this, [this] { applyDefaultTrust(); });
}

DocumentsWorkflow::~DocumentsWorkflow()
{
    if (m_digestControl)
        m_digestControl->cancel();
    m_discovery.waitForFinished();
    m_digesting.waitForFinished();
    // Pages not currently in the tab widget have no parent.
    for (QWidget *page : {static_cast<QWidget *>(m_attestations.data()), static_cast<QWidget *>(m_sbom.data())})
        if (page && !page->parent())
            delete page;
}

AttestationPage *DocumentsWorkflow::attestationPage() const
{
    return m_attestations;
}

SbomPage *DocumentsWorkflow::sbomPage() const
{
    return m_sbom;
}

void DocumentsWorkflow::modelOpened(const QString &path)
{
    m_model = path;
    m_report.reset();
    m_discovered.clear();
    if (m_digestControl)
        m_digestControl->cancel();
    setDigests(std::nullopt);
    m_attestations->clear();
    m_sbom->clear();
    m_sbom->setManifest(std::nullopt);
    hidePages();
    m_attestations->setTrust({});
    m_discovery.setFuture(QtConcurrent::run([path] { return attest::discoverDocuments(path); }));
}

void DocumentsWorkflow::reportReady(const HashReportPtr &report)
{
    m_report = report;
    m_sbom->setManifest(report->manifest);
    computeDigestsWhenReady();
}

void DocumentsWorkflow::onDiscovered()
{
    const QList<attest::DiscoveredFile> found = m_discovery.result();
    const QString signature = QFileInfo(m_window->signatureWorkflow()->foundSignature()).absoluteFilePath();
    for (const attest::DiscoveredFile &file : found) {
        // The model's own signature is shown on the Signer page.
        if (!signature.isEmpty() && file.path == signature)
            continue;
        m_discovered << file;
        add(file.path, file.kind, false);
    }
    computeDigestsWhenReady();
    Q_EMIT discoveryFinished(int(m_discovered.size()));
}

// Subjects are compared with the OMS manifest: SHA-256 per file, without
// attestation files lying inside the model (their maker left them out).
void DocumentsWorkflow::computeDigestsWhenReady()
{
    if (!m_report || m_discovery.isRunning() || m_digesting.isRunning())
        return;
    QStringList inside;
    const QDir root(m_model);
    for (const attest::DiscoveredFile &file : m_discovered)
        if (file.insideModel && attest::isAttestationKind(file.kind))
            inside << root.relativeFilePath(file.path);
    const std::optional<Manifest> &manifest = m_report->manifest;
    if (manifest && usesOmsDigests(*manifest) && inside.isEmpty()) {
        setDigests(attest::modelDigests(*manifest));
        return;
    }
    if (!QFileInfo(m_model).isDir() && !(QFileInfo(m_model).isFile() && inside.isEmpty())) {
        setDigests(std::nullopt);
        return;
    }
    m_digestControl = std::make_shared<JobControl>();
    m_digesting.setFuture(QtConcurrent::run(digestsWithout, m_model, inside, m_digestControl));
}

void DocumentsWorkflow::setDigests(const std::optional<attest::ModelDigests> &digests)
{
    m_digests = digests;
    m_attestations->setModel(digests);
    if (digests)
        Q_EMIT modelDigestsReady();
}

void DocumentsWorkflow::openDroppedFile(const QString &path)
{
    sniffThenRoute({path}, true);
}

void DocumentsWorkflow::openDocuments(const QStringList &paths)
{
    sniffThenRoute(paths, false);
}

void DocumentsWorkflow::sniffThenRoute(const QStringList &paths, bool openOthersAsModel)
{
    auto *watcher = new QFutureWatcher<QList<Sniffed>>(this);
    connect(watcher, &QFutureWatcher<QList<Sniffed>>::finished, this, [this, watcher, openOthersAsModel] {
        onSniffed(watcher->result(), openOthersAsModel);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        QList<Sniffed> out;
        for (const QString &p : paths)
            out << Sniffed{QFileInfo(p).absoluteFilePath(), sniffPath(p)};
        return out;
    }));
}

void DocumentsWorkflow::onSniffed(const QList<Sniffed> &files, bool openOthersAsModel)
{
    bool raise = true;
    for (const Sniffed &file : files) {
        if (file.kind != attest::DocumentKind::Unknown && file.kind != attest::DocumentKind::InTotoLayout) {
            add(file.path, file.kind, raise);
            raise = false;
        } else if (openOthersAsModel) {
            m_window->openPath(file.path);
        } else {
            Q_EMIT documentRejected(file.path, tr("This file is neither an attestation (Sigstore bundle, DSSE envelope, "
                                                  "in-toto statement or JSON Lines) nor a CycloneDX or SPDX SBOM."));
        }
    }
}

void DocumentsWorkflow::add(const QString &path, attest::DocumentKind kind, bool raise)
{
    if (attest::isSbomKind(kind)) {
        if (!m_sbom->files().contains(path))
            m_sbom->addFile(path, raise || m_sbom->files().isEmpty());
        showPage(m_sbom, tr("SBOM"), raise);
    } else if (attest::isAttestationKind(kind)) {
        m_attestations->addFile(path);
        showPage(m_attestations, tr("Attestations"), raise);
    }
}

void DocumentsWorkflow::chooseDocuments()
{
    auto *dialog = new QFileDialog(m_window, tr("Open Attestations or SBOMs"),
                                   m_model.isEmpty() ? QDir::homePath() : QFileInfo(m_model).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Attestations and SBOMs (*.json *.jsonl *.jsonld *.sigstore *.dsse *.intoto *.bundle)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &DocumentsWorkflow::openDocuments);
    dialog->open();
}

AttestDialog *DocumentsWorkflow::openAttestDialog()
{
    if (m_model.isEmpty())
        return nullptr;
    auto *dialog = new AttestDialog(m_model, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttestDialog::attestationWritten, this, [this](const QString &path) {
        add(QFileInfo(path).absoluteFilePath(), attest::DocumentKind::SigstoreBundle, true);
    });
    dialog->open();
    return dialog;
}

void DocumentsWorkflow::showPage(QWidget *page, const QString &title, bool raise)
{
    QTabWidget *tabs = m_window->detailsTabs();
    if (tabs->indexOf(page) < 0)
        m_window->addDetailsPage(page, title);
    if (raise)
        tabs->setCurrentWidget(page);
}

void DocumentsWorkflow::hidePages()
{
    m_window->removeDetailsPage(m_attestations);
    m_window->removeDetailsPage(m_sbom);
}

// Once the model's signature has been checked, its attestations are checked
// against the same key or certificates, unless the user chose otherwise.
void DocumentsWorkflow::applyDefaultTrust()
{
    const attest::AttestationTrust current = m_attestations->trust();
    if (current.publicKey || !current.anchors.isEmpty() || current.identity)
        return;
    const VerifyRequest request = m_window->signatureWorkflow()->proposedRequest();
    attest::AttestationTrust trust;
    if (request.method == VerifyMethod::Key && !request.publicKeyPath.isEmpty()) {
        if (auto key = readPublicKeyFile(request.publicKeyPath))
            trust.publicKey = *key;
    } else if (request.method == VerifyMethod::Certificate) {
        for (const QString &path : request.trustAnchorPaths)
            if (auto certs = readCertificateFile(path))
                trust.anchors << *certs;
    }
    if (trust.publicKey || !trust.anchors.isEmpty())
        m_attestations->setTrust(trust);
}

} // namespace hallmark::ui
