#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace paperboy::test {

// A freedesktop Notifications server for tests, on a session bus
// connection of its own (run the test under dbus-run-session): it records
// what it is asked to show and can "click" a notification, as a desktop's
// notification daemon does.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        uint id = 0;
        QString app;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotifications(QObject *parent = nullptr);
    ~FakeNotifications() override;

    // Takes the service name on the bus; false when another holds it.
    bool start();
    QList<Shown> shown() const { return m_shown; }
    // The person clicks notification `id` (its default action).
    void click(uint id);

public slots:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);

private:
    QDBusConnection m_bus;
    QList<Shown> m_shown;
    uint m_nextId = 1;
};

} // namespace paperboy::test
