#include "attest/subjectsmodel.h"

#include "common/pathtext.h"
#include "verify/statepalette.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace hallmark::ui {

QString digestText(const QMap<QString, QString> &digest)
{
    QStringList parts;
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key(), it.value());
    return parts.join(QStringLiteral(", "));
}

QFont SubjectsModel::digestFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

SubjectsModel::SubjectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SubjectsModel::setBindings(const QList<attest::SubjectBinding> &bindings)
{
    beginResetModel();
    m_rows = bindings;
    m_compared = true;
    endResetModel();
}

void SubjectsModel::setUncompared(const QList<InTotoSubject> &subjects)
{
    beginResetModel();
    m_rows.clear();
    for (const InTotoSubject &s : subjects) {
        attest::SubjectBinding b;
        b.subject = s;
        b.reason = tr("No model is open to compare with.");
        m_rows << b;
    }
    m_compared = false;
    endResetModel();
}

int SubjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const attest::SubjectBinding &b = m_rows.at(index.row());
    const bool unmatched = m_compared && b.match == attest::SubjectMatch::Unmatched;
    if (role == MatchRole)
        return m_compared ? int(b.match) : -1;
    if (role == Qt::DecorationRole && index.column() == MatchColumn) {
        if (!m_compared)
            return verdictIcon(VisualCode::Neutral);
        return verdictIcon(unmatched ? VisualCode::Warning : VisualCode::Positive);
    }
    if (role == Qt::BackgroundRole && unmatched)
        return stateColors(VisualCode::Warning, QApplication::palette()).background;
    if (role == Qt::FontRole && index.column() == DigestColumn)
        return digestFont();
    if (role == Qt::ToolTipRole && index.column() == DigestColumn)
        return digestText(b.subject.digest);
    if (role == Qt::ToolTipRole && (index.column() == ReasonColumn || index.column() == MatchColumn))
        return b.reason;
    if (role == Qt::ToolTipRole && index.column() == FilesColumn)
        return b.files.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return b.subject.name.isEmpty() ? tr("(no name)") : escapedName(b.subject.name.toUtf8());
    case DigestColumn: return digestText(b.subject.digest);
    case MatchColumn:
        if (!m_compared)
            return tr("Not compared");
        switch (b.match) {
        case attest::SubjectMatch::ManifestDigest: return tr("Manifest digest");
        case attest::SubjectMatch::File: return tr("File");
        case attest::SubjectMatch::Unmatched: return tr("Matches nothing");
        }
        return {};
    case FilesColumn: {
        QStringList files;
        for (const QString &f : b.files)
            files << escapedName(f.toUtf8());
        return files.join(QStringLiteral(", "));
    }
    case ReasonColumn: return b.reason;
    }
    return {};
}

QVariant SubjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Subject");
    case DigestColumn: return tr("Digest");
    case MatchColumn: return tr("Match");
    case FilesColumn: return tr("Matching files");
    case ReasonColumn: return tr("Why");
    }
    return {};
}

} // namespace hallmark::ui
