#pragma once

#include <QSystemTrayIcon>

class QAction;

namespace paperboy {

// The icon in the system tray while the daily routine runs: the count of
// unread papers of the latest day on it, a menu to open the window, fetch
// now or quit, and a click that opens the window.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    TrayIcon(QAction *fetch, QAction *quit, QObject *parent = nullptr);

    void setUnread(int unread);
    int unread() const { return m_unread; }
    // The icon for a count: the app icon with a badge (none for 0).
    static QIcon iconWith(int unread);

signals:
    void openRequested();

private:
    int m_unread = -1;
};

} // namespace paperboy
