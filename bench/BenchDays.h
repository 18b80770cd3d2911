#pragma once

#include "core/DayRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace paperboy::bench {

// The `count` weekdays up to `last`, oldest first: the days a synthetic
// cache announces, as arXiv does (never on a weekend).
inline QList<QDate> weekdaysEndingAt(const QDate &last, int count)
{
    QList<QDate> days;
    for (QDate d = last; days.size() < count; d = d.addDays(-1))
        if (d.dayOfWeek() <= 5)
            days.prepend(d);
    return days;
}

// A day's record as a fetch of the RSS listing stores it: `papers`
// announced and kept, new and cross-lists, fetched half an hour after
// midnight UTC.
inline DayRecord syntheticDay(const QDate &date, int papers, const QStringList &categories)
{
    DayRecord day;
    day.date = date;
    day.announced = day.kept = papers;
    day.categories = categories;
    day.announceTypes = {QStringLiteral("new"), QStringLiteral("cross")};
    day.source = QStringLiteral("rss");
    day.fetchedAt = QDateTime(date, QTime(0, 30), Qt::UTC);
    return day;
}

} // namespace paperboy::bench
