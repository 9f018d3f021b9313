#include "sigstore/sigstoreoptionswidget.h"

#include "sigstore/trustedroot.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QString key(const char *name)
{
    return QStringLiteral("sigstore/%1").arg(QLatin1String(name));
}

QWidget *row(QWidget *parent, QWidget *main, QWidget *side)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main, 1);
    layout->addWidget(side);
    return w;
}

} // namespace

SigstoreOptionsWidget::SigstoreOptionsWidget(QWidget *parent)
    : QWidget(parent),
      m_identity(new QLineEdit(this)),
      m_identityPattern(new QCheckBox(tr("Pattern"), this)),
      m_issuer(new QLineEdit(this)),
      m_issuerPattern(new QCheckBox(tr("Pattern"), this)),
      m_builtIn(new QRadioButton(tr("Sigstore public-good instance (&built in)"), this)),
      m_custom(new QRadioButton(tr("&Custom trusted root (private instance):"), this)),
      m_rootPath(new QLineEdit(this)),
      m_browseRoot(new QPushButton(tr("Brows&e…"), this)),
      m_rootInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("sigstoreOptions"));
    m_identity->setAccessibleName(tr("Signer identity"));
    m_identity->setPlaceholderText(tr("e-mail address or workflow URI in the certificate"));
    m_issuer->setAccessibleName(tr("OIDC issuer"));
    m_issuer->setPlaceholderText(tr("e.g. https://accounts.google.com"));
    const QString patternHelp = tr("A regular expression that must match the whole value");
    m_identityPattern->setToolTip(patternHelp);
    m_identityPattern->setAccessibleName(tr("Signer identity is a regular expression"));
    m_issuerPattern->setToolTip(patternHelp);
    m_issuerPattern->setAccessibleName(tr("OIDC issuer is a regular expression"));
    m_rootPath->setAccessibleName(tr("Trusted root file"));
    m_rootPath->setPlaceholderText(tr("trusted_root.json or ClientTrustConfig"));
    m_browseRoot->setAccessibleName(tr("Choose the trusted root file"));
    m_rootInfo->setTextFormat(Qt::PlainText);
    m_rootInfo->setWordWrap(true);
    m_rootInfo->setForegroundRole(QPalette::PlaceholderText);

    auto *roots = new QButtonGroup(this);
    roots->addButton(m_builtIn);
    roots->addButton(m_custom);
    m_builtIn->setChecked(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *identityLabel = new QLabel(tr("Signer i&dentity:"), this);
    identityLabel->setBuddy(m_identity);
    auto *issuerLabel = new QLabel(tr("&OIDC issuer:"), this);
    issuerLabel->setBuddy(m_issuer);
    form->addRow(identityLabel, row(this, m_identity, m_identityPattern));
    form->addRow(issuerLabel, row(this, m_issuer, m_issuerPattern));

    auto *rootBox = new QVBoxLayout;
    rootBox->setContentsMargins(0, 0, 0, 0);
    rootBox->addWidget(m_builtIn);
    rootBox->addWidget(m_custom);
    auto *pathRow = row(this, m_rootPath, m_browseRoot);
    pathRow->layout()->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2, 0, 0, 0);
    rootBox->addWidget(pathRow);
    rootBox->addWidget(m_rootInfo);
    form->addRow(tr("Trusted root:"), rootBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_browseRoot, &QPushButton::clicked, this, &SigstoreOptionsWidget::chooseRoot);
    for (QLineEdit *edit : {m_identity, m_issuer, m_rootPath})
        connect(edit, &QLineEdit::textChanged, this, &SigstoreOptionsWidget::updateState);
    for (QCheckBox *box : {m_identityPattern, m_issuerPattern})
        connect(box, &QCheckBox::toggled, this, &SigstoreOptionsWidget::updateState);
    connect(m_custom, &QRadioButton::toggled, this, &SigstoreOptionsWidget::updateState);
    setPatternsAvailable(false);
    updateState();
}

void SigstoreOptionsWidget::setPatternsAvailable(bool available)
{
    for (QCheckBox *box : {m_identityPattern, m_issuerPattern}) {
        box->setVisible(available);
        if (!available)
            box->setChecked(false);
    }
}

void SigstoreOptionsWidget::load()
{
    QSettings settings;
    m_identity->setText(settings.value(key("identity")).toString());
    m_issuer->setText(settings.value(key("issuer")).toString());
    if (!m_identityPattern->isHidden())
        m_identityPattern->setChecked(settings.value(key("identityIsPattern")).toBool());
    if (!m_issuerPattern->isHidden())
        m_issuerPattern->setChecked(settings.value(key("issuerIsPattern")).toBool());
    m_rootPath->setText(QDir::toNativeSeparators(settings.value(key("trustedRootPath")).toString()));
    (settings.value(key("customRoot")).toBool() ? m_custom : m_builtIn)->setChecked(true);
    updateState();
}

void SigstoreOptionsWidget::save() const
{
    // Identities and paths only; nothing secret.
    QSettings settings;
    settings.setValue(key("identity"), m_identity->text().trimmed());
    settings.setValue(key("issuer"), m_issuer->text().trimmed());
    settings.setValue(key("identityIsPattern"), m_identityPattern->isChecked());
    settings.setValue(key("issuerIsPattern"), m_issuerPattern->isChecked());
    settings.setValue(key("customRoot"), m_custom->isChecked());
    settings.setValue(key("trustedRootPath"), QDir::fromNativeSeparators(m_rootPath->text().trimmed()));
}

void SigstoreOptionsWidget::setRequest(const VerifyRequest &request)
{
    if (!request.identity.isEmpty())
        m_identity->setText(request.identity);
    if (!request.identityProvider.isEmpty())
        m_issuer->setText(request.identityProvider);
    if (!request.trustedRootPath.isEmpty()) {
        m_rootPath->setText(QDir::toNativeSeparators(request.trustedRootPath));
        m_custom->setChecked(true);
    }
    updateState();
}

void SigstoreOptionsWidget::applyTo(VerifyRequest &request) const
{
    request.identity = m_identity->text().trimmed();
    request.identityProvider = m_issuer->text().trimmed();
    request.trustedRootPath = trustedRootPath();
}

sigstore::IdentityPolicy SigstoreOptionsWidget::identityPolicy() const
{
    sigstore::IdentityPolicy p;
    p.san = m_identity->text().trimmed();
    p.sanRegex = m_identityPattern->isChecked();
    p.issuer = m_issuer->text().trimmed();
    p.issuerRegex = m_issuerPattern->isChecked();
    return p;
}

QString SigstoreOptionsWidget::trustedRootPath() const
{
    return m_custom->isChecked() ? QDir::fromNativeSeparators(m_rootPath->text().trimmed()) : QString();
}

QString SigstoreOptionsWidget::problem() const
{
    if (m_identity->text().trimmed().isEmpty())
        return tr("Enter the identity that must have signed (the certificate's e-mail address or URI).");
    if (m_issuer->text().trimmed().isEmpty())
        return tr("Enter the OIDC issuer that vouched for the identity.");
    for (const auto &[box, edit] : {std::pair{m_identityPattern, m_identity}, std::pair{m_issuerPattern, m_issuer}}) {
        if (!box->isChecked())
            continue;
        const QRegularExpression re(edit->text().trimmed());
        if (!re.isValid())
            return tr("\"%1\" is not a valid regular expression: %2").arg(edit->text().trimmed(), re.errorString());
    }
    if (m_custom->isChecked()) {
        if (m_rootPath->text().trimmed().isEmpty())
            return tr("Choose the trusted root of the private Sigstore instance, or use the built-in one.");
        if (!m_rootProblem.isEmpty())
            return m_rootProblem;
    }
    return {};
}

void SigstoreOptionsWidget::chooseRoot()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Sigstore Trusted Root"),
                                   QFileInfo(m_rootPath->text().trimmed()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Trusted roots (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_rootPath->setText(QDir::toNativeSeparators(path));
        m_custom->setChecked(true);
    });
    dialog->open();
}

void SigstoreOptionsWidget::checkRoot()
{
    const QString path = trustedRootPath();
    if (path == m_checkedPath)
        return;
    m_checkedPath = path;
    m_rootProblem.clear();
    if (path.isEmpty()) {
        m_rootInfo->setText(tr("Sigstore's public-good root, shipped with Hallmark; nothing is fetched."));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_rootProblem = tr("The trusted root file does not exist.");
        m_rootInfo->setText(m_rootProblem);
        return;
    }
    const Result<sigstore::TrustedRoot> root = sigstore::loadTrustedRoot(path);
    if (!root) {
        m_rootProblem = tr("The trusted root cannot be used: %1").arg(root.error().message);
        m_rootInfo->setText(m_rootProblem);
        return;
    }
    m_rootInfo->setText(tr("%n transparency log(s), ", nullptr, int(root->tlogs.size()))
                        + tr("%n certificate authority(s), ", nullptr, int(root->certificateAuthorities.size()))
                        + tr("%n timestamp authority(s).", nullptr, int(root->timestampAuthorities.size())));
}

void SigstoreOptionsWidget::updateState()
{
    const bool custom = m_custom->isChecked();
    m_rootPath->setEnabled(custom);
    m_browseRoot->setEnabled(custom);
    checkRoot();
    Q_EMIT changed();
}

} // namespace hallmark::ui
