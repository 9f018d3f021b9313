#include "attest/attestationlistmodel.h"

#include "attest/attestwording.h"
#include "common/pathtext.h"
#include "verify/statepalette.h"

#include <QDir>
#include <QFileInfo>

namespace hallmark::ui {

AttestationListModel::AttestationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttestationListModel::setReports(const QList<attest::AttestationReport> &reports, bool modelKnown)
{
    beginResetModel();
    m_reports = reports;
    m_modelKnown = modelKnown;
    endResetModel();
}

int AttestationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int AttestationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttestationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const attest::AttestationReport &r = m_reports.at(index.row());
    const attest::Attestation &a = r.attestation;
    const BindingState binding = bindingState(r, m_modelKnown);
    if (role == SignatureStatusRole)
        return int(r.signature.status);
    if (role == BindingStateRole)
        return int(binding);
    if (role == Qt::DecorationRole) {
        if (index.column() == SignatureColumn)
            return verdictIcon(signatureCode(r.signature.status));
        if (index.column() == BindingColumn)
            return verdictIcon(bindingCode(binding));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn: return QDir::toNativeSeparators(a.origin);
        case SignatureColumn: return r.signature.reason;
        case BindingColumn: return bindingSentence(r, m_modelKnown);
        case PredicateColumn: return a.statement ? a.statement->predicateType : a.statementError;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case FileColumn: {
        const QString name = escapedName(QFileInfo(a.origin).fileName().toUtf8());
        return a.line > 0 ? tr("%1, line %2").arg(name).arg(a.line) : name;
    }
    case CarrierColumn: return attest::carrierLabel(a.carrier);
    case PredicateColumn: return a.statement ? a.statement->predicateType : tr("Unreadable statement");
    case SignatureColumn: return signatureWord(r.signature.status);
    case BindingColumn: return bindingWord(binding);
    }
    return {};
}

QVariant AttestationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case CarrierColumn: return tr("Carrier");
    case PredicateColumn: return tr("Predicate type");
    case SignatureColumn: return tr("Signature");
    case BindingColumn: return tr("This model");
    }
    return {};
}

} // namespace hallmark::ui
