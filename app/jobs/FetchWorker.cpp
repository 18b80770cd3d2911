#include "jobs/FetchWorker.h"

#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ApiParser.h"
#include "arxiv/ArxivHttp.h"
#include "arxiv/FeedParser.h"
#include "core/Translation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSet>

namespace paperboy {

namespace {

QString count(qint64 n)
{
    return i18n::locale().toString(n);
}

QString storedMessage(const FetchOutcome &o)
{
    const QString text = QCoreApplication::translate(
        "paperboy::FetchWorker", "Stored %n paper(s) for %1 (%2 announced; %3 new to the cache, %4 updated).",
        nullptr, o.kept);
    return i18n::plural(text, o.kept)
        .arg(i18n::dayText(o.date), count(o.announced), count(o.stats.added), count(o.stats.updated));
}

// "No announcement on 2026-11-07 (Saturday): arXiv does not announce on weekends."
QString noAnnouncement(const QDate &date, const QString &why)
{
    return QCoreApplication::translate("paperboy::FetchWorker", "No announcement on %1 (%2): %3.")
        .arg(date.toString(Qt::ISODate), i18n::locale().dayName(date.dayOfWeek()), why);
}

// "The feed for Mon 27 Apr 2026 lists 3 papers, the cache holds 150 for that
// day; kept all 150 and updated 1 from the feed (0 new to the cache)."
QString shrunkMessage(const FetchOutcome &o)
{
    const QString text = QCoreApplication::translate("paperboy::FetchWorker",
                                                     "The feed for %1 lists %n paper(s), the cache holds %2 "
                                                     "for that day; kept all %2 and updated %3 from the"
                                                     " feed (%4 new to the cache).",
                                                     nullptr, o.kept);
    return i18n::plural(text, o.kept)
        .arg(i18n::dayText(o.date), count(o.stats.dayBefore), count(o.stats.updated), count(o.stats.added));
}

// An update date from the API before arXiv began or past tomorrow is broken;
// without it the BibTeX year comes from the id.
QDate possibleDate(const QDate &date)
{
    return calendar::isPossibleListingDate(date, calendar::todayInNewYork()) ? date : QDate();
}

QString weekend()
{
    return QCoreApplication::translate("paperboy::FetchWorker", "arXiv does not announce on weekends");
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
    , m_http(new ArxivHttp(m_config, this))
{
}

FetchWorker::~FetchWorker() = default;

void FetchWorker::cancel()
{
    // Queued behind any fetch() already posted, so a cancel right after a
    // start is never lost; the flag is only touched on the worker's thread.
    QMetaObject::invokeMethod(this, &FetchWorker::abortAll, Qt::QueuedConnection);
}

void FetchWorker::abortAll()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_http->cancel();
}

void FetchWorker::fetch(const FetchRequest &request)
{
    if (m_run) {
        FetchOutcome o;
        o.error = FetchError::Cancelled;
        o.message = tr("A fetch is already running.");
        emit finished(o);
        return;
    }
    // A fresh run: nothing of the one before can reach it.
    m_run = std::make_unique<FetchRun>();
    m_run->request = request;
    m_run->request.categories.removeDuplicates();
    if (m_run->request.categories.isEmpty() && request.kind != FetchRequest::Kind::Ids)
        return fail(FetchError::Rejected, tr("No category to fetch."));
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

// --- Today: the listing feed of the followed categories ------------------

namespace {

// The type a paper has in one followed category, from the type the combined
// feed gives it: new/cross and replace/replace-cross differ only in whether
// the category is the paper's primary one.
AnnounceType typeInCategory(const Paper &p, const QString &category)
{
    const bool primary = category == p.primaryCategory();
    switch (p.announceType) {
    case AnnounceType::New:
    case AnnounceType::Cross:
        return primary ? AnnounceType::New : AnnounceType::Cross;
    case AnnounceType::Replace:
    case AnnounceType::ReplaceCross:
        return primary ? AnnounceType::Replace : AnnounceType::ReplaceCross;
    default:
        return p.announceType;
    }
}

} // namespace

void FetchWorker::fetchToday()
{
    // One request for all categories (rss/cs.LG+cs.AI): arXiv lists each
    // paper once, with the categories it belongs to.
    const QString query = m_run->request.categories.join(QLatin1Char('+'));
    emit progress(
        tr("Fetching today's announcement for %1").arg(m_run->request.categories.join(QStringLiteral(", "))),
        0, 1);
    m_http->get(
        m_config.rssUrl(query), ArxivHttp::Answer::Listing,
        forThisRun([this, query](const ArxivHttp::Result &r) {
            if (r.error == FetchError::Cancelled)
                return fail(FetchError::Cancelled, tr("Fetch cancelled; nothing was stored."));
            const ListingParseResult parsed = parseListingFeed(r.body);
            if (parsed.isFeedError) // arXiv's error channel comes as HTTP 400 with a feed body
                return fail(FetchError::Rejected,
                            tr("Could not fetch %1: %2 (check the category names); nothing was stored.")
                                .arg(query, parsed.error));
            if (r.error != FetchError::None)
                return fail(r.error,
                            tr("Could not fetch %1: %2; nothing was stored.").arg(query, r.errorText));
            if (!parsed.ok)
                return fail(FetchError::Format,
                            tr("Could not fetch %1: %2; nothing was stored.").arg(query, parsed.error));
            m_run->skipped = parsed.skipped;
            onFeed(parsed.feed);
        }));
}

void FetchWorker::onFeed(const ListingFeed &feed)
{
    const QString query = m_run->request.categories.join(QLatin1Char('+'));
    if (!calendar::isPossibleListingDate(feed.date, calendar::todayInNewYork()))
        return fail(
            FetchError::Format,
            tr("Could not fetch %1: the feed is dated %2, %3; nothing was stored.")
                .arg(query, feed.date.toString(Qt::ISODate),
                     feed.date < calendar::firstListing() ? tr("before arXiv began") : tr("in the future")));
    FetchOutcome outcome;
    outcome.date = feed.date;
    QHash<QString, qsizetype> seen; // id -> index in papers
    QList<Paper> papers;
    for (const Paper &p : feed.papers) {
        const auto it = seen.constFind(p.id);
        if (it == seen.cend()) {
            seen.insert(p.id, papers.size());
            papers << p;
        } else if (p.version > papers.at(*it).version) {
            papers[*it] = p;
        }
    }
    outcome.announced = int(papers.size());
    if (papers.isEmpty()) {
        outcome.status = FetchOutcome::Status::NoAnnouncement;
        // Only weekends are known days off: Paperboy has no list of arXiv's
        // holidays to call a weekday one.
        outcome.message =
            noAnnouncement(feed.date, calendar::hasListing(feed.date)
                                          ? tr("arXiv announced nothing in %1")
                                                .arg(m_run->request.categories.join(QStringLiteral(", ")))
                                          : weekend());
        finish(outcome);
        return;
    }

    QList<Paper> kept;
    QList<Announcement> announcements;
    for (const Paper &p : std::as_const(papers)) {
        if (!m_run->request.keep.contains(p.announceType))
            continue;
        kept << p;
        bool any = false;
        for (const QString &category : std::as_const(m_run->request.categories)) {
            if (!p.categories.contains(category))
                continue;
            announcements.append({p.id, category, typeInCategory(p, category)});
            any = true;
        }
        if (!any) // listed under an archive ("math") rather than a category
            announcements.append({p.id, m_run->request.categories.first(), p.announceType});
    }
    outcome.kept = int(kept.size());
    storeDay(outcome, kept, announcements, QStringLiteral("rss"));
}

// --- A past day: the API's submission window -----------------------------

void FetchWorker::fetchDate()
{
    const QDate date = m_run->request.date;
    if (date > calendar::todayInNewYork()) {
        fail(FetchError::Rejected, tr("%1 is in the future; nothing to fetch.").arg(i18n::dayText(date)));
        return;
    }
    if (date < calendar::firstListing()) {
        fail(FetchError::Rejected, tr("%1 is before arXiv began (%2); nothing to fetch.")
                                       .arg(i18n::dayText(date), i18n::dayText(calendar::firstListing())));
        return;
    }
    if (!calendar::hasListing(date)) {
        FetchOutcome o;
        o.status = FetchOutcome::Status::NoAnnouncement;
        o.date = date;
        o.message = noAnnouncement(date, weekend());
        finish(o);
        return;
    }
    emit progress(tr("Asking the arXiv API for %1").arg(i18n::dayText(date)), 0, 0);
    requestApiPage(0);
}

void FetchWorker::requestApiPage(int start)
{
    const auto window = calendar::submissionWindow(m_run->request.date);
    QStringList cats;
    for (const QString &c : std::as_const(m_run->request.categories))
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

    m_http->getFromApi(
        m_config.apiUrl(query), forThisRun([this, start](const ArxivHttp::Result &r) {
            if (r.error == FetchError::Cancelled) {
                fail(FetchError::Cancelled, tr("Fetch cancelled; nothing was stored."));
                return;
            }
            const ApiParseResult parsed = parseApiFeed(r.body);
            if (parsed.isApiError) {
                fail(FetchError::Rejected,
                     tr("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                         .arg(m_run->request.categories.join(QLatin1Char('+')), parsed.error));
                return;
            }
            if (r.error != FetchError::None || !parsed.ok) {
                fail(r.error != FetchError::None ? r.error : FetchError::Format,
                     tr("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                         .arg(m_run->request.categories.join(QLatin1Char('+')),
                              r.error != FetchError::None ? r.errorText : parsed.error));
                return;
            }
            m_run->apiPapers << parsed.papers;
            m_run->skipped << parsed.skipped;
            m_run->apiTotal = qMax(m_run->apiTotal, parsed.totalResults);
            emit progress(
                i18n::plural(tr("Fetched %1 of %n paper(s)", nullptr, m_run->apiTotal), m_run->apiTotal)
                    .arg(count(m_run->apiPapers.size())),
                int(m_run->apiPapers.size()), m_run->apiTotal);
            // A day is at most a few thousand papers: a bigger total means the
            // query is wrong, and paging through it would take hours.
            constexpr int kMaxDay = 10000;
            if (parsed.totalResults > kMaxDay)
                return fail(FetchError::Format,
                            tr("Could not fetch %1 from the arXiv API: it reports %2 papers for one day, more"
                               " than any day holds; nothing was stored.")
                                .arg(m_run->request.categories.join(QLatin1Char('+')))
                                .arg(parsed.totalResults));
            const int next = start + int(parsed.papers.size() + parsed.skipped.size());
            if (next < parsed.totalResults) {
                // An empty page before the end is the API failing, not the day ending.
                if (parsed.papers.isEmpty())
                    return fail(FetchError::Format,
                                tr("Could not fetch %1 from the arXiv API: it stopped after %2 of %3 papers;"
                                   " nothing was stored.")
                                    .arg(m_run->request.categories.join(QLatin1Char('+')))
                                    .arg(start)
                                    .arg(parsed.totalResults));
                requestApiPage(next);
                return;
            }

            FetchOutcome outcome;
            outcome.date = m_run->request.date;
            QList<Paper> kept;
            QList<Announcement> announcements;
            QSet<QString> seen;
            for (Paper p : std::as_const(m_run->apiPapers)) {
                if (seen.contains(p.id))
                    continue; // pages can overlap when new papers arrive mid-query
                seen.insert(p.id);
                ++outcome.announced;
                // The API knows no announce types: a paper is new in its primary
                // category and cross-listed in the others.
                AnnounceType best = AnnounceType::Unknown;
                QList<Announcement> mine;
                for (const QString &c : std::as_const(m_run->request.categories)) {
                    if (!p.categories.contains(c))
                        continue;
                    const AnnounceType t = c == p.primaryCategory() ? AnnounceType::New : AnnounceType::Cross;
                    if (!m_run->request.keep.contains(t))
                        continue;
                    mine.append({p.id, c, t});
                    if (rank(t) < rank(best))
                        best = t;
                }
                if (mine.isEmpty())
                    continue;
                p.announced = m_run->request.date;
                p.updated = possibleDate(p.updated);
                p.published = possibleDate(p.published);
                p.announceType = best;
                kept << p;
                announcements << mine;
            }
            outcome.kept = int(kept.size());
            if (outcome.announced == 0) {
                outcome.status = FetchOutcome::Status::NoAnnouncement;
                outcome.message = noAnnouncement(
                    m_run->request.date, tr("the arXiv API lists no papers in %1 for it")
                                             .arg(m_run->request.categories.join(QStringLiteral(", "))));
                finish(outcome);
                return;
            }
            storeDay(outcome, kept, announcements, QStringLiteral("api"));
        }));
}

// --- Single papers by id --------------------------------------------------

void FetchWorker::fetchIds()
{
    const int asked = int(m_run->request.ids.size());
    emit progress(i18n::plural(tr("Asking the arXiv API for %n paper(s)", nullptr, asked), asked), 0, asked);
    requestIdChunk(0);
}

void FetchWorker::requestIdChunk(int offset)
{
    constexpr int kChunk = 100;
    const QStringList chunk = m_run->request.ids.mid(offset, kChunk);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id_list"), chunk.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(chunk.size()));
    m_http->getFromApi(
        m_config.apiUrl(query), forThisRun([this, offset, chunk](const ArxivHttp::Result &r) {
            if (r.error == FetchError::Cancelled) {
                fail(FetchError::Cancelled, tr("Fetch cancelled; nothing was stored."));
                return;
            }
            const ApiParseResult parsed = parseApiFeed(r.body);
            if (parsed.isApiError || r.error != FetchError::None || !parsed.ok) {
                const FetchError kind = parsed.isApiError             ? FetchError::Rejected
                                        : r.error != FetchError::None ? r.error
                                                                      : FetchError::Format;
                const QString why =
                    parsed.isApiError || r.error == FetchError::None ? parsed.error : r.errorText;
                fail(kind, tr("Could not fetch %1 from the arXiv API: %2; nothing was stored.")
                               .arg(chunk.join(QStringLiteral(", ")), why));
                return;
            }
            // Only what was asked for: an API answer may hold more.
            for (Paper p : parsed.papers) {
                if (!chunk.contains(p.id))
                    continue;
                p.updated = possibleDate(p.updated);
                p.published = possibleDate(p.published);
                m_run->apiPapers << p;
            }
            for (const SkippedItem &item : parsed.skipped)
                if (chunk.contains(item.name))
                    m_run->skipped << item;
            emit progress(
                tr("Fetched %1 of %2").arg(count(m_run->apiPapers.size()), count(m_run->request.ids.size())),
                int(m_run->apiPapers.size()), int(m_run->request.ids.size()));
            if (offset + kChunk < m_run->request.ids.size()) {
                requestIdChunk(offset + kChunk);
                return;
            }
            FetchOutcome outcome;
            QSet<QString> found;
            for (const Paper &p : std::as_const(m_run->apiPapers))
                found.insert(p.id);
            for (const SkippedItem &item : std::as_const(m_run->skipped))
                found.insert(item.name); // arXiv knows it; it is named below
            for (const QString &id : std::as_const(m_run->request.ids))
                if (!found.contains(id))
                    outcome.missingIds << id;
            QString error;
            if (m_run->cancelled) {
                fail(FetchError::Cancelled, tr("Fetch cancelled; nothing was stored."));
                return;
            }
            if (!openDatabase(&error) || !PaperRepository(m_database->connection())
                                              .storePapers(m_run->apiPapers, &outcome.stats, &error)) {
                fail(FetchError::Storage,
                     tr("Could not store the papers: %1; nothing was changed.").arg(error));
                return;
            }
            for (const Paper &p : std::as_const(m_run->apiPapers))
                outcome.storedIds << p.id;
            outcome.kept = int(m_run->apiPapers.size());
            outcome.announced = outcome.kept;
            outcome.status = FetchOutcome::Status::Stored;
            outcome.message = i18n::plural(tr("Stored %n paper(s) (%1 new to the cache, %2 updated).",
                                              nullptr, outcome.kept),
                                           outcome.kept)
                                  .arg(count(outcome.stats.added), count(outcome.stats.updated));
            if (!outcome.missingIds.isEmpty())
                outcome.message +=
                    QLatin1Char(' ') +
                    tr("arXiv does not know %1.").arg(outcome.missingIds.join(QStringLiteral(", ")));
            outcome.message += skippedMessage();
            finish(outcome);
        }));
}

// --- Shared ----------------------------------------------------------------

void FetchWorker::storeDay(FetchOutcome outcome, const QList<Paper> &kept,
                           const QList<Announcement> &announcements, const QString &source)
{
    if (m_run->cancelled) {
        fail(FetchError::Cancelled, tr("Fetch cancelled; nothing was stored."));
        return;
    }
    emit progress(i18n::plural(tr("Storing %n paper(s)", nullptr, outcome.kept), outcome.kept), outcome.kept,
                  outcome.kept);
    DayRecord day;
    day.date = outcome.date;
    day.announced = outcome.announced;
    day.kept = outcome.kept;
    day.categories = m_run->request.categories;
    for (AnnounceType t : std::as_const(m_run->request.keep))
        day.announceTypes << announceTypeName(t);
    day.source = source;
    QString error;
    if (!openDatabase(&error) || !PaperRepository(m_database->connection())
                                      .storeDay(day, kept, announcements, &outcome.stats, &error)) {
        fail(FetchError::Storage, tr("Could not store the day: %1; nothing was changed.").arg(error));
        return;
    }
    outcome.status = FetchOutcome::Status::Stored;
    for (const Paper &p : kept)
        outcome.storedIds << p.id;
    // A feed far shorter than the day already held is a partial or broken
    // listing more often than a real one: its papers are added to the day,
    // nothing leaves it, and the person is told.
    outcome.message =
        2 * outcome.kept < outcome.stats.dayBefore ? shrunkMessage(outcome) : storedMessage(outcome);
    outcome.message += skippedMessage();
    finish(outcome);
}

ArxivHttp::Callback FetchWorker::forThisRun(ArxivHttp::Callback handle)
{
    // An answer outliving its run (reset() drops those it knows of) is not
    // for whatever run comes next.
    return [run = QPointer<FetchRun>(m_run.get()), handle = std::move(handle)](const ArxivHttp::Result &r) {
        if (run)
            handle(r);
    };
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

QString FetchWorker::skippedMessage() const
{
    if (m_run->skipped.isEmpty())
        return {};
    const int n = int(m_run->skipped.size());
    return QLatin1Char(' ') + i18n::plural(tr("Skipped %n unusable item(s): %1.", nullptr, n), n)
                                  .arg(listSkipped(m_run->skipped));
}

void FetchWorker::fail(FetchError error, const QString &message)
{
    FetchOutcome o;
    o.status =
        error == FetchError::Cancelled ? FetchOutcome::Status::Cancelled : FetchOutcome::Status::Failed;
    o.error = error;
    o.date = m_run->request.date;
    o.message = message;
    finish(o);
}

void FetchWorker::finish(FetchOutcome outcome)
{
    if (!m_run)
        return;
    // Stop whatever else is still in flight for this request.
    m_http->reset();
    m_run.reset();
    emit finished(outcome);
}

} // namespace paperboy
