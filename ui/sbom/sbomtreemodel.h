#pragma once

#include "sbom/sbomindex.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>

namespace hallmark::ui {

// The SBOM's nodes as a tree: the document row on top, components nested
// as the document nests them. The internal id of an index is the node
// index; parent() and index() are constant time through SbomIndex.
class SbomTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, TypeColumn, LicenceColumn, RefColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1,  // int: index into SbomDocument::nodes
        KindRole,                     // int(SbomNodeKind)
        HasFindingsRole,              // bool
        NoLicenceRole,                // bool: a component that states no licence (NONE is a statement)
        ExplicitlyNoneRole,           // bool: licence NONE
        LicencesRole,                 // QStringList of licence texts
        FindingCountRole,             // int
        SearchTextRole,               // QString, case-folded text a search matches
    };

    explicit SbomTreeModel(QObject *parent = nullptr);

    // Builds the index on this thread; fine for small documents.
    void setDocument(std::shared_ptr<const SbomDocument> document);
    // With an index built elsewhere (a worker) for this document.
    void setDocument(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomIndex> index);
    void clear();

    std::shared_ptr<const SbomDocument> document() const { return m_doc; }
    std::shared_ptr<const SbomIndex> sbomIndex() const { return m_index; }
    QModelIndex indexForNode(int node, int column = NameColumn) const;
    int nodeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString displayName(const SbomNode &node);
    // The root's name, else "CycloneDX 1.6 document".
    static QString documentName(const SbomDocument &doc);
    static QString licenceColumnText(const SbomNode &node);
    static QString kindText(SbomNodeKind kind);
    static QIcon kindIcon(SbomNodeKind kind);

private:
    QVariant display(int node, int column) const;
    QString tooltip(int node, int column) const;

    std::shared_ptr<const SbomDocument> m_doc;
    std::shared_ptr<const SbomIndex> m_index;
    QIcon m_kindIcons[int(SbomNodeKind::Other) + 1];
    QIcon m_warningIcon;
};

} // namespace hallmark::ui
