#pragma once

#include "manifest/manifest.h"
#include "sbom/sbomdocument.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace hallmark::ui {

class CrossCheckModel;
class LicenceSummaryModel;
class SbomDetailPane;
class SbomDiffModel;
class SbomFilterProxy;
class SbomFindingsModel;
class SbomTreeModel;
struct SbomComparison;
struct SbomLoad;
struct SbomModelCheck;
template <typename T>
class JobRunner;

// The SBOM page: a header with format, counts and the checks verdict; a
// searchable tree beside the selected node's details; and tabs for
// licences, checks, the open model and a comparison. Reading, checking and
// indexing run on workers; a newer request supersedes an older one.
class SbomPage : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Failed, Ready };
    Q_ENUM(State)

    explicit SbomPage(QWidget *parent = nullptr);
    ~SbomPage() override;

    // Adds to the chooser; loads on a worker when shown. The first file is always shown.
    void addFile(const QString &path, bool show = true);
    void clear();                                         // no documents
    void setManifest(const std::optional<hallmark::Manifest> &manifest);  // for "Against model"; nullopt clears
    void compareWith(const QString &otherPath);           // loads on a worker, fills the Compare tab
    QStringList files() const;
    QString currentFile() const;
    bool isLoading() const;
    std::shared_ptr<const hallmark::SbomDocument> document() const;  // null until loaded

    // Selects the node in the tree, clearing the filters if they hide it.
    void selectNode(int node);
    int selectedNode() const;

    State state() const { return m_state; }
    bool isComparing() const;
    QString headerTitle() const;
    QString headerFormat() const;
    QString headerCounts() const;
    QString checksVerdict() const;
    QString errorHeadline() const;
    QString errorExplanation() const;
    QString errorGuidance() const;
    QString crossCheckSummary() const;
    QString diffSummary() const;

    QTreeView *treeView() const { return m_tree; }
    SbomFilterProxy *proxy() const { return m_proxy; }
    SbomTreeModel *treeModel() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *documentChooser() const { return m_chooser; }
    QToolButton *licenceFilterButton() const { return m_licenceChip; }
    SbomDetailPane *detailPane() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    LicenceSummaryModel *licenceModel() const { return m_licenceModel; }
    QTableView *licenceTable() const { return m_licenceTable; }
    SbomFindingsModel *findingsModel() const { return m_findingsModel; }
    QTableView *findingsTable() const { return m_findingsTable; }
    CrossCheckModel *crossCheckModel() const { return m_crossCheckModel; }
    QTableView *crossCheckTable() const { return m_crossCheckTable; }
    SbomDiffModel *diffModel() const { return m_diffModel; }
    QTableView *diffTable() const { return m_diffTable; }
    QPushButton *compareButton() const { return m_compareButton; }

Q_SIGNALS:
    void loaded(const QString &path);  // document ready
    void loadFailed(const QString &path, const QString &message);
    void comparisonReady();            // the Compare tab shows the changes, or why there are none

private:
    QWidget *buildHeader();
    QWidget *buildTabs();
    QWidget *buildStatePages();
    void showFile(const QString &path);
    void setState(State state);
    void onLoaded(const SbomLoad &load);
    void apply(const SbomLoad &load);
    void showError(const QString &path, const Error &error);
    void fillHeader(const SbomLoad &load);
    void startModelCheck();
    void onModelChecked(const SbomModelCheck &check);
    void startComparison();
    void onCompared(const SbomComparison &comparison);
    void chooseComparison();
    void onCurrentChanged(const QModelIndex &current);
    void onFiltersChanged();
    void clearFilters();
    void updateChooser();

    State m_state = State::Empty;
    QStringList m_files;
    QString m_current;
    QHash<QString, std::shared_ptr<const SbomLoad>> m_cache;
    std::shared_ptr<const SbomDocument> m_document;
    std::shared_ptr<const Manifest> m_manifest;
    QString m_compareWith;

    SbomTreeModel *m_model;
    SbomFilterProxy *m_proxy;
    LicenceSummaryModel *m_licenceModel;
    SbomFindingsModel *m_findingsModel;
    CrossCheckModel *m_crossCheckModel;
    SbomDiffModel *m_diffModel;

    QWidget *m_chooserRow = nullptr;
    QComboBox *m_chooser = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_errorHeadline = nullptr;
    QLabel *m_errorExplanation = nullptr;
    QLabel *m_errorDetail = nullptr;
    QLabel *m_errorGuidance = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_counts = nullptr;
    QToolButton *m_verdict = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_kind = nullptr;
    QToolButton *m_licenceChip = nullptr;
    QTreeView *m_tree = nullptr;
    SbomDetailPane *m_detail = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_checksSummary = nullptr;
    QTableView *m_licenceTable = nullptr;
    QTableView *m_findingsTable = nullptr;
    QLabel *m_crossCheckSummary = nullptr;
    QTableView *m_crossCheckTable = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_diffSummary = nullptr;
    QTableView *m_diffTable = nullptr;

    std::unique_ptr<JobRunner<SbomLoad>> m_loader;
    std::unique_ptr<JobRunner<SbomModelCheck>> m_checker;
    std::unique_ptr<JobRunner<SbomComparison>> m_comparer;
};

} // namespace hallmark::ui
