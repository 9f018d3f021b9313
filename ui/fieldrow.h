#pragma once

class QLineEdit;
class QPushButton;
class QWidget;

namespace hallmark::ui {

// A line edit with its "Browse…" button beside it, as one form row.
QWidget *fieldWithButton(QLineEdit *edit, QPushButton *button, QWidget *parent);

} // namespace hallmark::ui
