#include "arxiv/AnnouncementCalendar.h"

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

QDateTime cutoff(const QDate &day)
{
    static const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        return QDateTime(day, QTime(14, 0), newYork).toUTC();
    return QDateTime(day, QTime(18, 0), Qt::UTC); // EDT; off by an hour in winter
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
    static const QTimeZone newYork("America/New_York");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return newYork.isValid() ? now.toTimeZone(newYork).date() : now.addSecs(-4 * 3600).date();
}

} // namespace paperboy::calendar
