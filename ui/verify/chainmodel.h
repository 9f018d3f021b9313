#pragma once

#include "crypto/chain.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <optional>

namespace hallmark::ui {

// A certificate chain as a tree: the root (or the trust anchor) at the top,
// the signing certificate at the bottom, each certificate the only child of
// its issuer. When the chain stops short of an anchor, a greyed placeholder
// "Issuer certificate not found (…)" sits above it.
class ChainModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, RoleColumn, StatusColumn, ValidUntilColumn, FingerprintColumn, ColumnCount };
    enum Role { IsPlaceholderRole = Qt::UserRole + 1, FingerprintRole };

    explicit ChainModel(QObject *parent = nullptr);

    // `leafFirst`: the chain as built (or as the signature carried it).
    // `result`: the chain check, if one was made; `at`: when it was checked.
    void setChain(const QList<CertificatePtr> &leafFirst, const std::optional<ChainResult> &result, const QDateTime &at);
    void clear();
    bool hasPlaceholder() const { return !m_missingIssuer.isEmpty(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What role a certificate plays, by its position from the leaf.
    static QString roleText(int fromLeaf, int count, bool anchorReached, bool selfIssued);

private:
    struct Node {
        CertificatePtr certificate;  // null: the placeholder
        QString role;
        QString status;
        bool problem = false;
    };
    QList<Node> m_nodes;  // top to bottom
    QString m_missingIssuer;
};

QString shortSubject(const Certificate &certificate);

} // namespace hallmark::ui
