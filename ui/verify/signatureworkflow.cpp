#include "verify/signatureworkflow.h"

#include "mainwindow.h"
#include "sign/signdialog.h"
#include "sigstore/sigstorepages.h"
#include "verify/diffview.h"
#include "verify/signaturediscovery.h"
#include "verify/signercard.h"
#include "verify/verdictbanner.h"
#include "verify/verifycontroller.h"
#include "verify/verifydialog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTreeView>

namespace hallmark::ui {

namespace {

// Per-model settings live under a hash of the path: keys stay short and
// never contain separators QSettings treats specially.
QString modelKey(const QString &model, const char *name)
{
    const QByteArray id = QCryptographicHash::hash(QFileInfo(model).absoluteFilePath().toUtf8(),
                                                   QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("signature/models/%1/%2").arg(QString::fromLatin1(id), QLatin1String(name));
}

QString globalKey(const char *name)
{
    return QStringLiteral("signature/last/%1").arg(QLatin1String(name));
}

} // namespace

SignatureWorkflow::SignatureWorkflow(MainWindow *window)
    : QObject(window),
      m_window(window),
      m_controller(new VerifyController(this)),
      m_banner(new VerdictBanner),
      m_card(new SignerCard),
      m_diff(new DiffView),
      m_sigstore(new SigstorePages(window))
{
    m_banner->hide();
    window->setBanner(m_banner);
    connect(m_banner, &VerdictBanner::verifyRequested, this, [this] { openVerifyDialog(); });
    connect(m_banner, &VerdictBanner::cancelRequested, this, &SignatureWorkflow::cancel);
    connect(m_banner, &VerdictBanner::detailsRequested, this, [this] {
        showPages();
        m_window->detailsTabs()->setCurrentWidget(m_card);
    });
    connect(m_controller, &VerifyController::started, m_banner, &VerdictBanner::showRunning);
    connect(m_controller, &VerifyController::progress, m_banner, &VerdictBanner::setProgress);
    connect(m_controller, &VerifyController::finished, this, &SignatureWorkflow::onFinished);
    connect(m_controller, &VerifyController::cancelled, this, [this] {
        m_banner->showCancelled();
        Q_EMIT verificationCancelled();
    });
    connect(m_diff, &DiffView::fileActivated, this, [this](const QString &path) {
        if (m_window->selectPath(path))
            m_window->fileTreeView()->setFocus(Qt::OtherFocusReason);
    });
}

SignatureWorkflow::~SignatureWorkflow()
{
    // Pages not currently in the tab widget have no parent.
    if (m_card && !m_card->parent())
        delete m_card.data();
    if (m_diff && !m_diff->parent())
        delete m_diff.data();
}

bool SignatureWorkflow::isRunning() const
{
    return m_controller->isRunning();
}

void SignatureWorkflow::modelOpened(const QString &path)
{
    m_controller->abandon();
    m_model = path;
    m_verdict.reset();
    m_facts = {};
    m_card->clear();
    m_diff->clear();
    hidePages();
    m_sigstore->clear();
    m_found = findSignature(path);
    if (m_found.isEmpty())
        m_banner->showUnsigned();
    else
        m_banner->showSignatureFound(m_found);
    m_banner->show();
}

VerifyRequest SignatureWorkflow::proposedRequest() const
{
    VerifyRequest r;
    r.modelPath = m_model;
    r.signaturePath = !m_found.isEmpty() ? m_found : (m_model.isEmpty() ? QString() : defaultSignaturePath(m_model));
    QSettings settings;
    const bool known = !m_model.isEmpty() && settings.contains(modelKey(m_model, "method"));
    auto value = [&](const char *name) {
        return known ? settings.value(modelKey(m_model, name)) : settings.value(globalKey(name));
    };
    const QString method = value("method").toString();
    r.method = method == QLatin1String("certificate") ? VerifyMethod::Certificate
               : method == QLatin1String("sigstore")  ? VerifyMethod::Sigstore
                                                      : VerifyMethod::Key;
    r.publicKeyPath = value("publicKey").toString();
    r.trustAnchorPaths = value("anchors").toStringList();
    r.checkCertificateAtSigningTime = value("atSigningTime").toBool();
    return r;
}

void SignatureWorkflow::remember(const VerifyRequest &request) const
{
    // Paths of keys and certificates only; nothing secret.
    QSettings settings;
    const QString method = request.method == VerifyMethod::Certificate ? QStringLiteral("certificate")
                           : request.method == VerifyMethod::Key       ? QStringLiteral("key")
                           : request.method == VerifyMethod::Sigstore  ? QStringLiteral("sigstore")
                                                                       : QString();
    if (method.isEmpty())
        return;
    auto store = [&](const char *name, const QVariant &v) {
        settings.setValue(modelKey(request.modelPath, name), v);
        settings.setValue(globalKey(name), v);
    };
    store("method", method);
    store("publicKey", request.publicKeyPath);
    store("anchors", request.trustAnchorPaths);
    store("atSigningTime", request.checkCertificateAtSigningTime);
}

VerifyDialog *SignatureWorkflow::openVerifyDialog(const QString &signaturePath)
{
    if (m_verifyDialog) {
        m_verifyDialog->raise();
        m_verifyDialog->activateWindow();
        return m_verifyDialog;
    }
    auto *dialog = new VerifyDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    VerifyRequest proposed = proposedRequest();
    if (!signaturePath.isEmpty())
        proposed.signaturePath = signaturePath;
    dialog->setRequest(proposed);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startVerification(dialog->request()); });
    m_verifyDialog = dialog;
    dialog->open();
    return dialog;
}

SignDialog *SignatureWorkflow::openSignDialog()
{
    if (m_signDialog) {
        m_signDialog->raise();
        m_signDialog->activateWindow();
        return m_signDialog;
    }
    auto *dialog = new SignDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModelPath(m_model);
    connect(dialog, &SignDialog::stateChanged, this, [this](SignDialog::State state) {
        if (state == SignDialog::State::Succeeded && !m_verdict && !m_controller->isRunning()) {
            m_found = findSignature(m_model);
            if (!m_found.isEmpty())
                m_banner->showSignatureFound(m_found);
        }
    });
    connect(dialog, &SignDialog::verifyRequested, this, [this](const QString &model, const QString &signature) {
        if (QFileInfo(model).absoluteFilePath() != QFileInfo(m_model).absoluteFilePath())
            m_window->openPath(model);
        openVerifyDialog(signature);
    });
    m_signDialog = dialog;
    dialog->open();
    return dialog;
}

void SignatureWorkflow::startVerification(const VerifyRequest &request)
{
    if (QFileInfo(request.modelPath).absoluteFilePath() != QFileInfo(m_model).absoluteFilePath())
        m_window->openPath(request.modelPath);
    m_request = request;
    remember(request);
    m_verdict.reset();
    m_banner->show();
    m_controller->start(request);
}

void SignatureWorkflow::cancel()
{
    m_controller->cancel();
}

void SignatureWorkflow::onFinished(const VerificationFacts &facts, const Verdict &verdict)
{
    m_facts = facts;
    m_verdict = verdict;
    m_banner->showVerdict(verdict, SignerCard::claimFor(m_request, facts));
    m_card->setResult(m_request, facts, verdict);
    m_diff->setDiff(facts.diff, facts.signedManifest.has_value());
    showPages();
    // Chain, Log, Timestamps and Checks for a Sigstore result; none otherwise.
    if (facts.sigstore)
        m_sigstore->setResult(*facts.sigstore);
    else
        m_sigstore->clear();
    const bool differs = verdict.status == VerdictStatus::ContentMismatch
                         || (facts.signedManifest && !facts.diff.contentMatches());
    m_window->detailsTabs()->setCurrentWidget(differs ? static_cast<QWidget *>(m_diff) : static_cast<QWidget *>(m_card));
    if (m_window->isActiveWindow())
        m_banner->headlineLabel()->setFocus(Qt::OtherFocusReason);
    Q_EMIT verificationFinished(verdict);
}

void SignatureWorkflow::showPages()
{
    QTabWidget *tabs = m_window->detailsTabs();
    if (tabs->indexOf(m_card) < 0)
        m_window->addDetailsPage(m_card, tr("Signer"));
    if (tabs->indexOf(m_diff) < 0)
        m_window->addDetailsPage(m_diff, tr("Files vs. Signature"));
}

void SignatureWorkflow::hidePages()
{
    m_window->removeDetailsPage(m_card);
    m_window->removeDetailsPage(m_diff);
}

} // namespace hallmark::ui
