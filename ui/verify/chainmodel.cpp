#include "verify/chainmodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace hallmark::ui {

QString shortSubject(const Certificate &certificate)
{
    const QString cn = certificate.commonName();
    if (!cn.isEmpty())
        return cn;
    // Fulcio leaves the subject empty; the identity is the SAN ("email:…", "URI:…").
    const QString subject = certificate.subject();
    const QStringList san = certificate.subjectAltNames();
    return subject.isEmpty() && !san.isEmpty() ? san.constFirst().section(QLatin1Char(':'), 1) : subject;
}

ChainModel::ChainModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ChainModel::roleText(int fromLeaf, int count, bool anchorReached, bool selfIssued)
{
    if (fromLeaf == 0)
        return count == 1 && anchorReached && selfIssued ? tr("Signing certificate (self-signed anchor)")
                                                         : tr("Signing certificate");
    if (fromLeaf == count - 1 && anchorReached)
        return tr("Trust anchor");
    if (fromLeaf == count - 1 && selfIssued)
        return tr("Root certificate (not trusted)");
    return tr("Intermediate certificate");
}

void ChainModel::setChain(const QList<CertificatePtr> &leafFirst, const std::optional<ChainResult> &result,
                          const QDateTime &at)
{
    beginResetModel();
    m_nodes.clear();
    m_missingIssuer.clear();
    const int count = int(leafFirst.size());
    const bool anchorReached = result && result->status != ChainStatus::NoPathToAnchor
                               && result->status != ChainStatus::Invalid;
    for (int i = count - 1; i >= 0; --i) {
        const CertificatePtr &c = leafFirst.at(i);
        Node node;
        node.certificate = c;
        node.role = roleText(i, count, anchorReached, c->isSelfIssued());
        if (at < c->notBefore()) {
            node.status = tr("Not yet valid");
            node.problem = true;
        } else if (at > c->notAfter()) {
            node.status = tr("Expired");
            node.problem = true;
        } else if (result && result->failingDepth == i && result->status == ChainStatus::WrongUsage) {
            node.status = tr("Not allowed to sign code");
            node.problem = true;
        } else if (result && result->failingDepth == i && result->status == ChainStatus::Invalid) {
            node.status = tr("Invalid");
            node.problem = true;
        } else if (i == count - 1 && !anchorReached && c->isSelfIssued()) {
            node.status = tr("Untrusted root");
            node.problem = true;
        } else if (!result) {
            node.status = tr("Not checked");
        } else {
            node.status = tr("Valid");
        }
        m_nodes.append(node);
    }
    if (count > 0) {
        const CertificatePtr &top = leafFirst.constLast();
        if (!top->isSelfIssued() && !anchorReached) {
            m_missingIssuer = top->issuer();
            Node placeholder;
            placeholder.role = tr("Issuer");
            placeholder.status = tr("Not found");
            placeholder.problem = true;
            m_nodes.prepend(placeholder);
        }
    }
    endResetModel();
}

void ChainModel::clear()
{
    setChain({}, std::nullopt, QDateTime::currentDateTimeUtc());
}

QModelIndex ChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column < 0 || column >= ColumnCount)
        return {};
    const qsizetype id = parent.isValid() ? qsizetype(parent.internalId()) + 1 : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (id >= m_nodes.size())
        return {};
    return createIndex(0, column, quintptr(id));
}

QModelIndex ChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(0, 0, child.internalId() - 1);
}

int ChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return qsizetype(parent.internalId()) + 1 < m_nodes.size() ? 1 : 0;
}

int ChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(qsizetype(index.internalId()));
    const Certificate *c = node.certificate.get();
    if (role == IsPlaceholderRole)
        return c == nullptr;
    if (role == FingerprintRole)
        return c ? c->fingerprint() : QString();
    if (role == Qt::ForegroundRole && !c)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return QApplication::style()->standardIcon(node.problem ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_DialogApplyButton);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        if (!c)
            return tr("Issuer certificate not found (%1)").arg(m_missingIssuer);
        return role == Qt::ToolTipRole ? c->subject() : shortSubject(*c);
    case RoleColumn:
        return node.role;
    case StatusColumn:
        return node.status;
    case ValidUntilColumn:
        return c ? QLocale().toString(c->notAfter().toLocalTime(), QLocale::ShortFormat) : QString();
    case FingerprintColumn:
        return c ? c->fingerprint() : QString();
    }
    return {};
}

QVariant ChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Certificate");
    case RoleColumn: return tr("Role");
    case StatusColumn: return tr("Status");
    case ValidUntilColumn: return tr("Valid until");
    case FingerprintColumn: return tr("SHA-256 fingerprint");
    }
    return {};
}

} // namespace hallmark::ui
