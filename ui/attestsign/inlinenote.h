#pragma once

#include <QWidget>

class QLabel;

namespace hallmark::ui {

// A line under a field: an error (with a warning icon, so colour is never
// the only cue) or a plain note. Hidden while empty.
class InlineNote : public QWidget
{
    Q_OBJECT

public:
    explicit InlineNote(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showNote(const QString &text);
    void clear();

    bool isError() const { return m_error; }
    QString text() const;
    QLabel *label() const { return m_text; }

private:
    void show(const QString &text, bool error);

    QLabel *m_icon;
    QLabel *m_text;
    bool m_error = false;
};

} // namespace hallmark::ui
