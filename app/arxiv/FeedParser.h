#pragma once

#include "arxiv/UnusableItems.h"
#include "core/Paper.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace paperboy {

// What one rss.arxiv.org listing feed (RSS 2.0 or Atom) holds.
struct ListingFeed
{
    QDate date;          // the announcement date the feed is for (arXiv's own day, America/New_York)
    QList<Paper> papers; // in feed order; may be empty on weekends and holidays
};

struct ListingParseResult
{
    bool ok = false;
    // Why the bytes are not a usable feed, one sentence without the category
    // (the caller knows which feed it asked for).
    QString error;
    // True when the feed is arXiv's own error channel ("Feed error for query"):
    // an unknown category or a malformed query, not a broken transfer.
    bool isFeedError = false;
    ListingFeed feed;
    // Items left out of feed.papers for lacking what the cache needs; when
    // they are most of the feed, the feed is refused instead.
    QList<SkippedItem> skipped;
};

// Parses a listing feed with QXmlStreamReader, namespaces resolved by URI
// (the prefixes are not relied on). Accepts both the RSS 2.0 and the Atom
// flavour that rss.arxiv.org serves. Never throws; never returns ok for HTML
// pages, truncated XML, arXiv's error channel or a feed whose items are
// mostly unusable. The feed's date is the one most of its items carry (the
// channel's when it has none); an item dated before arXiv began or after the
// feed takes the feed's date.
ListingParseResult parseListingFeed(const QByteArray &bytes);

} // namespace paperboy
