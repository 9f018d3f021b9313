#include "sbom/sbomfilterproxy.h"

#include "sbom/sbomtreemodel.h"

namespace hallmark::ui {

SbomFilterProxy::SbomFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void SbomFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toCaseFolded();
    m_search = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void SbomFilterProxy::setKindFilter(KindFilter filter)
{
    if (filter == m_kind)
        return;
    m_kind = filter;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void SbomFilterProxy::setLicenceFilter(LicenceFilter filter, const QString &licence)
{
    const QString text = filter == LicenceFilter::Named ? licence : QString();
    if (filter == m_licenceFilter && text == m_licence)
        return;
    m_licenceFilter = filter;
    m_licence = text;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

bool SbomFilterProxy::isFiltering() const
{
    return !m_needle.isEmpty() || m_kind != KindFilter::All || m_licenceFilter != LicenceFilter::Any;
}

void SbomFilterProxy::clearFilters()
{
    if (!isFiltering() && m_search.isEmpty())
        return;
    m_search.clear();
    m_needle.clear();
    m_kind = KindFilter::All;
    m_licenceFilter = LicenceFilter::Any;
    m_licence.clear();
    invalidateFilter();
    Q_EMIT filtersChanged();
}

bool SbomFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_needle.isEmpty() && !index.data(SbomTreeModel::SearchTextRole).toString().contains(m_needle))
        return false;
    return matchesKind(index) && matchesLicence(index);
}

bool SbomFilterProxy::matchesKind(const QModelIndex &index) const
{
    const auto kind = SbomNodeKind(index.data(SbomTreeModel::KindRole).toInt());
    if (m_kind != KindFilter::All && kind == SbomNodeKind::Document)
        return false;
    switch (m_kind) {
    case KindFilter::All: return true;
    case KindFilter::Models: return kind == SbomNodeKind::Model;
    case KindFilter::Datasets: return kind == SbomNodeKind::Dataset;
    case KindFilter::Files: return kind == SbomNodeKind::File;
    case KindFilter::WithFindings: return index.data(SbomTreeModel::HasFindingsRole).toBool();
    case KindFilter::WithoutLicence: return index.data(SbomTreeModel::NoLicenceRole).toBool();
    }
    return true;
}

bool SbomFilterProxy::matchesLicence(const QModelIndex &index) const
{
    if (m_licenceFilter == LicenceFilter::Any)
        return true;
    if (SbomNodeKind(index.data(SbomTreeModel::KindRole).toInt()) == SbomNodeKind::Document)
        return false;
    switch (m_licenceFilter) {
    case LicenceFilter::Any: return true;
    case LicenceFilter::Named: return index.data(SbomTreeModel::LicencesRole).toStringList().contains(m_licence);
    case LicenceFilter::Missing: return index.data(SbomTreeModel::NoLicenceRole).toBool();
    case LicenceFilter::ExplicitlyNone: return index.data(SbomTreeModel::ExplicitlyNoneRole).toBool();
    }
    return true;
}

} // namespace hallmark::ui
