#include "attestsign/attestdialog.h"

#include "attest/predicatefile.h"
#include "attestsign/attestcontroller.h"
#include "attestsign/attestinputs.h"
#include "attestsign/inlinenote.h"
#include "attestsign/signerpicker.h"
#include "common/pathtext.h"
#include "fieldrow.h"
#include "pkcs11/tokenwaitbanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hallmark::ui {

namespace {

QString fromField(const QLineEdit *edit)
{
    return QDir::fromNativeSeparators(edit->text().trimmed());
}

QString shown(const QString &path)
{
    return escapedName(QDir::toNativeSeparators(path).toUtf8());
}

bool samePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace

AttestDialog::AttestDialog(const QString &modelPath, QWidget *parent)
    : QDialog(parent),
      m_modelPath(QDir::cleanPath(QDir::fromNativeSeparators(modelPath))),
      m_controller(new AttestController(this)),
      m_model(new QLineEdit(this)),
      m_predicate(new QLineEdit(this)),
      m_predicateNote(new InlineNote(this)),
      m_type(new QComboBox(this)),
      m_typeNote(new InlineNote(this)),
      m_signer(new SignerPicker(this)),
      m_output(new QLineEdit(this)),
      m_replace(new QCheckBox(tr("&Replace an existing file"), this)),
      m_hint(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_headline(new QLabel(this)),
      m_result(new QLabel(this)),
      m_technicalButton(new QPushButton(tr("Show Tech&nical Details"), this)),
      m_technical(new QLabel(this)),
      m_start(new QPushButton(tr("&Attest"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("attestDialog"));
    setWindowTitle(tr("Attest Model"));

    m_model->setReadOnly(true);
    m_model->setText(QDir::toNativeSeparators(m_modelPath));
    m_model->setAccessibleName(tr("Model to attest"));

    m_predicate->setAccessibleName(tr("Predicate file"));
    m_predicate->setPlaceholderText(tr("JSON file holding one object"));
    auto *browsePredicate = new QPushButton(tr("&Browse…"), this);
    browsePredicate->setAccessibleName(tr("Choose the predicate file"));
    connect(browsePredicate, &QPushButton::clicked, this, &AttestDialog::browsePredicate);
    connect(m_predicate, &QLineEdit::textChanged, this, [this] {
        m_predicateNote->clear();
        if (QFileInfo(fromField(m_predicate)).isFile())
            checkPredicate();
    });
    connect(m_predicate, &QLineEdit::editingFinished, this, [this] {
        if (!fromField(m_predicate).isEmpty())
            checkPredicate();
    });

    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->setAccessibleName(tr("Predicate type"));
    for (const PredicateType &known : knownPredicateTypes()) {
        m_type->addItem(known.uri);
        m_type->setItemData(m_type->count() - 1, known.description, Qt::ToolTipRole);
    }
    m_type->setCurrentIndex(-1);
    m_type->lineEdit()->setPlaceholderText(tr("A URI naming the predicate's schema"));
    m_type->setToolTip(tr("The predicate type tells readers how to interpret the predicate. Pick one or type "
                          "your own URI."));
    connect(m_type->lineEdit(), &QLineEdit::textEdited, this, [this] { m_typeChosen = true; });
    connect(m_type, &QComboBox::activated, this, [this] { m_typeChosen = true; });
    connect(m_type, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        const QList<PredicateType> known = knownPredicateTypes();
        const auto it = std::find_if(known.begin(), known.end(), [&](const PredicateType &t) { return t.uri == text; });
        if (it != known.end())
            m_typeNote->showNote(it->description);
        else if (!m_typeNote->isError() || predicateTypeProblem(text).isEmpty())
            m_typeNote->clear();
        updateState();
    });
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_type->currentText().isEmpty())
            checkPredicateType();
    });

    m_output->setText(QDir::toNativeSeparators(defaultAttestationPath(m_modelPath)));
    m_output->setAccessibleName(tr("Attestation file to write"));
    const QString outputWhy = tr("Written next to the model, not inside it: a file written inside the model "
                                 "would change what the model's signature covers.");
    m_output->setToolTip(outputWhy);
    auto *browseOutput = new QPushButton(tr("Brows&e…"), this);
    browseOutput->setAccessibleName(tr("Choose where to write the attestation"));
    browseOutput->setToolTip(outputWhy);
    connect(browseOutput, &QPushButton::clicked, this, &AttestDialog::browseOutput);
    m_replace->setChecked(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Model:"), m_model);

    auto *predicateBox = new QGroupBox(tr("Statement"), this);
    // A grid, not a form: the wrapped notes under the fields get their full height.
    auto *predicateGrid = new QGridLayout(predicateBox);
    m_predicateRow = fieldWithButton(m_predicate, browsePredicate, predicateBox);
    auto *predicateLabel = new QLabel(tr("Pred&icate file:"), predicateBox);
    predicateLabel->setBuddy(m_predicate);
    auto *typeLabel = new QLabel(tr("Predicate &type:"), predicateBox);
    typeLabel->setBuddy(m_type);
    predicateGrid->addWidget(predicateLabel, 0, 0);
    predicateGrid->addWidget(m_predicateRow, 0, 1);
    predicateGrid->addWidget(m_predicateNote, 1, 1);
    predicateGrid->addWidget(typeLabel, 2, 0);
    predicateGrid->addWidget(m_type, 2, 1);
    predicateGrid->addWidget(m_typeNote, 3, 1);
    predicateGrid->setColumnStretch(1, 1);

    auto *keyBox = new QGroupBox(tr("Key"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_signer);

    auto *outputForm = new QFormLayout;
    outputForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outputRow = fieldWithButton(m_output, browseOutput, this);
    outputForm->addRow(tr("&Output:"), m_outputRow);
    outputForm->addRow(QString(), m_replace);

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Attesting progress"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setObjectName(QStringLiteral("attestHeadline"));
    m_result->setObjectName(QStringLiteral("attestResult"));
    m_technical->setObjectName(QStringLiteral("attestTechnicalDetails"));
    m_technical->setAccessibleName(tr("Technical details"));
    m_technical->setVisible(false);
    m_technicalButton->setCheckable(true);
    m_technicalButton->setVisible(false);
    connect(m_technicalButton, &QPushButton::toggled, m_technical, &QLabel::setVisible);
    for (QLabel *label : {m_headline, m_result, m_technical}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_start->setDefault(true);
    m_start->setAccessibleName(tr("Create and sign the attestation"));
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_start, &QPushButton::clicked, this, &AttestDialog::startAttesting);
    connect(m_close, &QPushButton::clicked, this, &AttestDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(predicateBox);
    layout->addWidget(keyBox);
    layout->addLayout(outputForm);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_signer->tokenWaitBanner());
    layout->addWidget(m_headline);
    layout->addWidget(m_result);
    layout->addWidget(m_technicalButton, 0, Qt::AlignLeft);
    layout->addWidget(m_technical);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_signer, &SignerPicker::changed, this, &AttestDialog::updateState);
    connect(m_signer, &SignerPicker::cancelRequested, m_controller, &AttestController::cancel);
    connect(m_signer, &SignerPicker::tokenCancelRequested, this, [this] {
        showResult(tr("Cancelling…"), tr("The token call cannot be interrupted; its answer will be discarded."));
        m_controller->cancel();
    });
    connect(m_controller, &AttestController::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        showResult(tr("Hashing the model…"), tr("%1 of %2 read").arg(formatBytes(done), formatBytes(total)));
    });
    connect(m_controller, &AttestController::finished, this, &AttestDialog::onFinished);
    connect(m_controller, &AttestController::failed, this, &AttestDialog::onFailed);
    connect(m_controller, &AttestController::cancelled, this, [this] {
        showResult(tr("Cancelled — no attestation was written."), {});
        setState(State::Cancelled);
        m_headline->setFocus();
    });

    for (QLineEdit *edit : {m_predicate, m_output})
        connect(edit, &QLineEdit::textChanged, this, &AttestDialog::updateState);
    connect(m_replace, &QCheckBox::toggled, this, &AttestDialog::updateState);
    resize(680, sizeHint().height());
    setState(State::Editing);
    m_predicate->setFocus();
}

AttestDialog::~AttestDialog() = default;

// Wrapped notes and results get taller as their text changes; a window does
// not follow its layout's height-for-width by itself, so grow to fit.
bool AttestDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && layout()->hasHeightForWidth())
        if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
            resize(width(), needed);
    return handled;
}

QString AttestDialog::outputPath() const
{
    return fromField(m_output);
}

QString AttestDialog::resultText() const
{
    if (m_result->text().isEmpty())
        return m_headline->text();
    return m_headline->text() + u'\n' + m_result->text();
}

void AttestDialog::startAttesting()
{
    if (m_state == State::Running || !m_start->isEnabled())
        return;
    const std::optional<nlohmann::json> predicate = checkPredicate();
    const bool typeOk = checkPredicateType();
    if (!predicate || !typeOk) {
        (predicate ? static_cast<QWidget *>(m_type) : m_predicate)->setFocus();
        showFailure(tr("Not written: the statement is incomplete"),
                    tr("Fix the problems shown under the fields, then press Attest again."), {});
        setState(State::Failed);
        return;
    }
    if (refuseOutput())
        return;
    AttestController::SignerFactory factory = m_signer->takeSignerFactory();
    if (!factory)
        return;

    attest::AttestRequest request;
    request.modelPath = m_modelPath;
    request.outputPath = outputPath();
    request.overwrite = m_replace->isChecked() ? Overwrite::Allow : Overwrite::Refuse;
    request.predicateType = m_type->currentText();
    request.predicate = *predicate;
    m_signer->setSubject(tr("An attestation about %1").arg(shown(QFileInfo(m_modelPath).fileName())));
    showResult(m_signer->openingText(), {});
    m_progress->setRange(0, 0);
    setState(State::Running);
    m_controller->start(request, std::move(factory));
}

void AttestDialog::cancelAttesting()
{
    m_controller->cancel();
}

void AttestDialog::reject()
{
    if (m_state == State::Running) {
        showResult(tr("Cancelling…"), {});
        m_controller->cancel();
        return;
    }
    m_signer->clearPassphrase();
    QDialog::reject();
}

std::optional<nlohmann::json> AttestDialog::checkPredicate()
{
    auto predicate = attest::readPredicateFile(fromField(m_predicate));
    if (!predicate) {
        m_predicateNote->showError(predicate.error().message);
        return std::nullopt;
    }
    m_predicateNote->clear();
    if (!m_typeChosen)
        if (const QString suggested = suggestedPredicateType(*predicate); !suggested.isEmpty())
            m_type->setCurrentText(suggested);
    return *predicate;
}

bool AttestDialog::checkPredicateType()
{
    const QString problem = predicateTypeProblem(m_type->currentText());
    if (!problem.isEmpty())
        m_typeNote->showError(problem);
    return problem.isEmpty();
}

// True when the output may not be written; says why.
bool AttestDialog::refuseOutput()
{
    const QString output = outputPath();
    if (samePath(output, m_modelPath) || QFileInfo(output).isDir()) {
        showFailure(tr("Not written: the output path is the model or a folder"),
                    tr("\"%1\" cannot hold the attestation.").arg(shown(output)),
                    tr("Choose a file name next to the model."));
        setState(State::Failed);
        return true;
    }
    if (QFileInfo::exists(output) && !m_replace->isChecked()) {
        showFailure(tr("Not written: the output file already exists"),
                    tr("\"%1\" was left unchanged.").arg(shown(output)),
                    tr("Tick \"Replace an existing file\" to overwrite it, or choose another name."));
        setState(State::Failed);
        return true;
    }
    return false;
}

void AttestDialog::onFinished(const QString &output, const QString &digest)
{
    const QString details = tr("Subject: %1\nManifest digest (SHA-256): %2\nPredicate type: %3\nSigned with %4.\n"
                               "Written to %5")
                                .arg(shown(QFileInfo(m_modelPath).fileName()), digest, m_type->currentText(),
                                     m_controller->signerDescription(), shown(output));
    showResult(tr("Attestation written"), details);
    setState(State::Succeeded);
    m_headline->setFocus();
    Q_EMIT attestationWritten(output);
}

void AttestDialog::onFailed(const QString &message, const QString &detail)
{
    const bool token = m_signer->keySourceBox()->currentIndex() == SignerPicker::Token;
    if (m_controller->failedStep() == AttestController::Step::OpeningKey) {
        if (token)
            showFailure(tr("The token key could not be used"), message,
                        tr("Check that the token is connected and the PIN is right, then press Attest again. "
                           "After too many wrong PINs a token locks; its administrator can unlock it."),
                        detail);
        else
            showFailure(tr("The private key could not be used"), message,
                        tr("Check the key file and type its passphrase again, then press Attest."), detail);
    } else if (QFileInfo::exists(outputPath()) && !m_replace->isChecked()) {
        // Appeared while hashing; the core's message speaks of the CLI's --force.
        showFailure(tr("Not written: the output file already exists"),
                    tr("\"%1\" was left unchanged.").arg(shown(outputPath())),
                    tr("Tick \"Replace an existing file\" to overwrite it, or choose another name."), detail);
    } else {
        showFailure(tr("The attestation could not be created"), message,
                    tr("Check that the model can be read and the output folder is writable, then try again."),
                    detail);
    }
    setState(State::Failed);
    m_headline->setFocus();
}

void AttestDialog::showResult(const QString &headline, const QString &details)
{
    m_headline->setText(headline);
    m_result->setText(details);
    m_result->setVisible(!details.isEmpty());
    m_technical->clear();
    m_technicalButton->setChecked(false);
    m_technicalButton->setVisible(false);
}

void AttestDialog::showFailure(const QString &headline, const QString &explanation, const QString &remedy,
                               const QString &detail)
{
    QStringList lines{explanation, tr("No attestation was written.")};
    if (!remedy.isEmpty())
        lines << tr("What can be done: %1").arg(remedy);
    showResult(headline, lines.join(u'\n'));
    if (!detail.isEmpty() && detail != explanation) {
        m_technical->setText(detail);
        m_technicalButton->setVisible(true);
    }
}

void AttestDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool running = state == State::Running;
    if (!running)
        m_signer->jobEnded();
    m_progress->setVisible(running);
    m_headline->setVisible(state != State::Editing);
    m_result->setVisible(state != State::Editing && !m_result->text().isEmpty());
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_close->setAccessibleName(running ? tr("Cancel attesting") : tr("Close"));
    for (QWidget *w : {m_predicateRow, static_cast<QWidget *>(m_type), m_outputRow, static_cast<QWidget *>(m_replace)})
        w->setEnabled(!running);
    m_signer->setChoiceEnabled(!running);
    updateState();
    if (changed)
        Q_EMIT stateChanged(state);
}

void AttestDialog::updateState()
{
    const QString output = outputPath();
    QString hint;
    if (fromField(m_predicate).isEmpty())
        hint = tr("Choose the predicate file.");
    else if (m_type->currentText().trimmed().isEmpty())
        hint = tr("Choose or type the predicate type.");
    else if (const QString missing = m_signer->missing(); !missing.isEmpty())
        hint = missing;
    else if (output.isEmpty())
        hint = tr("Choose where to write the attestation.");
    else if (QFileInfo::exists(output) && !m_replace->isChecked() && m_state != State::Succeeded)
        hint = tr("A file already exists at the output path. Tick \"Replace an existing file\" to overwrite it.");
    else if (isInsideModel(output, m_modelPath))
        hint = tr("The output is inside the model folder: the model's signature will then show an added file. "
                  "Writing it next to the model avoids that.");
    else
        hint = m_signer->note();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool missing = fromField(m_predicate).isEmpty() || m_type->currentText().trimmed().isEmpty()
                         || !m_signer->missing().isEmpty() || output.isEmpty();
    m_start->setEnabled(m_state != State::Running && !missing);
}

void AttestDialog::browsePredicate()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Predicate"), QFileInfo(fromField(m_predicate)).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("JSON files (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_predicate->setText(QDir::toNativeSeparators(path));
        checkPredicate();
    });
    dialog->open();
}

void AttestDialog::browseOutput()
{
    auto *dialog = new QFileDialog(this, tr("Save the Attestation As"), QFileInfo(outputPath()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("Sigstore bundles (*.sigstore.json)"), tr("All files (*)")});
    dialog->setOption(QFileDialog::DontConfirmOverwrite);  // the Replace box decides
    dialog->selectFile(QFileInfo(outputPath()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_output->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

} // namespace hallmark::ui
