#include "models/filetreeproxy.h"

#include "models/filetreemodel.h"

namespace hallmark::ui {

FileTreeProxy::FileTreeProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterRole(FileTreeModel::PathRole);
    setFilterKeyColumn(FileTreeModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(FileTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FileTreeProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool FileTreeProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = left.data(FileTreeModel::IsFolderRole).toBool();
    const bool rightFolder = right.data(FileTreeModel::IsFolderRole).toBool();
    if (leftFolder != rightFolder)
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool FileTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_problemsOnly) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const auto state = FileState(index.data(FileTreeModel::StateRole).toInt());
        const bool problem = state == FileState::ReadError || state == FileState::NotTrustworthy
            || state == FileState::Ignored
            || !index.siblingAtColumn(FileTreeModel::FindingsColumn).data().toString().isEmpty();
        if (!problem)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hallmark::ui
