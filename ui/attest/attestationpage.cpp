#include "attest/attestationpage.h"

#include "attest/attestationheader.h"
#include "attest/attestationlistmodel.h"
#include "attest/attestationtrustwidget.h"
#include "attest/conditionspanel.h"
#include "attest/fieldtreeview.h"
#include "attest/mlpredicateview.h"
#include "attest/provenanceview.h"
#include "attest/subjectsmodel.h"
#include "common/pathtext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hallmark::ui {

namespace {

using WorkResult = AttestationPage::WorkResult;

// Reads the files not read yet, then checks every attestation with the trust
// and model of the moment. Runs on the worker.
WorkResult readAndAssess(QList<attest::Attestation> attestations, QStringList files, attest::AttestationTrust trust,
                         std::optional<attest::ModelDigests> model, std::shared_ptr<JobControl> control)
{
    WorkResult out;
    for (const QString &path : files) {
        if (control->isCancelled())
            return out;
        auto read = attest::readAttestationFile(path);
        if (read)
            attestations << *read;
        else
            out.failures.append({path, read.error().message});
        ++out.filesTaken;
    }
    for (const attest::Attestation &a : attestations) {
        if (control->isCancelled())
            return out;
        out.reports << attest::assessAttestation(a, trust, model);
    }
    out.attestations = attestations;
    return out;
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AttestationPage::AttestationPage(QWidget *parent)
    : QWidget(parent),
      m_trustSummary(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_failures(new QLabel(this)),
      m_listModel(new AttestationListModel(this)),
      m_header(new AttestationHeader(this)),
      m_tabs(new QTabWidget(this)),
      m_subjectsModel(new SubjectsModel(this)),
      m_statement(new FieldTreeView(this)),
      m_provenance(new ProvenanceView(this)),
      m_ml(new MlPredicateView(this)),
      m_conditions(new ConditionsPanel(this)),
      m_trustWidget(new AttestationTrustWidget),
      m_trustDialog(new QDialog(this)),
      m_runner(this, [] {}, [this](const WorkResult &r, bool cancelled) {
          if (!cancelled)
              finished(r);
      })
{
    setObjectName(QStringLiteral("attestationPage"));
    m_list = tableView(m_listModel, tr("Attestations"), this);
    m_subjectsView = tableView(m_subjectsModel, tr("Subjects"), this);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_list->setColumnWidth(AttestationListModel::FileColumn, x * 30);
    m_list->setColumnWidth(AttestationListModel::CarrierColumn, x * 20);
    m_list->setColumnWidth(AttestationListModel::PredicateColumn, x * 40);
    m_list->setColumnWidth(AttestationListModel::SignatureColumn, x * 16);
    m_subjectsView->setColumnWidth(SubjectsModel::NameColumn, x * 18);
    m_subjectsView->setColumnWidth(SubjectsModel::MatchColumn, x * 20);
    m_subjectsView->setColumnWidth(SubjectsModel::FilesColumn, x * 20);
    m_statement->setAccessibleName(tr("Statement"));
    const int row = fontMetrics().height() + 10;
    m_list->setMinimumHeight(row * 6);
    m_conditions->view()->setMinimumHeight(row * 5);
    m_subjectsView->setColumnWidth(SubjectsModel::DigestColumn,
                                   QFontMetrics(SubjectsModel::digestFont()).horizontalAdvance(QString(71, QLatin1Char('0'))) + 16);

    auto *addFile = new QPushButton(tr("&Add Attestation File…"), this);
    auto *trustButton = new QPushButton(tr("&Check Signatures With…"), this);
    trustButton->setAccessibleName(tr("Choose what attestation signatures are checked against"));
    m_trustSummary->setTextFormat(Qt::PlainText);
    m_trustSummary->setWordWrap(true);
    m_trustSummary->setObjectName(QStringLiteral("trustSummary"));
    m_trustSummary->setText(AttestationTrustWidget::summary(m_trust));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(x * 16);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading and checking attestations"));
    m_busy->hide();
    m_failures->setTextFormat(Qt::PlainText);
    m_failures->setWordWrap(true);
    m_failures->setObjectName(QStringLiteral("attestationFailures"));
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->hide();

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(addFile);
    topRow->addWidget(trustButton);
    topRow->addWidget(m_trustSummary, 1);
    topRow->addWidget(m_busy);

    m_tabs->addTab(m_subjectsView, tr("S&ubjects"));
    m_tabs->addTab(m_statement, tr("S&tatement"));
    m_tabs->addTab(m_provenance, tr("&Provenance"));
    m_tabs->addTab(m_ml, tr("&Model Card"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_header);
    detailsLayout->addWidget(m_tabs, 1);

    auto *conditionsBox = new QGroupBox(tr("Conditions (over every verified attestation about this model)"), this);
    auto *conditionsLayout = new QVBoxLayout(conditionsBox);
    conditionsLayout->addWidget(m_conditions);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    split->addWidget(details);
    split->addWidget(conditionsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_failures);
    layout->addWidget(split, 1);

    m_trustDialog->setWindowTitle(tr("Check Attestation Signatures With"));
    m_trustDialog->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
    auto *dialogLayout = new QVBoxLayout(m_trustDialog);
    dialogLayout->addWidget(m_trustWidget);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_trustDialog);
    dialogLayout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, m_trustDialog, &QDialog::hide);
    connect(m_trustWidget, &AttestationTrustWidget::trustApplied, this, &AttestationPage::setTrust);
    connect(trustButton, &QPushButton::clicked, this, [this] {
        m_trustDialog->show();
        m_trustDialog->raise();
        m_trustDialog->activateWindow();
    });
    connect(addFile, &QPushButton::clicked, this, &AttestationPage::chooseFiles);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttestationPage::showSelected);
    for (auto *source : {m_statement})
        connect(source, &FieldTreeView::conditionRequested, m_conditions, &ConditionsPanel::setDraft);
    connect(m_provenance, &ProvenanceView::conditionRequested, m_conditions, &ConditionsPanel::setDraft);
    connect(m_ml, &MlPredicateView::conditionRequested, m_conditions, &ConditionsPanel::setDraft);
    showSelected();
}

AttestationPage::~AttestationPage() = default;

void AttestationPage::addFile(const QString &path)
{
    m_pending << path;
    start();
}

void AttestationPage::clear()
{
    m_runner.abandon();
    m_pending.clear();
    m_attestations.clear();
    m_failureLines.clear();
    m_failures->clear();
    m_failures->hide();
    WorkResult empty;
    finished(empty);
}

void AttestationPage::setModel(const std::optional<attest::ModelDigests> &model)
{
    m_model = model;
    start();
}

void AttestationPage::setTrust(const attest::AttestationTrust &trust)
{
    m_trust = trust;
    m_trustSummary->setText(AttestationTrustWidget::summary(m_trust));
    start();
}

const attest::AttestationReport *AttestationPage::report(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

void AttestationPage::addCondition(const QString &expression)
{
    m_conditions->addCondition(expression);
}

QList<attest::ConditionResult> AttestationPage::conditionResults() const
{
    return m_conditions->results();
}

void AttestationPage::start()
{
    if (m_attestations.isEmpty() && m_pending.isEmpty()) {
        m_runner.abandon();
        finished(WorkResult{});
        return;
    }
    m_runner.start(&readAndAssess, m_attestations, m_pending, m_trust, m_model);
    updateBusy();
}

void AttestationPage::finished(const WorkResult &result)
{
    const int row = selectedRow();
    m_attestations = result.attestations;
    m_pending.remove(0, std::min<qsizetype>(result.filesTaken, m_pending.size()));
    m_reports = result.reports;
    m_listModel->setReports(m_reports, m_model.has_value());
    m_conditions->setReports(m_reports);
    for (const auto &[path, message] : result.failures) {
        const QString shown = escapedName(QDir::toNativeSeparators(path).toUtf8());
        m_failureLines << (message.contains(path) ? tr("⚠ %1").arg(message) : tr("⚠ Could not read %1: %2").arg(shown, message));
    }
    m_failures->setText(m_failureLines.join(QLatin1Char('\n')));
    m_failures->setVisible(!m_failureLines.isEmpty());
    if (!m_reports.isEmpty())
        selectAttestation(row >= 0 && row < m_reports.size() ? row : 0);
    else
        showSelected();
    updateBusy();
    for (const auto &[path, message] : result.failures)
        Q_EMIT fileFailed(path, message);
    Q_EMIT reportsChanged();
}

void AttestationPage::selectAttestation(int row)
{
    const QModelIndex index = m_listModel->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

int AttestationPage::selectedRow() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AttestationPage::showSelected()
{
    const attest::AttestationReport *r = report(selectedRow());
    const int provenanceTab = m_tabs->indexOf(m_provenance);
    const int mlTab = m_tabs->indexOf(m_ml);
    if (!r) {
        m_header->showNothing();
        m_subjectsModel->clear();
        m_statement->setRoot({});
        m_provenance->clear();
        m_ml->clear();
        m_tabs->setTabVisible(provenanceTab, false);
        m_tabs->setTabVisible(mlTab, false);
        return;
    }
    m_header->showReport(*r, m_model.has_value());
    const std::optional<InTotoStatement> &statement = r->attestation.statement;
    if (m_model && statement)
        m_subjectsModel->setBindings(r->bindings);
    else
        m_subjectsModel->setUncompared(statement ? statement->subjects : QList<InTotoSubject>{});
    m_statement->setRoot(attest::fieldTree(r->attestation.statementJson));
    if (r->slsa)
        m_provenance->setProvenance(*r->slsa);
    else
        m_provenance->clear();
    if (r->ml)
        m_ml->setPredicate(*r->ml);
    else
        m_ml->clear();
    m_tabs->setTabVisible(provenanceTab, r->slsa.has_value());
    m_tabs->setTabVisible(mlTab, r->ml.has_value());
}

void AttestationPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add Attestation Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Attestations (*.json *.jsonl *.intoto *.dsse *.sigstore)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &p : paths)
            addFile(p);
    });
    dialog->open();
}

void AttestationPage::updateBusy()
{
    m_busy->setVisible(m_runner.isRunning());
}

} // namespace hallmark::ui
