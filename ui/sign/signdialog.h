#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace hallmark::ui {

class PinBroker;
class PinDialog;
class SignController;
class TokenPickerPage;
class TokenWaitBanner;

// Signs a model: key source (a private key file with its passphrase, or a
// key on a PKCS#11 token with a PIN dialog and a "confirm on your token"
// banner), optional certificate and chain,
// output path, "replace existing file". Signing runs on a worker with
// progress and Cancel. Open with open().
//
// The passphrase is converted straight into a SecretBuffer (wiped once the
// key is read, or when the job is dropped) and the field is cleared at once.
// Not scrubbed: the QString the QLineEdit held, which Qt frees unwiped.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Editing, Signing, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    enum KeySource { KeyFile = 0, Token = 1 };  // index in the key source box and stack

    explicit SignDialog(QWidget *parent = nullptr);
    ~SignDialog() override;

    void setModelPath(const QString &path);  // also proposes the output path

    // Same as pressing Sign.
    void startSigning();
    void cancelSigning();
    // Cancels a running job first; closes only when nothing runs.
    void reject() override;

    State state() const { return m_state; }
    QString resultText() const;
    QString outputPath() const;
    QString modelPath() const;

    QLineEdit *modelEdit() const { return m_model; }
    QComboBox *keySourceBox() const { return m_keySource; }
    QStackedWidget *keySourceStack() const { return m_keyStack; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QListWidget *chainList() const { return m_chain; }
    QLineEdit *outputEdit() const { return m_output; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *verifyButton() const { return m_verify; }
    TokenPickerPage *tokenPage() const { return m_tokenPage; }
    PinDialog *pinDialog() const { return m_pinDialog; }
    TokenWaitBanner *tokenWaitBanner() const { return m_waitBanner; }

Q_SIGNALS:
    void stateChanged(hallmark::ui::SignDialog::State state);
    // The user asked to check the signature just made.
    void verifyRequested(const QString &modelPath, const QString &signaturePath);

private:
    void setState(State state);
    void updateState();
    void browse(QLineEdit *edit, const QString &title, const QStringList &filters, bool save, bool folderToo);

    SignController *m_controller;
    State m_state = State::Editing;
    bool m_outputEdited = false;
    QLineEdit *m_model;
    QComboBox *m_keySource;
    QStackedWidget *m_keyStack;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    QLineEdit *m_certificate;
    QListWidget *m_chain;
    QLineEdit *m_output;
    QCheckBox *m_replace;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_sign;
    QPushButton *m_verify;
    QPushButton *m_close;
    TokenPickerPage *m_tokenPage;
    PinBroker *m_broker;
    PinDialog *m_pinDialog;
    TokenWaitBanner *m_waitBanner;
};

} // namespace hallmark::ui
