#pragma once

#include "crypto/chain.h"
#include "sigstore/sigstoreresult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace hallmark::ui {

class ChainPanel;
class ChecklistPanel;
class MainWindow;
class TimestampsPanel;
class TransparencyLogPanel;

// The Sigstore result pages of the main window's details tabs: Chain, Log,
// Timestamps and Checks. Shown while a Sigstore result is, removed otherwise.
class SigstorePages : public QObject
{
    Q_OBJECT

public:
    explicit SigstorePages(MainWindow *window);
    ~SigstorePages() override;

    void setResult(const sigstore::SigstoreResult &result);
    void clear();  // removes the pages
    bool isShown() const;

    ChainPanel *chainPanel() const;
    TransparencyLogPanel *logPanel() const;
    TimestampsPanel *timestampsPanel() const;
    ChecklistPanel *checklistPanel() const;
    QList<QWidget *> pages() const;

    // How the chain was judged, for the chain tree: the step's outcome as a
    // ChainResult, and the time it was checked at (the earliest trusted time).
    static std::optional<ChainResult> chainResult(const sigstore::SigstoreResult &result);
    static QDateTime chainTime(const sigstore::SigstoreResult &result);

private:
    MainWindow *m_window;
    // Owned by the tab widget while shown, else by us.
    QPointer<ChainPanel> m_chain;
    QPointer<TransparencyLogPanel> m_log;
    QPointer<TimestampsPanel> m_timestamps;
    QPointer<ChecklistPanel> m_checks;
};

} // namespace hallmark::ui
