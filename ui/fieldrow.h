#pragma once

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace hallmark::ui {

// A line edit with its "Browse…" button beside it, as one form row.
QWidget *fieldWithButton(QLineEdit *edit, QPushButton *button, QWidget *parent);

// Opens a non-modal chooser for certificate files and adds each chosen one
// not yet in `list`; `added` runs afterwards.
void addCertificateFiles(QWidget *parent, QListWidget *list, const std::function<void()> &added);

} // namespace hallmark::ui
