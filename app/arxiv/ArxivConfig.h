#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QSettings;

namespace paperboy {

// Where and how Paperboy talks to arXiv. The two base URLs are the part
// before "/rss/..." and before "/api/query": mirrors and tests replace them.
struct ArxivConfig
{
    QUrl rssBase = QUrl(QStringLiteral("https://rss.arxiv.org"));
    QUrl apiBase = QUrl(QStringLiteral("https://export.arxiv.org"));
    int timeoutMs = 30000;    // transfer timeout: no bytes for this long aborts a request
    int apiIntervalMs = 3000; // arXiv's API terms: at most one request every 3 seconds
    int apiPageSize = 500;    // entries per API request when rebuilding a past day
    // The most an answer may weigh, counted as it arrives (after Qt undoes any
    // gzip). A listing item is about 2 KB and an API entry 2.3 KB: a heavy
    // day of 1,800 papers is under 4 MB, 10,000 items of every archive about
    // 25 MB, a page of 500 entries about 1.2 MB. More is a broken or hostile
    // server, and it would be held in memory whole.
    qint64 maxListingBytes = 64 * 1024 * 1024;
    qint64 maxApiPageBytes = 32 * 1024 * 1024;
    QString userAgent = defaultUserAgent();

    QUrl rssUrl(const QString &category) const;
    QUrl apiUrl(const QUrlQuery &query) const;

    static QString defaultUserAgent();
    // Settings first ("arxiv/rssBaseUrl", "arxiv/apiBaseUrl",
    // "network/timeoutSeconds"), then PAPERBOY_ARXIV_RSS_URL and
    // PAPERBOY_ARXIV_API_URL from the environment, which win. A variable that
    // is set but not an http(s) URL is an error (in *error), never a silent
    // fall back to arXiv itself.
    static ArxivConfig load(const QSettings &settings, QString *error = nullptr);
};

} // namespace paperboy
