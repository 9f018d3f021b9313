#include "sigstore/certificatedetailspane.h"

#include "common/atomicfile.h"
#include "sigstore/extensionsmodel.h"
#include "sigstore/wrapdelegate.h"
#include "verify/fingerprintfield.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QString when(const QDateTime &t)
{
    return QCoreApplication::translate("hallmark::ui::CertificateDetailsPane", "%1 (%2)")
        .arg(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat), t.toUTC().toString(Qt::ISODate));
}

// "0A1B2C…" as "0a:1b:2c…", so a long serial can wrap.
QString groupedSerial(const QString &hex)
{
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toLower();
    return pairs.join(QLatin1Char(':'));
}

} // namespace

CertificateDetailsPane::CertificateDetailsPane(QWidget *parent)
    : QScrollArea(parent),
      m_content(new QWidget),
      m_message(new QLabel(m_content)),
      m_fields(new QWidget(m_content)),
      m_form(new QFormLayout),
      m_certificateFingerprint(new QWidget(m_fields)),
      m_keyFingerprint(new QWidget(m_fields)),
      m_extensionsModel(new CertificateExtensionsModel(this)),
      m_extensionsView(new QTreeView(m_fields)),
      m_copyPem(new QPushButton(tr("&Copy PEM"), m_fields)),
      m_export(new QPushButton(tr("E&xport PEM…"), m_fields))
{
    setObjectName(QStringLiteral("certificateDetails"));
    setAccessibleName(tr("Certificate details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // labels above the values in a narrow pane
    m_form->setContentsMargins(0, 0, 0, 0);
    addField(tr("Subject:"), QStringLiteral("subject"));
    addField(tr("Alternative names:"), QStringLiteral("san"));
    addField(tr("Issuer:"), QStringLiteral("issuer"));
    addField(tr("Serial number:"), QStringLiteral("serial"), true);
    addField(tr("Valid from:"), QStringLiteral("notBefore"));
    addField(tr("Valid until:"), QStringLiteral("notAfter"));
    addField(tr("Public key:"), QStringLiteral("keyType"));
    addField(tr("Certificate authority:"), QStringLiteral("isCa"));
    for (QWidget *holder : {m_certificateFingerprint, m_keyFingerprint}) {
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
    }
    m_form->addRow(tr("Certificate SHA-256:"), m_certificateFingerprint);
    m_form->addRow(tr("Public key SHA-256:"), m_keyFingerprint);

    m_extensionsView->setModel(m_extensionsModel);
    m_extensionsView->setRootIsDecorated(false);
    WrapDelegate::install(m_extensionsView);
    m_extensionsView->setAlternatingRowColors(true);
    m_extensionsView->setAccessibleName(tr("Certificate extensions"));
    m_extensionsView->setMinimumHeight(fontMetrics().height() * 10);
    m_extensionsView->header()->setSectionResizeMode(CertificateExtensionsModel::NameColumn, QHeaderView::ResizeToContents);
    m_extensionsView->header()->setSectionResizeMode(CertificateExtensionsModel::CriticalColumn, QHeaderView::ResizeToContents);
    m_extensionsView->header()->setSectionResizeMode(CertificateExtensionsModel::ValueColumn, QHeaderView::Stretch);
    m_extensionsView->header()->setSectionResizeMode(CertificateExtensionsModel::OidColumn, QHeaderView::ResizeToContents);
    m_extensionsView->header()->setStretchLastSection(false);

    m_copyPem->setAccessibleName(tr("Copy the certificate as PEM"));
    m_export->setAccessibleName(tr("Export the certificate as a PEM file"));
    connect(m_copyPem, &QPushButton::clicked, this, [this] {
        if (m_certificate)
            QApplication::clipboard()->setText(QString::fromLatin1(m_certificate->pem()));
    });
    connect(m_export, &QPushButton::clicked, this, &CertificateDetailsPane::exportPem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyPem);
    buttons->addWidget(m_export);

    auto *extensionsLabel = new QLabel(tr("Extensions:"), m_fields);
    extensionsLabel->setBuddy(m_extensionsView);
    auto *outer = new QVBoxLayout(m_fields);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_form);
    outer->addWidget(extensionsLabel);
    outer->addWidget(m_extensionsView, 1);
    outer->addLayout(buttons);

    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_message);
    layout->addWidget(m_fields, 1);
    setWidget(m_content);
    showMessage(tr("Select a certificate in the chain to see its details."));
}

QLabel *CertificateDetailsPane::addField(const QString &label, const QString &objectName, bool monospace)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    if (monospace)
        value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString name = label;
    name.remove(QLatin1Char(':'));
    value->setAccessibleName(name);
    m_form->addRow(label, value);
    return value;
}

QString CertificateDetailsPane::fieldText(const QString &objectName) const
{
    const auto *label = m_fields->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QList<FingerprintField *> CertificateDetailsPane::fingerprintFields() const
{
    return m_fields->findChildren<FingerprintField *>();
}

void CertificateDetailsPane::showMessage(const QString &why)
{
    m_certificate.reset();
    m_extensionsModel->setCertificate(nullptr);
    m_message->setText(why);
    m_message->show();
    m_fields->hide();
}

void CertificateDetailsPane::setCertificate(const CertificatePtr &certificate)
{
    if (!certificate) {
        showMessage(tr("No certificate."));
        return;
    }
    m_certificate = certificate;
    auto set = [this](const char *name, const QString &text) {
        if (auto *label = m_fields->findChild<QLabel *>(QLatin1String(name)))
            label->setText(text);
    };
    const QString subject = certificate->subject();
    set("subject", subject.isEmpty() ? tr("(empty; the identity is in the alternative names)") : subject);
    const QStringList sans = certificate->subjectAltNames();
    set("san", sans.isEmpty() ? tr("None") : sans.join(QLatin1Char('\n')));
    set("issuer", certificate->issuer());
    set("serial", groupedSerial(certificate->serialHex()));
    set("notBefore", when(certificate->notBefore()));
    set("notAfter", when(certificate->notAfter()));
    const KeyPtr key = certificate->publicKey();
    set("keyType", key ? key->typeName() : tr("Not understood"));
    set("isCa", certificate->isCa() ? tr("Yes: it may issue certificates") : tr("No"));

    auto replace = [](QWidget *holder, const QString &hex, const QString &what) {
        qDeleteAll(holder->findChildren<FingerprintField *>(Qt::FindDirectChildrenOnly));
        if (!hex.isEmpty())
            holder->layout()->addWidget(new FingerprintField(hex, what, holder));
    };
    replace(m_certificateFingerprint, certificate->fingerprint(), tr("Certificate fingerprint (SHA-256)"));
    replace(m_keyFingerprint, key ? key->fingerprint() : QString(), tr("Public key fingerprint (SHA-256)"));

    m_extensionsModel->setCertificate(certificate);
    m_message->hide();
    m_fields->show();
}

Result<void> CertificateDetailsPane::writePem(const QString &path) const
{
    if (!m_certificate)
        return fail(tr("No certificate is selected."));
    return writeFileAtomically(path, m_certificate->pem(), Overwrite::Allow);
}

void CertificateDetailsPane::exportPem()
{
    if (!m_certificate)
        return;
    const QString cn = m_certificate->commonName();
    const QString base = cn.isEmpty() ? QStringLiteral("certificate") : cn;
    QString suggested;
    for (const QChar c : base)
        suggested += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ? c : QLatin1Char('_');
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Certificate"),
                                                      QDir::home().filePath(suggested + QStringLiteral(".pem")),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<void> written = writePem(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Certificate"),
                             tr("The certificate could not be saved: %1").arg(written.error().message));
}

} // namespace hallmark::ui
