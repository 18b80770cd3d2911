#include "arxiv/FetchWorker.h"

#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

namespace paperboy {

namespace {

// arXiv asks for one API request every 3 s from a client; every worker in the
// process shares this clock so two fetches at once still respect it.
QMutex g_apiClockMutex;
QDeadlineTimer g_nextApiRequest(0, Qt::PreciseTimer);

// Reserves the next slot: returns how long to wait before sending.
int reserveApiSlot(int intervalMs)
{
    QMutexLocker lock(&g_apiClockMutex);
    const qint64 wait = qMax<qint64>(0, g_nextApiRequest.remainingTime());
    g_nextApiRequest = QDeadlineTimer(wait + intervalMs, Qt::PreciseTimer);
    return int(wait);
}

// Counts the interval from when an answer arrived, too, so a slow answer
// never lets the next request follow it sooner than the interval.
void apiAnswered(int intervalMs)
{
    QMutexLocker lock(&g_apiClockMutex);
    if (g_nextApiRequest.remainingTime() < intervalMs)
        g_nextApiRequest = QDeadlineTimer(intervalMs, Qt::PreciseTimer);
}

QString humanDate(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(n), QLatin1String(n == 1 ? one : many));
}

QString storedMessage(const FetchOutcome &o)
{
    QString text =
        QStringLiteral("Stored %1 for %2 (%3 announced; %4 new to the cache, %5 updated).")
            .arg(plural(o.kept, "paper", "papers"), humanDate(o.date), QLocale::c().toString(o.announced),
                 QLocale::c().toString(o.stats.added), QLocale::c().toString(o.stats.updated));
    return text;
}

// ranks announce types like the enum: smaller is more interesting
int rank(AnnounceType t)
{
    return int(t);
}

} // namespace

FetchWorker::FetchWorker(ArxivConfig config, QString databasePath)
    : m_config(std::move(config))
    , m_databasePath(std::move(databasePath))
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed (same-or-safer scheme only); TLS checks stay on.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

FetchWorker::~FetchWorker() = default;

void FetchWorker::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &FetchWorker::abortAll, Qt::QueuedConnection);
}

void FetchWorker::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void FetchWorker::get(const QUrl &url, HttpCallback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(reply, std::move(done));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        HttpCallback callback = m_pending.take(reply);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        const auto err = reply->error();
        if (m_cancelled) {
            r.error = FetchError::Cancelled;
        } else if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
            // Only the transfer timeout aborts a request that was not cancelled.
            r.error = FetchError::Timeout;
            r.errorText = QStringLiteral("arXiv did not answer within %1 s").arg(m_config.timeoutMs / 1000.0);
        } else if (r.status >= 400) {
            r.error = FetchError::Http;
            const QString reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
            r.errorText = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                                           : QStringLiteral("HTTP %1 (%2)").arg(r.status).arg(reason);
        } else if (err == QNetworkReply::RemoteHostClosedError && r.status == 200) {
            r.error = FetchError::Network;
            r.errorText = QStringLiteral("the connection closed before the whole answer arrived");
        } else if (err != QNetworkReply::NoError) {
            r.error = FetchError::Network;
            r.errorText = QStringLiteral("network error: %1").arg(reply->errorString());
        }
        if (callback)
            callback(r);
    });
}

void FetchWorker::getFromApi(const QUrl &url, HttpCallback done)
{
    const int wait = reserveApiSlot(m_config.apiIntervalMs);
    QTimer::singleShot(wait, Qt::PreciseTimer, this, [this, url, done = std::move(done)]() mutable {
        if (m_cancelled) {
            HttpResult r;
            r.error = FetchError::Cancelled;
            done(r);
            return;
        }
        get(url, [this, done = std::move(done)](const HttpResult &r) {
            apiAnswered(m_config.apiIntervalMs);
            done(r);
        });
    });
}

void FetchWorker::fetch(const FetchRequest &request)
{
    if (m_busy) {
        FetchOutcome o;
        o.error = FetchError::Cancelled;
        o.message = QStringLiteral("A fetch is already running.");
        emit finished(o);
        return;
    }
    m_busy = true;
    m_cancelled = false;
    m_request = request;
    m_feedBodies.clear();
    m_apiPapers.clear();
    m_apiTotal = 0;
    switch (request.kind) {
    case FetchRequest::Kind::Today:
        fetchToday();
        break;
    case FetchRequest::Kind::Date:
        fetchDate();
        break;
    case FetchRequest::Kind::Ids:
        fetchIds();
        break;
    }
}

// --- Today: one listing feed per category --------------------------------

void FetchWorker::fetchToday()
{
    const QStringList categories = m_request.categories;
    emit progress(
        QStringLiteral("Fetching today's announcement for %1").arg(categories.join(QStringLiteral(", "))), 0,
        int(categories.size()));
    // Each category is its own request so that a failure names the category
    // and each paper records the categories it was announced in.
    for (const QString &category : categories) {
        get(m_config.rssUrl(category), [this, category](const HttpResult &r) {
            if (!m_busy)
                return; // an earlier failure already finished this fetch
            if (r.error == FetchError::Http && r.status == 400 && !r.body.isEmpty()) {
                // arXiv's error channel comes as HTTP 400 with a feed body.
                const ListingParseResult parsed = parseListingFeed(r.body);
                if (parsed.isFeedError) {
                    fail(FetchError::Rejected,
                         QStringLiteral(
                             "Could not fetch %1: %2 (check the category name); nothing was stored.")
                             .arg(category, parsed.error));
                    return;
                }
            }
            if (r.error == FetchError::Cancelled) {
                fail(FetchError::Cancelled, QStringLiteral("Fetch cancelled; nothing was stored."));
                return;
            }
            if (r.error != FetchError::None) {
                fail(
                    r.error,
                    QStringLiteral("Could not fetch %1: %2; nothing was stored.").arg(category, r.errorText));
                return;
            }
            m_feedBodies.insert(category, r.body);
            emit progress(QStringLiteral("Fetched %1").arg(category), int(m_feedBodies.size()),
                          int(m_request.categories.size()));
            if (m_feedBodies.size() == m_request.categories.size())
                onFeedsDone();
        });
    }
}

void FetchWorker::onFeedsDone()
{
    QDate date;
    QString dateCategory;
    QHash<QString, Paper> papers; // id -> newest version seen
    QStringList order;            // feed order, first appearance
    QHash<QString, QList<Announcement>> announced;
    for (const QString &category : std::as_const(m_request.categories)) {
        const ListingParseResult parsed = parseListingFeed(m_feedBodies.value(category));
        if (!parsed.ok) {
            fail(parsed.isFeedError ? FetchError::Rejected : FetchError::Format,
                 QStringLiteral("Could not fetch %1: %2; nothing was stored.").arg(category, parsed.error));
            return;
        }
        if (date.isValid() && parsed.feed.date != date) {
            fail(
                FetchError::Format,
                QStringLiteral("The feeds disagree on the day (%1 is for %2, %3 for %4): arXiv is mid-update;"
                               " try again in a few minutes. Nothing was stored.")
                    .arg(dateCategory, humanDate(date), category, humanDate(parsed.feed.date)));
            return;
        }
        date = parsed.feed.date;
        dateCategory = category;
        for (const Paper &p : parsed.feed.papers) {
            auto it = papers.find(p.id);
            if (it == papers.end()) {
                papers.insert(p.id, p);
                order << p.id;
            } else if (p.version > it->version) {
                *it = p;
            }
            announced[p.id].append({p.id, category, p.announceType});
        }
    }

    FetchOutcome outcome;
    outcome.date = date;
    outcome.announced = int(order.size());
    if (order.isEmpty()) {
        outcome.status = FetchOutcome::Status::NoAnnouncement;
        outcome.message =
            QStringLiteral("No announcement on %1 (%2): nothing new to fetch.")
                .arg(humanDate(date), calendar::hasListing(date)
                                          ? QStringLiteral("an arXiv holiday")
                                          : QStringLiteral("arXiv does not announce on weekends"));
        finish(outcome);
        return;
    }

    QList<Paper> kept;
    QList<Announcement> keptAnnouncements;
    for (const QString &id : std::as_const(order)) {
        Paper paper = papers.value(id);
        bool keep = false;
        AnnounceType best = AnnounceType::Unknown;
        for (const Announcement &a : announced.value(id)) {
            if (!m_request.keep.contains(a.type))
                continue;
            keep = true;
            keptAnnouncements << a;
            if (rank(a.type) < rank(best))
                best = a.type;
        }
        if (keep) {
            paper.announceType = best;
            kept << paper;
        }
    }
    outcome.kept = int(kept.size());
    storeDay(outcome, kept, keptAnnouncements, QStringLiteral("rss"));
}

// --- A past day: the API's submission window -----------------------------

void FetchWorker::fetchDate()
{
    const QDate date = m_request.date;
    if (date > calendar::todayInNewYork()) {
        fail(FetchError::Rejected,
             QStringLiteral("%1 is in the future; nothing to fetch.").arg(humanDate(date)));
        return;
    }
    if (!calendar::hasListing(date)) {
        FetchOutcome o;
        o.status = FetchOutcome::Status::NoAnnouncement;
        o.date = date;
        o.message = QStringLiteral("No announcement on %1: arXiv does not announce on weekends.")
                        .arg(humanDate(date));
        finish(o);
        return;
    }
    emit progress(QStringLiteral("Asking the arXiv API for %1").arg(humanDate(date)), 0, 0);
    requestApiPage(0);
}

void FetchWorker::requestApiPage(int start)
{
    const auto window = calendar::submissionWindow(m_request.date);
    QStringList cats;
    for (const QString &c : std::as_const(m_request.categories))
        cats << QStringLiteral("cat:") + c;
    const QString stamp = QStringLiteral("yyyyMMddHHmm");
    // The window's end is exclusive; the API's range is inclusive to the minute.
    const QString search = QStringLiteral("(%1) AND submittedDate:[%2 TO %3]")
                               .arg(cats.join(QStringLiteral(" OR ")), window->start.toString(stamp),
                                    window->end.addSecs(-60).toString(stamp));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search_query"), search);
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("submittedDate"));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("ascending"));
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(m_config.apiPageSize));

    getFromApi(m_config.apiUrl(query), [this, start](const HttpResult &r) {
        if (r.error == FetchError::Cancelled) {
            fail(FetchError::Cancelled, QStringLiteral("Fetch cancelled; nothing was stored."));
            return;
        }
        const ApiParseResult parsed = parseApiFeed(r.body);
        if (parsed.isApiError) {
            fail(FetchError::Rejected,
                 QStringLiteral("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                     .arg(m_request.categories.join(QLatin1Char('+')), parsed.error));
            return;
        }
        if (r.error != FetchError::None || !parsed.ok) {
            fail(r.error != FetchError::None ? r.error : FetchError::Format,
                 QStringLiteral("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                     .arg(m_request.categories.join(QLatin1Char('+')),
                          r.error != FetchError::None ? r.errorText : parsed.error));
            return;
        }
        m_apiPapers << parsed.papers;
        m_apiTotal = qMax(m_apiTotal, parsed.totalResults);
        emit progress(QStringLiteral("Fetched %1 of %2 papers").arg(m_apiPapers.size()).arg(m_apiTotal),
                      int(m_apiPapers.size()), m_apiTotal);
        const int next = start + int(parsed.papers.size());
        if (!parsed.papers.isEmpty() && next < parsed.totalResults) {
            requestApiPage(next);
            return;
        }

        FetchOutcome outcome;
        outcome.date = m_request.date;
        QList<Paper> kept;
        QList<Announcement> announcements;
        QSet<QString> seen;
        for (Paper p : std::as_const(m_apiPapers)) {
            if (seen.contains(p.id))
                continue; // pages can overlap when new papers arrive mid-query
            seen.insert(p.id);
            ++outcome.announced;
            // The API knows no announce types: a paper is new in its primary
            // category and cross-listed in the others.
            AnnounceType best = AnnounceType::Unknown;
            QList<Announcement> mine;
            for (const QString &c : std::as_const(m_request.categories)) {
                if (!p.categories.contains(c))
                    continue;
                const AnnounceType t = c == p.primaryCategory() ? AnnounceType::New : AnnounceType::Cross;
                if (!m_request.keep.contains(t))
                    continue;
                mine.append({p.id, c, t});
                if (rank(t) < rank(best))
                    best = t;
            }
            if (mine.isEmpty())
                continue;
            p.announced = m_request.date;
            p.announceType = best;
            kept << p;
            announcements << mine;
        }
        outcome.kept = int(kept.size());
        if (outcome.announced == 0) {
            outcome.status = FetchOutcome::Status::NoAnnouncement;
            outcome.message =
                QStringLiteral("No announcement on %1 (no papers in %2; an arXiv holiday?).")
                    .arg(humanDate(m_request.date), m_request.categories.join(QStringLiteral(", ")));
            finish(outcome);
            return;
        }
        storeDay(outcome, kept, announcements, QStringLiteral("api"));
    });
}

// --- Single papers by id --------------------------------------------------

void FetchWorker::fetchIds()
{
    emit progress(QStringLiteral("Asking the arXiv API for %1")
                      .arg(plural(int(m_request.ids.size()), "paper", "papers")),
                  0, int(m_request.ids.size()));
    requestIdChunk(0);
}

void FetchWorker::requestIdChunk(int offset)
{
    constexpr int kChunk = 100;
    const QStringList chunk = m_request.ids.mid(offset, kChunk);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id_list"), chunk.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(chunk.size()));
    getFromApi(m_config.apiUrl(query), [this, offset, chunk](const HttpResult &r) {
        if (r.error == FetchError::Cancelled) {
            fail(FetchError::Cancelled, QStringLiteral("Fetch cancelled; nothing was stored."));
            return;
        }
        const ApiParseResult parsed = parseApiFeed(r.body);
        if (parsed.isApiError || r.error != FetchError::None || !parsed.ok) {
            const FetchError kind = parsed.isApiError             ? FetchError::Rejected
                                    : r.error != FetchError::None ? r.error
                                                                  : FetchError::Format;
            const QString why = parsed.isApiError || r.error == FetchError::None ? parsed.error : r.errorText;
            fail(kind, QStringLiteral("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                           .arg(chunk.join(QStringLiteral(", ")), why));
            return;
        }
        m_apiPapers << parsed.papers;
        emit progress(QStringLiteral("Fetched %1 of %2").arg(m_apiPapers.size()).arg(m_request.ids.size()),
                      int(m_apiPapers.size()), int(m_request.ids.size()));
        if (offset + kChunk < m_request.ids.size()) {
            requestIdChunk(offset + kChunk);
            return;
        }
        FetchOutcome outcome;
        QSet<QString> found;
        for (const Paper &p : std::as_const(m_apiPapers))
            found.insert(p.id);
        for (const QString &id : std::as_const(m_request.ids))
            if (!found.contains(id))
                outcome.missingIds << id;
        QString error;
        if (m_cancelled) {
            fail(FetchError::Cancelled, QStringLiteral("Fetch cancelled; nothing was stored."));
            return;
        }
        if (!openDatabase(&error) ||
            !PaperRepository(m_database->connection()).storePapers(m_apiPapers, &outcome.stats, &error)) {
            fail(FetchError::Storage,
                 QStringLiteral("Could not store the papers: %1; nothing was changed.").arg(error));
            return;
        }
        for (const Paper &p : std::as_const(m_apiPapers))
            outcome.storedIds << p.id;
        outcome.kept = int(m_apiPapers.size());
        outcome.announced = outcome.kept;
        outcome.status = FetchOutcome::Status::Stored;
        outcome.message =
            QStringLiteral("Stored %1 (%2 new to the cache, %3 updated).")
                .arg(plural(outcome.kept, "paper", "papers"), QLocale::c().toString(outcome.stats.added),
                     QLocale::c().toString(outcome.stats.updated));
        if (!outcome.missingIds.isEmpty())
            outcome.message +=
                QStringLiteral(" arXiv does not know %1.").arg(outcome.missingIds.join(QStringLiteral(", ")));
        finish(outcome);
    });
}

// --- Shared ----------------------------------------------------------------

void FetchWorker::storeDay(FetchOutcome outcome, const QList<Paper> &kept,
                           const QList<Announcement> &announcements, const QString &source)
{
    if (m_cancelled) {
        fail(FetchError::Cancelled, QStringLiteral("Fetch cancelled; nothing was stored."));
        return;
    }
    emit progress(QStringLiteral("Storing %1").arg(plural(outcome.kept, "paper", "papers")), outcome.kept,
                  outcome.kept);
    DayRecord day;
    day.date = outcome.date;
    day.announced = outcome.announced;
    day.kept = outcome.kept;
    day.categories = m_request.categories;
    for (AnnounceType t : std::as_const(m_request.keep))
        day.announceTypes << announceTypeName(t);
    day.source = source;
    QString error;
    if (!openDatabase(&error) || !PaperRepository(m_database->connection())
                                      .storeDay(day, kept, announcements, &outcome.stats, &error)) {
        fail(FetchError::Storage,
             QStringLiteral("Could not store the day: %1; nothing was changed.").arg(error));
        return;
    }
    outcome.status = FetchOutcome::Status::Stored;
    for (const Paper &p : kept)
        outcome.storedIds << p.id;
    outcome.message = storedMessage(outcome);
    finish(outcome);
}

bool FetchWorker::openDatabase(QString *error)
{
    if (m_database)
        return true;
    auto db = std::make_unique<Database>(m_databasePath);
    if (!db->open(error))
        return false;
    m_database = std::move(db);
    return true;
}

void FetchWorker::fail(FetchError error, const QString &message)
{
    FetchOutcome o;
    o.status =
        error == FetchError::Cancelled ? FetchOutcome::Status::Cancelled : FetchOutcome::Status::Failed;
    o.error = error;
    o.date = m_request.date;
    o.message = message;
    finish(o);
}

void FetchWorker::finish(FetchOutcome outcome)
{
    if (!m_busy)
        return;
    m_busy = false;
    // Stop whatever else is still in flight for this request.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
    emit finished(outcome);
}

} // namespace paperboy
