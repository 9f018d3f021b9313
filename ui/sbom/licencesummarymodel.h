#pragma once

#include "sbom/sbomdocument.h"
#include "sbom/sbomfilterproxy.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// One row per licence, most used first, with how many components carry it
// and how often it is declared or concluded; then "No licence" and "NONE".
class LicenceSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LicenceColumn, ComponentsColumn, DeclaredColumn, ConcludedColumn, ColumnCount };
    enum Role {
        FilterRole = Qt::UserRole + 1,  // int(SbomFilterProxy::LicenceFilter) this row selects
        LicenceRole,                    // QString: the licence text for Named rows
    };

    explicit LicenceSummaryModel(QObject *parent = nullptr);

    void setSummary(const LicenceSummary &summary);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        SbomFilterProxy::LicenceFilter filter;
        LicenceCount count;
    };
    QList<Row> m_rows;
};

} // namespace hallmark::ui
