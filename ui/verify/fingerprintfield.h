#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace hallmark::ui {

// A full SHA-256 fingerprint in 4-hex blocks, monospace and selectable,
// with a Copy button. Never shortened.
class FingerprintField : public QWidget
{
    Q_OBJECT

public:
    // `what`: "Key fingerprint (SHA-256)", used for accessible names.
    FingerprintField(const QString &hexDigest, const QString &what, QWidget *parent = nullptr);

    QString fingerprint() const { return m_hex; }
    QString shownText() const;
    QToolButton *copyButton() const { return m_copy; }

    static QString grouped(const QString &hexDigest);

private:
    QString m_hex;
    QLabel *m_label;
    QToolButton *m_copy;
};

} // namespace hallmark::ui
