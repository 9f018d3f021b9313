#include "sigstore/chainpanel.h"

#include "sigstore/certificatedetailspane.h"
#include "verify/chainmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

ChainPanel::ChainPanel(QWidget *parent)
    : QWidget(parent),
      m_note(new QLabel(this)),
      m_model(new ChainModel(this)),
      m_view(new QTreeView),
      m_details(new CertificateDetailsPane),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("sigstoreChain"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Certificate chain"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setItemsExpandable(false);
    // The details pane shows validity and the full fingerprint.
    m_view->hideColumn(ChainModel::ValidUntilColumn);
    m_view->hideColumn(ChainModel::FingerprintColumn);
    m_view->header()->setSectionResizeMode(ChainModel::SubjectColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChainModel::StatusColumn, QHeaderView::ResizeToContents);
    // Status before role: in a narrow pane the status must stay visible.
    m_view->header()->moveSection(m_view->header()->visualIndex(ChainModel::StatusColumn), 1);
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChainPanel::showSelected);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_splitter, 1);
    clear();
}

void ChainPanel::setChain(const QList<CertificatePtr> &leafFirst, const std::optional<ChainResult> &result,
                          const QDateTime &at, const QString &note)
{
    m_chain = leafFirst;
    m_model->setChain(leafFirst, result, at);
    m_view->expandAll();
    // The tree gets the height of its rows (a chain is short), the details the rest.
    const int rows = qMax(3, int(leafFirst.size()) + (m_model->hasPlaceholder() ? 1 : 0));
    const int treeHeight = m_view->header()->sizeHint().height() + rows * (m_view->fontMetrics().height() + 8)
                           + 2 * m_view->frameWidth() + m_view->horizontalScrollBar()->sizeHint().height();
    m_splitter->setSizes({treeHeight, qMax(m_splitter->height() - treeHeight, treeHeight * 3)});
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (leafFirst.isEmpty()) {
        m_details->showMessage(tr("The signature carries no certificate chain."));
        return;
    }
    // Select the signing certificate: the deepest row.
    QModelIndex leaf = m_model->index(0, 0);
    while (m_model->rowCount(leaf) > 0)
        leaf = m_model->index(0, 0, leaf);
    m_view->setCurrentIndex(leaf);
    showSelected();
}

void ChainPanel::clear()
{
    setChain({}, std::nullopt, QDateTime::currentDateTimeUtc());
}

QString ChainPanel::noteText() const
{
    return m_note->text();
}

void ChainPanel::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->showMessage(tr("Select a certificate in the chain to see its details."));
        return;
    }
    if (current.data(ChainModel::IsPlaceholderRole).toBool()) {
        m_details->showMessage(current.siblingAtColumn(ChainModel::SubjectColumn).data().toString());
        return;
    }
    const QString fingerprint = current.data(ChainModel::FingerprintRole).toString();
    for (const CertificatePtr &c : m_chain)
        if (c->fingerprint() == fingerprint) {
            m_details->setCertificate(c);
            return;
        }
}

} // namespace hallmark::ui
