#include "sigstore/timestampspanel.h"

#include "sigstore/outcome.h"
#include "sigstore/timestampsmodel.h"
#include "sigstore/wrapdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

TimestampsPanel::TimestampsPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_model(new TimestampsModel(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("sigstoreTimestamps"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Signing time sources"));
    WrapDelegate::install(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(TimestampsModel::ItemColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TimestampsModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    clear();
}

void TimestampsPanel::setResult(const sigstore::SigstoreResult &result)
{
    m_model->setTimestamps(result.timestamps);
    m_view->expandAll();
    const sigstore::VerificationStep *observer = result.step(QStringLiteral("observer-time"));
    if (result.timestamps.isEmpty())
        m_summary->setText(tr("No trusted time: the signature carries no verified timestamp or log entry time."));
    else if (observer && !observer->reason.isEmpty())
        m_summary->setText(tr("%1: %2").arg(outcomeText(observer->outcome), observer->reason));
    else
        m_summary->setText(tr("%n time source(s).", nullptr, int(result.timestamps.size())));
}

void TimestampsPanel::clear()
{
    m_model->clear();
    m_summary->setText(tr("No Sigstore verification yet."));
}

QString TimestampsPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace hallmark::ui
