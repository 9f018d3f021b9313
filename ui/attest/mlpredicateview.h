#pragma once

#include "attest/mlpredicate.h"

#include <QWidget>

class QTableWidget;

namespace hallmark::ui {

class FieldTreeView;

// The training / data / model / eval / reviewers predicate as a model card:
// the sections as a field tree, the metrics with how each was written and
// read, and who reviewed it.
class MlPredicateView : public QWidget
{
    Q_OBJECT

public:
    enum MetricColumn { MetricPathColumn, MetricRawColumn, MetricNumberColumn, MetricNoteColumn, MetricColumnCount };
    enum ReviewerColumn { ReviewerNameColumn, ReviewerRoleColumn, ReviewerDecisionColumn, ReviewerDateColumn, ReviewerColumnCount };

    explicit MlPredicateView(QWidget *parent = nullptr);

    void setPredicate(const attest::MlPredicate &predicate);
    void clear();

    FieldTreeView *sectionsTree() const { return m_sections; }
    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *reviewersTable() const { return m_reviewers; }

Q_SIGNALS:
    void conditionRequested(const QString &expression);

private:
    FieldTreeView *m_sections;
    QTableWidget *m_metrics;
    QTableWidget *m_reviewers;
};

} // namespace hallmark::ui
