#include "attest/fieldtreeview.h"

#include "attest/fieldtreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace hallmark::ui {

FieldTreeView::FieldTreeView(QWidget *parent)
    : QTreeView(parent),
      m_model(new FieldTreeModel(this)),
      m_copyPath(new QAction(tr("&Copy Condition Path"), this)),
      m_addCondition(new QAction(tr("&Add Condition…"), this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FieldTreeModel::FieldColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(FieldTreeModel::ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(FieldTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    setColumnWidth(FieldTreeModel::FieldColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);

    m_copyPath->setShortcut(QKeySequence::Copy);
    m_copyPath->setShortcutContext(Qt::WidgetShortcut);
    m_addCondition->setToolTip(tr("Put a condition on this field into the conditions editor"));
    addAction(m_copyPath);
    addAction(m_addCondition);
    connect(m_copyPath, &QAction::triggered, this, [this] {
        const QString path = currentIndex().data(FieldTreeModel::PathRole).toString();
        if (!path.isEmpty())
            QGuiApplication::clipboard()->setText(path);
    });
    connect(m_addCondition, &QAction::triggered, this, [this] {
        const QString condition = currentIndex().data(FieldTreeModel::ConditionRole).toString();
        if (!condition.isEmpty())
            Q_EMIT conditionRequested(condition);
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &FieldTreeView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldTreeView::updateActions);
    updateActions();
}

void FieldTreeView::setRoot(const attest::FieldNode &root)
{
    m_model->setRoot(root);
    expandToDepth(1);
}

void FieldTreeView::updateActions()
{
    const bool has = currentIndex().isValid();
    m_copyPath->setEnabled(has);
    m_addCondition->setEnabled(has);
}

} // namespace hallmark::ui
