#include "sbom/sbomtreemodel.h"

#include <QApplication>
#include <QStyle>

namespace hallmark::ui {

SbomTreeModel::SbomTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
    for (int k = 0; k <= int(SbomNodeKind::Other); ++k)
        m_kindIcons[k] = kindIcon(SbomNodeKind(k));
}

void SbomTreeModel::setDocument(std::shared_ptr<const SbomDocument> document)
{
    auto index = document ? std::make_shared<const SbomIndex>(indexSbom(*document)) : nullptr;
    setDocument(std::move(document), std::move(index));
}

void SbomTreeModel::setDocument(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomIndex> index)
{
    beginResetModel();
    m_doc = std::move(document);
    m_index = m_doc ? std::move(index) : nullptr;
    if (!m_index)
        m_doc.reset();
    endResetModel();
}

void SbomTreeModel::clear()
{
    setDocument(nullptr, nullptr);
}

QModelIndex SbomTreeModel::indexForNode(int node, int column) const
{
    if (!m_doc || node < 0 || node >= m_doc->nodes.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_index->rowInParent[node], column, quintptr(node));
}

int SbomTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? int(index.internalId()) : -1;
}

QModelIndex SbomTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int node = parent.isValid() ? m_index->child(int(parent.internalId()), row) : m_index->topLevel[row];
    return createIndex(row, column, quintptr(node));
}

QModelIndex SbomTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_index)
        return {};
    const int p = m_index->parentOf[int(child.internalId())];
    if (p < 0)
        return {};
    return createIndex(m_index->rowInParent[p], 0, quintptr(p));
}

int SbomTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_index)
        return 0;
    if (!parent.isValid())
        return int(m_index->topLevel.size());
    if (parent.column() > 0)
        return 0;
    return m_index->childCount(int(parent.internalId()));
}

int SbomTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SbomTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags SbomTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_index->childCount(int(index.internalId())) == 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant SbomTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case VersionColumn: return tr("Version");
    case TypeColumn: return tr("Type");
    case LicenceColumn: return tr("Licence");
    case RefColumn: return tr("Ref / purl");
    }
    return {};
}

QVariant SbomTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_doc || !checkIndex(index))
        return {};
    const int n = int(index.internalId());
    const SbomNode &node = m_doc->nodes[n];
    const bool noLicence = n > 0 && node.licences.isEmpty() && !node.licenceExplicitlyNone;
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::ToolTipRole:
        return tooltip(n, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return m_kindIcons[int(node.kind)];
        if (index.column() == LicenceColumn && noLicence
            && (node.kind == SbomNodeKind::Model || node.kind == SbomNodeKind::Dataset))
            return m_warningIcon;
        return {};
    case NodeRole:
        return n;
    case KindRole:
        return int(node.kind);
    case HasFindingsRole:
        return !m_index->findingsByNode[n].isEmpty();
    case FindingCountRole:
        return int(m_index->findingsByNode[n].size());
    case NoLicenceRole:
        return noLicence;
    case ExplicitlyNoneRole:
        return node.licences.isEmpty() && node.licenceExplicitlyNone;
    case LicencesRole: {
        QStringList texts;
        for (const SbomLicence &l : node.licences)
            texts << l.text;
        return texts;
    }
    case SearchTextRole:
        return m_index->searchText[n];
    }
    return {};
}

QVariant SbomTreeModel::display(int n, int column) const
{
    const SbomNode &node = m_doc->nodes[n];
    switch (column) {
    case NameColumn: return n == 0 ? documentName(*m_doc) : displayName(node);
    case VersionColumn: return node.version;
    case TypeColumn: return node.type;
    case LicenceColumn: return n == 0 ? QString() : licenceColumnText(node);
    case RefColumn: return node.purl.isEmpty() ? node.ref : node.purl;
    }
    return {};
}

QString SbomTreeModel::tooltip(int n, int column) const
{
    const SbomNode &node = m_doc->nodes[n];
    if (column == NameColumn) {
        const int findings = int(m_index->findingsByNode[n].size());
        const QString name = display(n, NameColumn).toString();
        const QString kind = kindText(node.kind);
        return findings ? tr("%1 (%2), %n finding(s)", nullptr, findings).arg(name, kind) : tr("%1 (%2)").arg(name, kind);
    }
    if (column == RefColumn && !node.purl.isEmpty() && !node.ref.isEmpty())
        return tr("purl: %1\nref: %2").arg(node.purl, node.ref);
    return display(n, column).toString();
}

QString SbomTreeModel::displayName(const SbomNode &node)
{
    if (!node.name.isEmpty())
        return node.name;
    if (!node.ref.isEmpty())
        return node.ref;
    return tr("(unnamed)");
}

QString SbomTreeModel::documentName(const SbomDocument &doc)
{
    const SbomNode &root = doc.nodes.value(0);
    if (!root.name.isEmpty())
        return root.name;
    return tr("%1 %2 document").arg(formatName(doc.format), doc.specVersion);
}

QString SbomTreeModel::licenceColumnText(const SbomNode &node)
{
    if (node.licenceExplicitlyNone && node.licences.isEmpty())
        return QStringLiteral("NONE");
    QStringList texts;
    for (const SbomLicence &l : node.licences)
        if (!texts.contains(l.text))
            texts << l.text;
    return texts.join(QStringLiteral("; "));
}

QString SbomTreeModel::kindText(SbomNodeKind kind)
{
    switch (kind) {
    case SbomNodeKind::Document: return tr("Document");
    case SbomNodeKind::Component: return tr("Component");
    case SbomNodeKind::Model: return tr("Model");
    case SbomNodeKind::Dataset: return tr("Dataset");
    case SbomNodeKind::File: return tr("File");
    case SbomNodeKind::Service: return tr("Service");
    case SbomNodeKind::Other: break;
    }
    return tr("Other");
}

QIcon SbomTreeModel::kindIcon(SbomNodeKind kind)
{
    QStyle *style = QApplication::style();
    switch (kind) {
    case SbomNodeKind::Document: return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case SbomNodeKind::Model: return QIcon(QStringLiteral(":/icons/hallmark.svg"));
    case SbomNodeKind::Dataset: return style->standardIcon(QStyle::SP_DriveHDIcon);
    case SbomNodeKind::File: return style->standardIcon(QStyle::SP_FileIcon);
    case SbomNodeKind::Service: return style->standardIcon(QStyle::SP_DriveNetIcon);
    case SbomNodeKind::Component:
    case SbomNodeKind::Other: break;
    }
    return style->standardIcon(QStyle::SP_DirIcon);
}

} // namespace hallmark::ui
