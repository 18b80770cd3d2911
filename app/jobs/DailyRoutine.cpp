#include "jobs/DailyRoutine.h"

#include "jobs/DayCounts.h"
#include "jobs/RoutineWork.h"

#include "arxiv/AnnouncementCalendar.h"
#include "core/Clock.h"
#include "core/Criteria.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QSettings>

namespace paperboy {

namespace {
const QString kLastHandled = QStringLiteral("routine/lastAnnouncement");
} // namespace

DailyRoutine::DailyRoutine(RoutineWork *work, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_work(work)
    , m_databasePath(std::move(databasePath))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DailyRoutine::check);
    connect(m_work, &RoutineWork::fetched, this, &DailyRoutine::onFetched);
    connect(m_work, &RoutineWork::scored, this, &DailyRoutine::onScored);
}

void DailyRoutine::setEnabled(bool on)
{
    m_enabled = on;
    if (on) {
        check();
    } else {
        m_timer.stop();
        m_nextRun = {};
    }
}

QDateTime DailyRoutine::lastHandled() const
{
    return QDateTime::fromString(QSettings().value(kLastHandled).toString(), Qt::ISODate);
}

void DailyRoutine::markHandled(const QDateTime &announcement)
{
    QSettings().setValue(kLastHandled, announcement.toUTC().toString(Qt::ISODate));
}

bool DailyRoutine::dayFetchedSince(const QDate &day, const QDateTime &since) const
{
    Database db(m_databasePath);
    QString error;
    if (!db.open(&error))
        return false;
    const auto record = PaperRepository(db.connection()).day(day);
    return record && record->fetchedAt >= since;
}

void DailyRoutine::planAt(const QDateTime &when)
{
    const QDateTime now = clock::nowUtc();
    m_nextRun = when;
    const qint64 ms = qBound<qint64>(1000, now.msecsTo(when), qint64(kMaxSleepMinutes) * 60 * 1000);
    m_timer.start(int(ms));
}

void DailyRoutine::check()
{
    if (!m_enabled || isRunning())
        return;
    const QDateTime now = clock::nowUtc();
    const QDateTime latest = calendar::latestAnnouncement(now);
    const QDateTime due = latest.addSecs(kDelayMinutes * 60);
    const QDateTime handled = lastHandled();
    if (m_retryFor != latest)
        m_retryAfter = {}; // a new announcement: the old retry is moot
    const bool pending = !handled.isValid() || handled < latest;
    if (pending && dayFetchedSince(calendar::listingDateOf(latest), latest)) {
        // The person fetched it already: nothing to do for this one.
        markHandled(latest);
        return check();
    }
    if (pending && now >= due && (!m_retryAfter.isValid() || now >= m_retryAfter)) {
        if (m_work->isBusy()) // the person's own run first
            return planAt(now.addSecs(60));
        return run(latest);
    }
    if (pending)
        return planAt(m_retryAfter.isValid() && m_retryAfter > due ? m_retryAfter : due);
    planAt(calendar::nextAnnouncement(now).addSecs(kDelayMinutes * 60));
}

void DailyRoutine::run(const QDateTime &announcement)
{
    m_running = announcement;
    m_step = Step::Fetching;
    m_nextRun = {};
    m_work->fetchToday();
}

void DailyRoutine::onFetched(const FetchOutcome &outcome)
{
    if (m_step != Step::Fetching)
        return;
    const QDate expected = calendar::listingDateOf(m_running);
    const QDateTime now = clock::nowUtc();
    if (outcome.status == FetchOutcome::Status::Stored && outcome.date >= expected) {
        m_step = Step::Scoring;
        m_work->scoreDay(outcome.date);
        return;
    }
    m_step = Step::Idle;
    if (outcome.status == FetchOutcome::Status::NoAnnouncement && outcome.date >= expected) {
        markHandled(m_running); // a holiday: nothing to score
    } else {
        // A network failure, or a feed that still shows the day before:
        // again later, until the next announcement makes this one moot.
        m_retryAfter = now.addSecs(kRetryMinutes * 60);
        m_retryFor = m_running;
    }
    check();
}

void DailyRoutine::onScored(const ScoreOutcome &outcome)
{
    if (m_step != Step::Scoring)
        return;
    m_step = Step::Idle;
    m_retryAfter = {};
    markHandled(m_running);
    // The day's relevant papers, whatever run scored them.
    Database db(m_databasePath);
    QString error;
    if (db.open(&error)) {
        // As the window will show the day: its scorer, the one rule. A
        // failed read tells nothing rather than "0 relevant".
        if (const auto counts = jobs::dayCounts(db.connection(), outcome.date, QString(), &error))
            emit dayReady(outcome.date, counts->papers, counts->relevant);
    }
    if (outcome.status == ScoreOutcome::Status::Done || outcome.status == ScoreOutcome::Status::NothingToDo)
        emit dayScored(outcome.date);
    check();
}

} // namespace paperboy
