#pragma once

#include "sigstore/identitypolicy.h"
#include "verify/omsverifier.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hallmark::ui {

// The Sigstore part of the Verify dialog: who must have signed (identity and
// OIDC issuer, exact or as a pattern) and which trusted root to use (the
// built-in public-good root, or a trusted_root.json / ClientTrustConfig for
// a private instance). Remembered in QSettings under "sigstore/".
class SigstoreOptionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SigstoreOptionsWidget(QWidget *parent = nullptr);

    void load();        // from QSettings
    void save() const;  // to QSettings

    void setRequest(const VerifyRequest &request);
    void applyTo(VerifyRequest &request) const;
    sigstore::IdentityPolicy identityPolicy() const;
    QString trustedRootPath() const;  // empty: the built-in root

    // Patterns need a verifier that takes them; VerifyRequest does not yet.
    void setPatternsAvailable(bool available);
    // What still stops verification, translated; empty when complete.
    QString problem() const;

    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QCheckBox *identityPatternBox() const { return m_identityPattern; }
    QCheckBox *issuerPatternBox() const { return m_issuerPattern; }
    QRadioButton *builtInRootButton() const { return m_builtIn; }
    QRadioButton *customRootButton() const { return m_custom; }
    QLineEdit *rootPathEdit() const { return m_rootPath; }

Q_SIGNALS:
    void changed();

private:
    void chooseRoot();
    void checkRoot();
    void updateState();

    QLineEdit *m_identity;
    QCheckBox *m_identityPattern;
    QLineEdit *m_issuer;
    QCheckBox *m_issuerPattern;
    QRadioButton *m_builtIn;
    QRadioButton *m_custom;
    QLineEdit *m_rootPath;
    QPushButton *m_browseRoot;
    QLabel *m_rootInfo;
    QString m_rootProblem;
    QString m_checkedPath;
};

} // namespace hallmark::ui
