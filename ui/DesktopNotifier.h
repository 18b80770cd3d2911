#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace paperboy {

// Desktop notifications through the freedesktop Notifications service on
// the session bus (GNOME, KDE, XFCE, dunst, mako ...), with a default action
// that opens the window. Without the service, the tray icon's balloon, if
// there is one. Nothing is shown when neither is there.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // The tray icon to fall back on; may be null.
    void setTray(QSystemTrayIcon *tray) { m_tray = tray; }
    // Shows a notification; false when there was nothing to show it on.
    bool notify(const QString &summary, const QString &body);
    QString lastSummary() const { return m_lastSummary; }

signals:
    // The person clicked the notification (or its "Open" action).
    void activated();

private slots:
    void onActionInvoked(uint id, const QString &action);

private:
    QSystemTrayIcon *m_tray = nullptr;
    uint m_lastId = 0;
    QString m_lastSummary;
    bool m_listening = false;
};

} // namespace paperboy
