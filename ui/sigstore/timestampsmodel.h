#pragma once

#include "sigstore/sigstoreresult.h"

#include <QAbstractItemModel>

namespace hallmark::ui {

// Every source of signing time (transparency log integrated times and
// RFC 3161 timestamp tokens) as a tree: one row per time with its outcome,
// the authority, the exact time and why below it.
class TimestampsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, OutcomeColumn, DetailsColumn, ColumnCount };
    enum Line { AuthorityLine, TimeLine, ReasonLine, LineCount };

    explicit TimestampsModel(QObject *parent = nullptr);

    void setTimestamps(const QList<sigstore::TimestampReport> &timestamps);
    void clear() { setTimestamps({}); }
    const QList<sigstore::TimestampReport> &timestamps() const { return m_timestamps; }

    static QString sourceText(sigstore::TimestampReport::Source source);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sigstore::TimestampReport> m_timestamps;
};

} // namespace hallmark::ui
