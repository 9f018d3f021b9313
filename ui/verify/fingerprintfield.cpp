#include "verify/fingerprintfield.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hallmark::ui {

QString FingerprintField::grouped(const QString &hexDigest)
{
    QString out;
    for (int i = 0; i < hexDigest.size(); i += 4) {
        if (i > 0)
            out += (i % 32 == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
        out += hexDigest.mid(i, 4);
    }
    return out.toUpper();
}

FingerprintField::FingerprintField(const QString &hexDigest, const QString &what, QWidget *parent)
    : QWidget(parent), m_hex(hexDigest.toLower()), m_label(new QLabel(this)), m_copy(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_label->setText(grouped(m_hex));
    m_label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setAccessibleName(what);
    m_label->setAccessibleDescription(m_hex);

    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the full fingerprint"));
    m_copy->setAccessibleName(tr("Copy %1").arg(what));
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_hex); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addStretch(1);
}

QString FingerprintField::shownText() const
{
    return m_label->text();
}

} // namespace hallmark::ui
