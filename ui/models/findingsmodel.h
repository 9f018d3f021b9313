#pragma once

#include "hashreport.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// The findings of a run (listing findings and per-file read errors), one row
// each: severity as icon and word, the path it concerns, the message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, PathColumn, MessageColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SeverityRole, CodeRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setReport(HashReportPtr report);
    void clear() { setReport(nullptr); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HashReportPtr m_report;
};

} // namespace hallmark::ui
