#include "attest/attestationheader.h"

#include "attest/attestwording.h"
#include "verify/statepalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>

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

AttestationHeader::AttestationHeader(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_headline(plainLabel(this)),
      m_explanation(plainLabel(this)),
      m_bindingIcon(new QLabel(this)),
      m_binding(plainLabel(this))
{
    setObjectName(QStringLiteral("attestationHeader"));
    setAccessibleName(tr("Attestation signature"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    m_headline->setObjectName(QStringLiteral("attestationHeadline"));
    m_headline->setFocusPolicy(Qt::StrongFocus);
    m_binding->setObjectName(QStringLiteral("attestationBinding"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(3);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_headline, 0, 1);
    layout->addWidget(m_explanation, 1, 1);
    layout->addWidget(m_bindingIcon, 2, 0, Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_binding, 2, 1);
    layout->setColumnStretch(1, 1);
    showNothing();
}

QString AttestationHeader::headline() const { return m_headline->text(); }
QString AttestationHeader::explanation() const { return m_explanation->text(); }
QString AttestationHeader::bindingText() const { return m_binding->text(); }

void AttestationHeader::setIcon(QLabel *label, VisualCode code, int size)
{
    label->setPixmap(verdictIcon(code).pixmap(QSize(size, size), devicePixelRatioF()));
    label->setAccessibleName(visualCodeWord(code));
    label->setToolTip(visualCodeWord(code));
}

void AttestationHeader::showReport(const attest::AttestationReport &report, bool modelKnown)
{
    m_code = signatureCode(report.signature.status);
    setIcon(m_icon, m_code, 28);
    const QString headline = signatureHeadline(report.signature);
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    const QString explanation = signatureExplanation(report.signature);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    setIcon(m_bindingIcon, bindingCode(bindingState(report, modelKnown)), 16);
    m_bindingIcon->show();
    m_binding->setText(bindingSentence(report, modelKnown));
    m_binding->show();
    update();
}

void AttestationHeader::showNothing()
{
    m_code = VisualCode::Neutral;
    setIcon(m_icon, m_code, 28);
    m_headline->setText(tr("No attestation selected"));
    m_explanation->setText(tr("Add an attestation file, then choose one in the list to see what it says."));
    m_explanation->show();
    m_bindingIcon->hide();
    m_binding->clear();
    m_binding->hide();
    update();
}

void AttestationHeader::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const StateColors colors = stateColors(m_code, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = colors.borderWidth / 2.0;
    painter.setPen(QPen(colors.border, colors.borderWidth));
    painter.setBrush(colors.background.isValid() ? QBrush(colors.background) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 6, 6);
}

void AttestationHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
}

} // namespace hallmark::ui
