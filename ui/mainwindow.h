#pragma once

#include "hashing/hashoptions.h"
#include "hashreport.h"
#include "source/sourceoptions.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace hallmark::ui {

class DocumentsWorkflow;
class FileTreeModel;
class FileTreeProxy;
class FindingsModel;
class HashController;
class SignatureWorkflow;
class StatusPanel;

// The main window: opens a model (menu, toolbar, drop, command line), hashes
// it in the background and shows files, findings and the summary.
//
// Layout, top to bottom: banner slot (empty for now), status panel, then a
// splitter with the file tree on the left and a details tab area on the
// right (hidden until a page is added); findings dock at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class RunState { Idle, Running, Finished, Failed, Cancelled };
    Q_ENUM(RunState)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a model folder, single file or archive and starts hashing it.
    void openPath(const QString &path);
    void rehash();
    void cancelHashing();

    RunState runState() const { return m_state; }
    QString currentPath() const { return m_path; }
    HashReportPtr currentReport() const { return m_report; }

    SourceOptions sourceOptions() const;
    HashOptions hashOptions() const;
    // Changing options re-hashes the open model.
    void setSerialization(Serialization serialization);
    void setAlgorithm(HashAlgorithm algorithm);
    void setAllowSymlinks(bool allow);

    // Selects the row of `path` (an escaped display path as findings carry
    // it), clearing filters that hide it. False when the model has no such row.
    bool selectPath(const QString &path);

    // Places for what later features show.
    void setBanner(QWidget *banner);  // above the status panel; nullptr removes it
    int addDetailsPage(QWidget *page, const QString &title);
    // Takes a page out of the tabs; the caller owns it again.
    void removeDetailsPage(QWidget *page);
    QTabWidget *detailsTabs() const { return m_details; }

    // Signatures: Verify… and Sign… (Signature menu, toolbar), the verdict
    // banner and the Signer / Files vs. Signature pages.
    SignatureWorkflow *signatureWorkflow() const { return m_signature; }
    void verifySignature();
    void signCurrentModel();
    QAction *verifyAction() const { return m_verify; }
    QAction *signAction() const { return m_sign; }

    // Attestations and SBOMs: discovery, the Attestations and SBOM pages, Attest….
    DocumentsWorkflow *documentsWorkflow() const { return m_documents; }
    QAction *openDocumentsAction() const { return m_openDocuments; }
    QAction *attestAction() const { return m_attest; }

    HashController *controller() const { return m_controller; }
    StatusPanel *statusPanel() const { return m_status; }
    FileTreeModel *fileTreeModel() const { return m_treeModel; }
    FileTreeProxy *fileTreeProxy() const { return m_proxy; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QTreeView *fileTreeView() const { return m_tree; }
    QTableView *findingsView() const { return m_findingsView; }
    QLineEdit *filterEdit() const { return m_filter; }
    QDockWidget *findingsDock() const { return m_findingsDock; }
    QMenu *recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    void runStateChanged(hallmark::ui::MainWindow::RunState state);
    void reportReady(const hallmark::ui::HashReportPtr &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createFindingsDock();
    void restoreSettings();
    void saveSettings() const;
    void setRunState(RunState state);
    void updateRecentMenu();
    void updateWindowTitle();
    void updateTreePlaceholder();
    void chooseFolder();
    void chooseFile();
    void onStarted(const QString &path);
    void onFinished(const HashReportPtr &report);
    void onFailed(const QString &message, const QString &detail);
    void onCancelled();
    void activateFinding(const QModelIndex &index);
    void showTreeMenu(const QPoint &pos);
    void copyDigest();
    void optionsChanged();
    void showAbout();
    void showRejectedDocument(const QString &path, const QString &reason);

    HashController *m_controller;
    FileTreeModel *m_treeModel;
    FileTreeProxy *m_proxy;
    FindingsModel *m_findingsModel;
    StatusPanel *m_status = nullptr;
    QVBoxLayout *m_bannerSlot = nullptr;
    QWidget *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTabWidget *m_details = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QTableView *m_findingsView = nullptr;
    QStackedWidget *m_findingsStack = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QLabel *m_treePlaceholder = nullptr;

    QAction *m_openFolder = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_rehash = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copyDigest = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_filesMode = nullptr;
    QAction *m_shardsMode = nullptr;
    QAction *m_sha256 = nullptr;
    QAction *m_blake2b = nullptr;
    QAction *m_allowSymlinks = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_sign = nullptr;
    SignatureWorkflow *m_signature = nullptr;
    DocumentsWorkflow *m_documents = nullptr;
    QAction *m_openDocuments = nullptr;
    QAction *m_attest = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_optionsMenu = nullptr;

    RunState m_state = RunState::Idle;
    QString m_path;
    HashReportPtr m_report;
};

} // namespace hallmark::ui
