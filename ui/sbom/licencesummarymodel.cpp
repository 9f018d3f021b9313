#include "sbom/licencesummarymodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace hallmark::ui {

using LicenceFilter = SbomFilterProxy::LicenceFilter;

LicenceSummaryModel::LicenceSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void LicenceSummaryModel::setSummary(const LicenceSummary &summary)
{
    beginResetModel();
    m_rows.clear();
    for (const LicenceCount &c : summary.licences)
        m_rows.append(Row{LicenceFilter::Named, c});
    m_rows.append(Row{LicenceFilter::Missing, LicenceCount{{}, summary.withoutLicence}});
    m_rows.append(Row{LicenceFilter::ExplicitlyNone, LicenceCount{{}, summary.explicitlyNone}});
    endResetModel();
}

void LicenceSummaryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int LicenceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LicenceColumn: return tr("Licence");
    case ComponentsColumn: return tr("Components");
    case DeclaredColumn: return tr("Declared");
    case ConcludedColumn: return tr("Concluded");
    }
    return {};
}

QVariant LicenceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool special = row.filter != LicenceFilter::Named;
    auto display = [&]() -> QVariant {
        switch (index.column()) {
        case LicenceColumn:
            if (row.filter == LicenceFilter::Missing)
                return tr("No licence stated");
            if (row.filter == LicenceFilter::ExplicitlyNone)
                return tr("NONE (explicitly no licence)");
            return row.count.licence;
        case ComponentsColumn: return row.count.components;
        case DeclaredColumn: return special ? QVariant() : QVariant(row.count.declared);
        case ConcludedColumn: return special ? QVariant() : QVariant(row.count.concluded);
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole:
        if (index.column() == LicenceColumn)
            return tr("Activate to show these components in the tree");
        return {};
    case Qt::DecorationRole:
        if (index.column() == LicenceColumn && row.filter == LicenceFilter::Missing && row.count.components > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (special) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != LicenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FilterRole:
        return int(row.filter);
    case LicenceRole:
        return row.count.licence;
    }
    return {};
}

} // namespace hallmark::ui
