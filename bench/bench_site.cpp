// The static web site of a large cache (export/StaticSite.h): the first
// build into an empty folder, a rebuild with nothing changed, and a rebuild
// after one day's scores changed, as `paperboy export --format html --site`
// and the window's "Build Web Site of the Cache…" run it.
//
//   bench_site [--days N] [--per-day N] [--runs R]
//
// The cache is built first, in a temporary folder: N consecutive weekdays
// of --per-day papers each, the real papers of the captured October 2025
// days (titles, abstracts with TeX, author lists) under fresh ids, stored
// with the real PaperRepository::storeDay. Nine days in ten are scored by
// finished runs: the latest sixty by an LLM model (runs with tokens and a
// cost), the older ones offline. The changed day is the newest one,
// rescored by a new run between the timed rebuilds: its page, the index
// (its counts and cost) and the feed change. Each figure is the median of R
// runs (after one warm-up of each); the stages below split one build's work
// by timing the same calls on their own. Method and figures:
// docs/BENCHMARKS.md.
#include "core/Criteria.h"
#include "export/DigestSource.h"
#include "export/HtmlDigest.h"
#include "export/StaticSite.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/RealDays.h"

#include "BenchDays.h"
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

using namespace paperboy;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void check(bool ok, const QString &what, const QString &error)
{
    if (!ok)
        qFatal("%s: %s", qPrintable(what), qPrintable(error));
}

// The papers of every captured real day: the text the pages show.
QList<Paper> realPapers()
{
    QList<Paper> papers;
    for (const char *day : {"2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-08",
                            "2025-10-09", "2025-10-10", "2025-10-13", "2025-10-17"})
        papers += test::realDay(QDate::fromString(QLatin1String(day), Qt::ISODate));
    return papers;
}

// One finished run that scored every paper of the day, as the scoring
// worker stores it: scores in batches, then the run's totals.
void scoreDay(ScoreRepository &scores, std::mt19937 &rng, const QDate &date, const QList<Paper> &papers,
              const QString &hash, bool llm)
{
    QString error;
    RunRecord run;
    run.date = date;
    run.provider = llm ? QStringLiteral("openai") : QStringLiteral("offline");
    run.model = llm ? QStringLiteral("gpt-5-mini") : QStringLiteral("offline");
    run.scoringHash = hash;
    run.id = scores.startRun(run, &error);
    check(run.id > 0, QStringLiteral("start a run"), error);
    std::uniform_int_distribution<int> score(0, 4);
    QList<PaperScore> batch;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        PaperScore s;
        s.paperId = papers.at(i).id;
        s.relevance = qBound(1, 2 + score(rng) + score(rng), 10);
        s.novelty = qBound(1, 2 + score(rng) + score(rng), 10);
        s.comment = QStringLiteral("Matches the criterion on %1.").arg(papers.at(i).primaryCategory());
        batch << s;
        if (batch.size() == 60 || i + 1 == papers.size()) {
            check(scores.storeScores(batch, hash, run.model, run.id, &error), QStringLiteral("store scores"),
                  error);
            batch.clear();
        }
    }
    run.status = QStringLiteral("done");
    run.papers = int(papers.size());
    if (llm) {
        run.requests = int(papers.size() / 40 + 1);
        run.promptTokens = 427LL * papers.size();
        run.cachedTokens = run.promptTokens * 3 / 4;
        run.completionTokens = 60LL * papers.size();
        run.costUsd = 0.31;
    }
    check(scores.finishRun(run, &error), QStringLiteral("finish a run"), error);
}

struct Cache
{
    QString hash;
    QDate newest;
    QList<Paper> newestPapers;
};

Cache buildCache(Database &db, int dayCount, int perDay)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    PaperRepository papers(db.connection());
    ScoreRepository scores(db.connection());
    const auto criteria = scores.saveCriteria(Criteria::defaults(), &error);
    check(bool(criteria), QStringLiteral("save the criteria"), error);
    Cache cache{criteria->criteria.scoringHash(), {}, {}};

    const QList<Paper> pool = realPapers();
    check(!pool.isEmpty(), QStringLiteral("read the real days"), QStringLiteral("no papers"));
    std::mt19937 rng(2026);
    const QList<QDate> days = bench::weekdaysEndingAt(QDate(2026, 4, 27), dayCount);
    QHash<QString, int> serials; // per YYMM: ids never collide
    qsizetype next = 0;
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QDate date = days.at(d);
        const QString prefix = date.toString(QStringLiteral("yyMM"));
        QList<Paper> day;
        QList<Announcement> announcements;
        for (int i = 0; i < perDay; ++i) {
            Paper p = pool.at(next++ % pool.size());
            p.id = QStringLiteral("%1.%2").arg(prefix).arg(++serials[prefix], 5, 10, QLatin1Char('0'));
            p.announced = p.updated = date;
            day << p;
            announcements.append({p.id, p.primaryCategory(), AnnounceType::New});
        }
        const DayRecord record = bench::syntheticDay(
            date, perDay, {QStringLiteral("cs.LG"), QStringLiteral("cs.AI"), QStringLiteral("cs.CL")});
        StoreStats stats;
        check(papers.storeDay(record, day, announcements, &stats, &error),
              QStringLiteral("store %1").arg(date.toString(Qt::ISODate)), error);
        const bool recent = d >= days.size() - 60;
        if (d % 10 != 3 || recent)
            scoreDay(scores, rng, date, day, cache.hash, recent);
        if (d == days.size() - 1) {
            cache.newest = date;
            cache.newestPapers = day;
        }
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << QStringLiteral("cache: %1 days of %2 papers, built in %3 s (not a target)\n")
                 .arg(days.size())
                 .arg(perDay)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return cache;
}

double buildMs(Database &db, const QString &folder, int expectedDays, int *written)
{
    QElapsedTimer timer;
    timer.start();
    const site::Outcome o = site::build(db.connection(), folder);
    const double ms = timer.nsecsElapsed() / 1e6;
    check(o.ok && o.days == expectedDays, QStringLiteral("build the site"), o.error);
    *written = o.written;
    return ms;
}

void report(const char *name, const QList<double> &ms, int days, int written)
{
    const bench::Stats s = bench::summarize(ms);
    out() << QStringLiteral("%1 median %2 ms, %3 ms/day  (min %4, max %5; %6 files written)\n")
                 .arg(QLatin1String(name), -18)
                 .arg(s.median, 0, 'f', 0)
                 .arg(s.median / days, 0, 'f', 2)
                 .arg(s.min, 0, 'f', 0)
                 .arg(s.max, 0, 'f', 0)
                 .arg(written);
}

// The two halves of a day page's work, on their own: reading the day's
// digest from the cache, and writing it as HTML.
void stages(Database &db, int days)
{
    QString error;
    const QList<DayRecord> all = PaperRepository(db.connection()).days(&error);
    QElapsedTimer timer;
    qint64 collectNs = 0, renderNs = 0;
    qint64 bytes = 0;
    for (const DayRecord &day : all.mid(0, days)) {
        timer.start();
        const auto d = digest::collect(db.connection(), day.date, false, &error);
        collectNs += timer.nsecsElapsed();
        check(bool(d), QStringLiteral("collect"), error);
        timer.start();
        bytes += digest::toHtml(*d, QStringLiteral("index.html")).toUtf8().size();
        renderNs += timer.nsecsElapsed();
    }
    out() << QStringLiteral("stages: collect %1 ms, render %2 ms (%3 MiB of pages)\n")
                 .arg(collectNs / 1e6, 0, 'f', 0)
                 .arg(renderNs / 1e6, 0, 'f', 0)
                 .arg(bytes / 1048576.0, 0, 'f', 1);
}

void reportSize(const QString &folder)
{
    qint64 bytes = 0;
    int files = 0;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }
    out() << QStringLiteral("site: %1 files, %2 MiB\n").arg(files).arg(bytes / 1048576.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption daysOpt(QStringLiteral("days"),
                                     QStringLiteral("Announcement days in the cache."), QStringLiteral("N"),
                                     QStringLiteral("250"));
    const QCommandLineOption perDayOpt(QStringLiteral("per-day"), QStringLiteral("Papers a day."),
                                       QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("R"), QStringLiteral("5"));
    parser.addHelpOption();
    parser.addOptions({daysOpt, perDayOpt, runsOpt});
    parser.process(app);
    const int days = parser.value(daysOpt).toInt();
    const int perDay = parser.value(perDayOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    if (days < 1 || days > site::kMaxDays || perDay < 1 || runs < 1)
        qFatal("--days must be 1..%d, --per-day and --runs at least 1", site::kMaxDays);

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    check(db.open(&error), QStringLiteral("open the cache"), error);
    const Cache cache = buildCache(db, days, perDay);
    ScoreRepository scores(db.connection());
    std::mt19937 rng(7);

    QList<double> first, unchanged, changed;
    int firstWritten = 0, unchangedWritten = 0, changedWritten = 0;
    const QString site = dir.filePath(QStringLiteral("site"));
    for (int run = 0; run <= runs; ++run) {
        const QString folder = dir.filePath(QStringLiteral("first%1").arg(run));
        const double ms = buildMs(db, folder, days, &firstWritten);
        if (run > 0)
            first << ms;
        QDir(folder).removeRecursively();
    }
    buildMs(db, site, days, &firstWritten);
    reportSize(site);
    for (int run = 0; run <= runs; ++run) {
        const double ms = buildMs(db, site, days, &unchangedWritten);
        if (run > 0)
            unchanged << ms;
    }
    for (int run = 0; run <= runs; ++run) {
        scoreDay(scores, rng, cache.newest, cache.newestPapers, cache.hash, true);
        const double ms = buildMs(db, site, days, &changedWritten);
        if (run > 0)
            changed << ms;
    }
    out() << runs << " runs\n";
    report("first build", first, days, firstWritten);
    report("rebuild unchanged", unchanged, days, unchangedWritten);
    report("rebuild, 1 day", changed, days, changedWritten);
    stages(db, days);
    return 0;
}
