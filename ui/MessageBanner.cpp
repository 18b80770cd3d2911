#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace paperboy {

namespace {

struct Look
{
    const char *background;
    const char *border;
    QStyle::StandardPixmap icon;
};

Look lookOf(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Info:
        return {"#e8f1fd", "#9cc3f5", QStyle::SP_MessageBoxInformation};
    case MessageBanner::Level::Warning:
        return {"#fff6e0", "#f2c66d", QStyle::SP_MessageBoxWarning};
    case MessageBanner::Level::Error:
        return {"#fdecec", "#f0a3a3", QStyle::SP_MessageBoxCritical};
    }
    return {"#e8f1fd", "#9cc3f5", QStyle::SP_MessageBoxInformation};
}

} // namespace

QString sentence(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(':') &&
           text.at(end) != QLatin1Char(',') && text.at(end) != QLatin1Char('.'))
        ++end;
    if (end == 0)
        return text;
    for (qsizetype i = 0; i < end; ++i)
        if (!text.at(i).isLetter() || !text.at(i).isLower())
            return text;
    QString out = text;
    out[0] = out.at(0).toUpper();
    return out;
}

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("color: #1f2937;"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        emit actionTriggered();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &action)
{
    m_level = level;
    const Look look = lookOf(level);
    setStyleSheet(
        QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(QLatin1String(look.background), QLatin1String(look.border)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(size, size));
    m_text->setText(sentence(text));
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    show();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace paperboy
