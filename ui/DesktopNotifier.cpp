#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace paperboy {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

bool DesktopNotifier::notify(const QString &summary, const QString &body)
{
    m_lastSummary = summary;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService)) {
        if (!m_listening)
            m_listening = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                                      SLOT(onActionInvoked(uint, QString)));
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral(PAPERBOY_APP_ID)},
                                {QStringLiteral("category"), QStringLiteral("transfer.complete")}};
        // "default" is the click on the notification itself.
        call << QStringLiteral("Paperboy") << m_lastId << QStringLiteral(PAPERBOY_APP_ID) << summary << body
             << QStringList{QStringLiteral("default"), tr("Open")} << hints << -1;
        // Asynchronous: a busy notification daemon never stalls the window.
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isValid())
                m_lastId = reply.value();
            w->deleteLater();
        });
        return true;
    }
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
        return true;
    }
    return false;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && (action == QLatin1String("default") || action.isEmpty()))
        emit activated();
}

} // namespace paperboy
