#include "sbom/compactlist.h"

#include <QHeaderView>

#include <algorithm>

namespace hallmark::ui {

CompactList::CompactList(const QStringList &headers, const QString &accessibleName, QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels(headers);
    setAccessibleName(accessibleName);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideMiddle);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const int node = nodeOf(item); node >= 0)
            Q_EMIT nodeActivated(node);
    });
}

QTreeWidgetItem *CompactList::addRow(const QStringList &texts, int node)
{
    auto *item = new QTreeWidgetItem(this, texts);
    item->setData(0, Qt::UserRole, node);
    for (int c = 0; c < texts.size(); ++c)
        item->setToolTip(c, texts[c]);
    updateGeometry();
    return item;
}

void CompactList::clearRows()
{
    clear();
    updateGeometry();
}

void CompactList::fitColumns()
{
    const int widest = fontMetrics().averageCharWidth() * 36;
    for (int c = 0; c + 1 < columnCount(); ++c) {
        resizeColumnToContents(c);
        if (columnWidth(c) > widest)
            setColumnWidth(c, widest);
    }
}

int CompactList::nodeOf(const QTreeWidgetItem *item) const
{
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

QStringList CompactList::rowTexts(int row) const
{
    QStringList texts;
    if (const QTreeWidgetItem *item = topLevelItem(row))
        for (int c = 0; c < columnCount(); ++c)
            texts << item->text(c);
    return texts;
}

QSize CompactList::sizeHint() const
{
    const int rows = std::clamp(topLevelItemCount(), 1, kMaxVisibleRows);
    int rowHeight = topLevelItemCount() > 0 ? sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() + 6;
    const int headerHeight = header()->isHidden() ? 0 : header()->sizeHint().height();
    return {QTreeWidget::sizeHint().width(), headerHeight + rows * rowHeight + 2 * frameWidth() + 2};
}

QSize CompactList::minimumSizeHint() const
{
    return {QTreeWidget::minimumSizeHint().width(), sizeHint().height()};
}

} // namespace hallmark::ui
