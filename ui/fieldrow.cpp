#include "fieldrow.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hallmark::ui {

QWidget *fieldWithButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace hallmark::ui
