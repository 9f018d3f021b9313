#include "pkcs11/tokenwaitbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace hallmark::ui {

TokenWaitBanner::TokenWaitBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("tokenWaitBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_cancel->setAccessibleName(tr("Stop waiting for the token"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TokenWaitBanner::cancelRequested);
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_showing = true;
        setVisible(true);
    });
    setVisible(false);
}

void TokenWaitBanner::callStarted(const QString &tokenLabel)
{
    ++m_calls;
    m_text->setText(tr("Confirm on your token \"%1\"… (touch it or enter the PIN on the reader if it asks)")
                         .arg(tokenLabel));
    m_timer.start();
}

void TokenWaitBanner::callFinished()
{
    m_calls = std::max(0, m_calls - 1);
    if (m_calls == 0)
        reset();
}

void TokenWaitBanner::reset()
{
    m_calls = 0;
    m_timer.stop();
    m_showing = false;
    setVisible(false);
}

QString TokenWaitBanner::text() const { return m_text->text(); }

} // namespace hallmark::ui
