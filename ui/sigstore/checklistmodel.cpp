#include "sigstore/checklistmodel.h"

#include "sigstore/outcome.h"

namespace hallmark::ui {

VerificationChecklistModel::VerificationChecklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void VerificationChecklistModel::setSteps(const QList<sigstore::VerificationStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

const sigstore::VerificationStep *VerificationChecklistModel::step(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_steps.at(row);
}

int VerificationChecklistModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == id)
            return i;
    return -1;
}

int VerificationChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int VerificationChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerificationChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sigstore::VerificationStep &s = m_steps.at(index.row());
    if (role == StepIdRole)
        return s.id;
    if (role == OutcomeRole)
        return int(s.outcome);
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn)
        return outcomeIcon(s.outcome);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return s.reason;
    if (role == Qt::AccessibleTextRole && index.column() == StepColumn)
        return tr("%1: %2").arg(s.title, outcomeText(s.outcome));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StepColumn: return s.title;
    case OutcomeColumn: return outcomeText(s.outcome);
    case ReasonColumn: return s.reason;
    }
    return {};
}

QVariant VerificationChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Check");
    case OutcomeColumn: return tr("Outcome");
    case ReasonColumn: return tr("Why");
    }
    return {};
}

} // namespace hallmark::ui
