#pragma once

#include "common/result.h"
#include "crypto/certificate.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace hallmark::ui {

class CertificateExtensionsModel;
class FingerprintField;

// Every field of one certificate: subject, issuer, SANs, validity, key,
// SHA-256 fingerprints of the certificate and its key (copyable), every
// extension decoded by name, and PEM export.
class CertificateDetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit CertificateDetailsPane(QWidget *parent = nullptr);

    void setCertificate(const CertificatePtr &certificate);
    // Nothing to show; `why` says so (e.g. "Issuer certificate not found").
    void showMessage(const QString &why);
    CertificatePtr certificate() const { return m_certificate; }

    // Asks where to save (the file dialog confirms an overwrite), then writes atomically.
    void exportPem();
    Result<void> writePem(const QString &path) const;

    QString fieldText(const QString &objectName) const;
    QList<FingerprintField *> fingerprintFields() const;
    CertificateExtensionsModel *extensionsModel() const { return m_extensionsModel; }
    QTreeView *extensionsView() const { return m_extensionsView; }
    QPushButton *exportButton() const { return m_export; }

private:
    QLabel *addField(const QString &label, const QString &objectName, bool monospace = false);

    CertificatePtr m_certificate;
    QWidget *m_content;
    QLabel *m_message;
    QWidget *m_fields;
    QFormLayout *m_form;
    QWidget *m_certificateFingerprint;
    QWidget *m_keyFingerprint;
    CertificateExtensionsModel *m_extensionsModel;
    QTreeView *m_extensionsView;
    QPushButton *m_copyPem;
    QPushButton *m_export;
};

} // namespace hallmark::ui
