#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace paperboy {

// arXiv's weekly rhythm, in its own time zone (America/New_York):
// submissions close at 14:00 on weekdays and are announced at 20:00 the same
// evening (Sunday evening for Friday's submissions). The listing that carries
// them is dated the next weekday: the feed for Monday 27 April holds what
// was submitted between Thursday 14:00 and Friday 14:00.
namespace calendar {

struct SubmissionWindow
{
    QDateTime start; // UTC, inclusive
    QDateTime end;   // UTC, exclusive
};

// Listings are dated Monday to Friday; Saturday and Sunday have none.
bool hasListing(const QDate &date);

// The submissions a listing date announces. None for weekends.
// Holidays shift arXiv's schedule; the API then answers a day with no
// papers, which is reported as "no announcement" like a weekend. Paperboy
// knows no list of arXiv's holidays, so it never calls a weekday one.
std::optional<SubmissionWindow> submissionWindow(const QDate &listingDate);

// Today's date in America/New_York.
QDate todayInNewYork();

// arXiv's first day (14 August 1991): no listing, and no paper, is older.
QDate firstListing();
// The newest listing date that can exist now: the one the latest evening
// announcement carries (after 20:00 on Sunday, Monday's), or today.
QDate latestListing();
// Whether a listing can carry `date`: not before arXiv began and not after
// tomorrow in New York (Sunday evening's announcement is Monday's listing).
// A feed dated otherwise is broken, whatever its items say.
bool isPossibleListingDate(const QDate &date, const QDate &todayInNewYork);

// The evening announcements: 20:00 America/New_York, Sunday to Thursday.
// The latest one at or before `utc`, and the first one after it (UTC).
QDateTime latestAnnouncement(const QDateTime &utc);
QDateTime nextAnnouncement(const QDateTime &utc);
// The listing date an announcement carries: the next weekday (Sunday
// evening's is Monday's listing).
QDate listingDateOf(const QDateTime &announcementUtc);

} // namespace calendar
} // namespace paperboy
