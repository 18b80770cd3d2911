#include "TrayIcon.h"

#include "AppIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>

namespace paperboy {

TrayIcon::TrayIcon(QAction *fetch, QAction *quit, QObject *parent)
    : QSystemTrayIcon(parent)
{
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Open Paperboy"), this, &TrayIcon::openRequested);
    menu->addSeparator();
    menu->addAction(fetch);
    menu->addSeparator();
    menu->addAction(quit);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit openRequested();
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    setUnread(0);
}

QIcon TrayIcon::iconWith(int unread)
{
    const QIcon base = appIcon();
    if (unread <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // A red badge in the lower right, large enough to read at 22 px.
        const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const qreal h = size * 0.55;
        const qreal w = qMax(h, h * 0.45 * text.size() + h * 0.3);
        const QRectF badge(size - w, size - h, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xdc, 0x26, 0x26));
        p.drawRoundedRect(badge, h / 2, h / 2);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(h * 0.72)));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    setIcon(iconWith(unread));
    setToolTip(unread > 0 ? tr("Paperboy: %n unread paper(s)", nullptr, unread) : tr("Paperboy"));
}

} // namespace paperboy
