#pragma once

#include "common/secretbuffer.h"
#include "keys/pkcs11/pkcs11signer.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hallmark::ui {

// Asks for a token PIN without blocking: ask() fills it in and opens it;
// the answer comes through answered() (null when cancelled). It names the
// module, token, slot, manufacturer, key and what is being signed, and warns
// about low PIN counts. With a protected authentication path there is no
// field: the PIN is entered on the reader.
//
// The PIN goes from the field into a SecretBuffer and the field is cleared
// at once. Not scrubbed: the QString the QLineEdit held, which Qt frees
// unwiped. The PIN is never logged.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinDialog(QWidget *parent = nullptr);

    // `subject`: what is being signed (a short manifest digest, else the model name).
    void ask(const pkcs11::PinRequest &request, const QString &subject);

    void accept() override;
    void reject() override;

    QLineEdit *pinEdit() const { return m_pin; }
    QPushButton *okButton() const { return m_ok; }
    QString detailsText() const;
    QString warningText() const;

Q_SIGNALS:
    // The PIN (empty for the reader's PIN pad), or null when cancelled.
    void answered(std::shared_ptr<hallmark::SecretBuffer> pin);

private:
    QLabel *m_intro;
    QLabel *m_details;
    QLabel *m_warning;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QPushButton *m_ok;
    bool m_protectedPath = false;
};

} // namespace hallmark::ui
