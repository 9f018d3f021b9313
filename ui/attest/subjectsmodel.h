#pragma once

#include "attest/subjectbinding.h"

#include <QAbstractTableModel>
#include <QFont>

namespace hallmark::ui {

// The statement's subjects against the open model: which digest each names
// and what, if anything, it matches.
class SubjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DigestColumn, MatchColumn, FilesColumn, ReasonColumn, ColumnCount };
    enum Role { MatchRole = Qt::UserRole + 1 };  // attest::SubjectMatch as int; -1 when not compared

    explicit SubjectsModel(QObject *parent = nullptr);

    void setBindings(const QList<attest::SubjectBinding> &bindings);
    // Subjects shown without a model to compare with.
    void setUncompared(const QList<InTotoSubject> &subjects);
    void clear() { setBindings({}); }
    bool compared() const { return m_compared; }
    static QFont digestFont();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<attest::SubjectBinding> m_rows;
    bool m_compared = true;
};

QString digestText(const QMap<QString, QString> &digest);

} // namespace hallmark::ui
