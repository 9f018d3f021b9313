#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace hallmark::ui {

// Wraps long text (reasons, values) at the column's width instead of
// eliding it, and re-lays the rows out when a column is resized.
class WrapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static void install(QTreeView *view);
};

} // namespace hallmark::ui
