#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

// The one place the app reads the wall clock ("now": run times, fetched_at,
// the announcement calendar, the daily routine). Tests replace it for the
// whole process with a ScopedClock, so that a day's schedule or a stored
// timestamp can be checked at a known moment. Durations (QElapsedTimer,
// QDeadlineTimer, the API's request spacing) keep the real clock.
namespace paperboy::clock {

// Now, in UTC; any thread.
QDateTime nowUtc();
// Today's date in UTC.
QDate todayUtc();

// Replaces the clock for the process while it lives, then puts back the
// one before (they nest). Reads on worker threads see it too.
class ScopedClock
{
public:
    // Frozen at `utc` until set() moves it (an invalid `utc`: the real clock).
    explicit ScopedClock(const QDateTime &utc);
    // Asks `source` for every read, on whichever thread reads.
    explicit ScopedClock(std::function<QDateTime()> source);
    ~ScopedClock();
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;

    // Freezes the clock at `utc`.
    void set(const QDateTime &utc);

private:
    struct Source
    {
        QDateTime fixed;
        std::function<QDateTime()> call;
    };
    // Puts `next` in place and returns the one it replaced.
    static Source exchange(Source next);
    Source m_previous;
};

} // namespace paperboy::clock
