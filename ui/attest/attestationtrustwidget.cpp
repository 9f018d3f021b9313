#include "attest/attestationtrustwidget.h"

#include "fieldrow.h"
#include "sigstore/sigstoreoptionswidget.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hallmark::ui {

QString AttestationTrustWidget::summary(const attest::AttestationTrust &trust)
{
    QStringList parts;
    if (trust.publicKey)
        parts << tr("public key %1 %2").arg(trust.publicKey->typeName(), trust.publicKey->fingerprint().left(16) + QStringLiteral("…"));
    if (!trust.anchors.isEmpty()) {
        QStringList names;
        for (const CertificatePtr &c : trust.anchors)
            names << c->subject();
        parts << tr("%n trust anchor(s) (%1)", nullptr, int(trust.anchors.size())).arg(names.join(QStringLiteral("; ")));
    }
    if (trust.identity)
        parts << (trust.trustedRoot ? tr("Sigstore identity %1 from %2 (custom trusted root)")
                                    : tr("Sigstore identity %1 from %2 (built-in trusted root)"))
                     .arg(trust.identity->san, trust.identity->issuer);
    if (parts.isEmpty())
        return tr("Signatures are not checked: choose a key, certificate or identity.");
    return tr("Signatures are checked against: %1").arg(parts.join(QStringLiteral(", ")));
}

AttestationTrustWidget::AttestationTrustWidget(QWidget *parent)
    : QWidget(parent),
      m_none(new QRadioButton(tr("&Nothing: show signatures as not checked"), this)),
      m_keyMethod(new QRadioButton(tr("The signer's &public key"), this)),
      m_certMethod(new QRadioButton(tr("&Trust anchor certificates (X.509)"), this)),
      m_sigstoreMethod(new QRadioButton(tr("Si&gstore: the signer's identity (keyless)"), this)),
      m_stack(new QStackedWidget(this)),
      m_publicKey(new QLineEdit(this)),
      m_anchors(new QListWidget(this)),
      m_removeAnchor(new QPushButton(tr("&Remove"), this)),
      m_sigstore(new SigstoreOptionsWidget(this)),
      m_error(new QLabel(this)),
      m_apply(new QPushButton(tr("A&pply"), this))
{
    setObjectName(QStringLiteral("attestationTrust"));
    m_publicKey->setAccessibleName(tr("Public key file"));
    m_publicKey->setPlaceholderText(tr("PEM public key"));
    m_anchors->setAccessibleName(tr("Trust anchor certificates"));
    m_anchors->setMinimumHeight(fontMetrics().height() * 4);
    m_removeAnchor->setAccessibleName(tr("Remove the selected trust anchor"));
    m_sigstore->setPatternsAvailable(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("trustError"));
    m_apply->setAccessibleName(tr("Check the attestation signatures with this"));

    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_none, m_keyMethod, m_certMethod, m_sigstoreMethod})
        group->addButton(b);
    m_none->setChecked(true);

    auto *browseKey = new QPushButton(tr("Brow&se…"), this);
    browseKey->setAccessibleName(tr("Choose the public key file"));
    connect(browseKey, &QPushButton::clicked, this, &AttestationTrustWidget::browseKey);

    auto *anchorPage = new QWidget(m_stack);
    auto *anchorRow = new QHBoxLayout(anchorPage);
    anchorRow->setContentsMargins(0, 0, 0, 0);
    auto *addAnchor = new QPushButton(tr("A&dd…"), anchorPage);
    addAnchor->setAccessibleName(tr("Add trust anchor certificates"));
    auto *anchorButtons = new QVBoxLayout;
    anchorButtons->addWidget(addAnchor);
    anchorButtons->addWidget(m_removeAnchor);
    anchorButtons->addStretch(1);
    anchorRow->addWidget(m_anchors, 1);
    anchorRow->addLayout(anchorButtons);

    auto *keyPage = new QWidget(m_stack);
    auto *keyLayout = new QVBoxLayout(keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(fieldWithButton(m_publicKey, browseKey, keyPage));
    keyLayout->addStretch(1);

    m_stack->addWidget(new QWidget(m_stack));
    m_stack->addWidget(keyPage);
    m_stack->addWidget(anchorPage);
    m_stack->addWidget(m_sigstore);

    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_error, 1);
    applyRow->addWidget(m_apply, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    for (QRadioButton *b : {m_none, m_keyMethod, m_certMethod, m_sigstoreMethod})
        layout->addWidget(b);
    layout->addWidget(m_stack);
    layout->addLayout(applyRow);

    connect(addAnchor, &QPushButton::clicked, this, &AttestationTrustWidget::addAnchors);
    connect(m_removeAnchor, &QPushButton::clicked, this, [this] {
        delete m_anchors->currentItem();
        updateState();
    });
    connect(m_apply, &QPushButton::clicked, this, &AttestationTrustWidget::apply);
    connect(group, &QButtonGroup::buttonToggled, this, &AttestationTrustWidget::updateState);
    connect(m_publicKey, &QLineEdit::textChanged, this, &AttestationTrustWidget::updateState);
    connect(m_anchors, &QListWidget::currentRowChanged, this, &AttestationTrustWidget::updateState);
    connect(m_sigstore, &SigstoreOptionsWidget::changed, this, &AttestationTrustWidget::updateState);
    showError({});
    updateState();
}

QString AttestationTrustWidget::problem() const
{
    if (m_keyMethod->isChecked() && m_publicKey->text().trimmed().isEmpty())
        return tr("Choose the signer's public key.");
    if (m_certMethod->isChecked() && m_anchors->count() == 0)
        return tr("Add at least one trust anchor certificate.");
    if (m_sigstoreMethod->isChecked())
        return m_sigstore->problem();
    return {};
}

bool AttestationTrustWidget::apply()
{
    if (const QString p = problem(); !p.isEmpty()) {
        showError(p);
        return false;
    }
    attest::AttestationTrust trust;
    if (m_keyMethod->isChecked()) {
        auto key = readPublicKeyFile(QDir::fromNativeSeparators(m_publicKey->text().trimmed()));
        if (!key) {
            showError(tr("The public key cannot be used: %1").arg(key.error().message));
            return false;
        }
        trust.publicKey = *key;
    } else if (m_certMethod->isChecked()) {
        for (int i = 0; i < m_anchors->count(); ++i) {
            const QString path = QDir::fromNativeSeparators(m_anchors->item(i)->text());
            auto certs = readCertificateFile(path);
            if (!certs) {
                showError(tr("The certificate \"%1\" cannot be used: %2").arg(m_anchors->item(i)->text(), certs.error().message));
                return false;
            }
            trust.anchors << *certs;
        }
    } else if (m_sigstoreMethod->isChecked()) {
        trust.identity = m_sigstore->identityPolicy();
        const QString rootPath = m_sigstore->trustedRootPath();
        if (!rootPath.isEmpty()) {
            auto root = sigstore::loadTrustedRoot(rootPath);
            if (!root) {
                showError(tr("The trusted root cannot be used: %1").arg(root.error().message));
                return false;
            }
            trust.trustedRoot = *root;
        }
    }
    m_trust = trust;
    showError({});
    Q_EMIT trustApplied(m_trust);
    return true;
}

void AttestationTrustWidget::browseKey()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Public Key"), QFileInfo(m_publicKey->text()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.pem *.pub *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_publicKey,
            [this](const QString &path) { m_publicKey->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void AttestationTrustWidget::addAnchors()
{
    addCertificateFiles(this, m_anchors, [this] { updateState(); });
}

void AttestationTrustWidget::updateState()
{
    m_stack->setCurrentIndex(m_keyMethod->isChecked() ? 1 : m_certMethod->isChecked() ? 2 : m_sigstoreMethod->isChecked() ? 3 : 0);
    m_stack->setVisible(!m_none->isChecked());
    m_removeAnchor->setEnabled(m_anchors->currentItem() != nullptr);
    const QString p = problem();
    m_apply->setEnabled(p.isEmpty());
    m_apply->setToolTip(p);
}

void AttestationTrustWidget::showError(const QString &message)
{
    m_error->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace hallmark::ui
