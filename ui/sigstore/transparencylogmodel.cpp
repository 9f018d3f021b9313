#include "sigstore/transparencylogmodel.h"

#include "sigstore/outcome.h"

#include <QFontDatabase>
#include <QLocale>

namespace hallmark::ui {

using sigstore::LogEntryReport;
using sigstore::StepOutcome;

namespace {

// Top-level rows have internal id 0; lines below entry n have n + 1.
constexpr quintptr kTop = 0;

} // namespace

TransparencyLogModel::TransparencyLogModel(QObject *parent) : QAbstractItemModel(parent) {}

StepOutcome TransparencyLogModel::overall(const LogEntryReport &e)
{
    for (StepOutcome o : {e.promise, e.proof, e.checkpoint, e.body})
        if (o == StepOutcome::Failed)
            return StepOutcome::Failed;
    for (StepOutcome o : {e.promise, e.proof, e.checkpoint, e.body})
        if (o == StepOutcome::Unsupported)
            return StepOutcome::Unsupported;
    return e.counted ? StepOutcome::Passed : StepOutcome::Skipped;
}

QList<TransparencyLogModel::Line> TransparencyLogModel::linesFor(const LogEntryReport &e)
{
    QList<Line> lines;
    lines.append({QStringLiteral("log"), tr("Log"), e.knownLog ? e.logUrl : tr("Not in the trusted root"), {}, false});
    lines.append({QStringLiteral("log-id"), tr("Log ID"), e.logId, {}, true});
    lines.append({QStringLiteral("log-index"), e.rekorV2 ? tr("Log index") : tr("Log index"),
                  QString::number(e.logIndex), {}, true});
    if (e.treeSize > 0)
        lines.append({QStringLiteral("tree"), tr("Tree position"),
                      tr("Leaf %1 of %2").arg(e.treeIndex).arg(e.treeSize), {}, false});
    lines.append({QStringLiteral("integrated-time"), tr("Integrated time"),
                  e.integratedTime.isValid()
                      ? tr("%1 (%2)").arg(QLocale().toString(e.integratedTime.toLocalTime(), QLocale::ShortFormat),
                                              e.integratedTime.toUTC().toString(Qt::ISODate))
                      : tr("Not recorded (Rekor v2 has none)"),
                  {}, false});
    lines.append({QStringLiteral("kind"), tr("Entry kind"),
                  e.rekorV2 ? tr("%1 (Rekor v2)").arg(e.kind) : e.kind, {}, false});
    lines.append({QStringLiteral("promise"), tr("Entry timestamp (SET)"), e.promiseReason, e.promise, false});
    lines.append({QStringLiteral("proof"), tr("Inclusion proof"), e.proofReason, e.proof, false});
    QString checkpoint = e.checkpointReason;
    if (!e.unverifiedWitnesses.isEmpty())
        checkpoint += QLatin1Char('\n')
                      + tr("Witness signatures not checked: %1").arg(e.unverifiedWitnesses.join(QStringLiteral(", ")));
    lines.append({QStringLiteral("checkpoint"), tr("Checkpoint"), checkpoint, e.checkpoint, false});
    lines.append({QStringLiteral("body"), tr("Matches the bundle"), e.bodyReason, e.body, false});
    lines.append({QStringLiteral("counted"), tr("Counted"),
                  e.counted ? tr("Yes") : tr("No"), {}, false});
    return lines;
}

void TransparencyLogModel::setEntries(const QList<LogEntryReport> &entries)
{
    beginResetModel();
    m_entries.clear();
    for (const LogEntryReport &e : entries)
        m_entries.append({e, linesFor(e)});
    endResetModel();
}

QModelIndex TransparencyLogModel::checkIndex(int entry, const QString &check, int column) const
{
    if (entry < 0 || entry >= m_entries.size())
        return {};
    const QList<Line> &lines = m_entries.at(entry).lines;
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).check == check)
            return index(i, column, index(entry, 0));
    return {};
}

QModelIndex TransparencyLogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTop);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TransparencyLogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int TransparencyLogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.row()).lines.size());
}

int TransparencyLogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TransparencyLogModel::data(const QModelIndex &index, int role) const
{
    if (!QAbstractItemModel::checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTop) {
        const LogEntryReport &e = m_entries.at(index.row()).report;
        const StepOutcome o = overall(e);
        if (role == LogIndexRole)
            return e.logIndex;
        if (role == OutcomeRole)
            return int(o);
        if (role == Qt::DecorationRole && index.column() == OutcomeColumn)
            return outcomeIcon(o);
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case ItemColumn: return tr("Entry %1").arg(e.logIndex);
        case OutcomeColumn:
            return o == StepOutcome::Skipped && !e.knownLog ? tr("Not counted") : outcomeText(o);
        case DetailsColumn:
            if (!e.knownLog)
                return tr("Unknown log: not counted");
            return e.integratedTime.isValid()
                       ? tr("%1, integrated %2").arg(e.logUrl, QLocale().toString(e.integratedTime.toLocalTime(), QLocale::ShortFormat))
                       : e.logUrl;
        }
        return {};
    }
    const Line &line = m_entries.at(qsizetype(index.internalId() - 1)).lines.at(index.row());
    if (role == CheckRole)
        return line.check;
    if (role == OutcomeRole)
        return line.outcome ? QVariant(int(*line.outcome)) : QVariant();
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn && line.outcome)
        return outcomeIcon(*line.outcome);
    if (role == Qt::FontRole && index.column() == DetailsColumn && line.monospace)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ItemColumn: return line.label;
    case OutcomeColumn: return line.outcome ? outcomeText(*line.outcome) : QString();
    case DetailsColumn:
        if (line.value.isEmpty() && line.outcome == StepOutcome::Skipped)
            return tr("Not present in the bundle.");
        return line.value;
    }
    return {};
}

QVariant TransparencyLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Entry");
    case OutcomeColumn: return tr("Outcome");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace hallmark::ui
