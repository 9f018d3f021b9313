#pragma once

#include <QTreeWidget>

namespace hallmark::ui {

// A flat list that asks for just the height of its rows (up to a cap), so a
// column of them reads as one page in a scroll area.
class CompactList : public QTreeWidget
{
    Q_OBJECT

public:
    CompactList(const QStringList &headers, const QString &accessibleName, QWidget *parent = nullptr);

    // Adds a row; `node` (-1 for none) is what activating it selects.
    QTreeWidgetItem *addRow(const QStringList &texts, int node = -1);
    void clearRows();
    // Sizes every column but the last to its contents, within reason.
    void fitColumns();
    int nodeOf(const QTreeWidgetItem *item) const;
    QStringList rowTexts(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeActivated(int node);

private:
    static constexpr int kMaxVisibleRows = 10;
};

} // namespace hallmark::ui
