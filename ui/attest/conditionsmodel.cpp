#include "attest/conditionsmodel.h"

#include "verify/statepalette.h"

#include <QApplication>

namespace hallmark::ui {

namespace {

// A failed condition is a policy answer, not tampering: amber, not red (ux-patterns §2).
VisualCode codeFor(attest::ConditionOutcome outcome)
{
    switch (outcome) {
    case attest::ConditionOutcome::Pass: return VisualCode::Positive;
    case attest::ConditionOutcome::Fail: return VisualCode::Warning;
    case attest::ConditionOutcome::CannotEvaluate: break;
    }
    return VisualCode::Neutral;
}

} // namespace

QString conditionOutcomeText(attest::ConditionOutcome outcome)
{
    switch (outcome) {
    case attest::ConditionOutcome::Pass: return QCoreApplication::translate("hallmark::ui::ConditionsModel", "Pass");
    case attest::ConditionOutcome::Fail: return QCoreApplication::translate("hallmark::ui::ConditionsModel", "Fail");
    case attest::ConditionOutcome::CannotEvaluate: break;
    }
    return QCoreApplication::translate("hallmark::ui::ConditionsModel", "Cannot evaluate");
}

ConditionsModel::ConditionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConditionsModel::addCondition(const QString &expression)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results << attest::evaluateOverAttestations(expression, m_reports);
    endInsertRows();
}

void ConditionsModel::removeCondition(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    beginRemoveRows({}, row, row);
    m_results.removeAt(row);
    endRemoveRows();
}

void ConditionsModel::setReports(const QList<attest::AttestationReport> &reports)
{
    m_reports = reports;
    for (attest::ConditionResult &r : m_results)
        r = attest::evaluateOverAttestations(r.expression, m_reports);
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConditionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ConditionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const attest::ConditionResult &r = m_results.at(index.row());
    if (role == OutcomeRole)
        return int(r.outcome);
    if (index.column() == OutcomeColumn) {
        if (role == Qt::DecorationRole)
            return verdictIcon(codeFor(r.outcome));
        if (role == Qt::BackgroundRole)
            return stateColors(codeFor(r.outcome), QApplication::palette()).background;
    }
    if (role == Qt::ToolTipRole)
        return index.column() == ExpressionColumn ? r.expression : r.reason;
    if (role == Qt::AccessibleTextRole && index.column() == OutcomeColumn)
        return tr("%1: %2").arg(conditionOutcomeText(r.outcome), r.expression);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case OutcomeColumn: return conditionOutcomeText(r.outcome);
    case ExpressionColumn: return r.expression;
    case ReasonColumn: return r.reason;
    case PathColumn: return r.path;
    case RawColumn: return r.rawValue;
    case ParsedColumn: return r.parsedValue;
    }
    return {};
}

QVariant ConditionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn: return tr("Outcome");
    case ExpressionColumn: return tr("Condition");
    case ReasonColumn: return tr("Why");
    case PathColumn: return tr("Path");
    case RawColumn: return tr("Value as written");
    case ParsedColumn: return tr("Value compared");
    }
    return {};
}

} // namespace hallmark::ui
