#include "attestsign/signerpicker.h"

#include "common/secretbuffer.h"
#include "fieldrow.h"
#include "pkcs11/pinbroker.h"
#include "pkcs11/pindialog.h"
#include "pkcs11/tokenpickerpage.h"
#include "pkcs11/tokensigner.h"
#include "pkcs11/tokenwaitbanner.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace hallmark::ui {

SignerPicker::SignerPicker(QWidget *parent)
    : QWidget(parent),
      m_keySource(new QComboBox(this)),
      m_keyStack(new QStackedWidget(this)),
      m_keyFile(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)),
      m_tokenPage(new TokenPickerPage(this)),
      m_broker(new PinBroker(this)),
      m_pinDialog(new PinDialog(this)),
      m_waitBanner(new TokenWaitBanner(this))
{
    m_keySource->addItem(tr("Private key file"));
    m_keySource->addItem(tr("PKCS#11 token"));
    m_keySource->setAccessibleName(tr("Key source"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyFile->setPlaceholderText(tr("PEM private key (EC P-256, P-384 or P-521)"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Leave empty if the key is not encrypted"));
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);

    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setAccessibleName(tr("Choose the private key file"));
    connect(browse, &QPushButton::clicked, this, &SignerPicker::browseKey);

    auto *filePage = new QWidget(m_keyStack);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    fileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fileForm->addRow(tr("&Key file:"), fieldWithButton(m_keyFile, browse, filePage));
    fileForm->addRow(tr("&Passphrase:"), m_passphrase);
    m_keyStack->addWidget(filePage);
    m_keyStack->addWidget(m_tokenPage);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Key so&urce:"), m_keySource);
    form->addRow(m_keyStack);

    connect(m_keySource, &QComboBox::currentIndexChanged, this, &SignerPicker::showPage);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &SignerPicker::changed);
    connect(m_keyFile, &QLineEdit::textChanged, this, &SignerPicker::changed);
    showPage(KeyFile);
    connect(m_tokenPage, &TokenPickerPage::selectionChanged, this, &SignerPicker::changed);

    // Token PINs: the worker waits on the broker, the PIN dialog answers.
    connect(m_broker, &PinBroker::pinRequested, this,
            [this](const pkcs11::PinRequest &request) { m_pinDialog->ask(request, m_subject); });
    connect(m_pinDialog, &PinDialog::answered, this, [this](std::shared_ptr<SecretBuffer> pin) {
        if (pin) {
            m_broker->answer(std::move(*pin));
            return;
        }
        m_broker->answer(std::nullopt);
        Q_EMIT cancelRequested();
    });
    connect(m_broker, &PinBroker::tokenCallStarted, m_waitBanner, &TokenWaitBanner::callStarted);
    connect(m_broker, &PinBroker::tokenCallFinished, m_waitBanner, &TokenWaitBanner::callFinished);
    connect(m_waitBanner, &TokenWaitBanner::cancelRequested, this, &SignerPicker::tokenCancelRequested);
}

SignerPicker::~SignerPicker() = default;

QString SignerPicker::keyFilePath() const
{
    return QDir::fromNativeSeparators(m_keyFile->text().trimmed());
}

QString SignerPicker::missing() const
{
    if (m_keySource->currentIndex() == KeyFile)
        return keyFilePath().isEmpty() ? tr("Choose the private key file.") : QString();
    if (m_tokenPage->usableKey())
        return {};
    return m_tokenPage->selectedKey() ? m_tokenPage->problem() : tr("Choose a key on a token.");
}

QString SignerPicker::note() const
{
    if (m_keySource->currentIndex() == Token)
        if (const auto key = m_tokenPage->usableKey(); key && key->withCertificate)
            return tr("Attestations name the key only: the token's certificate is not included.");
    return {};
}

QString SignerPicker::openingText() const
{
    if (m_keySource->currentIndex() == Token)
        if (const auto key = m_tokenPage->usableKey())
            return tr("Opening token \"%1\"…").arg(key->tokenLabel());
    return tr("Reading the key…");
}

AttestController::SignerFactory SignerPicker::takeSignerFactory()
{
    QByteArray typed = m_passphrase->text().toUtf8();
    auto secret = std::make_shared<SecretBuffer>(std::move(typed));
    m_passphrase->clear();
    if (!missing().isEmpty())
        return {};
    if (m_keySource->currentIndex() == Token) {
        // The token factory may fill in a model-signing request; attestations carry no certificate.
        auto token = tokenSignerFactory(*m_tokenPage->usableKey(), m_broker);
        return [token](const JobControl &control) {
            SignRequest unused;
            return token(unused, control);
        };
    }
    const QString keyPath = keyFilePath();
    return [keyPath, secret](const JobControl &) -> Result<std::unique_ptr<Signer>> {
        auto signer = SoftwareSigner::fromPemFile(keyPath, *secret);
        secret->clear();
        if (!signer)
            return std::unexpected(signer.error());
        return std::unique_ptr<Signer>(std::move(*signer));
    };
}

void SignerPicker::jobEnded()
{
    m_waitBanner->reset();
    m_broker->answer(std::nullopt);
    if (m_pinDialog->isVisible())
        m_pinDialog->done(QDialog::Rejected);
}

void SignerPicker::clearPassphrase()
{
    m_passphrase->clear();
}

void SignerPicker::setChoiceEnabled(bool enabled)
{
    m_keySource->setEnabled(enabled);
    m_keyStack->setEnabled(enabled);
}

// The stack takes the size of the page shown, not of its largest page.
void SignerPicker::showPage(int index)
{
    for (int i = 0; i < m_keyStack->count(); ++i)
        m_keyStack->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                             i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_keyStack->setCurrentIndex(index);
    m_keyStack->adjustSize();
}

void SignerPicker::browseKey()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Private Key"), QFileInfo(keyFilePath()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.pem *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_keyFile,
            [this](const QString &path) { m_keyFile->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

} // namespace hallmark::ui
