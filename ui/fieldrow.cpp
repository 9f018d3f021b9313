#include "fieldrow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
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

void addCertificateFiles(QWidget *parent, QListWidget *list, const std::function<void()> &added)
{
    auto *dialog = new QFileDialog(parent, QCoreApplication::translate("hallmark::ui::FieldRow", "Choose Trust Anchor Certificates"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({QCoreApplication::translate("hallmark::ui::FieldRow", "Certificates (*.pem *.crt *.cer)"),
                            QCoreApplication::translate("hallmark::ui::FieldRow", "All files (*)")});
    QObject::connect(dialog, &QFileDialog::filesSelected, list, [list, added](const QStringList &paths) {
        for (const QString &p : paths)
            if (list->findItems(QDir::toNativeSeparators(p), Qt::MatchExactly).isEmpty())
                list->addItem(QDir::toNativeSeparators(p));
        added();
    });
    dialog->open();
}

} // namespace hallmark::ui
