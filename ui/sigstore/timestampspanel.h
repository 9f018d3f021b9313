#pragma once

#include "sigstore/sigstoreresult.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace hallmark::ui {

class TimestampsModel;

// The "Timestamps" page: when the signature was made, by whose word.
class TimestampsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimestampsPanel(QWidget *parent = nullptr);

    void setResult(const sigstore::SigstoreResult &result);
    void clear();

    TimestampsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    TimestampsModel *m_model;
    QTreeView *m_view;
};

} // namespace hallmark::ui
