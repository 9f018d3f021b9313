#pragma once

#include "attestsign/attestcontroller.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace hallmark::ui {

class PinBroker;
class PinDialog;
class TokenPickerPage;
class TokenWaitBanner;

// Where the signing key comes from: a private key file with its passphrase,
// or a key on a PKCS#11 token (the Sign dialog's token page, PIN dialog and
// "confirm on your token" banner). The dialog places tokenWaitBanner() in its
// own layout.
//
// The passphrase goes from the field into a SecretBuffer when the signer
// factory is taken, and the field is cleared at once; the buffer is wiped
// once the key is read, or when the job is dropped. Not scrubbed: the QString
// the QLineEdit held, which Qt frees unwiped.
class SignerPicker : public QWidget
{
    Q_OBJECT

public:
    enum KeySource { KeyFile = 0, Token = 1 };  // index in the key source box and stack

    explicit SignerPicker(QWidget *parent = nullptr);
    ~SignerPicker() override;

    // What to choose before signing, or "" when a key is chosen.
    QString missing() const;
    // Something to know about the chosen key, or "".
    QString note() const;
    // What the status line says while the key opens.
    QString openingText() const;
    // Takes the passphrase out of its field. Empty when no key is chosen.
    AttestController::SignerFactory takeSignerFactory();
    // What is being signed, named in the PIN dialog.
    void setSubject(const QString &subject) { m_subject = subject; }
    // The job ended: close the PIN dialog and the banner.
    void jobEnded();
    void clearPassphrase();
    // Locks the choice while a job runs; the PIN dialog stays usable.
    void setChoiceEnabled(bool enabled);

    QComboBox *keySourceBox() const { return m_keySource; }
    QStackedWidget *keySourceStack() const { return m_keyStack; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    TokenPickerPage *tokenPage() const { return m_tokenPage; }
    PinDialog *pinDialog() const { return m_pinDialog; }
    TokenWaitBanner *tokenWaitBanner() const { return m_waitBanner; }

Q_SIGNALS:
    void changed();
    // The PIN dialog was cancelled.
    void cancelRequested();
    // Cancel on the wait banner: the token call itself cannot be interrupted.
    void tokenCancelRequested();

private:
    QString keyFilePath() const;
    void showPage(int index);
    void browseKey();

    QComboBox *m_keySource;
    QStackedWidget *m_keyStack;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    TokenPickerPage *m_tokenPage;
    PinBroker *m_broker;
    PinDialog *m_pinDialog;
    TokenWaitBanner *m_waitBanner;
    QString m_subject;
};

} // namespace hallmark::ui
