#include "sigstore/timestampsmodel.h"

#include "sigstore/outcome.h"

#include <QLocale>

namespace hallmark::ui {

using sigstore::StepOutcome;
using sigstore::TimestampReport;

namespace {

// Top-level rows have internal id 0; lines below time n have n + 1.
constexpr quintptr kTop = 0;

} // namespace

TimestampsModel::TimestampsModel(QObject *parent) : QAbstractItemModel(parent) {}

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

QModelIndex TimestampsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kTop);
}

QModelIndex TimestampsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int TimestampsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_timestamps.size());
    return parent.internalId() == kTop && parent.column() == 0 ? LineCount : 0;
}

int TimestampsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimestampsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTop;
    const TimestampReport &t = m_timestamps.at(top ? index.row() : qsizetype(index.internalId() - 1));
    const StepOutcome o = t.verified ? StepOutcome::Passed : StepOutcome::Failed;
    if (top) {
        if (role == OutcomeRole)
            return int(o);
        if (role == Qt::DecorationRole && index.column() == OutcomeColumn)
            return outcomeIcon(o);
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case ItemColumn: return sourceText(t.source);
        case OutcomeColumn: return t.verified ? tr("Verified") : tr("Not verified");
        case DetailsColumn:
            return t.time.isValid() ? QLocale().toString(t.time.toLocalTime(), QLocale::LongFormat) : tr("Unknown time");
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == ItemColumn) {
        switch (index.row()) {
        case AuthorityLine: return tr("Authority");
        case TimeLine: return tr("Time (UTC)");
        case ReasonLine: return tr("Why");
        }
        return {};
    }
    if (index.column() != DetailsColumn)
        return {};
    switch (index.row()) {
    case AuthorityLine: return t.authority.isEmpty() ? tr("Unknown") : t.authority;
    case TimeLine: return t.time.isValid() ? t.time.toUTC().toString(Qt::ISODateWithMs) : tr("Unknown");
    case ReasonLine:
        if (!t.reason.isEmpty())
            return t.reason;
        return t.verified ? tr("Signed by a time source in the trusted root.") : tr("No reason was given.");
    }
    return {};
}

QVariant TimestampsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Time source");
    case OutcomeColumn: return tr("Outcome");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace hallmark::ui
