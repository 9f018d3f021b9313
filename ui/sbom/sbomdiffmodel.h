#pragma once

#include "sbom/sbomdiff.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace hallmark::ui {

// The changes from the page's SBOM to another one, one row per change.
class SbomDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, NameColumn, WasColumn, NowColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,  // int(SbomChangeKind)
        BeforeNodeRole,               // int: node in the page's document, -1 for additions
    };

    explicit SbomDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<SbomChange> &changes);
    void clear() { setChanges({}); }
    const QList<SbomChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(SbomChangeKind kind);
    static QIcon kindIcon(SbomChangeKind kind);
    // "2 added, 1 removed, 3 version changed, 0 licence changed, 1 hash changed".
    static QString summary(const QList<SbomChange> &changes);

private:
    QList<SbomChange> m_changes;
};

} // namespace hallmark::ui
