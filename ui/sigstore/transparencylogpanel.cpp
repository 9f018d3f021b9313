#include "sigstore/transparencylogpanel.h"

#include "sigstore/outcome.h"
#include "sigstore/transparencylogmodel.h"
#include "sigstore/wrapdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

TransparencyLogPanel::TransparencyLogPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_model(new TransparencyLogModel(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("sigstoreLog"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Transparency log entries"));
    WrapDelegate::install(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(TransparencyLogModel::ItemColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TransparencyLogModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    clear();
}

void TransparencyLogPanel::setResult(const sigstore::SigstoreResult &result)
{
    m_model->setEntries(result.logs);
    m_view->expandAll();
    const sigstore::VerificationStep *threshold = result.step(QStringLiteral("log-threshold"));
    if (result.logs.isEmpty())
        m_summary->setText(tr("The signature carries no transparency log entry."));
    else if (threshold && !threshold->reason.isEmpty())
        m_summary->setText(tr("%1: %2").arg(outcomeText(threshold->outcome), threshold->reason));
    else
        m_summary->setText(tr("%n transparency log entry(s).", nullptr, int(result.logs.size())));
}

void TransparencyLogPanel::clear()
{
    m_model->clear();
    m_summary->setText(tr("No Sigstore verification yet."));
}

QString TransparencyLogPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace hallmark::ui
