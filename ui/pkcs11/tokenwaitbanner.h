#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace hallmark::ui {

// "Confirm on your token ⟨label⟩…" with Cancel, shown when a token call has
// not returned within the threshold (~200 ms: touch-to-sign devices).
// Non-modal: a line in the Sign dialog.
class TokenWaitBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TokenWaitBanner(QWidget *parent = nullptr);

    void setThreshold(int ms) { m_timer.setInterval(ms); }
    int threshold() const { return m_timer.interval(); }

    void callStarted(const QString &tokenLabel);
    void callFinished();
    void reset();  // the job ended
    bool isShowing() const { return m_showing; }
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QTimer m_timer;
    QLabel *m_text;
    QPushButton *m_cancel;
    int m_calls = 0;
    bool m_showing = false;
};

} // namespace hallmark::ui
