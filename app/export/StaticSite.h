#pragma once

#include "export/SiteFeed.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// A static web site of every day in the cache, for a folder a web server
// (or a phone, or a USB stick) shows as it is: index.html lists the days,
// newest first; YYYY-MM-DD.html is each day's page, the same page as
// `paperboy export --format html --date D` with a link back to the list;
// feed.xml is an Atom feed of the newest days' relevant papers
// (export/SiteFeed.h). Every file is written only when its bytes change,
// each aside and renamed into place, so a second build of an unchanged cache
// writes nothing, and a build after one day's scores changed writes that
// day's page and the index and feed it changed. Nothing else in the folder
// is touched: no file is ever deleted.
namespace paperboy::site {

// The newest days the site holds (about four years of announcements): a
// page per day, each bounded by its day. Older days keep the pages an
// earlier build wrote and leave the index.
constexpr int kMaxDays = 1000;

// The bounds of one build (export/SiteFeed.h for the feed's), in one place
// so that tests can use small ones.
struct Bounds
{
    int days = kMaxDays;
    int feedDays = kFeedDays;
    int feedEntries = kFeedEntries;
};

struct Outcome
{
    bool ok = false;
    bool readFailed = false; // the cache could not be read (else: the folder)
    bool stopped = false;    // the progress hook asked to stop
    QString error;           // one line, when not ok
    int days = 0;            // day pages in the site
    int olderDays = 0;       // days of the cache past Bounds::days, left out
    int written = 0;         // files whose bytes changed
};

// Builds or updates the site in `folder`, created when its parent exists.
// Refuses (nothing written) when `folder` is a file, cannot be created or
// written into, the cache holds no day, or a file under one of the site's
// names (index.html, feed.xml, a day's page) is not one a build wrote. The
// scores shown are each day's scorer's (digest::collect) and the relevance
// rule the current criteria's.
// The index and the feed are written last: a cache that fails to be read
// halfway, or a build stopped halfway, leaves the pages written so far
// (each whole) and the index as it was.
//
// `progress`, when given, is called after each day page with the pages done
// and the pages in all; returning false stops the build there (an outcome
// not ok, `stopped`, its error saying so). It runs on the building thread.
using Progress = std::function<bool(int done, int total)>;
Outcome build(QSqlDatabase &db, const QString &folder, const Bounds &bounds = {},
              const Progress &progress = {});

} // namespace paperboy::site
