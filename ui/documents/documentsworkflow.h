#pragma once

#include "attest/discovery.h"
#include "attest/subjectbinding.h"
#include "common/cancel.h"
#include "hashreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace hallmark::ui {

class AttestDialog;
class AttestationPage;
class MainWindow;
class SbomPage;

// Attestations and SBOMs in the main window: finds them next to and inside
// the opened model, opens the ones the user chooses or drops, keeps the
// Attestations and SBOM pages bound to the model as last hashed, and opens
// the Attest… dialog.
class DocumentsWorkflow : public QObject
{
    Q_OBJECT

public:
    explicit DocumentsWorkflow(MainWindow *window);
    ~DocumentsWorkflow() override;

    // A new model is open: forget its documents and look for new ones.
    void modelOpened(const QString &path);
    // The model has been hashed: subjects and SBOM hashes are compared with it.
    void reportReady(const HashReportPtr &report);

    // Sniffs `path` on a worker; attestations and SBOMs go to their page,
    // anything else is opened as a model. For dropped files.
    void openDroppedFile(const QString &path);
    // Adds an attestation or SBOM file; reports when it is neither.
    void openDocuments(const QStringList &paths);
    void chooseDocuments();
    AttestDialog *openAttestDialog();

    AttestationPage *attestationPage() const;
    SbomPage *sbomPage() const;
    QList<attest::DiscoveredFile> discovered() const { return m_discovered; }
    std::optional<attest::ModelDigests> modelDigests() const { return m_digests; }
    bool isDiscovering() const { return m_discovery.isRunning(); }

Q_SIGNALS:
    void discoveryFinished(int found);
    // A user-opened file that is no attestation or SBOM.
    void documentRejected(const QString &path, const QString &reason);
    void modelDigestsReady();

private:
    struct Sniffed {
        QString path;
        attest::DocumentKind kind = attest::DocumentKind::Unknown;
    };
    void onDiscovered();
    void onSniffed(const QList<Sniffed> &files, bool openOthersAsModel);
    void add(const QString &path, attest::DocumentKind kind, bool raise);
    void showPage(QWidget *page, const QString &title, bool raise);
    void hidePages();
    void applyDefaultTrust();
    void setDigests(const std::optional<attest::ModelDigests> &digests);
    void sniffThenRoute(const QStringList &paths, bool openOthersAsModel);
    void computeDigestsWhenReady();

    MainWindow *m_window;
    QPointer<AttestationPage> m_attestations;  // the tab widget owns them while shown
    QPointer<SbomPage> m_sbom;
    QString m_model;
    QList<attest::DiscoveredFile> m_discovered;
    std::optional<attest::ModelDigests> m_digests;
    QFutureWatcher<QList<attest::DiscoveredFile>> m_discovery;
    HashReportPtr m_report;
    QFutureWatcher<std::optional<attest::ModelDigests>> m_digesting;
    std::shared_ptr<JobControl> m_digestControl;
};

} // namespace hallmark::ui
