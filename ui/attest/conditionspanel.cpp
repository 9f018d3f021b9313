#include "attest/conditionspanel.h"

#include "attest/conditionsmodel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hallmark::ui {

QString conditionSyntaxHelp()
{
    return QCoreApplication::translate(
        "hallmark::ui::ConditionsPanel",
        "A condition reads one verified attestation about this model, for example:\n"
        "    predicate.eval.accuracy >= 0.85\n"
        "    predicate.data.license != \"research-only\"\n"
        "    exists(predicate.reviewers[0])\n"
        "    any(predicate.eval.metrics[name == \"accuracy\"].value) >= 0.9\n"
        "Paths start at predicate, predicateType, subject or _type, then .name, [2] (an element), "
        "[*] (every element), [field == \"text\"] (the elements whose field is that text) or [\"odd.key\"].\n"
        "Compare with == != < <= > >=; combine with && (and), || (or), ! (not) and parentheses.\n"
        "Values: JSON numbers (0.85, 1e3, no units or commas), \"text\" or 'text', true, false, null.\n"
        "Text holding exactly a JSON number (\"0.91\") compares as that number. Other text compares exactly, "
        "only with == and !=.\n"
        "A path with several values needs all(…) or any(…). A missing or non-scalar value, a value of another "
        "type, an attestation that is not verified or not about this model, and a typing error give "
        "\"Cannot evaluate\"; \"not\" keeps it, so it never turns into a pass.");
}

ConditionsPanel::ConditionsPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new ConditionsModel(this)),
      m_editor(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_syntaxButton(new QToolButton(this)),
      m_syntax(new QLabel(this)),
      m_view(new QTableView(this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("conditionsPanel"));
    m_editor->setAccessibleName(tr("New condition"));
    m_editor->setPlaceholderText(tr("e.g. predicate.eval.accuracy >= 0.85"));
    m_editor->setClearButtonEnabled(true);
    m_add->setAccessibleName(tr("Add the condition"));
    m_syntaxButton->setText(tr("S&yntax"));
    m_syntaxButton->setCheckable(true);
    m_syntaxButton->setToolTip(conditionSyntaxHelp());
    m_syntaxButton->setAccessibleName(tr("Show the condition syntax"));
    m_syntax->setText(conditionSyntaxHelp());
    m_syntax->setTextFormat(Qt::PlainText);
    m_syntax->setWordWrap(true);
    m_syntax->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syntax->setFrameShape(QFrame::StyledPanel);
    m_syntax->setMargin(6);
    m_syntax->hide();
    m_remove->setAccessibleName(tr("Remove the selected condition"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Conditions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(ConditionsModel::OutcomeColumn,
                           fontMetrics().horizontalAdvance(conditionOutcomeText(attest::ConditionOutcome::CannotEvaluate)) + 48);
    m_view->setColumnWidth(ConditionsModel::ExpressionColumn, x * 32);
    m_view->setColumnWidth(ConditionsModel::ReasonColumn, x * 40);
    m_view->setColumnWidth(ConditionsModel::PathColumn, x * 22);
    m_view->setColumnWidth(ConditionsModel::RawColumn, x * 17);

    auto *inputRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Condition:"), this);
    label->setBuddy(m_editor);
    inputRow->addWidget(label);
    inputRow->addWidget(m_editor, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_syntaxButton);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    tableRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_syntax);
    layout->addLayout(tableRow, 1);

    connect(m_editor, &QLineEdit::returnPressed, this, &ConditionsPanel::addFromEditor);
    connect(m_add, &QPushButton::clicked, this, &ConditionsPanel::addFromEditor);
    connect(m_editor, &QLineEdit::textChanged, this, &ConditionsPanel::updateButtons);
    connect(m_syntaxButton, &QToolButton::toggled, m_syntax, &QLabel::setVisible);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_model->removeCondition(m_view->currentIndex().row());
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConditionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConditionsPanel::updateButtons);
    updateButtons();
}

void ConditionsPanel::setReports(const QList<attest::AttestationReport> &reports)
{
    m_model->setReports(reports);
}

void ConditionsPanel::addCondition(const QString &expression)
{
    if (!expression.trimmed().isEmpty())
        m_model->addCondition(expression.trimmed());
}

void ConditionsPanel::setDraft(const QString &expression)
{
    m_editor->setText(expression);
    m_editor->setFocus(Qt::OtherFocusReason);
}

QList<attest::ConditionResult> ConditionsPanel::results() const
{
    return m_model->results();
}

void ConditionsPanel::addFromEditor()
{
    const QString text = m_editor->text().trimmed();
    if (text.isEmpty())
        return;
    addCondition(text);
    m_editor->clear();
    m_view->scrollToBottom();
}

void ConditionsPanel::updateButtons()
{
    m_add->setEnabled(!m_editor->text().trimmed().isEmpty());
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace hallmark::ui
