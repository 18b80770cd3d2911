#include "arxiv/AnnouncementCalendar.h"

#include "core/Clock.h"

#include <QTimeZone>

namespace paperboy::calendar {

namespace {

QDate previousWeekday(QDate d)
{
    do {
        d = d.addDays(-1);
    } while (d.dayOfWeek() > 5);
    return d;
}

// `time` on `day` in New York, as UTC.
QDateTime inNewYork(const QDate &day, const QTime &time)
{
    static const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        return QDateTime(day, time, newYork).toUTC();
    return QDateTime(day, time, Qt::UTC).addSecs(4 * 3600); // EDT; off by an hour in winter
}

QDateTime cutoff(const QDate &day)
{
    return inNewYork(day, QTime(14, 0));
}

QDate newYorkDate(const QDateTime &utc)
{
    static const QTimeZone newYork("America/New_York");
    return newYork.isValid() ? utc.toTimeZone(newYork).date() : utc.toUTC().addSecs(-4 * 3600).date();
}

// Sunday (7) to Thursday (4) evenings announce.
bool announcesOn(const QDate &day)
{
    return day.dayOfWeek() == 7 || day.dayOfWeek() <= 4;
}

} // namespace

bool hasListing(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() <= 5;
}

std::optional<SubmissionWindow> submissionWindow(const QDate &listingDate)
{
    if (!hasListing(listingDate))
        return std::nullopt;
    const QDate closes = previousWeekday(listingDate);
    const QDate opens = previousWeekday(closes);
    return SubmissionWindow{cutoff(opens), cutoff(closes)};
}

QDate todayInNewYork()
{
    return newYorkDate(clock::nowUtc());
}

QDate firstListing()
{
    return QDate(1991, 8, 14);
}

QDate latestListing()
{
    const QDateTime now = clock::nowUtc();
    return qMax(todayInNewYork(), listingDateOf(latestAnnouncement(now)));
}

bool isPossibleListingDate(const QDate &date, const QDate &todayInNewYork)
{
    return date.isValid() && date >= firstListing() && date <= todayInNewYork.addDays(1);
}

QDateTime latestAnnouncement(const QDateTime &utc)
{
    // At most three days back: Friday and Saturday evenings announce nothing.
    for (QDate day = newYorkDate(utc);; day = day.addDays(-1)) {
        const QDateTime at = inNewYork(day, QTime(20, 0));
        if (announcesOn(day) && at <= utc)
            return at;
    }
}

QDateTime nextAnnouncement(const QDateTime &utc)
{
    for (QDate day = newYorkDate(utc);; day = day.addDays(1)) {
        const QDateTime at = inNewYork(day, QTime(20, 0));
        if (announcesOn(day) && at > utc)
            return at;
    }
}

QDate listingDateOf(const QDateTime &announcementUtc)
{
    QDate d = newYorkDate(announcementUtc).addDays(1);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace paperboy::calendar
