#include "sign/signdialog.h"

#include "common/pathtext.h"
#include "fieldrow.h"
#include "common/secretbuffer.h"
#include "keys/signer.h"
#include "pkcs11/pinbroker.h"
#include "pkcs11/pindialog.h"
#include "pkcs11/tokenpickerpage.h"
#include "pkcs11/tokensigner.h"
#include "pkcs11/tokenwaitbanner.h"
#include "sign/signcontroller.h"
#include "verify/signaturediscovery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace hallmark::ui {

namespace {

QString fromField(const QLineEdit *edit)
{
    return QDir::fromNativeSeparators(edit->text().trimmed());
}

} // namespace

SignDialog::SignDialog(QWidget *parent)
    : QDialog(parent),
      m_controller(new SignController(this)),
      m_model(new QLineEdit(this)),
      m_keySource(new QComboBox(this)),
      m_keyStack(new QStackedWidget(this)),
      m_keyFile(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)),
      m_certificate(new QLineEdit(this)),
      m_chain(new QListWidget(this)),
      m_output(new QLineEdit(this)),
      m_replace(new QCheckBox(tr("&Replace an existing file"), this)),
      m_hint(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_result(new QLabel(this)),
      m_sign(new QPushButton(tr("&Sign"), this)),
      m_verify(new QPushButton(tr("&Verify the New Signature…"), this)),
      m_close(new QPushButton(tr("Close"), this)),
      m_tokenPage(new TokenPickerPage(this)),
      m_broker(new PinBroker(this)),
      m_pinDialog(new PinDialog(this)),
      m_waitBanner(new TokenWaitBanner(this))
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign Model"));

    m_model->setAccessibleName(tr("Model to sign"));
    m_keySource->addItem(tr("Private key file"));
    m_keySource->addItem(tr("PKCS#11 token"));
    m_keySource->setAccessibleName(tr("Key source"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyFile->setPlaceholderText(tr("PEM private key (EC P-256, P-384 or P-521)"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Leave empty if the key is not encrypted"));
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);
    m_certificate->setAccessibleName(tr("Signing certificate"));
    m_certificate->setPlaceholderText(tr("Optional: PEM certificate of the key, to sign with a certificate"));
    m_chain->setAccessibleName(tr("Issuer certificates"));
    m_chain->setMaximumHeight(fontMetrics().height() * 4);
    m_output->setAccessibleName(tr("Signature file to write"));
    m_replace->setChecked(false);

    auto *browseModel = new QPushButton(tr("B&rowse…"), this);
    browseModel->setAccessibleName(tr("Choose the model"));
    connect(browseModel, &QPushButton::clicked, this,
            [this] { browse(m_model, tr("Choose the Model"), {tr("All files (*)")}, false, true); });
    auto *browseKey = new QPushButton(tr("Bro&wse…"), this);
    browseKey->setAccessibleName(tr("Choose the private key file"));
    connect(browseKey, &QPushButton::clicked, this, [this] {
        browse(m_keyFile, tr("Choose the Private Key"), {tr("PEM files (*.pem *.key)"), tr("All files (*)")}, false, false);
    });
    auto *browseCert = new QPushButton(tr("Brow&se…"), this);
    browseCert->setAccessibleName(tr("Choose the signing certificate"));
    connect(browseCert, &QPushButton::clicked, this, [this] {
        browse(m_certificate, tr("Choose the Signing Certificate"), {tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")},
               false, false);
    });
    auto *browseOutput = new QPushButton(tr("Brows&e…"), this);
    browseOutput->setAccessibleName(tr("Choose where to write the signature"));
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        browse(m_output, tr("Save the Signature As"), {tr("Signatures (*.sig)"), tr("All files (*)")}, true, false);
    });
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });

    auto *addChain = new QPushButton(tr("&Add…"), this);
    addChain->setAccessibleName(tr("Add issuer certificates"));
    auto *removeChain = new QPushButton(tr("Re&move"), this);
    removeChain->setAccessibleName(tr("Remove the selected issuer certificate"));
    connect(addChain, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose Issuer Certificates"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
            for (const QString &p : paths)
                m_chain->addItem(QDir::toNativeSeparators(p));
        });
        dialog->open();
    });
    connect(removeChain, &QPushButton::clicked, this, [this] { delete m_chain->currentItem(); });

    // Key source: one page per kind.
    auto *filePage = new QWidget(m_keyStack);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    fileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fileForm->addRow(tr("&Key file:"), fieldWithButton(m_keyFile, browseKey, filePage));
    fileForm->addRow(tr("&Passphrase:"), m_passphrase);
    m_keyStack->addWidget(filePage);
    m_keyStack->addWidget(m_tokenPage);
    connect(m_keySource, &QComboBox::currentIndexChanged, m_keyStack, &QStackedWidget::setCurrentIndex);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(m_tokenPage, &TokenPickerPage::selectionChanged, this, &SignDialog::updateState);

    // Token PINs: the worker waits on the broker, the dialog answers.
    connect(m_broker, &PinBroker::pinRequested, this, [this](const pkcs11::PinRequest &request) {
        m_pinDialog->ask(request, QFileInfo(modelPath()).fileName());
    });
    connect(m_pinDialog, &PinDialog::answered, this, [this](std::shared_ptr<SecretBuffer> pin) {
        if (pin) {
            m_broker->answer(std::move(*pin));
            return;
        }
        m_broker->answer(std::nullopt);
        m_controller->cancel();
    });
    connect(m_broker, &PinBroker::tokenCallStarted, m_waitBanner, &TokenWaitBanner::callStarted);
    connect(m_broker, &PinBroker::tokenCallFinished, m_waitBanner, &TokenWaitBanner::callFinished);
    connect(m_waitBanner, &TokenWaitBanner::cancelRequested, this, [this] {
        m_result->setText(tr("Cancelling… The token call cannot be interrupted; its answer will be discarded."));
        m_controller->cancel();
    });

    auto *keyBox = new QGroupBox(tr("Key"), this);
    auto *keyLayout = new QFormLayout(keyBox);
    keyLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keyLayout->addRow(tr("Key so&urce:"), m_keySource);
    keyLayout->addRow(m_keyStack);

    auto *certBox = new QGroupBox(tr("Certificate (optional)"), this);
    auto *certLayout = new QFormLayout(certBox);
    certLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    certLayout->addRow(tr("Signing &certificate:"), fieldWithButton(m_certificate, browseCert, certBox));
    auto *chainRow = new QHBoxLayout;
    auto *chainButtons = new QVBoxLayout;
    chainButtons->addWidget(addChain);
    chainButtons->addWidget(removeChain);
    chainButtons->addStretch(1);
    chainRow->addWidget(m_chain, 1);
    chainRow->addLayout(chainButtons);
    auto *chainLabel = new QLabel(tr("&Issuers:"), certBox);
    chainLabel->setBuddy(m_chain);
    certLayout->addRow(chainLabel, chainRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Model:"), fieldWithButton(m_model, browseModel, this));

    auto *outputForm = new QFormLayout;
    outputForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outputForm->addRow(tr("&Output:"), fieldWithButton(m_output, browseOutput, this));
    outputForm->addRow(m_replace);

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Signing progress"));
    m_result->setObjectName(QStringLiteral("signResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sign, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_sign->setDefault(true);
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_sign, &QPushButton::clicked, this, &SignDialog::startSigning);
    connect(m_close, &QPushButton::clicked, this, &SignDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        Q_EMIT verifyRequested(modelPath(), outputPath());
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addWidget(certBox);
    layout->addLayout(outputForm);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_waitBanner);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_controller, &SignController::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        m_result->setText(tr("Signing… %1 of %2 read").arg(formatBytes(done), formatBytes(total)));
    });
    connect(m_controller, &SignController::succeeded, this,
            [this](const QString &output, int files, const QString &digest, const QString &signer) {
                m_result->setText(tr("Signed with %1.\nFiles signed: %2\nManifest digest (SHA-256): %3\n"
                                     "Signature written to %4")
                                      .arg(signer)
                                      .arg(files)
                                      .arg(digest, escapedName(QDir::toNativeSeparators(output).toUtf8())));
                setState(State::Succeeded);
            });
    connect(m_controller, &SignController::failed, this, [this](const QString &message, const QString &) {
        m_result->setText(tr("Signing failed: %1").arg(message));
        setState(State::Failed);
    });
    connect(m_controller, &SignController::cancelled, this, [this] {
        m_result->setText(tr("Cancelled — no signature was written."));
        setState(State::Cancelled);
    });

    for (QLineEdit *edit : {m_model, m_keyFile, m_output})
        connect(edit, &QLineEdit::textChanged, this, &SignDialog::updateState);
    connect(m_replace, &QCheckBox::toggled, this, &SignDialog::updateState);
    resize(640, sizeHint().height());
    setState(State::Editing);
}

SignDialog::~SignDialog() = default;

void SignDialog::setModelPath(const QString &path)
{
    m_model->setText(QDir::toNativeSeparators(path));
    if (!m_outputEdited)
        m_output->setText(path.isEmpty() ? QString() : QDir::toNativeSeparators(defaultSignaturePath(path)));
}

QString SignDialog::outputPath() const { return fromField(m_output); }
QString SignDialog::modelPath() const { return fromField(m_model); }
QString SignDialog::resultText() const { return m_result->text(); }

void SignDialog::startSigning()
{
    if (m_state == State::Signing || !m_sign->isEnabled())
        return;
    SignRequest request;
    request.modelPath = modelPath();
    request.outputPath = outputPath();
    request.overwrite = m_replace->isChecked() ? Overwrite::Allow : Overwrite::Refuse;
    request.signingCertificatePath = fromField(m_certificate);
    for (int i = 0; i < m_chain->count(); ++i)
        request.chainPaths << QDir::fromNativeSeparators(m_chain->item(i)->text());

    // The passphrase goes into the wiping buffer and leaves the field now.
    QByteArray typed = m_passphrase->text().toUtf8();
    auto secret = std::make_shared<SecretBuffer>(std::move(typed));
    m_passphrase->clear();
    if (m_keySource->currentIndex() == Token) {
        const std::optional<TokenKey> key = m_tokenPage->usableKey();
        if (!key)
            return;
        m_result->setText(tr("Opening token \"%1\"…").arg(key->tokenLabel()));
        m_progress->setRange(0, 0);
        setState(State::Signing);
        m_controller->start(request, tokenSignerFactory(*key, m_broker));
        return;
    }
    const QString keyPath = fromField(m_keyFile);
    auto factory = [keyPath, secret](SignRequest &, const JobControl &) -> Result<std::unique_ptr<Signer>> {
        auto signer = SoftwareSigner::fromPemFile(keyPath, *secret);
        secret->clear();
        if (!signer)
            return std::unexpected(signer.error());
        return std::unique_ptr<Signer>(std::move(*signer));
    };
    m_result->setText(tr("Reading the key…"));
    m_progress->setRange(0, 0);
    setState(State::Signing);
    m_controller->start(request, std::move(factory));
}

void SignDialog::cancelSigning()
{
    m_controller->cancel();
}

void SignDialog::reject()
{
    if (m_state == State::Signing) {
        m_result->setText(tr("Cancelling…"));
        m_controller->cancel();
        return;
    }
    m_passphrase->clear();
    QDialog::reject();
}

void SignDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool signing = state == State::Signing;
    if (!signing) {
        m_waitBanner->reset();
        m_broker->answer(std::nullopt);
        if (m_pinDialog->isVisible())
            m_pinDialog->done(QDialog::Rejected);
    }
    m_progress->setVisible(signing);
    m_result->setVisible(state != State::Editing);
    m_verify->setVisible(state == State::Succeeded);
    m_close->setText(signing ? tr("Cancel") : tr("Close"));
    m_close->setAccessibleName(signing ? tr("Cancel signing") : tr("Close"));
    for (QWidget *w : {static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_keySource),
                       static_cast<QWidget *>(m_keyStack), static_cast<QWidget *>(m_certificate),
                       static_cast<QWidget *>(m_chain), static_cast<QWidget *>(m_output),
                       static_cast<QWidget *>(m_replace)})
        w->setEnabled(!signing);
    updateState();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SignDialog::updateState()
{
    QString hint;
    if (modelPath().isEmpty())
        hint = tr("Choose the model to sign.");
    else if (m_keySource->currentIndex() == KeyFile && fromField(m_keyFile).isEmpty())
        hint = tr("Choose the private key file.");
    else if (m_keySource->currentIndex() == Token && !m_tokenPage->selectedKey())
        hint = tr("Choose a key on a token.");
    else if (outputPath().isEmpty())
        hint = tr("Choose where to write the signature.");
    else if (QFileInfo::exists(outputPath()) && !m_replace->isChecked() && m_state != State::Succeeded)
        hint = tr("A file already exists at the output path. Tick \"Replace an existing file\" to overwrite it.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool missing = modelPath().isEmpty() || outputPath().isEmpty()
                         || (m_keySource->currentIndex() == KeyFile && fromField(m_keyFile).isEmpty())
                         || (m_keySource->currentIndex() == Token && !m_tokenPage->usableKey());
    m_sign->setEnabled(m_state != State::Signing && !missing);
}

void SignDialog::browse(QLineEdit *edit, const QString &title, const QStringList &filters, bool save, bool folderToo)
{
    auto *dialog = new QFileDialog(this, title, QFileInfo(edit->text()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save || folderToo ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilters(filters);
    if (save)
        dialog->setOption(QFileDialog::DontConfirmOverwrite);  // the Replace box decides
    connect(dialog, &QFileDialog::fileSelected, edit, [this, edit](const QString &path) {
        edit->setText(QDir::toNativeSeparators(path));
        if (edit == m_output)
            m_outputEdited = true;
        if (edit == m_model)
            setModelPath(path);
    });
    dialog->open();
}

} // namespace hallmark::ui
