#pragma once

#include "sbom/sbomindex.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>

namespace hallmark::ui {

// What checkSbom() found, one row per finding; rows about a node carry it
// so activating one can select that node.
class SbomFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, RefColumn, MessageColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1,  // int, -1 when the finding is about no node
        SeverityRole,                 // int(SbomSeverity)
    };

    explicit SbomFindingsModel(QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const SbomIndex> index);
    void clear() { setIndex(nullptr); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(SbomSeverity severity);
    static QIcon severityIcon(SbomSeverity severity);
    // "Checks pass", "Checks pass with 2 warnings" or "3 errors, 1 warning".
    static QString verdictText(const QList<SbomFinding> &findings);

private:
    std::shared_ptr<const SbomIndex> m_index;
};

} // namespace hallmark::ui
