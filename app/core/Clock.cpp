#include "core/Clock.h"

#include <mutex>
#include <utility>

namespace paperboy::clock {

namespace {

// Guards the replacement: the fetch and score workers read it on their threads.
std::mutex &sourceMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Neither part set: the real clock.
QDateTime g_fixed;
std::function<QDateTime()> g_call;

} // namespace

QDateTime nowUtc()
{
    std::function<QDateTime()> call;
    {
        const std::lock_guard lock(sourceMutex());
        if (g_fixed.isValid())
            return g_fixed;
        call = g_call;
    }
    // Called outside the lock: a source may take its own locks.
    return call ? call().toUTC() : QDateTime::currentDateTimeUtc();
}

QDate todayUtc()
{
    return nowUtc().date();
}

ScopedClock::ScopedClock(const QDateTime &utc)
    : m_previous(exchange({utc.toUTC(), {}}))
{
}

ScopedClock::ScopedClock(std::function<QDateTime()> source)
    : m_previous(exchange({{}, std::move(source)}))
{
}

ScopedClock::~ScopedClock()
{
    exchange(std::move(m_previous));
}

void ScopedClock::set(const QDateTime &utc)
{
    exchange({utc.toUTC(), {}});
}

ScopedClock::Source ScopedClock::exchange(Source next)
{
    const std::lock_guard lock(sourceMutex());
    Source previous{std::exchange(g_fixed, std::move(next.fixed)),
                    std::exchange(g_call, std::move(next.call))};
    return previous;
}

} // namespace paperboy::clock
