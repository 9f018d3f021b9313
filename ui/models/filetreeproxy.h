#pragma once

#include <QSortFilterProxyModel>

namespace hallmark::ui {

// Sorts folders before files and by each column's natural value; filters by
// path text (a folder stays when something inside it matches) and, when
// asked, keeps only rows with a problem or an ignore rule.
class FileTreeProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FileTreeProxy(QObject *parent = nullptr);

    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace hallmark::ui
