#pragma once

#include "core/Paper.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace paperboy {

// One day's announcement as stored: the counts the status bar and the
// digest show, and what the fetch asked for.
struct DayRecord
{
    QDate date;
    int announced = 0; // distinct papers in the feeds for the followed categories
    int kept = 0;      // after the announce-type filter
    QStringList categories;
    QStringList announceTypes;
    QString source; // "rss" or "api"
    QDateTime fetchedAt;
};

// That a paper was announced in a category with a type on a day.
struct Announcement
{
    QString paperId;
    QString category;
    AnnounceType type = AnnounceType::Unknown;
};

struct StoreStats
{
    int added = 0;     // new to the cache
    int updated = 0;   // a newer version, or metadata arXiv added later (DOI, journal)
    int unchanged = 0; // already cached as is
    int dayBefore = 0; // storeDay: papers the day held in the stored categories before
    int dayAfter = 0;  // storeDay: and now
};

} // namespace paperboy
