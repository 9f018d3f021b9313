#include "statuspanel.h"

#include "common/pathtext.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hallmark::ui {

namespace {

QString shownName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return escapedName((name.isEmpty() ? path : name).toUtf8());
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QFrame(parent),
      m_headline(new QLabel(this)),
      m_details(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)),
      m_cancel(new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("&Cancel"), this)),
      m_digestLabel(new QLabel(tr("Manifest digest (SHA-256):"), this)),
      m_digest(new QLineEdit(this)),
      m_copy(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Status"));

    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setFocusPolicy(Qt::TabFocus);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Hashing progress"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancel->setAccessibleName(tr("Cancel hashing"));
    connect(m_cancel, &QPushButton::clicked, this, &StatusPanel::cancelRequested);

    m_digest->setReadOnly(true);
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digest->setAccessibleName(tr("Manifest digest"));
    m_digest->setFrame(false);
    m_digestLabel->setBuddy(m_digest);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the manifest digest"));
    m_copy->setAccessibleName(tr("Copy manifest digest"));
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_digest->text()); });

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_cancel);

    auto *digestRow = new QHBoxLayout;
    digestRow->addWidget(m_digestLabel);
    digestRow->addWidget(m_digest, 1);
    digestRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addLayout(progressRow);
    layout->addLayout(digestRow);
    showIdle();
}

void StatusPanel::setMode(bool running, bool digest)
{
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_digestLabel->setVisible(digest);
    m_digest->setVisible(digest);
    m_copy->setVisible(digest);
    if (!digest)
        m_digest->clear();
    m_details->setToolTip(QString());
}

void StatusPanel::showIdle()
{
    setMode(false, false);
    m_headline->setText(tr("No model open"));
    m_details->setText(tr("Open a model folder, a single model file or an archive, or drop one onto this window. "
                          "Hallmark computes a digest for every file and the manifest digest a publisher signs."));
}

void StatusPanel::showRunning(const QString &path)
{
    setMode(true, false);
    m_headline->setText(tr("Hashing \"%1\"…").arg(shownName(path)));
    m_details->setText(escapedName(path.toUtf8()));
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Listing files…"));
}

void StatusPanel::setProgress(qint64 done, qint64 total, double bytesPerSecond, qint64 etaSeconds)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    QString text = tr("%1 of %2").arg(formatBytes(done), formatBytes(total));
    if (bytesPerSecond > 0)
        text += tr(", %1/s").arg(formatBytes(qint64(bytesPerSecond)));
    if (etaSeconds >= 0)
        text += tr(", about %1 left").arg(formatDuration(etaSeconds));
    m_progressText->setText(text);
    m_progress->setAccessibleDescription(text);
}

void StatusPanel::showCancelling()
{
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling…"));
}

void StatusPanel::showReport(const HashReport &report)
{
    const Listing &listing = report.outcome.listing;
    const bool hasManifest = report.manifest.has_value();
    setMode(false, hasManifest);

    const QString name = escapedName(listing.modelName.toUtf8());
    if (hasManifest)
        m_headline->setText(tr("Hashed \"%1\"").arg(name));
    else
        m_headline->setText(tr("Hashed \"%1\", but it cannot be described for signing").arg(name));

    QStringList facts;
    facts << tr("Files: %1").arg(listing.entries.size()) << tr("Size: %1").arg(formatBytes(listing.totalBytes()));
    if (!listing.ignored.isEmpty())
        facts << tr("Left out by ignore rules: %1").arg(listing.ignored.size());
    if (!report.findings.isEmpty())
        facts << tr("Findings: %1").arg(report.findings.size());
    facts << (report.elapsedMs < 100 ? tr("Time: under 0.1 s")
                                     : tr("Time: %1 s").arg(QLocale().toString(double(report.elapsedMs) / 1000.0, 'f', 1)));
    QString details = facts.join(QStringLiteral(" · "));
    if (!hasManifest)
        details += QLatin1Char('\n') + report.manifestProblem;
    m_details->setText(details);
    if (hasManifest)
        m_digest->setText(hex(report.manifest->rootDigest()));
}

void StatusPanel::showFailed(const QString &path, const QString &message, const QString &detail)
{
    setMode(false, false);
    m_headline->setText(tr("Could not hash \"%1\"").arg(shownName(path)));
    m_details->setText(message);
    m_details->setToolTip(detail);
}

void StatusPanel::showCancelled()
{
    setMode(false, false);
    m_headline->setText(tr("Cancelled — results incomplete"));
    m_details->setText(tr("Hashing was stopped before every file was read, so no digests are shown."));
}

QString StatusPanel::headline() const
{
    return m_headline->text();
}

QString StatusPanel::details() const
{
    return m_details->text();
}

QString StatusPanel::manifestDigest() const
{
    return m_digest->text();
}

QString StatusPanel::progressText() const
{
    return m_progressText->text();
}

QString StatusPanel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace hallmark::ui
