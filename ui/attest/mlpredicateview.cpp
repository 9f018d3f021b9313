#include "attest/mlpredicateview.h"

#include "attest/fieldtreemodel.h"
#include "attest/fieldtreeview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

void setRow(QTableWidget *t, int row, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        t->setItem(row, c, item);
    }
}

} // namespace

MlPredicateView::MlPredicateView(QWidget *parent)
    : QWidget(parent),
      m_sections(new FieldTreeView(this)),
      m_metrics(table({tr("Condition path"), tr("As written"), tr("Number"), tr("Note")}, tr("Metrics"), this)),
      m_reviewers(table({tr("Reviewer"), tr("Role"), tr("Decision"), tr("Date")}, tr("Reviewers"), this))
{
    setObjectName(QStringLiteral("mlPredicateView"));
    m_sections->setAccessibleName(tr("Model card sections"));
    connect(m_sections, &FieldTreeView::conditionRequested, this, &MlPredicateView::conditionRequested);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_metrics->setColumnWidth(MetricPathColumn, x * 32);
    m_metrics->setColumnWidth(MetricRawColumn, x * 12);
    m_metrics->setColumnWidth(MetricNumberColumn, x * 10);
    m_reviewers->setColumnWidth(ReviewerNameColumn, x * 18);
    m_reviewers->setColumnWidth(ReviewerRoleColumn, x * 12);
    m_reviewers->setColumnWidth(ReviewerDecisionColumn, x * 12);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(titled(tr("&Metrics (eval):"), m_metrics, right));
    right->addWidget(titled(tr("&Reviewers:"), m_reviewers, right));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(titled(tr("&Sections:"), m_sections, split));
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void MlPredicateView::clear()
{
    m_sections->setRoot({});
    m_metrics->setRowCount(0);
    m_reviewers->setRowCount(0);
}

void MlPredicateView::setPredicate(const attest::MlPredicate &p)
{
    nlohmann::json sections = nlohmann::json::object();
    for (const auto &[name, value] : {std::pair{"training", &p.training}, std::pair{"data", &p.data},
                                      std::pair{"model", &p.model}, std::pair{"eval", &p.eval}})
        if (!value->is_null())
            sections[name] = *value;
    // Sections sit directly under the predicate, so this root keeps paths true.
    m_sections->setRoot(attest::fieldTree(sections, QStringLiteral("predicate")));

    m_metrics->setRowCount(int(p.metrics.size()));
    for (int i = 0; i < p.metrics.size(); ++i) {
        const attest::MlMetric &m = p.metrics.at(i);
        const bool stringTyped = m.raw.startsWith(QLatin1Char('"'));
        QString note;
        if (!m.value)
            note = tr("Not a number: cannot be compared with a number");
        else if (stringTyped)
            note = tr("Written as a string; compared as a number");
        setRow(m_metrics, i,
               {m.path, m.raw, m.value ? QString::number(*m.value, 'g', QLocale::FloatingPointShortest) : tr("—"), note});
    }

    m_reviewers->setRowCount(int(p.reviewers.size()));
    for (int i = 0; i < p.reviewers.size(); ++i) {
        const attest::MlReviewer &r = p.reviewers.at(i);
        setRow(m_reviewers, i, {r.name, r.role, r.decision, r.date});
    }
}

} // namespace hallmark::ui
