// The main window's daily routine: a fetch and score after each evening
// announcement while the app runs, a tray icon with the unread count, and a
// desktop notification that opens the window.
#include "DailyWork.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "core/Settings.h"
#include "jobs/DailyRoutine.h"
#include "storage/Database.h"

#include <QAction>
#include <QLocale>
#include <QSettings>

namespace paperboy {

void MainWindow::setUpRoutine()
{
    m_routine = new DailyRoutine(m_work, m_databasePath, this);
    m_notifier = new DesktopNotifier(this);
    connect(m_routine, &DailyRoutine::dayReady, this, &MainWindow::onDayReady);
    connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::showFromTray);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(m_actions.fetchToday, m_actions.quit, this);
        m_notifier->setTray(m_tray);
        connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::showFromTray);
    }
}

void MainWindow::applyRoutineSettings()
{
    const bool on = m_cacheOpen && settings::dailyRoutine(QSettings());
    if (m_tray)
        m_tray->setVisible(on);
    m_routine->setEnabled(on);
    updateTray();
}

void MainWindow::showAtStart()
{
    // Only into the tray when there is one to come back from.
    if (m_tray && m_tray->isVisible() && settings::startInTray(QSettings()))
        return;
    show();
}

void MainWindow::updateTray()
{
    if (!m_tray || !m_tray->isVisible() || !m_cacheOpen)
        return;
    PaperRepository repo(m_database->connection());
    QString error;
    const QDate latest = repo.latestDay(&error);
    const int unread = error.isEmpty() ? repo.unreadOnDay(latest, &error) : 0;
    if (error.isEmpty()) // a failed read leaves the count as it was, never a false 0
        m_tray->setUnread(unread);
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::onDayReady(const QDate &day, int papers, int relevant)
{
    const QString summary =
        relevant > 0 ? tr("%n relevant paper(s) today", nullptr, relevant) : tr("No relevant papers today");
    const QString body =
        tr("%1: %n paper(s) fetched and scored.", nullptr, papers)
            .arg(QLocale().toString(day,
                                    tr("dddd d MMMM", "date format of QLocale::toString: Monday 27 April")));
    m_notifier->notify(summary, body);
    updateTray();
}

} // namespace paperboy
