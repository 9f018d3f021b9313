#pragma once

#include "sbom/sbomcrosscheck.h"
#include "sbom/sbomindex.h"

#include <QHash>
#include <QScrollArea>

#include <memory>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace hallmark::ui {

class CompactList;

// Everything about one node: identity, licences, hashes, properties, what
// it depends on and what depends on it, findings and how it compares with
// the open model. Activating a relationship asks for that node.
class SbomDetailPane : public QScrollArea
{
    Q_OBJECT

public:
    enum class Field { Name, Version, Type, Kind, Ref, Purl, Path };
    enum class ModelCheck { NoModel, Checking, Checked };

    explicit SbomDetailPane(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomIndex> index);
    void setModelCheck(ModelCheck state, std::shared_ptr<const SbomCrossCheck> result = {},
                       const QHash<int, int> &entryByNode = {});
    void showNode(int node);  // -1: nothing selected
    int node() const { return m_node; }

    QString title() const;
    QString fieldText(Field field) const;
    CompactList *licencesList() const { return m_licences; }
    CompactList *hashesList() const { return m_hashes; }
    CompactList *propertiesList() const { return m_properties; }
    CompactList *dependsOnList() const { return m_dependsOn; }
    CompactList *dependedOnByList() const { return m_dependedOnBy; }
    CompactList *findingsList() const { return m_findings; }
    QString dependsOnNote() const;
    QString modelCheckText() const;

Q_SIGNALS:
    void nodeActivated(int node);

private:
    void fillIdentity(const SbomNode &node);
    void fillLicences(const SbomNode &node);
    void fillHashes(const SbomNode &node);
    void fillProperties(const SbomNode &node);
    void fillRelationships(int node);
    void fillFindings(int node);
    void fillModelCheck(int node);
    QString nodeLabel(int node) const;
    QLabel *note(QWidget *parent);
    QGroupBox *section(const QString &title, QWidget *list, QLabel *noteLabel);

    std::shared_ptr<const SbomDocument> m_doc;
    std::shared_ptr<const SbomIndex> m_index;
    ModelCheck m_modelCheck = ModelCheck::NoModel;
    std::shared_ptr<const SbomCrossCheck> m_crossCheck;
    QHash<int, int> m_entryByNode;
    int m_node = -1;

    QWidget *m_content;
    QLabel *m_empty;
    QLabel *m_title;
    QFormLayout *m_identity;
    QLabel *m_fields[int(Field::Path) + 1];
    CompactList *m_licences;
    QLabel *m_licencesNote;
    CompactList *m_hashes;
    QLabel *m_hashesNote;
    CompactList *m_properties;
    QLabel *m_propertiesNote;
    CompactList *m_dependsOn;
    QLabel *m_dependsOnNote;
    CompactList *m_dependedOnBy;
    QLabel *m_dependedOnByNote;
    CompactList *m_findings;
    QLabel *m_findingsNote;
    QLabel *m_modelCheckLabel;
};

} // namespace hallmark::ui
