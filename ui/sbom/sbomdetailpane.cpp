#include "sbom/sbomdetailpane.h"

#include "sbom/compactlist.h"
#include "sbom/crosscheckmodel.h"
#include "sbom/sbomfindingsmodel.h"
#include "sbom/sbomtreemodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QScrollBar>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace hallmark::ui {

namespace {

// Hubs in large SBOMs can have tens of thousands of relationships.
constexpr int kMaxRelationshipRows = 1000;

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

bool isLowerHex(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace

SbomDetailPane::SbomDetailPane(QWidget *parent)
    : QScrollArea(parent),
      m_content(new QWidget(this)),
      m_empty(valueLabel(m_content)),
      m_title(valueLabel(m_content)),
      m_identity(new QFormLayout),
      m_licences(new CompactList({tr("Licence"), tr("Acknowledgement")}, tr("Licences"), m_content)),
      m_licencesNote(note(m_content)),
      m_hashes(new CompactList({tr("Algorithm"), tr("Check"), tr("Value")}, tr("Hashes"), m_content)),
      m_hashesNote(note(m_content)),
      m_properties(new CompactList({tr("Property"), tr("Value")}, tr("Properties"), m_content)),
      m_propertiesNote(note(m_content)),
      m_dependsOn(new CompactList({tr("Relationship"), tr("Component"), tr("Ref")}, tr("Depends on"), m_content)),
      m_dependsOnNote(note(m_content)),
      m_dependedOnBy(new CompactList({tr("Relationship"), tr("Component"), tr("Ref")}, tr("Depended on by"), m_content)),
      m_dependedOnByNote(note(m_content)),
      m_findings(new CompactList({tr("Severity"), tr("Message")}, tr("Findings about this component"), m_content)),
      m_findingsNote(note(m_content)),
      m_modelCheckLabel(valueLabel(m_content))
{
    setObjectName(QStringLiteral("sbomDetailPane"));
    setAccessibleName(tr("Component details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_empty->setText(tr("Select a component to see its details."));
    m_empty->setAlignment(Qt::AlignCenter);

    const QStringList labels{tr("Name:"), tr("Version:"), tr("Type:"), tr("Kind:"), tr("Ref:"), tr("Package URL:"),
                             tr("Path:")};
    m_identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int f = 0; f <= int(Field::Path); ++f) {
        m_fields[f] = valueLabel(m_content);
        m_identity->addRow(labels[f], m_fields[f]);
    }
    m_fields[int(Field::Ref)]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fields[int(Field::Purl)]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *identityBox = new QGroupBox(tr("Identity"), m_content);
    identityBox->setLayout(m_identity);

    m_hashes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (CompactList *list : {m_dependsOn, m_dependedOnBy})
        list->setToolTip(tr("Activate an entry to select that component"));
    connect(m_dependsOn, &CompactList::nodeActivated, this, &SbomDetailPane::nodeActivated);
    connect(m_dependedOnBy, &CompactList::nodeActivated, this, &SbomDetailPane::nodeActivated);

    auto *modelBox = new QGroupBox(tr("Against the model"), m_content);
    auto *modelLayout = new QVBoxLayout(modelBox);
    modelLayout->addWidget(m_modelCheckLabel);

    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_empty);
    layout->addWidget(m_title);
    layout->addWidget(identityBox);
    layout->addWidget(section(tr("Licences"), m_licences, m_licencesNote));
    layout->addWidget(section(tr("Hashes"), m_hashes, m_hashesNote));
    layout->addWidget(section(tr("Depends on"), m_dependsOn, m_dependsOnNote));
    layout->addWidget(section(tr("Depended on by"), m_dependedOnBy, m_dependedOnByNote));
    layout->addWidget(section(tr("Findings"), m_findings, m_findingsNote));
    layout->addWidget(modelBox);
    layout->addWidget(section(tr("Properties"), m_properties, m_propertiesNote));
    layout->addStretch(1);
    setWidget(m_content);
    showNode(-1);
}

QLabel *SbomDetailPane::note(QWidget *parent)
{
    QLabel *label = valueLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QGroupBox *SbomDetailPane::section(const QString &title, QWidget *list, QLabel *noteLabel)
{
    auto *box = new QGroupBox(title, m_content);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(noteLabel);
    layout->addWidget(list);
    return box;
}

void SbomDetailPane::setDocument(std::shared_ptr<const SbomDocument> document, std::shared_ptr<const SbomIndex> index)
{
    m_doc = std::move(document);
    m_index = m_doc ? std::move(index) : nullptr;
    if (!m_index)
        m_doc.reset();
    showNode(-1);
}

void SbomDetailPane::setModelCheck(ModelCheck state, std::shared_ptr<const SbomCrossCheck> result,
                                   const QHash<int, int> &entryByNode)
{
    m_modelCheck = state;
    m_crossCheck = state == ModelCheck::Checked ? std::move(result) : nullptr;
    m_entryByNode = m_crossCheck ? entryByNode : QHash<int, int>();
    if (m_modelCheck == ModelCheck::Checked && !m_crossCheck)
        m_modelCheck = ModelCheck::NoModel;
    if (m_node >= 0)
        fillModelCheck(m_node);
}

void SbomDetailPane::showNode(int node)
{
    if (!m_doc || node < 0 || node >= m_doc->nodes.size())
        node = -1;
    m_node = node;
    m_empty->setVisible(node < 0);
    for (QWidget *w : m_content->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w != m_empty)
            w->setVisible(node >= 0);
    if (node < 0) {
        m_title->clear();
        for (QLabel *field : m_fields)
            field->clear();
        for (CompactList *list : {m_licences, m_hashes, m_properties, m_dependsOn, m_dependedOnBy, m_findings})
            list->clearRows();
        return;
    }
    const SbomNode &n = m_doc->nodes[node];
    const QString name = node == 0 ? SbomTreeModel::documentName(*m_doc) : SbomTreeModel::displayName(n);
    m_title->setText(name);
    m_title->setAccessibleName(tr("Details of %1").arg(name));
    fillIdentity(n);
    fillLicences(n);
    fillHashes(n);
    fillProperties(n);
    fillRelationships(node);
    fillFindings(node);
    fillModelCheck(node);
    verticalScrollBar()->setValue(0);
}

QString SbomDetailPane::title() const
{
    return m_title->text();
}

QString SbomDetailPane::fieldText(Field field) const
{
    return m_fields[int(field)]->text();
}

QString SbomDetailPane::dependsOnNote() const
{
    return m_dependsOnNote->text();
}

QString SbomDetailPane::modelCheckText() const
{
    return m_modelCheckLabel->text();
}

void SbomDetailPane::fillIdentity(const SbomNode &node)
{
    const QString values[] = {node.name, node.version, node.type, SbomTreeModel::kindText(node.kind),
                              node.ref,  node.purl,    node.path};
    for (int f = 0; f <= int(Field::Path); ++f) {
        m_fields[f]->setText(values[f]);
        m_identity->setRowVisible(f, !values[f].isEmpty());
    }
}

void SbomDetailPane::fillLicences(const SbomNode &node)
{
    m_licences->clearRows();
    for (const SbomLicence &l : node.licences) {
        QString acknowledgement = l.acknowledgement;
        if (l.acknowledgement == QLatin1String("declared"))
            acknowledgement = tr("declared");
        else if (l.acknowledgement == QLatin1String("concluded"))
            acknowledgement = tr("concluded");
        m_licences->addRow({l.text, acknowledgement});
    }
    m_licences->fitColumns();
    m_licences->setVisible(!node.licences.isEmpty());
    if (!node.licences.isEmpty())
        m_licencesNote->clear();
    else if (node.licenceExplicitlyNone)
        m_licencesNote->setText(tr("NONE: the SBOM states that there is no licence."));
    else if (node.kind == SbomNodeKind::Document)
        m_licencesNote->setText(tr("The document itself carries no component licence."));
    else
        m_licencesNote->setText(tr("No licence stated."));
    m_licencesNote->setVisible(node.licences.isEmpty());
}

void SbomDetailPane::fillHashes(const SbomNode &node)
{
    m_hashes->clearRows();
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const SbomHash &h : node.hashes) {
        const int expected = expectedHexLength(h.algorithm);
        QString check;
        bool bad = false;
        if (expected > 0 && h.value.size() != expected) {
            check = tr("Wrong length: %1 has %2 hex digits, this has %3").arg(h.algorithm).arg(expected).arg(h.value.size());
            bad = true;
        } else if (expected > 0 && !isLowerHex(h.value)) {
            check = tr("Not hexadecimal");
            bad = true;
        } else if (expected > 0) {
            check = tr("Length fits");
        }
        QTreeWidgetItem *item = m_hashes->addRow({h.original, check, h.value});
        if (bad)
            item->setIcon(1, warning);
    }
    m_hashes->fitColumns();
    m_hashes->setVisible(!node.hashes.isEmpty());
    m_hashesNote->setText(tr("No hashes."));
    m_hashesNote->setVisible(node.hashes.isEmpty());
}

void SbomDetailPane::fillProperties(const SbomNode &node)
{
    m_properties->clearRows();
    for (const SbomProperty &p : node.properties)
        m_properties->addRow({p.name, p.value});
    m_properties->fitColumns();
    m_properties->setVisible(!node.properties.isEmpty());
    m_propertiesNote->setText(tr("No further properties."));
    m_propertiesNote->setVisible(node.properties.isEmpty());
}

QString SbomDetailPane::nodeLabel(int node) const
{
    const SbomNode &n = m_doc->nodes[node];
    const QString name = node == 0 ? SbomTreeModel::documentName(*m_doc) : SbomTreeModel::displayName(n);
    return n.version.isEmpty() ? name : tr("%1 %2").arg(name, n.version);
}

void SbomDetailPane::fillRelationships(int node)
{
    m_dependsOn->clearRows();
    m_dependedOnBy->clearRows();
    const auto outgoing = m_doc->outgoing(node);
    const auto incoming = m_doc->incoming(node);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int rows = 0;
    for (const int e : outgoing) {
        if (++rows > kMaxRelationshipRows)
            break;
        const SbomEdge &edge = m_doc->edges[e];
        if (edge.to >= 0) {
            m_dependsOn->addRow({edge.type, nodeLabel(edge.to), edge.toRef}, edge.to);
        } else if (edge.external) {
            m_dependsOn->addRow({edge.type, edge.toRef, tr("external")});
        } else if (m_doc->otherRefs.contains(edge.toRef)) {
            m_dependsOn->addRow({edge.type, edge.toRef, tr("not a component")});
        } else {
            m_dependsOn->addRow({edge.type, edge.toRef, tr("missing")})->setIcon(2, warning);
        }
    }
    rows = 0;
    for (const int e : incoming) {
        if (++rows > kMaxRelationshipRows)
            break;
        const SbomEdge &edge = m_doc->edges[e];
        if (edge.from >= 0)
            m_dependedOnBy->addRow({edge.type, nodeLabel(edge.from), edge.fromRef}, edge.from);
        else
            m_dependedOnBy->addRow({edge.type, edge.fromRef, tr("missing")})->setIcon(2, warning);
    }

    const SbomNode &n = m_doc->nodes[node];
    QString outNote;
    if (outgoing.empty()) {
        if (m_doc->format != SbomFormat::CycloneDx || n.kind == SbomNodeKind::Document)
            outNote = tr("None listed.");
        else if (n.dependenciesKnown)
            outNote = tr("None: the SBOM states that it has no dependencies.");
        else
            outNote = tr("Unknown: the SBOM does not say what this depends on.");
    } else if (outgoing.size() > size_t(kMaxRelationshipRows)) {
        outNote = tr("The first %1 of %2 are listed.").arg(kMaxRelationshipRows).arg(outgoing.size());
    }
    m_dependsOnNote->setText(outNote);
    m_dependsOnNote->setVisible(!outNote.isEmpty());
    m_dependsOn->fitColumns();
    m_dependsOn->setVisible(!outgoing.empty());

    QString inNote;
    if (incoming.empty())
        inNote = tr("Nothing in this SBOM depends on it.");
    else if (incoming.size() > size_t(kMaxRelationshipRows))
        inNote = tr("The first %1 of %2 are listed.").arg(kMaxRelationshipRows).arg(incoming.size());
    m_dependedOnByNote->setText(inNote);
    m_dependedOnByNote->setVisible(!inNote.isEmpty());
    m_dependedOnBy->fitColumns();
    m_dependedOnBy->setVisible(!incoming.empty());
}

void SbomDetailPane::fillFindings(int node)
{
    m_findings->clearRows();
    const QList<int> &found = m_index->findingsByNode[node];
    for (const int f : found) {
        const SbomFinding &finding = m_index->findings[f];
        QTreeWidgetItem *item =
            m_findings->addRow({SbomFindingsModel::severityText(finding.severity), finding.message});
        item->setIcon(0, SbomFindingsModel::severityIcon(finding.severity));
        item->setToolTip(1, finding.code + QLatin1String(": ") + finding.message);
    }
    m_findings->fitColumns();
    m_findings->setVisible(!found.isEmpty());
    m_findingsNote->setText(tr("No findings."));
    m_findingsNote->setVisible(found.isEmpty());
}

void SbomDetailPane::fillModelCheck(int node)
{
    switch (m_modelCheck) {
    case ModelCheck::NoModel:
        m_modelCheckLabel->setText(tr("Not checked: open a model to compare its files with the SBOM."));
        return;
    case ModelCheck::Checking:
        m_modelCheckLabel->setText(tr("Checking against the model…"));
        return;
    case ModelCheck::Checked:
        break;
    }
    const int entry = m_entryByNode.value(node, -1);
    if (entry < 0 || entry >= m_crossCheck->entries.size()) {
        m_modelCheckLabel->setText(tr("Not compared: no file path or hash here names a file of the model."));
        return;
    }
    const CrossCheckEntry &e = m_crossCheck->entries[entry];
    QString text = CrossCheckModel::statusText(e.status);
    if (!e.path.isEmpty())
        text = tr("%1: %2").arg(text, e.path);
    if (!e.algorithm.isEmpty())
        text += tr(" (%1)").arg(e.algorithm);
    m_modelCheckLabel->setText(text);
}

} // namespace hallmark::ui
