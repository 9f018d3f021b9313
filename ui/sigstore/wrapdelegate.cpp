#include "sigstore/wrapdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace hallmark::ui {

QSize WrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    // Columns sized to their contents keep their natural width.
    if (view && view->header()->sectionResizeMode(index.column()) != QHeaderView::ResizeToContents) {
        int width = view->header()->sectionSize(index.column());
        if (index.column() == view->header()->logicalIndex(0))
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                width -= view->indentation();
        if (index.column() == view->header()->logicalIndex(0) && view->rootIsDecorated())
            width -= view->indentation();
        // A valid rectangle: the style wraps only within one.
        opt.rect = QRect(0, 0, qMax(width, 1), QWIDGETSIZE_MAX);
    }
    return QStyledItemDelegate::sizeHint(opt, index);
}

void WrapDelegate::install(QTreeView *view)
{
    view->setItemDelegate(new WrapDelegate(view));
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    auto *relayout = new QTimer(view);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    QObject::connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    QObject::connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

} // namespace hallmark::ui
