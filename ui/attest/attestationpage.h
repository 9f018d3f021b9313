#pragma once

#include "attest/attestreport.h"
#include "jobrunner.h"

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace hallmark::ui {

class AttestationHeader;
class AttestationListModel;
class AttestationTrustWidget;
class ConditionsPanel;
class FieldTreeView;
class MlPredicateView;
class ProvenanceView;
class SubjectsModel;

// The attestations about a model: every one read from the files given, its
// signature and subject binding, and for the selected one its subjects,
// statement, provenance and model card; conditions over all of them below.
// Reading and checking run on a worker; a change of trust or model checks
// everything again.
class AttestationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AttestationPage(QWidget *parent = nullptr);
    ~AttestationPage() override;

    void addFile(const QString &path);  // reads every attestation in it (bundle, DSSE, JSON Lines, statement); worker
    void clear();
    void setModel(const std::optional<hallmark::attest::ModelDigests> &model);  // re-binds subjects; nullopt: no model
    void setTrust(const hallmark::attest::AttestationTrust &trust);             // re-verifies signatures
    hallmark::attest::AttestationTrust trust() const { return m_trust; }
    int attestationCount() const { return int(m_reports.size()); }
    const hallmark::attest::AttestationReport *report(int row) const;
    void addCondition(const QString &expression);
    QList<hallmark::attest::ConditionResult> conditionResults() const;
    bool isBusy() const { return m_runner.isRunning(); }

    // For tests and the main window.
    QTableView *listView() const { return m_list; }
    AttestationListModel *listModel() const { return m_listModel; }
    void selectAttestation(int row);
    int selectedRow() const;
    AttestationHeader *header() const { return m_header; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QTableView *subjectsView() const { return m_subjectsView; }
    SubjectsModel *subjectsModel() const { return m_subjectsModel; }
    FieldTreeView *statementTree() const { return m_statement; }
    ProvenanceView *provenanceView() const { return m_provenance; }
    MlPredicateView *mlView() const { return m_ml; }
    ConditionsPanel *conditionsPanel() const { return m_conditions; }
    AttestationTrustWidget *trustWidget() const { return m_trustWidget; }
    QDialog *trustDialog() const { return m_trustDialog; }
    QLabel *trustSummaryLabel() const { return m_trustSummary; }
    QLabel *failuresLabel() const { return m_failures; }

Q_SIGNALS:
    void reportsChanged();
    void fileFailed(const QString &path, const QString &message);

public:
    struct WorkResult {
        QList<attest::Attestation> attestations;
        QList<attest::AttestationReport> reports;
        int filesTaken = 0;
        QList<QPair<QString, QString>> failures;  // path, message
    };

private:
    void start();
    void finished(const WorkResult &result);
    void showSelected();
    void chooseFiles();
    void updateBusy();

    attest::AttestationTrust m_trust;
    std::optional<attest::ModelDigests> m_model;
    QList<attest::Attestation> m_attestations;
    QList<attest::AttestationReport> m_reports;
    QStringList m_pending;
    QStringList m_failureLines;

    QLabel *m_trustSummary;
    QProgressBar *m_busy;
    QLabel *m_failures;
    QTableView *m_list;
    AttestationListModel *m_listModel;
    AttestationHeader *m_header;
    QTabWidget *m_tabs;
    QTableView *m_subjectsView;
    SubjectsModel *m_subjectsModel;
    FieldTreeView *m_statement;
    ProvenanceView *m_provenance;
    MlPredicateView *m_ml;
    ConditionsPanel *m_conditions;
    AttestationTrustWidget *m_trustWidget;
    QDialog *m_trustDialog;
    JobRunner<WorkResult> m_runner;
};

} // namespace hallmark::ui
