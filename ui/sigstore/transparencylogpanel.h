#pragma once

#include "sigstore/sigstoreresult.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace hallmark::ui {

class TransparencyLogModel;

// The "Log" page: every transparency log entry, what was checked and why.
class TransparencyLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransparencyLogPanel(QWidget *parent = nullptr);

    void setResult(const sigstore::SigstoreResult &result);
    void clear();

    TransparencyLogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    TransparencyLogModel *m_model;
    QTreeView *m_view;
};

} // namespace hallmark::ui
