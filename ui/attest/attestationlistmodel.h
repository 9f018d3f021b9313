#pragma once

#include "attest/attestreport.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// Every attestation read on the page: where it came from, how it was
// carried, what it states, whether its signature verified and whether it is
// about the open model.
class AttestationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, CarrierColumn, PredicateColumn, SignatureColumn, BindingColumn, ColumnCount };
    enum Role {
        SignatureStatusRole = Qt::UserRole + 1,  // attest::SignatureStatus as int
        BindingStateRole,                        // BindingState as int
    };

    explicit AttestationListModel(QObject *parent = nullptr);

    void setReports(const QList<attest::AttestationReport> &reports, bool modelKnown);
    const QList<attest::AttestationReport> &reports() const { return m_reports; }
    bool modelKnown() const { return m_modelKnown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<attest::AttestationReport> m_reports;
    bool m_modelKnown = false;
};

} // namespace hallmark::ui
