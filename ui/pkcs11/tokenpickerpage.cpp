#include "pkcs11/tokenpickerpage.h"

#include "pkcs11/tokentreemodel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hallmark::ui {

TokenPickerPage::TokenPickerPage(QWidget *parent)
    : QWidget(parent),
      m_model(new TokenTreeModel(this)),
      m_tree(new QTreeView(this)),
      m_uri(new QLineEdit(this)),
      m_note(new QLabel(this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this)),
      m_addModule(new QPushButton(tr("A&dd Module…"), this))
{
    setObjectName(QStringLiteral("tokenPickerPage"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Tokens and keys"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(fontMetrics().height() * 9);
    m_tree->header()->setStretchLastSection(true);
    for (int c = TokenTreeModel::Name; c < TokenTreeModel::CanSign; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_uri->setReadOnly(true);
    m_uri->setAccessibleName(tr("Key URI"));
    m_uri->setPlaceholderText(tr("Select a private key or its certificate"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("tokenKeyNote"));
    m_refresh->setAccessibleName(tr("Scan the tokens again"));
    m_addModule->setAccessibleName(tr("Load a PKCS#11 module from a file"));

    connect(m_refresh, &QPushButton::clicked, m_model, &TokenTreeModel::refresh);
    connect(m_addModule, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a PKCS#11 Module"), QStringLiteral("/usr/lib"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("PKCS#11 modules (*.so *.so.* *.dylib *.dll)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this, &TokenPickerPage::addModule);
        dialog->open();
    });
    connect(m_model, &TokenTreeModel::modelReset, this, [this] {
        m_tree->expandAll();
        onSelection();
    });
    connect(m_model, &TokenTreeModel::scanStarted, this, [this] { m_refresh->setEnabled(false); });
    connect(m_model, &TokenTreeModel::scanFinished, this, [this] { m_refresh->setEnabled(true); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TokenPickerPage::onSelection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_addModule);
    buttons->addStretch(1);
    auto *uriForm = new QFormLayout;
    uriForm->setContentsMargins(0, 0, 0, 0);
    uriForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    uriForm->addRow(tr("Key &URI:"), m_uri);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(uriForm);
    layout->addWidget(m_note);
    onSelection();
}

void TokenPickerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureScanned();
}

void TokenPickerPage::ensureScanned()
{
    if (m_scanned)
        return;
    m_scanned = true;
    m_model->refresh();
}

void TokenPickerPage::addModule(const QString &path)
{
    m_scanned = true;
    m_model->addModule(path);
}

void TokenPickerPage::onSelection()
{
    m_selected = m_model->keyAt(m_tree->selectionModel()->currentIndex());
    m_uri->setText(m_selected ? m_selected->uri : QString());
    m_uri->setCursorPosition(0);
    m_uri->setToolTip(m_uri->text());
    const QString problemText = problem();
    QString note = problemText;
    if (note.isEmpty() && m_selected)
        note = m_selected->withCertificate
                   ? tr("Signs with key \"%1\" and the token's certificate (%2).")
                         .arg(m_selected->displayName(), m_selected->certificateSubject)
                   : tr("Signs with key \"%1\" (%2). The token asks for its PIN when you sign.")
                         .arg(m_selected->displayName(), m_selected->keyDescription);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    Q_EMIT selectionChanged();
}

std::optional<TokenKey> TokenPickerPage::usableKey() const
{
    return m_selected && problem().isEmpty() ? m_selected : std::nullopt;
}

QString TokenPickerPage::problem() const
{
    if (!m_selected)
        return m_model->isScanning() ? tr("Looking for tokens…") : tr("Select a private key or its certificate on a token.");
    if (m_selected->keyType != pkcs11::KeyType::Unknown && !m_selected->suitsModels()) {
        const QString type = m_selected->keyDescription.isEmpty() ? pkcs11::keyTypeName(m_selected->keyType)
                                                                  : m_selected->keyDescription;
        return tr("Key \"%1\" is %2. Model signatures need an EC key on P-256, P-384 or P-521; pick another key.")
            .arg(m_selected->displayName(), type);
    }
    return {};
}

} // namespace hallmark::ui
