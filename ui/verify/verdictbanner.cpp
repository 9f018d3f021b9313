#include "verify/verdictbanner.h"

#include "common/pathtext.h"
#include "verify/statepalette.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hallmark::ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_headline(plainLabel(this)),
      m_claim(plainLabel(this)),
      m_explanation(plainLabel(this)),
      m_reasonsLabel(plainLabel(this)),
      m_toggle(new QToolButton(this)),
      m_guidance(plainLabel(this)),
      m_progress(new QProgressBar(this)),
      m_verify(new QPushButton(tr("&Verify…"), this)),
      m_details(new QPushButton(tr("Signer &Details"), this)),
      m_cancel(new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Cancel"), this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setAccessibleName(tr("Signature verdict"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setFixedSize(36, 36);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    // Focusable so a screen reader lands on it first, but without a caret.
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setFocusPolicy(Qt::StrongFocus);  // after the flags, which reset it
    m_claim->setObjectName(QStringLiteral("verdictClaim"));
    m_reasonsLabel->setObjectName(QStringLiteral("verdictReasons"));

    m_toggle->setText(tr("What can be done"));
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show what can be done"));
    m_guidance->hide();
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_guidance->setVisible(on);
    });

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Verification progress"));
    m_verify->setAccessibleName(tr("Verify the signature"));
    m_details->setAccessibleName(tr("Show the signer details"));
    m_cancel->setAccessibleName(tr("Cancel verification"));
    connect(m_verify, &QPushButton::clicked, this, &VerdictBanner::verifyRequested);
    connect(m_details, &QPushButton::clicked, this, &VerdictBanner::detailsRequested);
    connect(m_cancel, &QPushButton::clicked, this, &VerdictBanner::cancelRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_headline);
    text->addWidget(m_claim);
    text->addWidget(m_explanation);
    text->addWidget(m_reasonsLabel);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_toggle);
    toggleRow->addStretch(1);
    text->addLayout(toggleRow);
    text->addWidget(m_guidance);
    text->addWidget(m_progress);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_details);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    setTabOrder(m_headline, m_toggle);
    showUnsigned();
}

QString VerdictBanner::headline() const { return m_headline->text(); }
QString VerdictBanner::explanation() const { return m_explanation->text(); }
QString VerdictBanner::guidance() const { return m_guidance->text(); }

void VerdictBanner::setContent(VisualCode code, const QString &headline, const QString &claim,
                               const QString &explanation, const QStringList &reasons, const QString &guidance)
{
    m_code = code;
    m_reasons = reasons;
    const qreal ratio = devicePixelRatioF();
    m_icon->setPixmap(verdictIcon(code).pixmap(QSize(32, 32), ratio));
    m_icon->setAccessibleName(visualCodeWord(code));
    m_icon->setToolTip(visualCodeWord(code));
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    m_headline->setAccessibleDescription(explanation);
    m_claim->setText(claim);
    m_claim->setVisible(!claim.isEmpty());
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    QStringList lines;
    for (const QString &r : reasons)
        lines << QStringLiteral("• ") + r;
    m_reasonsLabel->setText(lines.join(QLatin1Char('\n')));
    m_reasonsLabel->setVisible(!reasons.isEmpty());
    m_guidance->setText(guidance);
    m_toggle->setChecked(false);
    m_toggle->setVisible(!guidance.isEmpty());
    update();
}

void VerdictBanner::setMode(Mode mode)
{
    m_mode = mode;
    const bool running = mode == Mode::Running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_verify->setVisible(!running);
    m_verify->setText(mode == Mode::Result ? tr("&Verify Again…") : tr("&Verify…"));
    m_details->setVisible(mode == Mode::Result);
}

void VerdictBanner::showUnsigned()
{
    const VerdictWording w = wordingFor(VerdictStatus::Unsigned);
    setContent(w.visual, w.headline, QString(), w.explanation, {}, w.guidance);
    setMode(Mode::Unsigned);
}

void VerdictBanner::showSignatureFound(const QString &signaturePath)
{
    const QString name = escapedName(QFileInfo(signaturePath).fileName().toUtf8());
    setContent(VisualCode::Neutral, tr("Unverified: a signature was found"),
               tr("Signature file: %1").arg(name),
               tr("The signature has not been checked yet, so nothing is known about who signed this model."),
               {}, tr("Choose Verify… and give the publisher's public key or trust anchor certificates."));
    setMode(Mode::SignatureFound);
}

void VerdictBanner::showRunning()
{
    setContent(VisualCode::Neutral, tr("Checking the signature…"), QString(),
               tr("Reading every signed file and comparing it with what was signed."), {}, QString());
    m_progress->setRange(0, 0);
    setMode(Mode::Running);
}

void VerdictBanner::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_progress->setAccessibleDescription(tr("%1 of %2").arg(formatBytes(done), formatBytes(total)));
}

void VerdictBanner::showCancelled()
{
    setContent(VisualCode::Neutral, tr("Cancelled — results incomplete"), QString(),
               tr("The check was stopped before it finished, so there is no verdict."), {}, QString());
    setMode(Mode::Cancelled);
}

void VerdictBanner::showVerdict(const Verdict &verdict, const QString &claim)
{
    const VerdictWording w = wordingFor(verdict.status);
    QStringList reasons = verdict.reasons;
    if (verdict.legacy)
        reasons << tr("The signature uses an older model_signing format.");
    setContent(w.visual, w.headline, claim, w.explanation, reasons, w.guidance);
    setMode(Mode::Result);
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const StateColors colors = stateColors(m_code, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = colors.borderWidth / 2.0;
    const QRectF box = QRectF(rect()).adjusted(inset, inset, -inset, -inset);
    painter.setPen(QPen(colors.border, colors.borderWidth));
    painter.setBrush(colors.background.isValid() ? QBrush(colors.background) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(box, 6, 6);
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
}

} // namespace hallmark::ui
