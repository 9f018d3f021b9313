#include "sbom/sbompage.h"

#include "jobrunner.h"
#include "sbom/crosscheckmodel.h"
#include "sbom/licencesummarymodel.h"
#include "sbom/sbomchecks.h"
#include "sbom/sbomdetailpane.h"
#include "sbom/sbomdiffmodel.h"
#include "sbom/sbomfilterproxy.h"
#include "sbom/sbomfindingsmodel.h"
#include "sbom/sbomjobs.h"
#include "sbom/sbomtreemodel.h"
#include "verify/statepalette.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hallmark::ui {

namespace {

enum Page { EmptyPage, LoadingPage, ErrorPage, ContentPage };
enum Tab { LicencesTab, ChecksTab, ModelTab, CompareTab };

// Expanding everything is fine up to this many visible rows.
constexpr int kExpandAllLimit = 2000;

QLabel *textLabel(QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QTableView *table(const QString &accessibleName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

int countVisibleRows(const QAbstractItemModel *model, const QModelIndex &parent, int limit)
{
    int count = 0;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows && count <= limit; ++r) {
        ++count;
        count += countVisibleRows(model, model->index(r, 0, parent), limit - count);
    }
    return count;
}

QString kindCountText(SbomNodeKind kind, int n)
{
    switch (kind) {
    case SbomNodeKind::Model: return SbomPage::tr("models: %1").arg(n);
    case SbomNodeKind::Dataset: return SbomPage::tr("datasets: %1").arg(n);
    case SbomNodeKind::File: return SbomPage::tr("files: %1").arg(n);
    case SbomNodeKind::Service: return SbomPage::tr("services: %1").arg(n);
    case SbomNodeKind::Component: return SbomPage::tr("other components: %1").arg(n);
    case SbomNodeKind::Other: return SbomPage::tr("tools and other elements: %1").arg(n);
    case SbomNodeKind::Document: break;
    }
    return {};
}

} // namespace

SbomPage::SbomPage(QWidget *parent)
    : QWidget(parent),
      m_model(new SbomTreeModel(this)),
      m_proxy(new SbomFilterProxy(this)),
      m_licenceModel(new LicenceSummaryModel(this)),
      m_findingsModel(new SbomFindingsModel(this)),
      m_crossCheckModel(new CrossCheckModel(this)),
      m_diffModel(new SbomDiffModel(this))
{
    setObjectName(QStringLiteral("sbomPage"));
    m_proxy->setSourceModel(m_model);

    m_loader = std::make_unique<JobRunner<SbomLoad>>(
        this, [] {}, [this](const SbomLoad &load, bool cancelled) {
            if (!cancelled)
                onLoaded(load);
        });
    m_checker = std::make_unique<JobRunner<SbomModelCheck>>(
        this, [] {}, [this](const SbomModelCheck &check, bool cancelled) {
            if (!cancelled)
                onModelChecked(check);
        });
    m_comparer = std::make_unique<JobRunner<SbomComparison>>(
        this, [] {}, [this](const SbomComparison &comparison, bool cancelled) {
            if (!cancelled)
                onCompared(comparison);
        });

    m_chooserRow = new QWidget(this);
    m_chooser = new QComboBox(m_chooserRow);
    m_chooser->setAccessibleName(tr("SBOM document"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *chooserLabel = new QLabel(tr("&Document:"), m_chooserRow);
    chooserLabel->setBuddy(m_chooser);
    auto *chooserLayout = new QHBoxLayout(m_chooserRow);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(chooserLabel);
    chooserLayout->addWidget(m_chooser);
    chooserLayout->addStretch(1);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_files.size())
            showFile(m_files[index]);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooserRow);
    layout->addWidget(buildStatePages(), 1);
    updateChooser();
    setState(State::Empty);
    setManifest(std::nullopt);
}

SbomPage::~SbomPage()
{
    // Wait for workers before the models they report to go away.
    m_loader.reset();
    m_checker.reset();
    m_comparer.reset();
}

QWidget *SbomPage::buildStatePages()
{
    m_stack = new QStackedWidget(this);

    auto *empty = textLabel(m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setText(tr("No SBOM is open. Open a CycloneDX or SPDX file to see its components, licences and checks."));
    m_stack->insertWidget(EmptyPage, empty);

    auto *loading = new QWidget(m_stack);
    m_loadingLabel = textLabel(loading, true);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_busy = new QProgressBar(loading);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(320);
    m_busy->setAccessibleName(tr("Reading SBOM"));
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(2);
    m_stack->insertWidget(LoadingPage, loading);

    auto *error = new QWidget(m_stack);
    auto *icon = new QLabel(error);
    icon->setPixmap(verdictIcon(VisualCode::Neutral).pixmap(QSize(32, 32), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    m_errorHeadline = textLabel(error, true);
    m_errorHeadline->setFocusPolicy(Qt::StrongFocus);
    QFont headlineFont = m_errorHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_errorHeadline->setFont(headlineFont);
    m_errorExplanation = textLabel(error);
    m_errorDetail = textLabel(error);
    m_errorDetail->setForegroundRole(QPalette::PlaceholderText);
    m_errorGuidance = textLabel(error);
    auto *errorText = new QVBoxLayout;
    errorText->addWidget(m_errorHeadline);
    errorText->addWidget(m_errorExplanation);
    errorText->addWidget(m_errorDetail);
    errorText->addSpacing(8);
    errorText->addWidget(m_errorGuidance);
    errorText->addStretch(1);
    auto *errorLayout = new QHBoxLayout(error);
    errorLayout->setContentsMargins(24, 24, 24, 24);
    errorLayout->addWidget(icon, 0, Qt::AlignTop);
    errorLayout->addLayout(errorText, 1);
    m_stack->insertWidget(ErrorPage, error);

    auto *content = new QWidget(m_stack);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Search name, version, purl, ref, licence or hash"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search components"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });

    m_kind = new QComboBox(content);
    m_kind->setAccessibleName(tr("Show components of kind"));
    m_kind->addItem(tr("All components"), int(SbomFilterProxy::KindFilter::All));
    m_kind->addItem(tr("Models"), int(SbomFilterProxy::KindFilter::Models));
    m_kind->addItem(tr("Datasets"), int(SbomFilterProxy::KindFilter::Datasets));
    m_kind->addItem(tr("Files"), int(SbomFilterProxy::KindFilter::Files));
    m_kind->addItem(tr("With findings"), int(SbomFilterProxy::KindFilter::WithFindings));
    m_kind->addItem(tr("Without licence"), int(SbomFilterProxy::KindFilter::WithoutLicence));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setKindFilter(SbomFilterProxy::KindFilter(m_kind->itemData(index).toInt()));
    });

    m_licenceChip = new QToolButton(content);
    m_licenceChip->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_licenceChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_licenceChip->setToolTip(tr("Show components of every licence"));
    m_licenceChip->hide();
    connect(m_licenceChip, &QToolButton::clicked, this,
            [this] { m_proxy->setLicenceFilter(SbomFilterProxy::LicenceFilter::Any); });
    connect(m_proxy, &SbomFilterProxy::filtersChanged, this, &SbomPage::onFiltersChanged);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_licenceChip);

    m_tree = new QTreeView(content);
    m_tree->setObjectName(QStringLiteral("sbomTree"));
    m_tree->setAccessibleName(tr("SBOM components"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_tree->header();
    const QFontMetrics fm = m_tree->fontMetrics();
    header->resizeSection(SbomTreeModel::NameColumn, fm.horizontalAdvance(QLatin1Char('x')) * 30);
    header->resizeSection(SbomTreeModel::VersionColumn, fm.horizontalAdvance(QLatin1Char('x')) * 10);
    header->resizeSection(SbomTreeModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("machine-learning-model")) + 12);
    header->resizeSection(SbomTreeModel::LicenceColumn, fm.horizontalAdvance(QLatin1Char('x')) * 16);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    m_detail = new SbomDetailPane(content);
    connect(m_detail, &SbomDetailPane::nodeActivated, this, &SbomPage::selectNode);

    auto *sides = new QSplitter(Qt::Horizontal, content);
    sides->setChildrenCollapsible(false);
    sides->addWidget(m_tree);
    sides->addWidget(m_detail);
    sides->setStretchFactor(0, 3);
    sides->setStretchFactor(1, 2);
    sides->setSizes({3000, 2000});

    auto *rows = new QSplitter(Qt::Vertical, content);
    rows->setChildrenCollapsible(false);
    rows->addWidget(sides);
    rows->addWidget(buildTabs());
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 1);
    rows->setSizes({3000, 1600});

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildHeader());
    contentLayout->addLayout(filterRow);
    contentLayout->addWidget(rows, 1);
    m_stack->insertWidget(ContentPage, content);
    return m_stack;
}

QWidget *SbomPage::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = textLabel(header, true);
    m_title->setObjectName(QStringLiteral("sbomTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setFocusPolicy(Qt::StrongFocus);
    m_format = textLabel(header);
    m_counts = textLabel(header);
    m_verdict = new QToolButton(header);
    m_verdict->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_verdict->setAutoRaise(true);
    m_verdict->setIconSize(QSize(24, 24));
    m_verdict->setToolTip(tr("Show the checks"));
    connect(m_verdict, &QToolButton::clicked, this, [this] { m_tabs->setCurrentIndex(ChecksTab); });

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_format);
    text->addWidget(m_counts);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(text, 1);
    layout->addWidget(m_verdict, 0, Qt::AlignTop);
    return header;
}

QWidget *SbomPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *licences = new QWidget(m_tabs);
    m_licenceTable = table(tr("Licence summary"), m_licenceModel, licences);
    m_licenceTable->setToolTip(tr("Activate a licence to show its components in the tree"));
    m_licenceTable->horizontalHeader()->setStretchLastSection(false);
    m_licenceTable->horizontalHeader()->setSectionResizeMode(LicenceSummaryModel::LicenceColumn, QHeaderView::Stretch);
    connect(m_licenceTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_proxy->setLicenceFilter(SbomFilterProxy::LicenceFilter(index.data(LicenceSummaryModel::FilterRole).toInt()),
                                  index.data(LicenceSummaryModel::LicenceRole).toString());
    });
    auto *licencesLayout = new QVBoxLayout(licences);
    licencesLayout->addWidget(m_licenceTable);
    m_tabs->insertTab(LicencesTab, licences, tr("&Licences"));

    auto *checks = new QWidget(m_tabs);
    m_checksSummary = textLabel(checks, true);
    m_findingsTable = table(tr("Findings"), m_findingsModel, checks);
    QHeaderView *findingsHeader = m_findingsTable->horizontalHeader();
    const int x = m_findingsTable->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    findingsHeader->resizeSection(SbomFindingsModel::SeverityColumn, x * 12);
    findingsHeader->resizeSection(SbomFindingsModel::CodeColumn, x * 26);
    findingsHeader->resizeSection(SbomFindingsModel::RefColumn, x * 24);
    connect(m_findingsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const int node = index.data(SbomFindingsModel::NodeRole).toInt(); node >= 0)
            selectNode(node);
    });
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->addWidget(m_checksSummary);
    checksLayout->addWidget(m_findingsTable, 1);
    m_tabs->insertTab(ChecksTab, checks, tr("&Checks"));

    auto *model = new QWidget(m_tabs);
    m_crossCheckSummary = textLabel(model, true);
    m_crossCheckTable = table(tr("SBOM against the model"), m_crossCheckModel, model);
    QHeaderView *crossHeader = m_crossCheckTable->horizontalHeader();
    int statusWidth = 0;
    for (const CrossCheckStatus status : {CrossCheckStatus::Match, CrossCheckStatus::Mismatch, CrossCheckStatus::NotComparable,
                                          CrossCheckStatus::OnlyInSbom, CrossCheckStatus::OnlyInModel})
        statusWidth = std::max(statusWidth, m_crossCheckTable->fontMetrics().horizontalAdvance(CrossCheckModel::statusText(status)));
    crossHeader->resizeSection(CrossCheckModel::StatusColumn, statusWidth + 48);
    crossHeader->resizeSection(CrossCheckModel::PathColumn, x * 40);
    crossHeader->resizeSection(CrossCheckModel::AlgorithmColumn, x * 10);
    crossHeader->resizeSection(CrossCheckModel::SbomDigestColumn, x * 24);
    connect(m_crossCheckTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const int node = index.data(CrossCheckModel::NodeRole).toInt(); node >= 0)
            selectNode(node);
    });
    auto *modelLayout = new QVBoxLayout(model);
    modelLayout->addWidget(m_crossCheckSummary);
    modelLayout->addWidget(m_crossCheckTable, 1);
    m_tabs->insertTab(ModelTab, model, tr("Against &model"));

    auto *compare = new QWidget(m_tabs);
    m_compareButton = new QPushButton(tr("Compare &with…"), compare);
    m_compareButton->setAccessibleName(tr("Compare with another SBOM"));
    connect(m_compareButton, &QPushButton::clicked, this, &SbomPage::chooseComparison);
    m_diffSummary = textLabel(compare, true);
    m_diffTable = table(tr("Changes from another SBOM"), m_diffModel, compare);
    QHeaderView *diffHeader = m_diffTable->horizontalHeader();
    int changeWidth = 0;
    for (const SbomChangeKind kind : {SbomChangeKind::Added, SbomChangeKind::Removed, SbomChangeKind::VersionChanged,
                                      SbomChangeKind::LicenceChanged, SbomChangeKind::HashChanged})
        changeWidth = std::max(changeWidth, m_diffTable->fontMetrics().horizontalAdvance(SbomDiffModel::kindText(kind)));
    diffHeader->resizeSection(SbomDiffModel::ChangeColumn, changeWidth + 48);
    diffHeader->resizeSection(SbomDiffModel::NameColumn, x * 28);
    diffHeader->resizeSection(SbomDiffModel::WasColumn, x * 24);
    connect(m_diffTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const int node = index.data(SbomDiffModel::BeforeNodeRole).toInt(); node >= 0)
            selectNode(node);
    });
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton);
    compareRow->addWidget(m_diffSummary, 1);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_diffTable, 1);
    m_tabs->insertTab(CompareTab, compare, tr("Com&pare"));
    m_diffSummary->setText(tr("Not compared: choose another SBOM to see what changed."));
    return m_tabs;
}

void SbomPage::addFile(const QString &path, bool show)
{
    if (!m_files.contains(path)) {
        m_files.append(path);
        m_chooser->addItem(QFileInfo(path).fileName());
        m_chooser->setItemData(m_chooser->count() - 1, path, Qt::ToolTipRole);
    } else {
        m_cache.remove(path);  // opened again: read it again
    }
    updateChooser();
    if (show || m_current.isEmpty())
        showFile(path);
}

void SbomPage::clear()
{
    m_loader->abandon();
    m_checker->abandon();
    m_comparer->abandon();
    m_files.clear();
    m_current.clear();
    m_cache.clear();
    m_document.reset();
    m_compareWith.clear();
    m_chooser->clear();
    updateChooser();
    m_model->clear();
    m_detail->setDocument(nullptr, nullptr);
    m_licenceModel->clear();
    m_findingsModel->clear();
    m_crossCheckModel->clear();
    m_diffModel->clear();
    m_diffSummary->setText(tr("Not compared: choose another SBOM to see what changed."));
    startModelCheck();
    setState(State::Empty);
}

QStringList SbomPage::files() const
{
    return m_files;
}

QString SbomPage::currentFile() const
{
    return m_current;
}

bool SbomPage::isLoading() const
{
    return m_loader->isRunning();
}

bool SbomPage::isComparing() const
{
    return m_comparer->isRunning();
}

std::shared_ptr<const SbomDocument> SbomPage::document() const
{
    return m_document;
}

void SbomPage::updateChooser()
{
    m_chooserRow->setVisible(m_files.size() > 1);
    m_chooser->setCurrentIndex(int(m_files.indexOf(m_current)));
}

void SbomPage::showFile(const QString &path)
{
    m_current = path;
    updateChooser();
    m_checker->abandon();
    m_comparer->abandon();
    if (const auto cached = m_cache.value(path)) {
        m_loader->abandon();
        apply(*cached);
        return;
    }
    m_document.reset();
    m_loadingLabel->setText(tr("Reading SBOM…\n%1").arg(QFileInfo(path).fileName()));
    setState(State::Loading);
    m_loader->start(&loadSbom, path);
}

void SbomPage::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Empty: m_stack->setCurrentIndex(EmptyPage); break;
    case State::Loading: m_stack->setCurrentIndex(LoadingPage); break;
    case State::Failed: m_stack->setCurrentIndex(ErrorPage); break;
    case State::Ready: m_stack->setCurrentIndex(ContentPage); break;
    }
}

void SbomPage::onLoaded(const SbomLoad &load)
{
    if (load.path != m_current)
        return;
    if (!load.document) {
        showError(load.path, load.error);
        return;
    }
    auto cached = std::make_shared<const SbomLoad>(load);
    m_cache.insert(load.path, cached);
    apply(*cached);
}

void SbomPage::apply(const SbomLoad &load)
{
    m_document = load.document;
    m_proxy->setLicenceFilter(SbomFilterProxy::LicenceFilter::Any);
    m_model->setDocument(load.document, load.index);
    m_detail->setDocument(load.document, load.index);
    m_licenceModel->setSummary(load.index->licences);
    m_findingsModel->setIndex(load.index);
    fillHeader(load);
    setState(State::Ready);
    // A small document opens fully, with its model (if it names one) selected.
    if (load.document->componentCount() <= kExpandAllLimit)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    const QList<SbomNode> &nodes = load.document->nodes;
    const auto model = std::find_if(nodes.begin(), nodes.end(), [](const SbomNode &n) { return n.kind == SbomNodeKind::Model; });
    selectNode(model != nodes.end() ? int(model - nodes.begin()) : 0);
    startModelCheck();
    m_diffModel->clear();
    if (m_compareWith.isEmpty())
        m_diffSummary->setText(tr("Not compared: choose another SBOM to see what changed."));
    else
        startComparison();
    Q_EMIT loaded(load.path);
}

void SbomPage::showError(const QString &path, const Error &error)
{
    m_document.reset();
    m_model->clear();
    m_detail->setDocument(nullptr, nullptr);
    m_licenceModel->clear();
    m_findingsModel->clear();
    m_crossCheckModel->clear();
    m_diffModel->clear();
    m_errorHeadline->setText(tr("Cannot show the SBOM %1").arg(QFileInfo(path).fileName()));
    m_errorExplanation->setText(error.message);
    m_errorDetail->setText(error.detail);
    m_errorDetail->setVisible(!error.detail.isEmpty());
    if (!error.detail.isEmpty())
        m_errorGuidance->setText(tr("What can be done: check that the file exists and that you may read it, then open it again."));
    else
        m_errorGuidance->setText(
            tr("What can be done: Hallmark reads CycloneDX 1.4–1.7 JSON, SPDX 2.3 JSON and SPDX 3.0.1 JSON-LD. Check that "
               "the file is one of these and complete (XML and tag-value SBOMs are not read), or export the SBOM again "
               "from the tool that made it."));
    setState(State::Failed);
    Q_EMIT loadFailed(path, error.message);
}

void SbomPage::fillHeader(const SbomLoad &load)
{
    const SbomDocument &doc = *load.document;
    const SbomIndex &index = *load.index;
    m_title->setText(doc.name.isEmpty() ? QFileInfo(load.path).fileName() : doc.name);
    QString format = tr("%1 %2").arg(formatName(doc.format), doc.specVersion);
    if (!doc.serialNumber.isEmpty())
        format = tr("%1 · %2").arg(format, doc.serialNumber);
    m_format->setText(format);
    QStringList kinds;
    for (const SbomNodeKind kind : {SbomNodeKind::Model, SbomNodeKind::Dataset, SbomNodeKind::File,
                                    SbomNodeKind::Service, SbomNodeKind::Component, SbomNodeKind::Other})
        if (const int n = index.kindCount(kind))
            kinds << kindCountText(kind, n);
    m_counts->setText(kinds.isEmpty() ? tr("No components.")
                                      : tr("%1 components (%2)").arg(doc.componentCount()).arg(kinds.join(tr(", "))));

    const QString verdict = SbomFindingsModel::verdictText(index.findings);
    const bool clean = passesChecks(index.findings) && countFindings(index.findings, SbomSeverity::Warning) == 0;
    // Structural problems are a warning, never red: red is kept for content that differs from what was signed.
    const VisualCode code = clean ? VisualCode::Neutral : VisualCode::Warning;
    m_verdict->setIcon(verdictIcon(code));
    m_verdict->setText(verdict);
    m_verdict->setAccessibleName(tr("Checks: %1").arg(verdict));
    m_checksSummary->setText(index.findings.isEmpty()
                                 ? verdict
                                 : tr("%1. Activate a finding to select its component.").arg(verdict));
    m_tabs->setTabText(ChecksTab, tr("&Checks (%1)").arg(index.findings.size()));
    m_tabs->setTabText(LicencesTab, tr("&Licences (%1)").arg(index.licences.licences.size()));
}

void SbomPage::setManifest(const std::optional<Manifest> &manifest)
{
    m_manifest = manifest ? std::make_shared<const Manifest>(*manifest) : nullptr;
    startModelCheck();
}

void SbomPage::startModelCheck()
{
    m_checker->abandon();
    m_crossCheckModel->clear();
    m_crossCheckTable->setVisible(m_manifest != nullptr);
    if (!m_manifest) {
        m_crossCheckSummary->setText(tr("Not checked: open a model to compare its files with the SBOM."));
        m_detail->setModelCheck(SbomDetailPane::ModelCheck::NoModel);
        return;
    }
    if (!m_document) {
        m_crossCheckSummary->setText(tr("The model will be checked once the SBOM is read."));
        return;
    }
    m_crossCheckSummary->setText(tr("Checking the SBOM against the model…"));
    m_detail->setModelCheck(SbomDetailPane::ModelCheck::Checking);
    m_checker->start(&checkAgainstModel, m_document, m_manifest);
}

void SbomPage::onModelChecked(const SbomModelCheck &check)
{
    if (check.document != m_document || !check.result)
        return;
    m_crossCheckModel->setResult(check.document, check.result);
    const SbomCrossCheck &result = *check.result;
    const bool differs = result.count(CrossCheckStatus::Mismatch) > 0 || result.count(CrossCheckStatus::OnlyInSbom) > 0
        || result.count(CrossCheckStatus::OnlyInModel) > 0;
    QString headline = tr("The SBOM agrees with the model: %1");
    if (differs)
        headline = tr("The SBOM and the model differ: %1");
    else if (result.count(CrossCheckStatus::NotComparable) > 0)
        headline = tr("No differences, but not every file could be compared: %1");
    m_crossCheckSummary->setText(headline.arg(CrossCheckModel::summary(result)));
    m_detail->setModelCheck(SbomDetailPane::ModelCheck::Checked, check.result, check.entryByNode);
}

void SbomPage::compareWith(const QString &otherPath)
{
    m_compareWith = otherPath;
    m_diffModel->clear();
    if (m_document)
        startComparison();
    else
        m_diffSummary->setText(tr("%1 will be compared once the SBOM is read.").arg(QFileInfo(otherPath).fileName()));
}

void SbomPage::startComparison()
{
    m_diffSummary->setText(tr("Comparing with %1…").arg(QFileInfo(m_compareWith).fileName()));
    m_comparer->start(&compareSbom, m_document, m_compareWith);
}

void SbomPage::onCompared(const SbomComparison &comparison)
{
    if (comparison.before != m_document || comparison.otherPath != m_compareWith)
        return;
    const QString other = QFileInfo(comparison.otherPath).fileName();
    if (!comparison.after) {
        m_diffModel->clear();
        m_diffSummary->setText(tr("Cannot compare with %1: %2").arg(other, comparison.error.message));
    } else {
        m_diffModel->setChanges(comparison.changes);
        m_diffSummary->setText(comparison.changes.isEmpty()
                                   ? tr("No differences from %1.").arg(other)
                                   : tr("From this SBOM to %1: %2").arg(other, SbomDiffModel::summary(comparison.changes)));
    }
    Q_EMIT comparisonReady();
}

void SbomPage::chooseComparison()
{
    auto *dialog = new QFileDialog(this, tr("Compare with SBOM"), QFileInfo(m_current).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("SBOM files (*.json *.jsonld *.cdx.json *.spdx.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &SbomPage::compareWith);
    dialog->open();
}

void SbomPage::selectNode(int node)
{
    QModelIndex source = m_model->indexForNode(node);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_detail->showNode(node);
}

int SbomPage::selectedNode() const
{
    return m_detail->node();
}

void SbomPage::onCurrentChanged(const QModelIndex &current)
{
    // A row hidden by a filter keeps its details on show.
    if (current.isValid())
        m_detail->showNode(m_model->nodeAt(m_proxy->mapToSource(current)));
}

void SbomPage::clearFilters()
{
    m_searchDelay->stop();
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockKind(m_kind);
    m_search->clear();
    m_kind->setCurrentIndex(0);
    m_proxy->clearFilters();
}

void SbomPage::onFiltersChanged()
{
    using LicenceFilter = SbomFilterProxy::LicenceFilter;
    switch (m_proxy->licenceFilter()) {
    case LicenceFilter::Any: break;
    case LicenceFilter::Named: m_licenceChip->setText(tr("Licence: %1").arg(m_proxy->licence())); break;
    case LicenceFilter::Missing: m_licenceChip->setText(tr("Licence: none stated")); break;
    case LicenceFilter::ExplicitlyNone: m_licenceChip->setText(tr("Licence: NONE")); break;
    }
    m_licenceChip->setAccessibleName(tr("Remove the licence filter (%1)").arg(m_licenceChip->text()));
    m_licenceChip->setVisible(m_proxy->licenceFilter() != LicenceFilter::Any);
    if (m_proxy->isFiltering() && countVisibleRows(m_proxy, {}, kExpandAllLimit) <= kExpandAllLimit)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
        m_tree->scrollTo(current);
}

QString SbomPage::headerTitle() const
{
    return m_title->text();
}

QString SbomPage::headerFormat() const
{
    return m_format->text();
}

QString SbomPage::headerCounts() const
{
    return m_counts->text();
}

QString SbomPage::checksVerdict() const
{
    return m_verdict->text();
}

QString SbomPage::errorHeadline() const
{
    return m_errorHeadline->text();
}

QString SbomPage::errorExplanation() const
{
    return m_errorExplanation->text();
}

QString SbomPage::errorGuidance() const
{
    return m_errorGuidance->text();
}

QString SbomPage::crossCheckSummary() const
{
    return m_crossCheckSummary->text();
}

QString SbomPage::diffSummary() const
{
    return m_diffSummary->text();
}

} // namespace hallmark::ui
