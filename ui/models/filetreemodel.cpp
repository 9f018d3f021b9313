#include "models/filetreemodel.h"

#include "common/pathtext.h"
#include "models/icons.h"
#include "source/ignorerules.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QStyle>

namespace hallmark::ui {

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent),
      m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)),
      m_folderIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon)),
      m_fileIcon(QApplication::style()->standardIcon(QStyle::SP_FileIcon))
{
    for (int s = 0; s <= int(FileState::Ignored); ++s)
        m_stateIcons[s] = stateIcon(FileState(s));
}

void FileTreeModel::setReport(HashReportPtr report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

QModelIndex FileTreeModel::indexForPath(const QString &path, int column) const
{
    if (!m_report)
        return {};
    const FileNode *node = m_report->tree.byPath.value(path);
    if (!node)
        return {};
    return createIndex(node->row, column, node);
}

const FileNode *FileTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_report ? m_report->tree.root.get() : nullptr;
    return static_cast<const FileNode *>(index.internalPointer());
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const FileNode *p = nodeAt(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_report)
        return {};
    const FileNode *p = nodeAt(child)->parent;
    if (!p || p == m_report->tree.root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const FileNode *p = nodeAt(parent);
    return p ? int(p->children.size()) : 0;
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags FileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeAt(index)->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case DigestColumn:
        return tr("Digest");
    case StateColumn:
        return tr("State");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const FileNode &node = *nodeAt(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return node.path;
        if (column == DigestColumn || column == FindingsColumn)
            return display(node, column);
        return {};
    case Qt::DecorationRole:
        return decoration(node, column);
    case Qt::FontRole:
        if (column == DigestColumn && !digestHex(node).isEmpty())
            return m_fixedFont;
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return node.path;
    case DigestRole:
        return digestHex(node);
    case StateRole:
        return int(stateOf(node, m_report->outcome));
    case SortRole:
        return sortValue(node, column);
    case IsFolderRole:
        return node.kind == FileNode::Kind::Folder;
    }
    return {};
}

QString FileTreeModel::digestHex(const FileNode &node) const
{
    const HashOutcome &o = m_report->outcome;
    if (node.kind != FileNode::Kind::File && node.kind != FileNode::Kind::Shard)
        return {};
    if (node.index >= o.digests.size())
        return {};
    const FileDigest &d = o.digests[node.index];
    if (!d.done || !d.error.isEmpty())
        return {};
    if (node.kind == FileNode::Kind::Shard)
        return hex(d.parts[node.part].digest);
    if (o.options.serialization == Serialization::Files && d.parts.size() == 1)
        return hex(d.parts.constFirst().digest);
    return {};
}

QVariant FileTreeModel::display(const FileNode &node, int column) const
{
    const HashOutcome &o = m_report->outcome;
    switch (column) {
    case NameColumn:
        if (node.kind == FileNode::Kind::Shard) {
            const PartDigest &p = o.digests[node.index].parts[node.part];
            const QLocale locale;
            return tr("Shard %1: bytes %2 to %3")
                .arg(node.part + 1)
                .arg(locale.toString(p.start), locale.toString(p.end - 1));
        }
        return node.name;
    case SizeColumn:
        if (node.kind == FileNode::Kind::Ignored || node.kind == FileNode::Kind::Other)
            return {};
        return formatBytes(node.size);
    case DigestColumn: {
        const QString digest = digestHex(node);
        if (!digest.isEmpty() || node.kind != FileNode::Kind::File)
            return digest;
        if (stateOf(node, o) != FileState::Hashed || o.options.serialization != Serialization::Shards)
            return {};
        const int shards = int(o.digests[node.index].parts.size());
        return shards == 0 ? tr("no shards (empty file)") : tr("Shards: %1").arg(shards);
    }
    case StateColumn:
        return stateText(stateOf(node, o));
    case FindingsColumn:
        return findingsText(node);
    }
    return {};
}

QString FileTreeModel::findingsText(const FileNode &node) const
{
    if (node.kind == FileNode::Kind::Ignored) {
        const IgnoredEntry &i = m_report->outcome.listing.ignored[node.index];
        return tr("Left out by the rule \"%1\": %2").arg(escapedName(i.rule.toUtf8()), describe(i.origin));
    }
    if (node.firstFinding < 0)
        return {};
    const QString &message = m_report->findings[node.firstFinding].message;
    if (node.findingCount == 1)
        return message;
    return tr("%1 findings, first: %2").arg(node.findingCount).arg(message);
}

QVariant FileTreeModel::sortValue(const FileNode &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.kind == FileNode::Kind::Shard ? QVariant(node.part) : QVariant(node.name);
    case SizeColumn:
        return node.size;
    case DigestColumn:
        return digestHex(node);
    case StateColumn:
        return int(stateOf(node, m_report->outcome));
    case FindingsColumn:
        return node.findingCount;
    }
    return {};
}

QVariant FileTreeModel::decoration(const FileNode &node, int column) const
{
    if (column == NameColumn) {
        if (node.kind == FileNode::Kind::Shard)
            return {};
        return node.kind == FileNode::Kind::Folder ? m_folderIcon : m_fileIcon;
    }
    if (column == StateColumn) {
        const QIcon &icon = m_stateIcons[int(stateOf(node, m_report->outcome))];
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    return {};
}

} // namespace hallmark::ui
