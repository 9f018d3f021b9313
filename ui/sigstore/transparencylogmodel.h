#pragma once

#include "sigstore/sigstoreresult.h"

#include <QAbstractItemModel>

#include <optional>

namespace hallmark::ui {

// Transparency log entries as a tree: one row per entry (log, index, overall
// outcome), its facts and checks below it (SET, inclusion proof, checkpoint,
// body), each check with its outcome and why.
class TransparencyLogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, OutcomeColumn, DetailsColumn, ColumnCount };
    enum Role { CheckRole = Qt::UserRole + 1, LogIndexRole };  // CheckRole: "promise", "proof", "checkpoint", "body", …

    explicit TransparencyLogModel(QObject *parent = nullptr);

    void setEntries(const QList<sigstore::LogEntryReport> &entries);
    void clear() { setEntries({}); }
    // The row of `check` under entry `entry`, invalid when absent.
    QModelIndex checkIndex(int entry, const QString &check, int column = ItemColumn) const;

    static sigstore::StepOutcome overall(const sigstore::LogEntryReport &entry);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString check;
        QString label;
        QString value;
        std::optional<sigstore::StepOutcome> outcome;
        bool monospace = false;
    };
    struct Entry {
        sigstore::LogEntryReport report;
        QList<Line> lines;
    };
    static QList<Line> linesFor(const sigstore::LogEntryReport &entry);

    QList<Entry> m_entries;
};

} // namespace hallmark::ui
