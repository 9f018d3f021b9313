#pragma once

#include "verify/omsverifier.h"
#include "verify/verdict.h"

#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTreeView;
class QVBoxLayout;

namespace hallmark::ui {

class ChainModel;
class FingerprintField;

// One card for the signature: verdict badge, method, key and its full
// fingerprint, the certificates with labelled fingerprints, the chain tree
// (root at top, signing certificate at the bottom) and the signing time.
class SignerCard : public QScrollArea
{
    Q_OBJECT

public:
    explicit SignerCard(QWidget *parent = nullptr);

    void setResult(const VerifyRequest &request, const VerificationFacts &facts, const Verdict &verdict);
    void clear();

    QString methodText() const;
    QString signingTimeText() const;
    QString keyFingerprint() const;  // hex as shown in the key section; empty without one
    QList<FingerprintField *> fingerprintFields() const;
    ChainModel *chainModel() const { return m_chainModel; }
    QTreeView *chainView() const { return m_chainView; }

    // The "who signed it" line for the banner; empty unless the signature checked out.
    static QString claimFor(const VerifyRequest &request, const VerificationFacts &facts);
    static QString methodName(VerifyMethod method);

private:
    QWidget *buildCertificateBox(const Certificate &certificate, const QString &role);
    void addRow(QFormLayout *form, const QString &label, const QString &value, const QString &objectName = {});

    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_badgeIcon;
    QLabel *m_badgeText;
    QWidget *m_sections = nullptr;  // rebuilt on every result
    QGroupBox *m_chainBox;
    ChainModel *m_chainModel;
    QTreeView *m_chainView;
    QString m_methodText;
    QString m_signingTime;
    QString m_keyFingerprint;
};

} // namespace hallmark::ui
