#include "verify/signercard.h"

#include "common/pathtext.h"
#include "verify/chainmodel.h"
#include "verify/fingerprintfield.h"
#include "verify/statepalette.h"
#include "verify/verdictwording.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

QString fileName(const QString &path)
{
    return escapedName(QFileInfo(path).fileName().toUtf8());
}

bool signatureChecked(const VerificationFacts &facts)
{
    return facts.signature == SignatureCheck::Valid || facts.signature == SignatureCheck::ValidLegacyEncoding;
}

QList<CertificatePtr> chainToShow(const VerificationFacts &facts)
{
    if (facts.chain && !facts.chain->path.isEmpty())
        return facts.chain->path;
    if (!facts.signer.builtPath.isEmpty())
        return facts.signer.builtPath;
    return facts.signer.chain;
}

} // namespace

SignerCard::SignerCard(QWidget *parent)
    : QScrollArea(parent),
      m_content(new QWidget(this)),
      m_layout(new QVBoxLayout(m_content)),
      m_badgeIcon(new QLabel(m_content)),
      m_badgeText(new QLabel(m_content)),
      m_chainBox(new QGroupBox(tr("Certificate chain"), m_content)),
      m_chainModel(new ChainModel(this)),
      m_chainView(new QTreeView(m_chainBox))
{
    setObjectName(QStringLiteral("signerCard"));
    setAccessibleName(tr("Signer"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    m_badgeText->setTextFormat(Qt::PlainText);
    m_badgeText->setWordWrap(true);
    QFont bold = m_badgeText->font();
    bold.setBold(true);
    m_badgeText->setFont(bold);
    auto *badge = new QHBoxLayout;
    badge->addWidget(m_badgeIcon);
    badge->addWidget(m_badgeText, 1);
    m_layout->addLayout(badge);

    m_chainView->setObjectName(QStringLiteral("chainView"));
    m_chainView->setAccessibleName(tr("Certificate chain"));
    m_chainView->setModel(m_chainModel);
    m_chainView->setRootIsDecorated(true);
    m_chainView->setItemsExpandable(false);
    m_chainView->setUniformRowHeights(true);
    m_chainView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chainView->header()->setStretchLastSection(true);
    m_chainView->header()->resizeSection(ChainModel::SubjectColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_chainView->setMinimumHeight(fontMetrics().height() * 6);
    connect(m_chainModel, &QAbstractItemModel::modelReset, m_chainView, &QTreeView::expandAll);
    auto *chainLayout = new QVBoxLayout(m_chainBox);
    chainLayout->addWidget(m_chainView);
    m_layout->addWidget(m_chainBox);
    m_layout->addStretch(1);
    setWidget(m_content);
    clear();
}

QString SignerCard::methodName(VerifyMethod method)
{
    switch (method) {
    case VerifyMethod::Key: return tr("Public key");
    case VerifyMethod::Certificate: return tr("Certificate (X.509)");
    case VerifyMethod::Sigstore: return tr("Sigstore");
    }
    return tr("Another method (%1)").arg(int(method));
}

QString SignerCard::claimFor(const VerifyRequest &request, const VerificationFacts &facts)
{
    if (!signatureChecked(facts))
        return {};
    switch (facts.signer.method) {
    case VerifyMethod::Key:
        return tr("Signed with the %1 key in %2 (full fingerprint under Signer).")
            .arg(facts.signer.keyType, fileName(request.publicKeyPath));
    case VerifyMethod::Certificate:
    case VerifyMethod::Sigstore: {
        const QList<CertificatePtr> chain = chainToShow(facts);
        if (chain.isEmpty())
            return {};
        const Certificate &leaf = *chain.constFirst();
        if (facts.sigstore && facts.sigstore->keyless && !facts.sigstore->identity.san.isEmpty())
            return tr("Signed by %1 (vouched for by %2).").arg(facts.sigstore->identity.san, facts.sigstore->identity.issuer);
        const QStringList san = leaf.subjectAltNames();
        return san.isEmpty() ? tr("Signed by %1.").arg(leaf.subject())
                             : tr("Signed by %1 (%2).").arg(leaf.subject(), san.join(QLatin1String(", ")));
    }
    }
    return {};
}

void SignerCard::addRow(QFormLayout *form, const QString &label, const QString &value, const QString &objectName)
{
    QLabel *v = valueLabel(value, form->parentWidget());
    v->setObjectName(objectName);
    v->setAccessibleName(label);
    form->addRow(label, v);
}

QWidget *SignerCard::buildCertificateBox(const Certificate &certificate, const QString &role)
{
    auto *box = new QGroupBox(role, m_sections);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("Subject:"), certificate.subject());
    const QStringList san = certificate.subjectAltNames();
    addRow(form, tr("Alternative names:"), san.isEmpty() ? tr("None") : san.join(QLatin1Char('\n')));
    addRow(form, tr("Issuer:"), certificate.issuer());
    addRow(form, tr("Valid:"), tr("%1 to %2").arg(when(certificate.notBefore()), when(certificate.notAfter())));
    form->addRow(tr("SHA-256 fingerprint:"),
                 new FingerprintField(certificate.fingerprint(), tr("%1 fingerprint (SHA-256)").arg(role), box));
    return box;
}

void SignerCard::setResult(const VerifyRequest &request, const VerificationFacts &facts, const Verdict &verdict)
{
    const VerdictWording w = wordingFor(verdict.status);
    m_badgeIcon->setPixmap(verdictIcon(w.visual).pixmap(QSize(22, 22), devicePixelRatioF()));
    m_badgeIcon->setAccessibleName(visualCodeWord(w.visual));
    m_badgeText->setText(w.headline);

    delete m_sections;
    m_sections = new QWidget(m_content);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 0, 0, 0);
    m_layout->insertWidget(1, m_sections);

    m_methodText = methodName(facts.signer.method);
    switch (facts.signer.method) {
    case VerifyMethod::Key:
    case VerifyMethod::Certificate:
        m_signingTime = tr("Not recorded by this kind of signature");
        break;
    case VerifyMethod::Sigstore:
        m_signingTime = tr("Not known");
        if (facts.sigstore) {
            for (const sigstore::TimestampReport &t : facts.sigstore->timestamps) {
                if (!t.time.isValid())
                    continue;
                const QString source = t.source == sigstore::TimestampReport::Source::TransparencyLog
                                           ? tr("transparency log") : tr("timestamp authority");
                m_signingTime = t.verified ? tr("%1 (from the %2, verified)").arg(when(t.time), source)
                                           : tr("%1 (from the %2, not verified)").arg(when(t.time), source);
                break;
            }
        }
        break;
    default:
        m_signingTime = tr("Not known");
        break;
    }

    auto *signature = new QGroupBox(tr("Signature"), m_sections);
    auto *form = new QFormLayout(signature);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("Method:"), m_methodText, QStringLiteral("signerMethod"));
    addRow(form, tr("Signature file:"), escapedName(QDir::toNativeSeparators(request.signaturePath).toUtf8()));
    addRow(form, tr("Signing time:"), m_signingTime, QStringLiteral("signingTime"));
    if (facts.signer.method == VerifyMethod::Key && !request.publicKeyPath.isEmpty())
        addRow(form, tr("Checked with:"),
               tr("Public key file %1").arg(escapedName(QDir::toNativeSeparators(request.publicKeyPath).toUtf8())));
    else if (facts.signer.method == VerifyMethod::Certificate && !request.trustAnchorPaths.isEmpty()) {
        QStringList names;
        for (const QString &p : request.trustAnchorPaths)
            names << fileName(p);
        addRow(form, tr("Trust anchors:"), names.join(QLatin1String(", ")));
    }
    sections->addWidget(signature);

    m_keyFingerprint = facts.signer.keyFingerprint;
    if (!facts.signer.keyType.isEmpty() || !m_keyFingerprint.isEmpty()) {
        auto *key = new QGroupBox(tr("Signing key"), m_sections);
        auto *keyForm = new QFormLayout(key);
        keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        addRow(keyForm, tr("Type:"), facts.signer.keyType.isEmpty() ? tr("Unknown") : facts.signer.keyType,
               QStringLiteral("keyType"));
        if (!m_keyFingerprint.isEmpty()) {
            auto *field = new FingerprintField(m_keyFingerprint, tr("Key fingerprint (SHA-256)"), key);
            field->setObjectName(QStringLiteral("keyFingerprint"));
            keyForm->addRow(tr("SHA-256 fingerprint:"), field);
        }
        if (facts.hintMismatch)
            addRow(keyForm, tr("Note:"), tr("The signature names a different key than the one used to check it."));
        sections->addWidget(key);
    }

    const QList<CertificatePtr> chain = chainToShow(facts);
    const bool anchorReached = facts.chain && facts.chain->status != ChainStatus::NoPathToAnchor
                               && facts.chain->status != ChainStatus::Invalid;
    // Root first, signing certificate last, each labelled.
    for (int i = int(chain.size()) - 1; i >= 0; --i)
        sections->addWidget(buildCertificateBox(
            *chain.at(i), ChainModel::roleText(i, int(chain.size()), anchorReached, chain.at(i)->isSelfIssued())));

    const QDateTime at = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    m_chainModel->setChain(chain, facts.chain, at);
    m_chainBox->setVisible(!chain.isEmpty());
    if (facts.chain && !facts.chain->reason.isEmpty())
        m_chainBox->setTitle(tr("Certificate chain: %1").arg(facts.chain->reason));
    else
        m_chainBox->setTitle(tr("Certificate chain"));
}

void SignerCard::clear()
{
    m_badgeIcon->clear();
    m_badgeText->setText(tr("No signature has been checked yet."));
    delete m_sections;
    m_sections = nullptr;
    m_methodText.clear();
    m_signingTime.clear();
    m_keyFingerprint.clear();
    m_chainModel->clear();
    m_chainBox->hide();
}

QString SignerCard::methodText() const { return m_methodText; }
QString SignerCard::signingTimeText() const { return m_signingTime; }
QString SignerCard::keyFingerprint() const { return m_keyFingerprint; }

QList<FingerprintField *> SignerCard::fingerprintFields() const
{
    return m_content->findChildren<FingerprintField *>();
}

} // namespace hallmark::ui
