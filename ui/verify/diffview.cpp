#include "verify/diffview.h"

#include "verify/diffmodel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hallmark::ui {

DiffView::DiffView(QWidget *parent)
    : QWidget(parent),
      m_model(new DiffModel(this)),
      m_proxy(new DiffFilterProxy(this)),
      m_summary(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_showUnchanged(new QCheckBox(tr("Show &unchanged"), this)),
      m_showIgnored(new QCheckBox(tr("Show i&gnored"), this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of differences"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_filter->setPlaceholderText(tr("Filter by path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter differences by path"));
    m_showUnchanged->setChecked(false);
    m_showIgnored->setChecked(true);
    m_showUnchanged->setToolTip(tr("Also list files that match what was signed"));
    m_showIgnored->setToolTip(tr("List files left out by ignore rules, with the rule that applied"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showUnchanged, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setShowUnchanged);
    connect(m_showIgnored, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setShowIgnored);

    m_view->setObjectName(QStringLiteral("diffTable"));
    m_view->setAccessibleName(tr("Differences from what was signed"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DiffModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(DiffModel::StatusColumn, fm.horizontalAdvance(tr("Unreadable")) + 48);
    header->resizeSection(DiffModel::PathColumn, fm.horizontalAdvance(QLatin1Char('x')) * 28);
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(DiffModel::ExpectedColumn, mono.horizontalAdvance(QLatin1Char('0')) * 18);
    header->resizeSection(DiffModel::ActualColumn, mono.horizontalAdvance(QLatin1Char('0')) * 18);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(DiffModel::FilePathRole).toString();
        if (!path.isEmpty())
            Q_EMIT fileActivated(path);
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showUnchanged);
    filterRow->addWidget(m_showIgnored);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    clear();
}

void DiffView::setDiff(const ManifestDiff &diff, bool signedManifestKnown)
{
    m_model->setDiff(diff);
    if (!signedManifestKnown)
        m_summary->setText(tr("Files were not compared: the signature could not be read or checked."));
    else if (diff.contentMatches())
        m_summary->setText(tr("Every signed file matches. %1").arg(DiffModel::summary(diff)));
    else
        m_summary->setText(tr("Files differ from what was signed: %1").arg(DiffModel::summary(diff)));
}

void DiffView::clear()
{
    m_model->clear();
    m_summary->setText(tr("No signature has been checked yet."));
}

QString DiffView::summary() const
{
    return m_summary->text();
}

} // namespace hallmark::ui
