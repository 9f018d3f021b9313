#pragma once

#include <QDialog>

#include <nlohmann/json.hpp>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hallmark::ui {

class AttestController;
class InlineNote;
class SignerPicker;

// Attest…: signs an in-toto statement about a model (subject: its manifest
// digest; predicate: a JSON object from a file) as a Sigstore bundle, with a
// key file or a token key. Hashing runs on a worker with progress and Cancel.
// Never overwrites a file unless "Replace" is ticked. Show with open() or show().
class AttestDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Editing, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit AttestDialog(const QString &modelPath, QWidget *parent = nullptr);
    ~AttestDialog() override;

    // Same as pressing Attest.
    void startAttesting();
    void cancelAttesting();
    // Cancels a running job first; closes only when nothing runs.
    void reject() override;

    State state() const { return m_state; }
    QString modelPath() const { return m_modelPath; }
    QString outputPath() const;
    // The headline, then the explanation and what can be done.
    QString resultText() const;

    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *predicateEdit() const { return m_predicate; }
    InlineNote *predicateNote() const { return m_predicateNote; }
    QComboBox *predicateTypeBox() const { return m_type; }
    InlineNote *predicateTypeNote() const { return m_typeNote; }
    SignerPicker *signerPicker() const { return m_signer; }
    QLineEdit *outputEdit() const { return m_output; }
    QCheckBox *replaceBox() const { return m_replace; }
    QLabel *hintLabel() const { return m_hint; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *resultLabel() const { return m_headline; }
    QLabel *resultDetailsLabel() const { return m_result; }
    // Raw backend text (OpenSSL, PKCS#11) of a failure, shown on request.
    QPushButton *technicalDetailsButton() const { return m_technicalButton; }
    QLabel *technicalDetailsLabel() const { return m_technical; }
    AttestController *controller() const { return m_controller; }

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    void stateChanged(hallmark::ui::AttestDialog::State state);
    void attestationWritten(const QString &outputPath);

private:
    void setState(State state);
    void updateState();
    void showResult(const QString &headline, const QString &details);
    void showFailure(const QString &headline, const QString &explanation, const QString &remedy,
                     const QString &detail = {});
    std::optional<nlohmann::json> checkPredicate();
    bool checkPredicateType();
    bool refuseOutput();
    void browsePredicate();
    void browseOutput();
    void onFinished(const QString &output, const QString &digest);
    void onFailed(const QString &message, const QString &detail);

    QString m_modelPath;
    AttestController *m_controller;
    State m_state = State::Editing;
    bool m_typeChosen = false;
    QLineEdit *m_model;
    QLineEdit *m_predicate;
    QWidget *m_predicateRow = nullptr;  // the field and its Browse button
    InlineNote *m_predicateNote;
    QComboBox *m_type;
    InlineNote *m_typeNote;
    SignerPicker *m_signer;
    QLineEdit *m_output;
    QWidget *m_outputRow = nullptr;
    QCheckBox *m_replace;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QLabel *m_headline;
    QLabel *m_result;
    QPushButton *m_technicalButton;
    QLabel *m_technical;
    QPushButton *m_start;
    QPushButton *m_close;
};

} // namespace hallmark::ui
