#include "verify/verifydialog.h"

#include "fieldrow.h"
#include "sigstore/sigstoreoptionswidget.h"

#include <QButtonGroup>
#include <QCheckBox>
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hallmark::ui {

VerifyDialog::VerifyDialog(QWidget *parent)
    : QDialog(parent),
      m_model(new QLineEdit(this)),
      m_signature(new QLineEdit(this)),
      m_keyMethod(new QRadioButton(tr("The publisher's &public key"), this)),
      m_certMethod(new QRadioButton(tr("&Trust anchor certificates (X.509)"), this)),
      m_sigstoreMethod(new QRadioButton(tr("Si&gstore: the signer's identity (keyless)"), this)),
      m_methodStack(new QStackedWidget(this)),
      m_publicKey(new QLineEdit(this)),
      m_anchors(new QListWidget(this)),
      m_removeAnchor(new QPushButton(tr("&Remove"), this)),
      m_sigstore(new SigstoreOptionsWidget(this)),
      m_atSigningTime(new QCheckBox(tr("Check certificate validity at &signing time (reference-compatible)"), this)),
      m_ignorePaths(new QPlainTextEdit(this)),
      m_ignoreUnsigned(new QCheckBox(tr("Check only the files the signature names (ignore &unsigned files)"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify Signature"));

    m_model->setAccessibleName(tr("Model"));
    m_signature->setAccessibleName(tr("Signature file"));
    m_publicKey->setAccessibleName(tr("Public key file"));
    m_publicKey->setPlaceholderText(tr("PEM public key (EC P-256, P-384 or P-521)"));
    m_anchors->setAccessibleName(tr("Trust anchor certificates"));
    m_anchors->setMinimumHeight(fontMetrics().height() * 4);
    m_ignorePaths->setAccessibleName(tr("Paths to leave out"));
    m_ignorePaths->setPlaceholderText(tr("One path per line, relative to the model"));
    m_ignorePaths->setTabChangesFocus(true);
    m_ignorePaths->setMaximumHeight(fontMetrics().height() * 4);

    auto *browseModel = new QPushButton(tr("B&rowse…"), this);
    browseModel->setAccessibleName(tr("Choose the model"));
    connect(browseModel, &QPushButton::clicked, this,
            [this] { browse(m_model, tr("Choose the Model"), {tr("All files (*)")}, true); });
    auto *browseSignature = new QPushButton(tr("Bro&wse…"), this);
    browseSignature->setAccessibleName(tr("Choose the signature file"));
    connect(browseSignature, &QPushButton::clicked, this, [this] {
        browse(m_signature, tr("Choose the Signature File"), {tr("Signatures (*.sig *.json)"), tr("All files (*)")}, false);
    });
    auto *browseKey = new QPushButton(tr("Brow&se…"), this);
    browseKey->setAccessibleName(tr("Choose the public key file"));
    connect(browseKey, &QPushButton::clicked, this, [this] {
        browse(m_publicKey, tr("Choose the Public Key"), {tr("PEM files (*.pem *.pub *.key)"), tr("All files (*)")}, false);
    });

    auto *methods = new QButtonGroup(this);
    methods->addButton(m_keyMethod);
    methods->addButton(m_certMethod);
    methods->addButton(m_sigstoreMethod);
    m_keyMethod->setChecked(true);

    auto *keyPage = fieldWithButton(m_publicKey, browseKey, m_methodStack);
    auto *anchorPage = new QWidget(m_methodStack);
    auto *anchorLayout = new QVBoxLayout(anchorPage);
    anchorLayout->setContentsMargins(0, 0, 0, 0);
    auto *anchorRow = new QHBoxLayout;
    auto *addAnchor = new QPushButton(tr("&Add…"), anchorPage);
    addAnchor->setAccessibleName(tr("Add trust anchor certificates"));
    m_removeAnchor->setAccessibleName(tr("Remove the selected trust anchor"));
    auto *anchorButtons = new QVBoxLayout;
    anchorButtons->addWidget(addAnchor);
    anchorButtons->addWidget(m_removeAnchor);
    anchorButtons->addStretch(1);
    anchorRow->addWidget(m_anchors, 1);
    anchorRow->addLayout(anchorButtons);
    anchorLayout->addLayout(anchorRow);
    auto *atSigningHelp = new QLabel(tr("Accepts a certificate that has expired since the signature was made, as the "
                                        "model_signing reference tool does. Without it, the certificate must be valid now."),
                                     anchorPage);
    atSigningHelp->setWordWrap(true);
    atSigningHelp->setTextFormat(Qt::PlainText);
    atSigningHelp->setForegroundRole(QPalette::PlaceholderText);
    m_atSigningTime->setAccessibleDescription(atSigningHelp->text());
    anchorLayout->addWidget(m_atSigningTime);
    anchorLayout->addWidget(atSigningHelp);
    m_methodStack->addWidget(keyPage);
    m_methodStack->addWidget(anchorPage);
    m_methodStack->addWidget(m_sigstore);
    m_sigstore->load();
    connect(m_sigstore, &SigstoreOptionsWidget::changed, this, &VerifyDialog::updateState);
    connect(this, &QDialog::accepted, this, [this] {
        if (m_sigstoreMethod->isChecked())
            m_sigstore->save();
    });
    connect(addAnchor, &QPushButton::clicked, this, &VerifyDialog::addAnchors);
    connect(m_removeAnchor, &QPushButton::clicked, this, [this] {
        delete m_anchors->currentItem();
        updateState();
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Model:"), fieldWithButton(m_model, browseModel, this));
    form->addRow(tr("S&ignature file:"), fieldWithButton(m_signature, browseSignature, this));

    auto *methodBox = new QGroupBox(tr("Check the signature against"), this);
    auto *methodLayout = new QVBoxLayout(methodBox);
    methodLayout->addWidget(m_keyMethod);
    methodLayout->addWidget(m_certMethod);
    methodLayout->addWidget(m_sigstoreMethod);
    methodLayout->addWidget(m_methodStack);

    auto *optionsBox = new QGroupBox(tr("Files"), this);
    auto *optionsLayout = new QFormLayout(optionsBox);
    optionsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    optionsLayout->addRow(tr("&Leave out:"), m_ignorePaths);
    optionsLayout->addRow(m_ignoreUnsigned);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    verifyButton()->setText(tr("&Verify"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(methodBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_model, m_signature, m_publicKey})
        connect(edit, &QLineEdit::textChanged, this, &VerifyDialog::updateState);
    connect(m_keyMethod, &QRadioButton::toggled, this, &VerifyDialog::updateState);
    connect(m_sigstoreMethod, &QRadioButton::toggled, this, &VerifyDialog::updateState);
    connect(m_anchors, &QListWidget::currentRowChanged, this, &VerifyDialog::updateState);
    resize(640, sizeHint().height());
    updateState();
}

QPushButton *VerifyDialog::verifyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void VerifyDialog::setRequest(const VerifyRequest &request)
{
    m_model->setText(QDir::toNativeSeparators(request.modelPath));
    m_signature->setText(QDir::toNativeSeparators(request.signaturePath));
    m_publicKey->setText(QDir::toNativeSeparators(request.publicKeyPath));
    m_anchors->clear();
    for (const QString &p : request.trustAnchorPaths)
        m_anchors->addItem(QDir::toNativeSeparators(p));
    (request.method == VerifyMethod::Certificate ? m_certMethod
     : request.method == VerifyMethod::Sigstore  ? m_sigstoreMethod
                                                 : m_keyMethod)->setChecked(true);
    m_sigstore->setRequest(request);
    m_atSigningTime->setChecked(request.checkCertificateAtSigningTime);
    m_ignorePaths->setPlainText(request.ignorePaths.join(QLatin1Char('\n')));
    m_ignoreUnsigned->setChecked(request.ignoreUnsignedFiles);
    updateState();
}

VerifyRequest VerifyDialog::request() const
{
    VerifyRequest r;
    r.modelPath = QDir::fromNativeSeparators(m_model->text().trimmed());
    r.signaturePath = QDir::fromNativeSeparators(m_signature->text().trimmed());
    r.method = m_certMethod->isChecked()       ? VerifyMethod::Certificate
               : m_sigstoreMethod->isChecked() ? VerifyMethod::Sigstore
                                               : VerifyMethod::Key;
    if (r.method == VerifyMethod::Sigstore) {
        m_sigstore->applyTo(r);
    } else if (r.method == VerifyMethod::Key) {
        r.publicKeyPath = QDir::fromNativeSeparators(m_publicKey->text().trimmed());
    } else {
        for (int i = 0; i < m_anchors->count(); ++i)
            r.trustAnchorPaths << QDir::fromNativeSeparators(m_anchors->item(i)->text());
        r.checkCertificateAtSigningTime = m_atSigningTime->isChecked();
    }
    for (const QString &line : m_ignorePaths->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            r.ignorePaths << line.trimmed();
    r.ignoreUnsignedFiles = m_ignoreUnsigned->isChecked();
    return r;
}

void VerifyDialog::browse(QLineEdit *edit, const QString &title, const QStringList &filters, bool folderToo)
{
    auto *dialog = new QFileDialog(this, title, QFileInfo(edit->text()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folderToo ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilters(filters);
    connect(dialog, &QFileDialog::fileSelected, edit,
            [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void VerifyDialog::addAnchors()
{
    addCertificateFiles(this, m_anchors, [this] { updateState(); });
}

void VerifyDialog::updateState()
{
    const bool key = m_keyMethod->isChecked();
    const bool sigstore = m_sigstoreMethod->isChecked();
    m_methodStack->setCurrentIndex(key ? 0 : sigstore ? 2 : 1);
    m_removeAnchor->setEnabled(m_anchors->currentItem() != nullptr);
    QString problem;
    if (m_model->text().trimmed().isEmpty())
        problem = tr("Choose the model to check.");
    else if (m_signature->text().trimmed().isEmpty())
        problem = tr("Choose the signature file.");
    else if (key && m_publicKey->text().trimmed().isEmpty())
        problem = tr("Choose the publisher's public key.");
    else if (sigstore)
        problem = m_sigstore->problem();
    else if (!key && m_anchors->count() == 0)
        problem = tr("Add at least one trust anchor certificate.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    verifyButton()->setEnabled(problem.isEmpty());
}

} // namespace hallmark::ui
