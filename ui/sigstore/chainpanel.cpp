#include "sigstore/chainpanel.h"

#include "sigstore/certificatedetailspane.h"
#include "verify/chainmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

ChainPanel::ChainPanel(QWidget *parent)
    : QWidget(parent),
      m_note(new QLabel(this)),
      m_model(new ChainModel(this)),
      m_view(new QTreeView),
      m_details(new CertificateDetailsPane)
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
    m_view->hideColumn(ChainModel::FingerprintColumn);  // the details pane shows it in full
    m_view->header()->setSectionResizeMode(ChainModel::SubjectColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChainModel::RoleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChainModel::StatusColumn, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChainPanel::showSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    clear();
}

void ChainPanel::setChain(const QList<CertificatePtr> &leafFirst, const std::optional<ChainResult> &result,
                          const QDateTime &at, const QString &note)
{
    m_chain = leafFirst;
    m_model->setChain(leafFirst, result, at);
    m_view->expandAll();
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
