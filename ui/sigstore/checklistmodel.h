#pragma once

#include "sigstore/sigstoreresult.h"

#include <QAbstractTableModel>

namespace hallmark::ui {

// Every Sigstore verification step in order: what was checked, the outcome
// (icon and word) and why.
class VerificationChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, OutcomeColumn, ReasonColumn, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1 };

    explicit VerificationChecklistModel(QObject *parent = nullptr);

    void setSteps(const QList<sigstore::VerificationStep> &steps);
    void clear() { setSteps({}); }
    const sigstore::VerificationStep *step(const QString &id) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sigstore::VerificationStep> m_steps;
};

} // namespace hallmark::ui
