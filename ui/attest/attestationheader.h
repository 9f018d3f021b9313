#pragma once

#include "attest/attestreport.h"
#include "verify/verdictwording.h"

#include <QFrame>

class QLabel;

namespace hallmark::ui {

// Above the selected attestation's tabs: the signature result in words
// (first, focusable), why, and whether the attestation is about this model.
class AttestationHeader : public QFrame
{
    Q_OBJECT

public:
    explicit AttestationHeader(QWidget *parent = nullptr);

    void showReport(const attest::AttestationReport &report, bool modelKnown);
    void showNothing();

    QString headline() const;
    QString explanation() const;
    QString bindingText() const;
    VisualCode visualCode() const { return m_code; }
    QLabel *headlineLabel() const { return m_headline; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setIcon(QLabel *label, VisualCode code, int size);

    VisualCode m_code = VisualCode::Neutral;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_bindingIcon;
    QLabel *m_binding;
};

} // namespace hallmark::ui
