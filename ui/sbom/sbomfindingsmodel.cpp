#include "sbom/sbomfindingsmodel.h"

#include "sbom/sbomchecks.h"

#include <QApplication>
#include <QStyle>

namespace hallmark::ui {

SbomFindingsModel::SbomFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SbomFindingsModel::setIndex(std::shared_ptr<const SbomIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int SbomFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->findings.size());
}

int SbomFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SbomFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case RefColumn: return tr("Ref");
    case MessageColumn: return tr("Message");
    }
    return {};
}

QVariant SbomFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SbomFinding &f = m_index->findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn: return severityText(f.severity);
        case CodeColumn: return f.code;
        case RefColumn: return f.ref;
        case MessageColumn: return f.message;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? severityIcon(f.severity) : QVariant();
    case NodeRole:
        return m_index->findingNode.value(index.row(), -1);
    case SeverityRole:
        return int(f.severity);
    }
    return {};
}

QString SbomFindingsModel::severityText(SbomSeverity severity)
{
    switch (severity) {
    case SbomSeverity::Info: return tr("Info");
    case SbomSeverity::Warning: return tr("Warning");
    case SbomSeverity::Error: break;
    }
    return tr("Error");
}

QIcon SbomFindingsModel::severityIcon(SbomSeverity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case SbomSeverity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case SbomSeverity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case SbomSeverity::Error: break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

QString SbomFindingsModel::verdictText(const QList<SbomFinding> &findings)
{
    const int errors = countFindings(findings, SbomSeverity::Error);
    const int warnings = countFindings(findings, SbomSeverity::Warning);
    if (errors == 0 && warnings == 0)
        return tr("Checks pass");
    if (errors == 0)
        return tr("Checks pass with %n warning(s)", nullptr, warnings);
    return tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
}

} // namespace hallmark::ui
