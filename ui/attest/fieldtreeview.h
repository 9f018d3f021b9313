#pragma once

#include "attest/fieldtree.h"

#include <QTreeView>

namespace hallmark::ui {

class FieldTreeModel;

// A field tree with "Copy condition path" and "Add condition…" in its
// context menu (and as actions on the view, so the keyboard reaches them).
class FieldTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit FieldTreeView(QWidget *parent = nullptr);

    void setRoot(const attest::FieldNode &root);
    FieldTreeModel *fieldModel() const { return m_model; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *addConditionAction() const { return m_addCondition; }

Q_SIGNALS:
    // A condition to put into the conditions editor.
    void conditionRequested(const QString &expression);

private:
    void updateActions();

    FieldTreeModel *m_model;
    QAction *m_copyPath;
    QAction *m_addCondition;
};

} // namespace hallmark::ui
