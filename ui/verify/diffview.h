#pragma once

#include "manifest/manifestdiff.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hallmark::ui {

class DiffFilterProxy;
class DiffModel;

// The "Files" page: what differs from what was signed, with a summary line,
// a path filter and switches for unchanged and ignored rows. Activating a
// row asks for that file to be selected in the file tree.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const ManifestDiff &diff, bool signedManifestKnown);
    void clear();

    DiffModel *model() const { return m_model; }
    DiffFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showUnchangedBox() const { return m_showUnchanged; }
    QCheckBox *showIgnoredBox() const { return m_showIgnored; }
    QString summary() const;

Q_SIGNALS:
    void fileActivated(const QString &displayPath);

private:
    DiffModel *m_model;
    DiffFilterProxy *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QCheckBox *m_showUnchanged;
    QCheckBox *m_showIgnored;
    QTableView *m_view;
};

} // namespace hallmark::ui
