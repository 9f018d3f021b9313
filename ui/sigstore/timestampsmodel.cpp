#include "sigstore/timestampsmodel.h"

#include "sigstore/outcome.h"

#include <QLocale>

namespace hallmark::ui {

using sigstore::StepOutcome;
using sigstore::TimestampReport;

TimestampsModel::TimestampsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString TimestampsModel::sourceText(TimestampReport::Source source)
{
    return source == TimestampReport::Source::Rfc3161 ? tr("Timestamp authority (RFC 3161)")
                                                      : tr("Transparency log");
}

void TimestampsModel::setTimestamps(const QList<TimestampReport> &timestamps)
{
    beginResetModel();
    m_timestamps = timestamps;
    endResetModel();
}

int TimestampsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timestamps.size());
}

int TimestampsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimestampsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimestampReport &t = m_timestamps.at(index.row());
    const StepOutcome o = t.verified ? StepOutcome::Passed : StepOutcome::Failed;
    if (role == OutcomeRole)
        return int(o);
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn)
        return outcomeIcon(o);
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return t.time.toUTC().toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SourceColumn: return sourceText(t.source);
    case AuthorityColumn: return t.authority;
    case TimeColumn:
        return t.time.isValid() ? tr("%1 (%2)").arg(QLocale().toString(t.time.toLocalTime(), QLocale::ShortFormat),
                                                        t.time.toUTC().toString(Qt::ISODate))
                                : tr("Unknown");
    case OutcomeColumn: return t.verified ? tr("Verified") : tr("Not verified");
    case ReasonColumn:
        if (!t.reason.isEmpty())
            return t.reason;
        return t.verified ? tr("Signed by a timestamp source in the trusted root.") : QString();
    }
    return {};
}

QVariant TimestampsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn: return tr("Source");
    case AuthorityColumn: return tr("Authority");
    case TimeColumn: return tr("Time");
    case OutcomeColumn: return tr("Outcome");
    case ReasonColumn: return tr("Why");
    }
    return {};
}

} // namespace hallmark::ui
