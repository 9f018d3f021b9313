#pragma once

#include "verify/verdict.h"
#include "verify/verdictwording.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace hallmark::ui {

// The one-line answer for the open model, above everything else: icon,
// headline (focusable, first), who signed it, why, and "What can be done"
// behind a disclosure. Colours come from statepalette; words from
// wordingFor(), so the GUI says what the CLI says.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Unsigned, SignatureFound, Running, Cancelled, Result };
    Q_ENUM(Mode)

    explicit VerdictBanner(QWidget *parent = nullptr);

    void showUnsigned();
    void showSignatureFound(const QString &signaturePath);
    void showRunning();
    void setProgress(qint64 done, qint64 total);
    void showCancelled();
    // `claim`: who signed, in a line ("Signed with an EC P-256 key (see Signer)").
    void showVerdict(const Verdict &verdict, const QString &claim);

    Mode mode() const { return m_mode; }
    VisualCode visualCode() const { return m_code; }
    QString headline() const;
    QString explanation() const;
    QString guidance() const;
    QStringList reasons() const { return m_reasons; }
    QLabel *headlineLabel() const { return m_headline; }
    QToolButton *guidanceToggle() const { return m_toggle; }
    QPushButton *verifyButton() const { return m_verify; }

Q_SIGNALS:
    void verifyRequested();
    void cancelRequested();
    void detailsRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setContent(VisualCode code, const QString &headline, const QString &claim, const QString &explanation,
                    const QStringList &reasons, const QString &guidance);
    void setMode(Mode mode);

    Mode m_mode = Mode::Unsigned;
    VisualCode m_code = VisualCode::Neutral;
    QStringList m_reasons;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_claim;
    QLabel *m_explanation;
    QLabel *m_reasonsLabel;
    QToolButton *m_toggle;
    QLabel *m_guidance;
    QProgressBar *m_progress;
    QPushButton *m_verify;
    QPushButton *m_details;
    QPushButton *m_cancel;
};

} // namespace hallmark::ui
