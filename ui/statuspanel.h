#pragma once

#include "hashreport.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace hallmark::ui {

// What the window is doing, first thing under the toolbar: a hint when
// nothing is open, progress with Cancel while hashing, then a summary with
// the manifest digest (or why there is none), a failure, or a cancellation.
class StatusPanel : public QFrame
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void showIdle();
    void showRunning(const QString &path);
    void setProgress(qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds);
    void showCancelling();
    void showReport(const HashReport &report);
    void showFailed(const QString &path, const QString &message, const QString &detail);
    void showCancelled();

    QString headline() const;
    QString details() const;
    QString manifestDigest() const;  // hex, empty when there is none
    QString progressText() const;

    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    void cancelRequested();

private:
    void setMode(bool running, bool digest);

    QLabel *m_headline;
    QLabel *m_details;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    QLabel *m_digestLabel;
    QLineEdit *m_digest;
    QToolButton *m_copy;
};

} // namespace hallmark::ui
