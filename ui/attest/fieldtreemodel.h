#pragma once

#include "attest/fieldtree.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace hallmark::ui {

// A JSON value as Field / Value / Type rows. Every row knows the condition
// path that reaches it (PathRole, and the tooltip).
class FieldTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, TypeRole, ConditionRole };

    explicit FieldTreeModel(QObject *parent = nullptr);
    ~FieldTreeModel() override;

    // Shows the children of `root`; the root itself is not a row.
    void setRoot(const attest::FieldNode &root);
    void clear() { setRoot({}); }
    // The row whose condition path is `path`, or an invalid index.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        const attest::FieldNode *node = nullptr;
        Item *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Item>> children;
    };
    void build(Item *item);
    const Item *itemFor(const QModelIndex &index) const;

    attest::FieldNode m_root;
    Item m_top;
};

// What "Add condition…" offers for a field: `path == value` for a scalar,
// `exists(path)` for an object or array.
QString conditionForField(const QString &path, const QString &type, const QString &value);

} // namespace hallmark::ui
