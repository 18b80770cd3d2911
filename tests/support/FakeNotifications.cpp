#include "support/FakeNotifications.h"

#include <QDBusMessage>

namespace paperboy::test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kConnection = QStringLiteral("paperboy-fake-notifications");
} // namespace

FakeNotifications::FakeNotifications(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnection))
{
}

FakeNotifications::~FakeNotifications()
{
    m_bus.unregisterObject(kPath);
    m_bus.unregisterService(kService);
    QDBusConnection::disconnectFromBus(kConnection);
}

bool FakeNotifications::start()
{
    return m_bus.isConnected() &&
           m_bus.registerObject(kPath, this,
                                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
           m_bus.registerService(kService);
}

uint FakeNotifications::Notify(const QString &app, uint replacesId, const QString &, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &hints, int)
{
    const uint id = replacesId ? replacesId : m_nextId++;
    m_shown.append({id, app, summary, body, actions, hints});
    return id;
}

QStringList FakeNotifications::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

void FakeNotifications::CloseNotification(uint) {}

void FakeNotifications::click(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    signal << id << QStringLiteral("default");
    m_bus.send(signal);
}

} // namespace paperboy::test
