#include "attestsign/inlinenote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace hallmark::ui {

InlineNote::InlineNote(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineNote::showError(const QString &text)
{
    show(text, true);
}

void InlineNote::showNote(const QString &text)
{
    show(text, false);
}

void InlineNote::clear()
{
    show({}, false);
}

QString InlineNote::text() const
{
    return m_text->text();
}

void InlineNote::show(const QString &text, bool error)
{
    m_error = error && !text.isEmpty();
    m_text->setText(text);
    m_icon->setVisible(m_error);
    m_text->setAccessibleName(m_error ? tr("Error") : tr("Note"));
    setVisible(!text.isEmpty());
}

} // namespace hallmark::ui
