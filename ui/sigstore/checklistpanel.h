#pragma once

#include "sigstore/sigstoreresult.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace hallmark::ui {

class VerificationChecklistModel;

// The "Checks" page: a one-line summary, then every step with its outcome
// and reason.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    void setResult(const sigstore::SigstoreResult &result);
    void clear();

    VerificationChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summaryText() const;

    static QString summaryFor(const sigstore::SigstoreResult &result);

private:
    QLabel *m_summary;
    QLabel *m_root;
    VerificationChecklistModel *m_model;
    QTreeView *m_view;
};

} // namespace hallmark::ui
