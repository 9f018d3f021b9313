#pragma once

#include "manifest/manifestdiff.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace hallmark::ui {

// The manifest diff as a table: one row per signed or present resource.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, PathColumn, ExpectedColumn, ActualColumn, NoteColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,  // int(DiffKind)
        FilePathRole,                 // escaped display path of the file (shard suffix removed), for selectPath
        DigestRole,                   // ExpectedColumn/ActualColumn: full hex
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setDiff(const ManifestDiff &diff);
    void clear();
    const ManifestDiff &diff() const { return m_diff; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(DiffKind kind);
    static QIcon kindIcon(DiffKind kind);
    // "3 changed, 1 added, 0 missing, 12 ignored", plus other kinds when present.
    static QString summary(const ManifestDiff &diff);

private:
    ManifestDiff m_diff;
    QStringList m_names;  // escaped, per entry
};

// Problems always show; unchanged (OK) rows are hidden by default and
// ignored rows shown by default, each with a switch. A text filter matches
// the path.
class DiffFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiffFilterProxy(QObject *parent = nullptr);

    void setShowUnchanged(bool show);
    void setShowIgnored(bool show);
    bool showUnchanged() const { return m_showUnchanged; }
    bool showIgnored() const { return m_showIgnored; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showUnchanged = false;
    bool m_showIgnored = true;
};

} // namespace hallmark::ui
