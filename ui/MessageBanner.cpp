#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace paperboy {

namespace {

QStyle::StandardPixmap iconOf(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Info:
        return QStyle::SP_MessageBoxInformation;
    case MessageBanner::Level::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Level::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

// The level's hue: the palette's own highlight for news, amber and red for
// trouble, which no palette role names.
QColor hueOf(MessageBanner::Level level, const QPalette &palette)
{
    switch (level) {
    case MessageBanner::Level::Info:
        break;
    case MessageBanner::Level::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case MessageBanner::Level::Error:
        return QColor(0xdc, 0x26, 0x26);
    }
    return palette.color(QPalette::Highlight);
}

QColor mix(const QColor &base, const QColor &hue, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
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
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(iconOf(level)).pixmap(size, size));
    update();
    m_text->setText(sentence(text));
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    show();
}

// Drawn from the palette at paint time, so a dark theme (or a change of
// theme) gets a dark banner whose text, in WindowText, stays readable.
void MessageBanner::paintEvent(QPaintEvent *)
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor hue = hueOf(m_level, pal);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(mix(window, hue, 0.6), 1));
    p.setBrush(mix(window, hue, 0.15));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace paperboy
