#pragma once

#include "sigstore/sigstoreresult.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// Every source of signing time: transparency log integrated times and
// RFC 3161 timestamp tokens, whether each was verified and why not.
class TimestampsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, AuthorityColumn, TimeColumn, OutcomeColumn, ReasonColumn, ColumnCount };

    explicit TimestampsModel(QObject *parent = nullptr);

    void setTimestamps(const QList<sigstore::TimestampReport> &timestamps);
    void clear() { setTimestamps({}); }
    const QList<sigstore::TimestampReport> &timestamps() const { return m_timestamps; }

    static QString sourceText(sigstore::TimestampReport::Source source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sigstore::TimestampReport> m_timestamps;
};

} // namespace hallmark::ui
