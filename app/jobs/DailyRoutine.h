#pragma once

#include "jobs/FetchTypes.h"
#include "jobs/ScoreJob.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace paperboy {

class RoutineWork;

// The optional daily routine: each weekday shortly after arXiv's evening
// announcement (20:00 America/New_York, Sunday to Thursday) it fetches the
// new listing and scores it, while the app runs; an announcement missed
// while the laptop was closed is caught up at the next start. It remembers
// the last announcement it handled in the settings. Time comes from the
// shared clock (core/Clock.h), so tests can live through a week in a second.
// The runs themselves are the front end's (jobs/RoutineWork.h).
class DailyRoutine : public QObject
{
    Q_OBJECT
public:
    DailyRoutine(RoutineWork *work, QString databasePath, QObject *parent = nullptr);

    // Feeds are rebuilt a few minutes after 20:00; the routine waits this long.
    static constexpr int kDelayMinutes = 15;
    // A failed fetch, or a feed not yet rebuilt, is tried again after this.
    static constexpr int kRetryMinutes = 30;
    // The timer never sleeps longer than this, so that a laptop waking up or
    // a clock change is noticed soon.
    static constexpr int kMaxSleepMinutes = 10;

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    bool isRunning() const { return m_step != Step::Idle; }
    // Runs what is due now and plans the next check.
    void check();
    // When the next fetch is planned (null when disabled).
    QDateTime nextRun() const { return m_nextRun; }
    // The last announcement handled (UTC), from the settings.
    QDateTime lastHandled() const;

signals:
    // A run ended with the day stored and scored: for the notification.
    void dayReady(const QDate &day, int papers, int relevant);
    // The routine's scoring run of `day` succeeded (or found nothing left
    // to score): for what follows it, such as the chat push.
    void dayScored(const QDate &day);

private:
    enum class Step
    {
        Idle,
        Fetching,
        Scoring
    };
    void run(const QDateTime &announcement);
    void onFetched(const FetchOutcome &outcome);
    void onScored(const ScoreOutcome &outcome);
    void markHandled(const QDateTime &announcement);
    void planAt(const QDateTime &when);
    bool dayFetchedSince(const QDate &day, const QDateTime &since) const;

    RoutineWork *m_work = nullptr;
    QString m_databasePath;
    QTimer m_timer;
    bool m_enabled = false;
    Step m_step = Step::Idle;
    QDateTime m_running;    // the announcement being handled
    QDateTime m_retryAfter; // not before this for m_retryFor
    QDateTime m_retryFor;
    QDateTime m_nextRun;
};

} // namespace paperboy
