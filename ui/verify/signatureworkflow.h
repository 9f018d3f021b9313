#pragma once

#include "verify/diffview.h"
#include "verify/omsverifier.h"
#include "verify/signercard.h"
#include "verify/verdict.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace hallmark::ui {

class MainWindow;
class SignDialog;
class SigstorePages;
class VerdictBanner;
class VerifyController;
class VerifyDialog;

// Everything about signatures in the main window: finds model.sig when a
// model opens, runs verification, and shows the banner, the signer card and
// the diff (raised when files differ). Also opens the Sign dialog.
class SignatureWorkflow : public QObject
{
    Q_OBJECT

public:
    explicit SignatureWorkflow(MainWindow *window);
    ~SignatureWorkflow() override;

    // A new model is open: forget the last verdict and look for a signature.
    void modelOpened(const QString &path);

    VerifyDialog *openVerifyDialog(const QString &signaturePath = {});
    SignDialog *openSignDialog();
    void startVerification(const VerifyRequest &request);
    void cancel();

    QString foundSignature() const { return m_found; }
    // The request the dialog starts from: found signature, remembered key or anchors.
    VerifyRequest proposedRequest() const;
    std::optional<Verdict> verdict() const { return m_verdict; }
    const VerificationFacts &facts() const { return m_facts; }
    bool isRunning() const;

    VerdictBanner *banner() const { return m_banner; }
    SignerCard *signerCard() const { return m_card; }
    DiffView *diffView() const { return m_diff; }
    VerifyController *controller() const { return m_controller; }
    SigstorePages *sigstorePages() const { return m_sigstore; }

Q_SIGNALS:
    void verificationFinished(const hallmark::Verdict &verdict);
    void verificationCancelled();

private:
    void onFinished(const VerificationFacts &facts, const Verdict &verdict);
    void showPages();
    void hidePages();
    void remember(const VerifyRequest &request) const;

    MainWindow *m_window;
    VerifyController *m_controller;
    VerdictBanner *m_banner;
    QPointer<SignerCard> m_card;  // owned by the tab widget while shown, else by us
    QPointer<DiffView> m_diff;
    SigstorePages *m_sigstore;  // Chain, Log, Timestamps and Checks pages
    QPointer<VerifyDialog> m_verifyDialog;
    QPointer<SignDialog> m_signDialog;
    QString m_model;
    QString m_found;
    VerifyRequest m_request;
    VerificationFacts m_facts;
    std::optional<Verdict> m_verdict;
};

} // namespace hallmark::ui
