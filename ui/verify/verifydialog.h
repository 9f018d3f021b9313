#pragma once

#include "verify/omsverifier.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace hallmark::ui {

class SigstoreOptionsWidget;

// Asks what to check the model against: the signature file, and either the
// publisher's public key or trust anchor certificates. Open it with open();
// read request() once it is accepted.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(QWidget *parent = nullptr);

    void setRequest(const VerifyRequest &request);
    VerifyRequest request() const;

    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *signatureEdit() const { return m_signature; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QRadioButton *keyMethodButton() const { return m_keyMethod; }
    QRadioButton *certificateMethodButton() const { return m_certMethod; }
    QRadioButton *sigstoreMethodButton() const { return m_sigstoreMethod; }
    SigstoreOptionsWidget *sigstoreOptions() const { return m_sigstore; }
    QListWidget *anchorList() const { return m_anchors; }
    QCheckBox *atSigningTimeBox() const { return m_atSigningTime; }
    QCheckBox *ignoreUnsignedBox() const { return m_ignoreUnsigned; }
    QPlainTextEdit *ignorePathsEdit() const { return m_ignorePaths; }
    QPushButton *verifyButton() const;

private:
    void browse(QLineEdit *edit, const QString &title, const QStringList &filters, bool folderToo);
    void addAnchors();
    void updateState();

    QLineEdit *m_model;
    QLineEdit *m_signature;
    QRadioButton *m_keyMethod;
    QRadioButton *m_certMethod;
    QRadioButton *m_sigstoreMethod;
    QStackedWidget *m_methodStack;
    QLineEdit *m_publicKey;
    QListWidget *m_anchors;
    QPushButton *m_removeAnchor;
    SigstoreOptionsWidget *m_sigstore;
    QCheckBox *m_atSigningTime;
    QPlainTextEdit *m_ignorePaths;
    QCheckBox *m_ignoreUnsigned;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hallmark::ui
