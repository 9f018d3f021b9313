#include "attest/provenanceview.h"

#include "attest/fieldtreeview.h"
#include "attest/subjectsmodel.h"
#include "common/pathtext.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString orMissing(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("hallmark::ui::ProvenanceView", "(not given)") : text;
}

} // namespace

QString timeText(const QString &written, const QDateTime &parsed)
{
    if (written.isEmpty())
        return QCoreApplication::translate("hallmark::ui::ProvenanceView", "(not given)");
    if (!parsed.isValid())
        return QCoreApplication::translate("hallmark::ui::ProvenanceView", "%1 (not a readable time)").arg(written);
    return QCoreApplication::translate("hallmark::ui::ProvenanceView", "%1 (local time: %2)")
        .arg(written, QLocale().toString(parsed.toLocalTime(), QLocale::LongFormat));
}

QString durationText(qint64 seconds)
{
    const qint64 h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0)
        return QCoreApplication::translate("hallmark::ui::ProvenanceView", "%1 h %2 min %3 s").arg(h).arg(m).arg(s);
    if (m > 0)
        return QCoreApplication::translate("hallmark::ui::ProvenanceView", "%1 min %2 s").arg(m).arg(s);
    return QCoreApplication::translate("hallmark::ui::ProvenanceView", "%1 s").arg(s);
}

ProvenanceView::ProvenanceView(QWidget *parent)
    : QWidget(parent),
      m_problems(valueLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_external(new FieldTreeView(this)),
      m_internal(new FieldTreeView(this)),
      m_config(new FieldTreeView(this)),
      m_materials(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("provenanceView"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString names[FieldCount] = {tr("SLSA version:"), tr("Builder:"),  tr("Build type:"), tr("Invocation:"),
                                       tr("Started:"),      tr("Finished:"), tr("Duration:")};
    for (int i = 0; i < FieldCount; ++i) {
        m_fields[i] = valueLabel(this);
        m_fields[i]->setAccessibleName(QString(names[i]).remove(QLatin1Char(':')));
        form->addRow(names[i], m_fields[i]);
    }
    m_problems->setObjectName(QStringLiteral("provenanceProblems"));
    m_problems->setAccessibleName(tr("Problems"));

    m_external->setAccessibleName(tr("External parameters"));
    m_internal->setAccessibleName(tr("Internal parameters"));
    m_config->setAccessibleName(tr("Config source"));
    m_tabs->addTab(m_external, tr("E&xternal Parameters"));
    m_tabs->addTab(m_internal, tr("&Internal Parameters"));
    m_tabs->addTab(m_config, tr("Config &Source"));
    for (FieldTreeView *tree : {m_external, m_internal, m_config})
        connect(tree, &FieldTreeView::conditionRequested, this, &ProvenanceView::conditionRequested);

    m_materials->setHorizontalHeaderLabels({tr("URI"), tr("Name"), tr("Digests")});
    m_materials->setAccessibleName(tr("Materials"));
    m_materials->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materials->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materials->verticalHeader()->hide();
    m_materials->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_materials->setWordWrap(false);
    m_materials->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_materials->horizontalHeader()->setStretchLastSection(true);
    m_materials->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_materials->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);

    auto *materialsBox = new QWidget(this);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->setContentsMargins(0, 0, 0, 0);
    auto *materialsTitle = new QLabel(tr("&Materials (resolved dependencies):"), materialsBox);
    materialsTitle->setBuddy(m_materials);
    materialsLayout->addWidget(materialsTitle);
    materialsLayout->addWidget(m_materials);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(materialsBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    clear();
}

void ProvenanceView::clear()
{
    for (QLabel *l : m_fields)
        l->clear();
    m_problems->hide();
    for (FieldTreeView *tree : {m_external, m_internal, m_config})
        tree->setRoot({});
    m_materials->setRowCount(0);
}

void ProvenanceView::setProvenance(const attest::SlsaProvenance &p)
{
    const bool v02 = p.version == QLatin1String("v0.2");
    m_fields[Version]->setText(p.version);
    m_fields[Builder]->setText(orMissing(p.builderId));
    m_fields[BuildType]->setText(orMissing(p.buildType));
    m_fields[Invocation]->setText(orMissing(p.invocationId));
    m_fields[Started]->setText(timeText(p.startedOn, p.started));
    m_fields[Finished]->setText(timeText(p.finishedOn, p.finished));
    if (p.started.isValid() && p.finished.isValid()) {
        const qint64 secs = p.started.secsTo(p.finished);
        m_fields[Duration]->setText(secs < 0 ? tr("Finished before it started (%1 earlier)").arg(durationText(-secs))
                                             : durationText(secs));
    } else {
        m_fields[Duration]->setText(tr("(unknown)"));
    }

    QStringList lines;
    for (const QString &problem : p.problems)
        lines << QStringLiteral("⚠ ") + problem;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());

    // Paths as they are in the statement, so copied paths work as conditions.
    m_external->setRoot(attest::fieldTree(p.externalParameters, v02 ? QStringLiteral("predicate.invocation.parameters")
                                                                    : QStringLiteral("predicate.buildDefinition.externalParameters")));
    m_internal->setRoot(attest::fieldTree(p.internalParameters, v02 ? QStringLiteral("predicate.invocation.environment")
                                                                    : QStringLiteral("predicate.buildDefinition.internalParameters")));
    m_config->setRoot(attest::fieldTree(p.configSource, QStringLiteral("predicate.invocation.configSource")));
    m_tabs->setTabVisible(m_tabs->indexOf(m_config), v02);

    m_materials->setRowCount(int(p.materials.size()));
    for (int i = 0; i < p.materials.size(); ++i) {
        const attest::ProvenanceMaterial &m = p.materials.at(i);
        const QString texts[3] = {escapedName(m.uri.toUtf8()), escapedName(m.name.toUtf8()), digestText(m.digest)};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(texts[c]);
            m_materials->setItem(i, c, item);
        }
    }
}

QString ProvenanceView::fieldText(Field field) const
{
    return m_fields[field]->text();
}

} // namespace hallmark::ui
