#pragma once

#include <QSortFilterProxyModel>

namespace hallmark::ui {

// Filters the SBOM tree by text (name, version, purl, ref, path, licence
// and hash values, ignoring case), by kind and by licence. A row stays
// when something below it matches, so matches keep their ancestors.
class SbomFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class KindFilter { All, Models, Datasets, Files, WithFindings, WithoutLicence };
    Q_ENUM(KindFilter)
    enum class LicenceFilter { Any, Named, Missing, ExplicitlyNone };
    Q_ENUM(LicenceFilter)

    explicit SbomFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setKindFilter(KindFilter filter);
    KindFilter kindFilter() const { return m_kind; }
    // `licence` is the licence text for Named, ignored otherwise.
    void setLicenceFilter(LicenceFilter filter, const QString &licence = {});
    LicenceFilter licenceFilter() const { return m_licenceFilter; }
    QString licence() const { return m_licence; }

    bool isFiltering() const;
    void clearFilters();

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesKind(const QModelIndex &index) const;
    bool matchesLicence(const QModelIndex &index) const;

    QString m_search;
    QString m_needle;  // case-folded
    KindFilter m_kind = KindFilter::All;
    LicenceFilter m_licenceFilter = LicenceFilter::Any;
    QString m_licence;
};

} // namespace hallmark::ui
