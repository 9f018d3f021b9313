#include "mainwindow.h"

#include "common/pathtext.h"
#include "documents/documentsworkflow.h"
#include "hashcontroller.h"
#include "models/filetreemodel.h"
#include "models/filetreeproxy.h"
#include "models/findingsmodel.h"
#include "recentfiles.h"
#include "resources.h"
#include "statuspanel.h"
#include "verify/signaturediscovery.h"
#include "verify/signatureworkflow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

// Trees this small open fully expanded; bigger ones open collapsed.
constexpr int expandAllBelow = 500;

QString settingsKey(const char *key)
{
    return QLatin1String(key);
}

// Messages read best cut at the end; names and digests keep both ends.
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

QString firstLocalPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_controller(new HashController(this)),
      m_treeModel(new FileTreeModel(this)),
      m_proxy(new FileTreeProxy(this)),
      m_findingsModel(new FindingsModel(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_treeModel);

    createActions();
    createCentralArea();
    createFindingsDock();
    createMenus();
    m_signature = new SignatureWorkflow(this);
    m_documents = new DocumentsWorkflow(this);
    connect(m_documents, &DocumentsWorkflow::documentRejected, this, &MainWindow::showRejectedDocument);

    connect(m_controller, &HashController::started, this, &MainWindow::onStarted);
    connect(m_controller, &HashController::progress, m_status, &StatusPanel::setProgress);
    connect(m_controller, &HashController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &HashController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &HashController::cancelled, this, &MainWindow::onCancelled);
    connect(m_status, &StatusPanel::cancelRequested, this, &MainWindow::cancelHashing);

    resize(1280, 800);
    resizeDocks({m_findingsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
    restoreSettings();
    setRunState(RunState::Idle);
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle *s = style();
    m_openFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open"), s->standardIcon(QStyle::SP_DirOpenIcon)),
                               tr("Open &Folder…"), this);
    m_openFolder->setShortcut(QKeySequence::Open);
    m_openFolder->setToolTip(tr("Open a model folder"));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openFile = new QAction(QIcon::fromTheme(QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/open-archive.svg"))),
                             tr("Open File or &Archive…"), this);
    m_openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFile->setToolTip(tr("Open a single model file or an archive"));
    connect(m_openFile, &QAction::triggered, this, &MainWindow::chooseFile);

    m_rehash = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)),
                           tr("&Hash Again"), this);
    m_rehash->setShortcut(QKeySequence::Refresh);
    m_rehash->setToolTip(tr("Read every file again"));
    connect(m_rehash, &QAction::triggered, this, &MainWindow::rehash);

    m_cancel = new QAction(s->standardIcon(QStyle::SP_DialogCancelButton), tr("&Cancel Hashing"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelHashing);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_copyDigest = new QAction(tr("Copy &Digest"), this);
    m_copyDigest->setShortcut(QKeySequence::Copy);
    m_copyDigest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyDigest, &QAction::triggered, this, &MainWindow::copyDigest);
    m_copyPath = new QAction(tr("Copy &Path"), this);
    connect(m_copyPath, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(current.data(FileTreeModel::PathRole).toString());
    });

    auto *serialization = new QActionGroup(this);
    m_filesMode = serialization->addAction(tr("One Digest per &File"));
    m_shardsMode = serialization->addAction(tr("Digests per 1 GB &Shard"));
    auto *algorithm = new QActionGroup(this);
    m_sha256 = algorithm->addAction(tr("SHA-&256"));
    m_blake2b = algorithm->addAction(tr("&BLAKE2b"));
    m_allowSymlinks = new QAction(tr("Allow Symbolic &Links Inside the Model"), this);
    for (QAction *a : {m_filesMode, m_shardsMode, m_sha256, m_blake2b, m_allowSymlinks}) {
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, &MainWindow::optionsChanged);
    }
    m_filesMode->setChecked(true);
    m_sha256->setChecked(true);

    m_verify = new QAction(QIcon::fromTheme(QStringLiteral("document-edit-verify"), QIcon(QStringLiteral(":/icons/signature.svg"))),
                           tr("&Verify…"), this);
    m_verify->setToolTip(tr("Check the model against its signature"));
    connect(m_verify, &QAction::triggered, this, &MainWindow::verifySignature);
    m_sign = new QAction(QIcon::fromTheme(QStringLiteral("document-sign"), QIcon(QStringLiteral(":/icons/sign.svg"))),
                         tr("&Sign…"), this);
    m_sign->setToolTip(tr("Sign the model with your private key"));
    connect(m_sign, &QAction::triggered, this, &MainWindow::signCurrentModel);

    m_openDocuments = new QAction(tr("Open &Attestations or SBOMs…"), this);
    m_openDocuments->setToolTip(tr("Read attestations (Sigstore bundles, DSSE envelopes, in-toto) or SBOMs "
                                   "(CycloneDX, SPDX) about the model"));
    connect(m_openDocuments, &QAction::triggered, this, [this] { m_documents->chooseDocuments(); });
    m_attest = new QAction(tr("&Attest…"), this);
    m_attest->setToolTip(tr("Sign a statement about the model: its provenance, data or evaluation"));
    connect(m_attest, &QAction::triggered, this, [this] { m_documents->openAttestDialog(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFolder);
    file->addAction(m_openFile);
    file->addAction(m_openDocuments);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_quit);
    updateRecentMenu();

    m_optionsMenu = menuBar()->addMenu(tr("&Hashing"));
    m_optionsMenu->addSection(tr("Digests"));
    m_optionsMenu->addAction(m_filesMode);
    m_optionsMenu->addAction(m_shardsMode);
    m_optionsMenu->addSection(tr("Algorithm"));
    m_optionsMenu->addAction(m_sha256);
    m_optionsMenu->addAction(m_blake2b);
    m_optionsMenu->addSection(tr("Contents"));
    m_optionsMenu->addAction(m_allowSymlinks);
    m_optionsMenu->addSeparator();
    m_optionsMenu->addAction(m_rehash);
    m_optionsMenu->addAction(m_cancel);

    QMenu *signature = menuBar()->addMenu(tr("Si&gnature"));
    signature->addAction(m_verify);
    signature->addAction(m_sign);
    signature->addSeparator();
    signature->addAction(m_attest);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openFolder);
    toolbar->addAction(m_openFile);
    toolbar->addSeparator();
    toolbar->addAction(m_rehash);
    toolbar->addSeparator();
    toolbar->addAction(m_verify);
    toolbar->addAction(m_sign);
    auto *options = new QToolButton(toolbar);
    options->setText(tr("Options"));
    options->setIcon(QIcon::fromTheme(QStringLiteral("configure"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    options->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    options->setPopupMode(QToolButton::InstantPopup);
    options->setMenu(m_optionsMenu);
    options->setToolTip(tr("Hashing options"));
    options->setAccessibleName(tr("Hashing options"));
    toolbar->addWidget(options);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(toolbar->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Expand All"), m_tree, &QTreeView::expandAll);
    view->addAction(tr("&Collapse All"), m_tree, &QTreeView::collapseAll);
    QAction *find = view->addAction(tr("&Filter Files"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hallmark"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_bannerSlot = new QVBoxLayout;
    m_bannerSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bannerSlot);

    m_status = new StatusPanel(central);
    layout->addWidget(m_status);

    auto *treePane = new QWidget(central);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(treePane);
    m_filter->setPlaceholderText(tr("Filter by path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter files by path"));
    m_problemsOnly = new QCheckBox(tr("Only files with &problems or ignore rules"), treePane);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_problemsOnly);
    treeLayout->addLayout(filterRow);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_proxy->setFilterFixedString(m_filter->text()); });
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &FileTreeProxy::setProblemsOnly);

    m_tree = new QTreeView(treePane);
    m_tree->setObjectName(QStringLiteral("fileTree"));
    m_tree->setAccessibleName(tr("Model files"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->addAction(m_copyDigest);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(FileTreeModel::NameColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 40);
    header->resizeSection(FileTreeModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("1,023.9 MiB")) + 24);
    header->resizeSection(FileTreeModel::DigestColumn, fixed.horizontalAdvance(QString(64, QLatin1Char('0'))) + 16);
    header->resizeSection(FileTreeModel::StateColumn,
                          metrics.horizontalAdvance(tr("Not trustworthy")) + style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    m_tree->setItemDelegateForColumn(FileTreeModel::FindingsColumn, new ElideRightDelegate(m_tree));
    m_treePlaceholder = new QLabel(treePane);
    m_treePlaceholder->setAlignment(Qt::AlignCenter);
    m_treePlaceholder->setWordWrap(true);
    m_treePlaceholder->setFrameShape(QFrame::StyledPanel);
    m_treePlaceholder->setBackgroundRole(QPalette::Base);
    m_treePlaceholder->setAutoFillBackground(true);
    m_treeStack = new QStackedWidget(treePane);
    m_treeStack->addWidget(m_treePlaceholder);
    m_treeStack->addWidget(m_tree);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateTreePlaceholder);
    treeLayout->addWidget(m_treeStack, 1);

    m_details = new QTabWidget(central);
    m_details->setAccessibleName(tr("Details"));
    m_details->setDocumentMode(true);
    m_details->hide();

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(treePane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createFindingsDock()
{
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsView = new QTableView(m_findingsDock);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->setWordWrap(false);
    m_findingsView->setTextElideMode(Qt::ElideMiddle);
    m_findingsView->setShowGrid(false);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::SeverityColumn,
                                                     m_findingsView->fontMetrics().horizontalAdvance(tr("Information")) + 48);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::PathColumn,
                                                     m_findingsView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_findingsView->setItemDelegateForColumn(FindingsModel::MessageColumn, new ElideRightDelegate(m_findingsView));
    connect(m_findingsView, &QTableView::activated, this, &MainWindow::activateFinding);
    auto *none = new QLabel(tr("No findings."), m_findingsDock);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    m_findingsStack = new QStackedWidget(m_findingsDock);
    m_findingsStack->addWidget(none);
    m_findingsStack->addWidget(m_findingsView);
    m_findingsDock->setWidget(m_findingsStack);
    connect(m_findingsModel, &QAbstractItemModel::modelReset, m_findingsStack, [this, none] {
        const bool any = m_findingsModel->rowCount() > 0;
        none->setText(m_report ? tr("No findings: every file could be read and nothing in the model looks unsafe.")
                               : tr("No findings."));
        m_findingsStack->setCurrentIndex(any ? 1 : 0);
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(settingsKey("window/geometry")).toByteArray());
    restoreState(settings.value(settingsKey("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(settingsKey("window/splitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(settingsKey("window/treeHeader")).toByteArray());

    const bool shards = settings.value(settingsKey("hashing/shards"), false).toBool();
    (shards ? m_shardsMode : m_filesMode)->setChecked(true);
    const bool blake = settings.value(settingsKey("hashing/algorithm")).toString() == algorithmName(HashAlgorithm::Blake2b);
    (blake ? m_blake2b : m_sha256)->setChecked(true);
    m_allowSymlinks->setChecked(settings.value(settingsKey("hashing/allowSymlinks"), false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("window/geometry"), saveGeometry());
    settings.setValue(settingsKey("window/state"), saveState());
    settings.setValue(settingsKey("window/splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("window/treeHeader"), m_tree->header()->saveState());
    settings.setValue(settingsKey("hashing/shards"), m_shardsMode->isChecked());
    settings.setValue(settingsKey("hashing/algorithm"), algorithmName(hashOptions().algorithm));
    settings.setValue(settingsKey("hashing/allowSymlinks"), m_allowSymlinks->isChecked());
}

SourceOptions MainWindow::sourceOptions() const
{
    SourceOptions options;
    options.allowSymlinks = m_allowSymlinks->isChecked();
    // A signature inside the model is not model content, as for `sign` and `verify`.
    if (!m_path.isEmpty())
        options.signatureFile = findSignature(m_path);
    return options;
}

HashOptions MainWindow::hashOptions() const
{
    HashOptions options;
    options.serialization = m_shardsMode->isChecked() ? Serialization::Shards : Serialization::Files;
    options.algorithm = m_blake2b->isChecked() ? HashAlgorithm::Blake2b : HashAlgorithm::Sha256;
    return options;
}

void MainWindow::setSerialization(Serialization serialization)
{
    (serialization == Serialization::Shards ? m_shardsMode : m_filesMode)->setChecked(true);
    optionsChanged();
}

void MainWindow::setAlgorithm(HashAlgorithm algorithm)
{
    (algorithm == HashAlgorithm::Blake2b ? m_blake2b : m_sha256)->setChecked(true);
    optionsChanged();
}

void MainWindow::setAllowSymlinks(bool allow)
{
    m_allowSymlinks->setChecked(allow);
    optionsChanged();
}

void MainWindow::optionsChanged()
{
    saveSettings();
    if (!m_path.isEmpty())
        rehash();
}

void MainWindow::openPath(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_path = info.exists() ? info.absoluteFilePath() : path;
    if (info.exists()) {
        RecentFiles::add(m_path);
        updateRecentMenu();
    }
    m_signature->modelOpened(m_path);
    m_documents->modelOpened(m_path);
    rehash();
}

void MainWindow::rehash()
{
    if (m_path.isEmpty())
        return;
    m_controller->start(m_path, sourceOptions(), hashOptions());
}

void MainWindow::cancelHashing()
{
    if (!m_controller->isRunning())
        return;
    m_controller->cancel();
    m_status->showCancelling();
}

void MainWindow::onStarted(const QString &path)
{
    m_report.reset();
    m_treeModel->clear();
    m_findingsModel->clear();
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_status->showRunning(path);
    setRunState(RunState::Running);
    updateWindowTitle();
}

void MainWindow::onFinished(const HashReportPtr &report)
{
    m_report = report;
    m_treeModel->setReport(report);
    m_findingsModel->setReport(report);
    const int findings = int(report->findings.size());
    m_findingsDock->setWindowTitle(findings ? tr("Findings (%1)").arg(findings) : tr("Findings"));
    if (findings)
        m_findingsDock->show();
    if (report->tree.byPath.size() < expandAllBelow)
        m_tree->expandAll();
    m_status->showReport(*report);
    setRunState(RunState::Finished);
    updateWindowTitle();
    m_documents->reportReady(report);
    Q_EMIT reportReady(report);
}

void MainWindow::onFailed(const QString &message, const QString &detail)
{
    m_status->showFailed(m_path, message, detail);
    setRunState(RunState::Failed);
}

void MainWindow::onCancelled()
{
    m_report.reset();
    m_treeModel->clear();
    m_findingsModel->clear();
    m_status->showCancelled();
    setRunState(RunState::Cancelled);
}

void MainWindow::setRunState(RunState state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool running = state == RunState::Running;
    m_cancel->setEnabled(running);
    m_rehash->setEnabled(!m_path.isEmpty());
    m_verify->setEnabled(!m_path.isEmpty());
    m_attest->setEnabled(!m_path.isEmpty());
    updateTreePlaceholder();
    if (changed)
        Q_EMIT runStateChanged(state);
}

void MainWindow::updateTreePlaceholder()
{
    const bool rows = m_treeModel->rowCount() > 0;
    m_treeStack->setCurrentWidget(rows ? static_cast<QWidget *>(m_tree) : m_treePlaceholder);
    switch (m_state) {
    case RunState::Idle:
        m_treePlaceholder->setText(tr("Drop a model folder, model file or archive here, or use Open Folder…"));
        break;
    case RunState::Running:
        m_treePlaceholder->setText(tr("The files and their digests appear here once every file has been read."));
        break;
    case RunState::Cancelled:
        m_treePlaceholder->setText(tr("No results: hashing was cancelled. Use Hash Again to start over."));
        break;
    case RunState::Failed:
        m_treePlaceholder->setText(tr("No results: the model could not be read."));
        break;
    case RunState::Finished:
        m_treePlaceholder->setText(tr("The model contains no files."));
        break;
    }
}

void MainWindow::updateWindowTitle()
{
    if (m_path.isEmpty()) {
        setWindowTitle(tr("Hallmark"));
        return;
    }
    const QString name = QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1 — Hallmark").arg(escapedName((name.isEmpty() ? m_path : name).toUtf8())));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::load();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QString label = escapedName(QDir::toNativeSeparators(path).toUtf8());
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : label);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Open Model Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openPath);
    dialog->open();
}

void MainWindow::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Open Model File or Archive"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.zip)"), tr("All files (*)")});
    dialog->selectNameFilter(tr("All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openPath);
    dialog->open();
}

bool MainWindow::selectPath(const QString &path)
{
    const QModelIndex source = m_treeModel->indexForPath(path);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filterDelay->stop();
        m_filter->clear();
        m_problemsOnly->setChecked(false);
        m_proxy->setFilterFixedString(QString());
        proxy = m_proxy->mapFromSource(source);
        if (!proxy.isValid())
            return false;
    }
    m_tree->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    m_tree->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MainWindow::activateFinding(const QModelIndex &index)
{
    const QString path = index.siblingAtColumn(0).data(FindingsModel::PathRole).toString();
    if (!path.isEmpty() && selectPath(path))
        m_tree->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_copyDigest->setEnabled(!index.data(FileTreeModel::DigestRole).toString().isEmpty());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyDigest);
    menu->addAction(m_copyPath);
    connect(menu, &QMenu::aboutToHide, m_copyDigest, [this] { m_copyDigest->setEnabled(true); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::copyDigest()
{
    const QString digest = m_tree->currentIndex().data(FileTreeModel::DigestRole).toString();
    if (!digest.isEmpty())
        QApplication::clipboard()->setText(digest);
}

void MainWindow::setBanner(QWidget *banner)
{
    if (m_banner)
        m_banner->deleteLater();
    m_banner = banner;
    if (banner)
        m_bannerSlot->addWidget(banner);
}

int MainWindow::addDetailsPage(QWidget *page, const QString &title)
{
    const int index = m_details->addTab(page, title);
    m_details->show();
    return index;
}

void MainWindow::removeDetailsPage(QWidget *page)
{
    const int index = m_details->indexOf(page);
    if (index < 0)
        return;
    m_details->removeTab(index);
    page->setParent(nullptr);
    if (m_details->count() == 0)
        m_details->hide();
}

void MainWindow::verifySignature()
{
    if (!m_path.isEmpty())
        m_signature->openVerifyDialog();
}

void MainWindow::signCurrentModel()
{
    m_signature->openSignDialog();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Hallmark"),
                                tr("Hallmark %1\n\nChecks whether a machine-learning model is the one its publisher "
                                   "signed.")
                                    .arg(QStringLiteral(HALLMARK_VERSION)),
                                QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_controller->cancel();
    m_signature->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // A file may be an attestation or SBOM about the open model, told by its content.
    if (QFileInfo(path).isDir())
        openPath(path);
    else
        m_documents->openDroppedFile(path);
}

void MainWindow::showRejectedDocument(const QString &path, const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not an Attestation or SBOM"),
                                tr("Hallmark cannot read \"%1\" as an attestation or SBOM.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Close, this);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hallmark::ui
