#pragma once

#include "core/Paper.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The web site's Atom feed (RFC 4287): the relevant papers of the newest
// days, each entry linking to the paper's arXiv abstract page.
namespace paperboy::site {

// Days the feed reaches back (about six weeks of announcements) and entries
// it holds at most: a feed reader polls the whole file each time, and a
// reader who fell further behind has the site's day pages.
constexpr int kFeedDays = 30;
constexpr int kFeedEntries = 200;

struct FeedDay
{
    QDate date;
    // When the day last changed: its fetch or the latest run of its scores.
    // Never the time of writing, so an unchanged cache gives the same feed.
    QDateTime updated;
    QList<Paper> papers; // its relevant papers, in digest order
};

// The feed of `days` (newest first), its entries the papers in that order,
// each paper once (its newest day), at most `maxEntries`. `id` names the feed for readers; its time is its
// newest day's, `fallbackUpdated` when no day has one. Text is cleaned of what XML forbids, so
// the feed is well-formed for any paper text.
QByteArray atomFeed(const QList<FeedDay> &days, const QString &id, const QDateTime &fallbackUpdated,
                    int maxEntries = kFeedEntries);

} // namespace paperboy::site
