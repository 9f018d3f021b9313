#include "sbom/crosscheckmodel.h"

#include "sbom/sbomtreemodel.h"

#include <QFontDatabase>

namespace hallmark::ui {

CrossCheckModel::CrossCheckModel(QObject *parent) : QAbstractTableModel(parent) {}

void CrossCheckModel::setResult(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomCrossCheck> result)
{
    beginResetModel();
    m_doc = std::move(document);
    m_result = m_doc ? std::move(result) : nullptr;
    endResetModel();
}

int CrossCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->entries.size());
}

int CrossCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CrossCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case PathColumn: return tr("Path");
    case AlgorithmColumn: return tr("Algorithm");
    case SbomDigestColumn: return tr("SBOM digest");
    case ModelDigestColumn: return tr("Model digest");
    }
    return {};
}

QVariant CrossCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CrossCheckEntry &e = m_result->entries[index.row()];
    auto display = [&]() -> QString {
        switch (index.column()) {
        case StatusColumn: return statusText(e.status);
        case PathColumn: {
            const SbomNode *node = e.node >= 0 && e.node < m_doc->nodes.size() ? &m_doc->nodes[e.node] : nullptr;
            if (!node)
                return e.path;
            if (e.path.isEmpty())
                return SbomTreeModel::displayName(*node);
            // A component that is not a file matched a file by its digest: say which.
            if (node->kind != SbomNodeKind::File)
                return tr("%1 (as %2)").arg(e.path, SbomTreeModel::displayName(*node));
            return e.path;
        }
        case AlgorithmColumn: return e.algorithm;
        case SbomDigestColumn: return e.sbomDigest;
        case ModelDigestColumn: return e.modelDigest;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display();
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? statusIcon(e.status) : QVariant();
    case Qt::FontRole:
        if (index.column() == SbomDigestColumn || index.column() == ModelDigestColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case NodeRole:
        return e.node;
    case StatusRole:
        return int(e.status);
    }
    return {};
}

QString CrossCheckModel::statusText(CrossCheckStatus status)
{
    switch (status) {
    case CrossCheckStatus::Match: return tr("Match");
    case CrossCheckStatus::Mismatch: return tr("Mismatch");
    case CrossCheckStatus::NotComparable: return tr("Not comparable");
    case CrossCheckStatus::OnlyInSbom: return tr("Only in SBOM");
    case CrossCheckStatus::OnlyInModel: return tr("Only in model");
    }
    return {};
}

QIcon CrossCheckModel::statusIcon(CrossCheckStatus status)
{
    switch (status) {
    case CrossCheckStatus::Match: return QIcon(QStringLiteral(":/icons/state-hashed.svg"));
    case CrossCheckStatus::Mismatch: return QIcon(QStringLiteral(":/icons/diff-changed.svg"));
    case CrossCheckStatus::NotComparable: return QIcon(QStringLiteral(":/icons/state-ignored.svg"));
    case CrossCheckStatus::OnlyInSbom: return QIcon(QStringLiteral(":/icons/diff-missing.svg"));
    case CrossCheckStatus::OnlyInModel: return QIcon(QStringLiteral(":/icons/diff-added.svg"));
    }
    return {};
}

QString CrossCheckModel::summary(const SbomCrossCheck &result)
{
    QString text = tr("%1 match, %2 mismatch, %3 only in the SBOM, %4 only in the model")
                       .arg(result.count(CrossCheckStatus::Match))
                       .arg(result.count(CrossCheckStatus::Mismatch))
                       .arg(result.count(CrossCheckStatus::OnlyInSbom))
                       .arg(result.count(CrossCheckStatus::OnlyInModel));
    if (const int n = result.count(CrossCheckStatus::NotComparable))
        text += tr(", %1 not comparable").arg(n);
    return text;
}

} // namespace hallmark::ui
