#pragma once

#include "attest/attestreport.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// The conditions the person has written and, for each, the outcome over the
// page's attestations: icon and word (never colour alone), why, and the
// value it rests on.
class ConditionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, ExpressionColumn, ReasonColumn, PathColumn, RawColumn, ParsedColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 };  // attest::ConditionOutcome as int

    explicit ConditionsModel(QObject *parent = nullptr);

    void addCondition(const QString &expression);
    void removeCondition(int row);
    void setReports(const QList<attest::AttestationReport> &reports);
    QList<attest::ConditionResult> results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<attest::AttestationReport> m_reports;
    QList<attest::ConditionResult> m_results;
};

QString conditionOutcomeText(attest::ConditionOutcome outcome);

} // namespace hallmark::ui
