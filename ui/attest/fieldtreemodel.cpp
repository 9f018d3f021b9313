#include "attest/fieldtreemodel.h"

#include "common/pathtext.h"

namespace hallmark::ui {

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Values can hold anything; keep each row on one line.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return out.size() > 500 ? out.left(500) + QStringLiteral("…") : out;
}

} // namespace

QString conditionForField(const QString &path, const QString &type, const QString &value)
{
    if (path.isEmpty())
        return {};
    if (type == QLatin1String("string"))
        return QStringLiteral("%1 == %2").arg(path, quoted(value));
    if (type == QLatin1String("number") || type == QLatin1String("boolean") || type == QLatin1String("null"))
        return QStringLiteral("%1 == %2").arg(path, value);
    return QStringLiteral("exists(%1)").arg(path);
}

FieldTreeModel::FieldTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

FieldTreeModel::~FieldTreeModel() = default;

void FieldTreeModel::setRoot(const attest::FieldNode &root)
{
    beginResetModel();
    m_top.children.clear();
    m_root = root;
    m_top.node = &m_root;
    build(&m_top);
    endResetModel();
}

void FieldTreeModel::build(Item *item)
{
    const QList<attest::FieldNode> &children = item->node->children;
    item->children.reserve(size_t(children.size()));
    for (int i = 0; i < children.size(); ++i) {
        auto child = std::make_unique<Item>();
        child->node = &children.at(i);
        child->parent = item;
        child->row = i;
        build(child.get());
        item->children.push_back(std::move(child));
    }
}

const FieldTreeModel::Item *FieldTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Item *>(index.internalPointer()) : &m_top;
}

QModelIndex FieldTreeModel::indexForPath(const QString &path) const
{
    QList<const Item *> pending{&m_top};
    while (!pending.isEmpty()) {
        const Item *item = pending.takeFirst();
        for (const auto &child : item->children) {
            if (child->node->path == path)
                return createIndex(child->row, 0, child.get());
            pending << child.get();
        }
    }
    return {};
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Item *p = itemFor(parent);
    if (row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FieldTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *item = itemFor(child);
    if (!item->parent || item->parent == &m_top)
        return {};
    return createIndex(item->parent->row, 0, item->parent);
}

int FieldTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int FieldTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const attest::FieldNode &n = *itemFor(index)->node;
    switch (role) {
    case PathRole: return n.path;
    case TypeRole: return n.type;
    case ConditionRole: return conditionForField(n.path, n.type, n.value);
    case Qt::ToolTipRole: return tr("Condition path: %1").arg(n.path);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case FieldColumn: return escapedName(n.key.toUtf8());
        case ValueColumn: return oneLine(n.value);
        case TypeColumn: return n.type;
        }
        break;
    }
    return {};
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

} // namespace hallmark::ui
