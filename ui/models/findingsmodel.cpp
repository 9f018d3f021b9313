#include "models/findingsmodel.h"

#include "models/icons.h"

namespace hallmark::ui {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setReport(HashReportPtr report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return int(m_report->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_report->findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case PathColumn:
            return f.path.isEmpty() && role == Qt::DisplayRole ? tr("(whole model)") : f.path;
        case MessageColumn:
            return f.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f.severity);
        return {};
    case PathRole:
        return f.path;
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        return tr("File");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace hallmark::ui
