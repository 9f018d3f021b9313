#include "sbom/sbomdiffmodel.h"

#include <QFontDatabase>

#include <algorithm>

namespace hallmark::ui {

SbomDiffModel::SbomDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void SbomDiffModel::setChanges(const QList<SbomChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int SbomDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SbomDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SbomDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case NameColumn: return tr("Name");
    case WasColumn: return tr("Was");
    case NowColumn: return tr("Now");
    }
    return {};
}

QVariant SbomDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SbomChange &c = m_changes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn: return kindText(c.kind);
        case NameColumn: return c.name;
        case WasColumn: return c.was;
        case NowColumn: return c.now;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == ChangeColumn ? kindIcon(c.kind) : QVariant();
    case Qt::FontRole:
        if (c.kind == SbomChangeKind::HashChanged && (index.column() == WasColumn || index.column() == NowColumn))
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case KindRole:
        return int(c.kind);
    case BeforeNodeRole:
        return c.before;
    }
    return {};
}

QString SbomDiffModel::kindText(SbomChangeKind kind)
{
    switch (kind) {
    case SbomChangeKind::Added: return tr("Added");
    case SbomChangeKind::Removed: return tr("Removed");
    case SbomChangeKind::VersionChanged: return tr("Version changed");
    case SbomChangeKind::LicenceChanged: return tr("Licence changed");
    case SbomChangeKind::HashChanged: return tr("Hash changed");
    }
    return {};
}

QIcon SbomDiffModel::kindIcon(SbomChangeKind kind)
{
    switch (kind) {
    case SbomChangeKind::Added: return QIcon(QStringLiteral(":/icons/diff-added.svg"));
    case SbomChangeKind::Removed: return QIcon(QStringLiteral(":/icons/diff-missing.svg"));
    case SbomChangeKind::VersionChanged:
    case SbomChangeKind::LicenceChanged:
    case SbomChangeKind::HashChanged: break;
    }
    return QIcon(QStringLiteral(":/icons/diff-changed.svg"));
}

QString SbomDiffModel::summary(const QList<SbomChange> &changes)
{
    auto count = [&](SbomChangeKind kind) {
        return int(std::count_if(changes.begin(), changes.end(), [&](const SbomChange &c) { return c.kind == kind; }));
    };
    return tr("%1 added, %2 removed, %3 version changed, %4 licence changed, %5 hash changed")
        .arg(count(SbomChangeKind::Added))
        .arg(count(SbomChangeKind::Removed))
        .arg(count(SbomChangeKind::VersionChanged))
        .arg(count(SbomChangeKind::LicenceChanged))
        .arg(count(SbomChangeKind::HashChanged));
}

} // namespace hallmark::ui
