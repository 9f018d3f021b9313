#pragma once

#include "attest/attestverify.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace hallmark::ui {

class SigstoreOptionsWidget;

// What attestation signatures are checked against: nothing, a public key, a
// set of trust anchor certificates, or a Sigstore identity and issuer (with
// an optional trusted root; none means the built-in public-good root).
// Apply loads the files with the core crypto code; problems show inline.
class AttestationTrustWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AttestationTrustWidget(QWidget *parent = nullptr);

    // Loads what is chosen. On success emits trustApplied() and returns true;
    // otherwise shows why and keeps the previous trust.
    bool apply();
    attest::AttestationTrust trust() const { return m_trust; }
    QString problem() const;  // what stops Apply, translated; empty when ready
    // One line on what signatures are checked against.
    static QString summary(const attest::AttestationTrust &trust);

    QRadioButton *noneButton() const { return m_none; }
    QRadioButton *keyButton() const { return m_keyMethod; }
    QRadioButton *certificateButton() const { return m_certMethod; }
    QRadioButton *sigstoreButton() const { return m_sigstoreMethod; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QListWidget *anchorList() const { return m_anchors; }
    SigstoreOptionsWidget *sigstoreOptions() const { return m_sigstore; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void trustApplied(const hallmark::attest::AttestationTrust &trust);

private:
    void browseKey();
    void addAnchors();
    void updateState();
    void showError(const QString &message);

    attest::AttestationTrust m_trust;
    QRadioButton *m_none;
    QRadioButton *m_keyMethod;
    QRadioButton *m_certMethod;
    QRadioButton *m_sigstoreMethod;
    QStackedWidget *m_stack;
    QLineEdit *m_publicKey;
    QListWidget *m_anchors;
    QPushButton *m_removeAnchor;
    SigstoreOptionsWidget *m_sigstore;
    QLabel *m_error;
    QPushButton *m_apply;
};

} // namespace hallmark::ui
