#include "pkcs11/pindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PinDialog::PinDialog(QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_details(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_pinLabel(new QLabel(tr("&PIN:"), this)),
      m_pin(new QLineEdit(this)),
      m_ok(new QPushButton(tr("&Log In"), this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("Token PIN"));
    setModal(true);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_details->setVisible(false);  // the form shows the details; this keeps them for tests and screen readers
    m_warning->setObjectName(QStringLiteral("pinWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setContextMenuPolicy(Qt::NoContextMenu);
    m_pin->setAccessibleName(tr("Token PIN"));
    m_pinLabel->setBuddy(m_pin);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("pinDetails"));
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    auto *pinRow = new QFormLayout;
    pinRow->addRow(m_pinLabel, m_pin);
    layout->addLayout(pinRow);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PinDialog::ask(const pkcs11::PinRequest &request, const QString &subject)
{
    m_protectedPath = request.protectedAuthenticationPath;
    const pkcs11::TokenInfo &token = request.token;
    const QString key = request.keyLabel.isEmpty() ? QString() : request.keyLabel;
    const QString keyId = request.keyId.isEmpty() ? QString() : QString::fromLatin1(request.keyId.toHex(':'));
    m_intro->setText(m_protectedPath ? tr("Enter the PIN on the reader to sign with token \"%1\".").arg(token.label)
                                     : tr("Enter the user PIN of token \"%1\" to sign.").arg(token.label));

    auto *form = findChild<QFormLayout *>(QStringLiteral("pinDetails"));
    while (form->rowCount() > 0)
        form->removeRow(0);
    const QList<std::pair<QString, QString>> rows{
        {tr("Token:"), token.label},
        {tr("Slot:"), request.slot.description.trimmed().isEmpty() ? tr("Slot %1").arg(request.slot.id)
                                                                    : request.slot.description.trimmed()},
        {tr("Manufacturer:"), QStringList{token.manufacturer, token.model}.join(QLatin1Char(' ')).trimmed()},
        {tr("Module:"), request.module.name.isEmpty() ? request.module.path : request.module.name},
        {tr("Key:"), keyId.isEmpty() ? key : tr("%1 (ID %2)").arg(key, keyId)},
        {tr("Signing:"), subject},
    };
    QStringList details;
    for (const auto &[name, value] : rows) {
        form->addRow(name, valueLabel(value, this));
        details << name + QLatin1Char(' ') + value;
    }
    m_details->setText(details.join(QLatin1Char('\n')));

    QStringList warnings;
    if (request.previousAttemptFailed)
        warnings << tr("The PIN was wrong. Try again.");
    if (token.userPinLocked)
        warnings << tr("The PIN is locked. Unlock the token with its security officer PIN first.");
    else if (token.userPinFinalTry)
        warnings << tr("Final try: one more wrong PIN locks the token.");
    else if (token.userPinCountLow)
        warnings << tr("Few tries left: the token has counted wrong PINs.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());

    m_pin->clear();
    m_pin->setVisible(!m_protectedPath);
    m_pinLabel->setVisible(!m_protectedPath);
    m_ok->setText(m_protectedPath ? tr("&Continue") : tr("&Log In"));
    m_ok->setEnabled(!token.userPinLocked);
    adjustSize();
    open();
    if (!m_protectedPath)
        m_pin->setFocus();
}

QString PinDialog::detailsText() const { return m_details->text(); }
QString PinDialog::warningText() const { return m_warning->isVisible() ? m_warning->text() : QString(); }

void PinDialog::accept()
{
    auto pin = std::make_shared<SecretBuffer>();
    if (!m_protectedPath) {
        QByteArray typed = m_pin->text().toUtf8();
        *pin = SecretBuffer(std::move(typed));
    }
    m_pin->clear();
    QDialog::accept();
    Q_EMIT answered(std::move(pin));
}

void PinDialog::reject()
{
    m_pin->clear();
    QDialog::reject();
    Q_EMIT answered(nullptr);
}

} // namespace hallmark::ui
