#include "sigstore/sigstorepages.h"

#include "mainwindow.h"
#include "sigstore/chainpanel.h"
#include "sigstore/checklistpanel.h"
#include "sigstore/timestampspanel.h"
#include "sigstore/transparencylogpanel.h"

#include <QLocale>
#include <QTabWidget>

namespace hallmark::ui {

using sigstore::StepOutcome;

SigstorePages::SigstorePages(MainWindow *window)
    : QObject(window),
      m_window(window),
      m_chain(new ChainPanel),
      m_log(new TransparencyLogPanel),
      m_timestamps(new TimestampsPanel),
      m_checks(new ChecklistPanel)
{
}

SigstorePages::~SigstorePages()
{
    // Pages not currently in the tab widget have no parent.
    for (QWidget *page : pages())
        if (page && !page->parent())
            delete page;
}

ChainPanel *SigstorePages::chainPanel() const
{
    return m_chain;
}

TransparencyLogPanel *SigstorePages::logPanel() const
{
    return m_log;
}

TimestampsPanel *SigstorePages::timestampsPanel() const
{
    return m_timestamps;
}

ChecklistPanel *SigstorePages::checklistPanel() const
{
    return m_checks;
}

QList<QWidget *> SigstorePages::pages() const
{
    return {m_chain.data(), m_log.data(), m_timestamps.data(), m_checks.data()};
}

std::optional<ChainResult> SigstorePages::chainResult(const sigstore::SigstoreResult &result)
{
    const sigstore::VerificationStep *step = result.step(QStringLiteral("certificate-chain"));
    if (!step || step->outcome == StepOutcome::Skipped || step->outcome == StepOutcome::Unsupported)
        return std::nullopt;
    ChainResult r;
    r.status = step->outcome == StepOutcome::Passed ? ChainStatus::Trusted : ChainStatus::NoPathToAnchor;
    r.path = result.chain;
    r.reason = step->reason;
    return r;
}

QDateTime SigstorePages::chainTime(const sigstore::SigstoreResult &result)
{
    QDateTime earliest;
    for (const sigstore::TimestampReport &t : result.timestamps)
        if (t.verified && t.time.isValid() && (!earliest.isValid() || t.time < earliest))
            earliest = t.time;
    if (!earliest.isValid() && !result.chain.isEmpty())
        earliest = result.chain.constFirst()->notBefore();
    return earliest.isValid() ? earliest : QDateTime::currentDateTimeUtc();
}

void SigstorePages::setResult(const sigstore::SigstoreResult &result)
{
    const QDateTime at = chainTime(result);
    QString note;
    if (result.keyless && !result.chain.isEmpty())
        note = tr("Validity is judged at the signing time, %1: Fulcio certificates live only minutes.")
                   .arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    else if (result.chain.isEmpty())
        note = result.keyless ? tr("The chain was not established: %1").arg(result.failure)
                              : tr("Signed with a key, not a certificate: there is no chain.");
    m_chain->setChain(result.chain, chainResult(result), at, note);
    m_log->setResult(result);
    m_timestamps->setResult(result);
    m_checks->setResult(result);

    QTabWidget *tabs = m_window->detailsTabs();
    const QStringList titles = {tr("Chain"), tr("Log"), tr("Timestamps"), tr("Checks")};
    const QList<QWidget *> all = pages();
    for (int i = 0; i < all.size(); ++i)
        if (tabs->indexOf(all.at(i)) < 0)
            m_window->addDetailsPage(all.at(i), titles.at(i));
}

void SigstorePages::clear()
{
    for (QWidget *page : pages())
        m_window->removeDetailsPage(page);
    m_chain->clear();
    m_log->clear();
    m_timestamps->clear();
    m_checks->clear();
}

bool SigstorePages::isShown() const
{
    return m_window->detailsTabs()->indexOf(m_checks) >= 0;
}

} // namespace hallmark::ui
