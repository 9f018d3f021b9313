#include "sigstore/checklistpanel.h"

#include "sigstore/checklistmodel.h"
#include "sigstore/outcome.h"
#include "sigstore/wrapdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

using sigstore::StepOutcome;

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_root(new QLabel(this)),
      m_model(new VerificationChecklistModel(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("sigstoreChecks"));
    for (QLabel *label : {m_summary, m_root}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAccessibleName(tr("Verification summary"));
    m_root->setForegroundRole(QPalette::PlaceholderText);
    m_root->setAccessibleName(tr("Trusted root"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    WrapDelegate::install(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Verification checks"));
    m_view->header()->setSectionResizeMode(VerificationChecklistModel::StepColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(VerificationChecklistModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_root);
    layout->addWidget(m_view, 1);
    clear();
}

QString ChecklistPanel::summaryFor(const sigstore::SigstoreResult &result)
{
    int passed = 0;
    int skipped = 0;
    for (const sigstore::VerificationStep &s : result.steps) {
        passed += s.outcome == StepOutcome::Passed;
        skipped += s.outcome == StepOutcome::Skipped;
    }
    if (result.verified)
        return skipped == 0 ? tr("All %n check(s) passed.", nullptr, passed)
                            : tr("%1 of %2 checks passed; %3 skipped (see why below).")
                                  .arg(passed)
                                  .arg(result.steps.size())
                                  .arg(skipped);
    const sigstore::VerificationStep *failed = result.step(result.failedStep);
    const QString title = failed ? failed->title : result.failedStep;
    if (result.unsupported)
        return tr("Cannot be checked here: %1 – %2").arg(title, result.failure);
    return tr("Failed: %1 – %2").arg(title, result.failure);
}

void ChecklistPanel::setResult(const sigstore::SigstoreResult &result)
{
    m_summary->setText(summaryFor(result));
    m_root->setText(result.trustedRoot.isEmpty() ? QString() : tr("Trusted root: %1").arg(result.trustedRoot));
    m_root->setVisible(!result.trustedRoot.isEmpty());
    m_model->setSteps(result.steps);
}

void ChecklistPanel::clear()
{
    m_summary->setText(tr("No Sigstore verification yet."));
    m_root->hide();
    m_model->clear();
}

QString ChecklistPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace hallmark::ui
