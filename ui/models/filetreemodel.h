#pragma once

#include "hashreport.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QIcon>

namespace hallmark::ui {

// The model's folders and files as a tree, with size, digest, state and
// findings per row. Shards (shards mode) are child rows of their file.
class FileTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, DigestColumn, StateColumn, FindingsColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,  // escaped display path (QString)
        DigestRole,                   // hex digest of a file or shard; empty when there is none
        StateRole,                    // FileState as int
        SortRole,                     // per column: a value that sorts naturally
        IsFolderRole,                 // bool
    };

    explicit FileTreeModel(QObject *parent = nullptr);

    // One reset; the tree in the report is already built.
    void setReport(HashReportPtr report);
    void clear() { setReport(nullptr); }
    HashReportPtr report() const { return m_report; }

    QModelIndex indexForPath(const QString &path, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const FileNode *nodeAt(const QModelIndex &index) const;
    QVariant display(const FileNode &node, int column) const;
    QVariant sortValue(const FileNode &node, int column) const;
    QVariant decoration(const FileNode &node, int column) const;
    QString digestHex(const FileNode &node) const;
    QString findingsText(const FileNode &node) const;

    HashReportPtr m_report;
    QFont m_fixedFont;
    QIcon m_folderIcon;
    QIcon m_fileIcon;
    QIcon m_stateIcons[int(FileState::Ignored) + 1];
};

} // namespace hallmark::ui
