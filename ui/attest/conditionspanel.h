#pragma once

#include "attest/attestreport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace hallmark::ui {

class ConditionsModel;

// Conditions over the page's attestations: write one, Add (or Enter), and
// read the outcome of each, re-evaluated whenever the reports change.
class ConditionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionsPanel(QWidget *parent = nullptr);

    void setReports(const QList<attest::AttestationReport> &reports);
    void addCondition(const QString &expression);
    // Puts a condition into the editor to be reviewed and added.
    void setDraft(const QString &expression);
    QList<attest::ConditionResult> results() const;

    ConditionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QToolButton *syntaxButton() const { return m_syntaxButton; }
    QLabel *syntaxLabel() const { return m_syntax; }

private:
    void addFromEditor();
    void updateButtons();

    ConditionsModel *m_model;
    QLineEdit *m_editor;
    QPushButton *m_add;
    QToolButton *m_syntaxButton;
    QLabel *m_syntax;
    QTableView *m_view;
    QPushButton *m_remove;
};

// The condition language in a few lines, for the Syntax button.
QString conditionSyntaxHelp();

} // namespace hallmark::ui
