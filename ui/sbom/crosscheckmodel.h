#pragma once

#include "sbom/sbomcrosscheck.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>

namespace hallmark::ui {

// The SBOM's files and hashes against the open model's, one row per entry.
class CrossCheckModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, PathColumn, AlgorithmColumn, SbomDigestColumn, ModelDigestColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1,  // int, -1 for files only the model has
        StatusRole,                   // int(CrossCheckStatus)
    };

    explicit CrossCheckModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomCrossCheck> result);
    void clear() { setResult(nullptr, nullptr); }
    bool hasResult() const { return m_result != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(CrossCheckStatus status);
    static QIcon statusIcon(CrossCheckStatus status);
    // "3 match, 1 mismatch, 1 only in the SBOM, 2 only in the model", plus "not comparable" when any are.
    static QString summary(const SbomCrossCheck &result);

private:
    std::shared_ptr<const SbomDocument> m_doc;
    std::shared_ptr<const SbomCrossCheck> m_result;
};

} // namespace hallmark::ui
