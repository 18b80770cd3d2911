#pragma once

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
};

// Parses a listing feed with QXmlStreamReader, namespaces resolved by URI
// (the prefixes are not relied on). Accepts both the RSS 2.0 and the Atom
// flavour that rss.arxiv.org serves. Never throws; never returns ok for HTML
// pages, truncated XML or arXiv's error channel.
ListingParseResult parseListingFeed(const QByteArray &bytes);

} // namespace paperboy
