// The main window's chat push: File > Share pushes the day shown to a
// configured target, and the daily routine pushes the day it scored to the
// targets Settings name. The push itself is push/DayPush's, as on the
// command line; where a target comes from is push/PushConfig's.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "core/Settings.h"
#include "jobs/DailyRoutine.h"
#include "push/DayPush.h"
#include "push/PushConfig.h"
#include "storage/Database.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace paperboy {

void MainWindow::setUpSharing()
{
    auto *file = qobject_cast<QMenu *>(m_actions.exportMenu->parentWidget());
    if (!file)
        return;
    QMenu *share = new QMenu(tr("S&hare"), file);
    share->setObjectName(QStringLiteral("shareMenu"));
    // Right after Export.
    const QList<QAction *> items = file->actions();
    const qsizetype at = items.indexOf(m_actions.exportMenu->menuAction());
    file->insertMenu(at >= 0 && at + 1 < items.size() ? items.at(at + 1) : nullptr, share);
    for (const push::Kind kind : {push::Kind::Slack, push::Kind::Matrix, push::Kind::Webhook}) {
        QAction *a = share->addAction(kind == push::Kind::Slack    ? tr("Push Day to &Slack")
                                      : kind == push::Kind::Matrix ? tr("Push Day to &Matrix")
                                                                   : tr("Push Day to the &Webhook"));
        a->setObjectName(QStringLiteral("push_%1").arg(push::kindName(kind)));
        a->setData(push::kindName(kind));
        connect(a, &QAction::triggered, this, [this, kind] { pushDay(kind, m_day, false); });
        m_pushActions << a;
    }
    // With no target set up the items above are grey: this says where they are set up.
    share->addSeparator();
    QAction *setUp = share->addAction(tr("Set &Up Sharing\u2026"));
    setUp->setObjectName(QStringLiteral("setUpSharing"));
    connect(setUp, &QAction::triggered, this, [this] { editSettings(SettingsPage::Sharing); });
    connect(share, &QMenu::aboutToShow, this, &MainWindow::updateShareActions);
    connect(m_routine, &DailyRoutine::dayScored, this, &MainWindow::onRoutineScored);
    updateShareActions();
}

void MainWindow::updateShareActions()
{
    // Whether a target is set up comes from the environment and the
    // settings: the keychain is asked only when a push goes out.
    const push::PushConfig config;
    for (QAction *a : std::as_const(m_pushActions)) {
        const auto kind = push::kindFromName(a->data().toString());
        a->setEnabled(m_cacheOpen && m_day.isValid() && kind && config.looksConfigured(*kind));
    }
}

void MainWindow::onRoutineScored(const QDate &day)
{
    const QSettings s;
    if (!settings::routinePushes(s))
        return;
    for (const QString &name : settings::routinePushTargets(s))
        if (const auto kind = push::kindFromName(name))
            pushDay(*kind, day, true);
}

void MainWindow::pushDay(push::Kind kind, const QDate &day, bool byRoutine)
{
    const auto say = [this, byRoutine](bool ok, const QString &line) {
        m_lastPushResult = line;
        if (ok) {
            statusBar()->showMessage(line, 10000);
            return;
        }
        m_banner->setProperty("action", QString());
        m_banner->showMessage(MessageBanner::Level::Warning,
                              byRoutine ? tr("The daily routine's push: %1").arg(line) : line);
    };
    if (!m_cacheOpen || !day.isValid())
        return;
    QString error;
    const auto target = push::PushConfig().target(kind, &error);
    if (!target) {
        say(false, tr("Not pushed to %1: %2.").arg(push::kindName(kind), error));
        return;
    }
    // One push of a day to a target at a time: a second click (or the
    // routine) while the first is still sending would post the day twice.
    const QString underWay = push::kindName(kind) + QLatin1Char('/') + day.toString(Qt::ISODate);
    if (m_pushesUnderWay.contains(underWay)) {
        statusBar()->showMessage(tr("A push of %1 to %2 is already under way.")
                                     .arg(day.toString(Qt::ISODate), push::kindName(kind)),
                                 10000);
        return;
    }
    m_pushesUnderWay << underWay;
    auto *pushing = new push::DayPush(m_database->connection(), push::SendLimits(), this);
    connect(pushing, &push::DayPush::finished, this,
            [this, pushing, say, underWay](const push::DayPush::Outcome &o) {
                pushing->deleteLater();
                m_pushesUnderWay.removeAll(underWay);
                say(o.ok(), o.summary());
            });
    // The routine never pushes a day twice; the person's own push is asked for.
    pushing->start(day, *target, !byRoutine);
}

} // namespace paperboy
