#include "verify/diffmodel.h"

#include "common/pathtext.h"
#include "models/icons.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>

namespace hallmark::ui {

namespace {

// Problems first when sorted by status.
int severityRank(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Changed: return 0;
    case DiffKind::Missing: return 1;
    case DiffKind::Added: return 2;
    case DiffKind::Moved: return 3;
    case DiffKind::Unreadable: return 4;
    case DiffKind::Ignored: return 5;
    case DiffKind::Unchanged: return 6;
    }
    return 7;
}

// Shard resources are named "path:start:end"; the tree names the file.
QString filePathOf(const QString &name)
{
    static const QRegularExpression shard(QStringLiteral("^(.*):\\d+:\\d+$"));
    const auto match = shard.match(name);
    return match.hasMatch() ? match.captured(1) : name;
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiffModel::setDiff(const ManifestDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_names.clear();
    m_names.reserve(diff.entries.size());
    for (const DiffEntry &e : diff.entries)
        m_names << escapedName(e.name.toUtf8());
    endResetModel();
}

void DiffModel::clear()
{
    setDiff({});
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.entries.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffEntry &e = m_diff.entries.at(index.row());
    const QString &name = m_names.at(index.row());
    switch (role) {
    case KindRole:
        return int(e.kind);
    case FilePathRole:
        return escapedName(filePathOf(e.name).toUtf8());
    case DigestRole:
        if (index.column() == ExpectedColumn)
            return e.expected.isEmpty() ? QString() : hex(e.expected);
        if (index.column() == ActualColumn)
            return e.actual.isEmpty() ? QString() : hex(e.actual);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StatusColumn: return kindText(e.kind);
        case PathColumn: return name;
        case ExpectedColumn:
            return e.expected.isEmpty() ? (role == Qt::DisplayRole ? QString() : tr("None")) : hex(e.expected);
        case ActualColumn:
            return e.actual.isEmpty() ? (role == Qt::DisplayRole ? QString() : tr("None")) : hex(e.actual);
        case NoteColumn:
            if (e.kind == DiffKind::Moved)
                return e.note.isEmpty() ? tr("Signed as %1").arg(escapedName(e.movedFrom.toUtf8()))
                                        : tr("Signed as %1; %2").arg(escapedName(e.movedFrom.toUtf8()), e.note);
            return e.note;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(kindIcon(e.kind)) : QVariant();
    case Qt::FontRole:
        if (index.column() == ExpectedColumn || index.column() == ActualColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case PathColumn: return tr("Path");
    case ExpectedColumn: return tr("Signed digest");
    case ActualColumn: return tr("Digest on disk");
    case NoteColumn: return tr("Note");
    }
    return {};
}

QString DiffModel::kindText(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Unchanged: return tr("OK");
    case DiffKind::Changed: return tr("Changed");
    case DiffKind::Added: return tr("Added");
    case DiffKind::Missing: return tr("Missing");
    case DiffKind::Moved: return tr("Moved");
    case DiffKind::Unreadable: return tr("Unreadable");
    case DiffKind::Ignored: return tr("Ignored");
    }
    return tr("Unknown");
}

QIcon DiffModel::kindIcon(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Unchanged: return stateIcon(FileState::Hashed);
    case DiffKind::Changed: return QIcon(QStringLiteral(":/icons/diff-changed.svg"));
    case DiffKind::Added: return QIcon(QStringLiteral(":/icons/diff-added.svg"));
    case DiffKind::Missing: return QIcon(QStringLiteral(":/icons/diff-missing.svg"));
    case DiffKind::Moved: return QIcon(QStringLiteral(":/icons/diff-moved.svg"));
    case DiffKind::Unreadable: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case DiffKind::Ignored: return stateIcon(FileState::Ignored);
    }
    return {};
}

QString DiffModel::summary(const ManifestDiff &diff)
{
    QString text = tr("%1 changed, %2 added, %3 missing, %4 ignored")
                       .arg(diff.count(DiffKind::Changed))
                       .arg(diff.count(DiffKind::Added))
                       .arg(diff.count(DiffKind::Missing))
                       .arg(diff.count(DiffKind::Ignored));
    if (const int moved = diff.count(DiffKind::Moved))
        text += tr(", %1 moved").arg(moved);
    if (const int unreadable = diff.count(DiffKind::Unreadable))
        text += tr(", %1 unreadable").arg(unreadable);
    text += tr("; %1 unchanged").arg(diff.count(DiffKind::Unchanged));
    return text;
}

DiffFilterProxy::DiffFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(DiffModel::PathColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DiffFilterProxy::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    invalidateRowsFilter();
}

void DiffFilterProxy::setShowIgnored(bool show)
{
    if (show == m_showIgnored)
        return;
    m_showIgnored = show;
    invalidateRowsFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = DiffKind(index.data(DiffModel::KindRole).toInt());
    if (kind == DiffKind::Unchanged && !m_showUnchanged)
        return false;
    if (kind == DiffKind::Ignored && !m_showIgnored)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool DiffFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DiffModel::StatusColumn) {
        const int a = severityRank(DiffKind(left.data(DiffModel::KindRole).toInt()));
        const int b = severityRank(DiffKind(right.data(DiffModel::KindRole).toInt()));
        if (a != b)
            return a < b;
        return left.siblingAtColumn(DiffModel::PathColumn).data().toString()
               < right.siblingAtColumn(DiffModel::PathColumn).data().toString();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hallmark::ui
