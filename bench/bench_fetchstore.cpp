// Parse and store a heavy day: a 1,500-item listing feed (real items from
// the captures, repeated with new ids) parsed with the real parser and
// stored with the real repository into a fresh cache file, as a fetch does.
//
//   bench_fetchstore [--items N] [--runs R]
//
// Prints per-stage medians, min and max over R runs (after one warm-up).
#include "arxiv/FeedParser.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "support/FeedSynthesizer.h"
#include "support/TestPaths.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace paperboy;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Items in the feed."),
                                      QStringLiteral("N"), QStringLiteral("1500"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("R"), QStringLiteral("21"));
    parser.addHelpOption();
    parser.addOptions({itemsOpt, runsOpt});
    parser.process(app);
    const int items = parser.value(itemsOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();

    const QByteArray feed = test::synthesizeListingFeed(
        test::readFixture(
            QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml")),
        items);
    QTemporaryDir dir;
    QList<double> parseMs, storeMs, totalMs;
    for (int run = 0; run <= runs; ++run) {
        Database db(dir.filePath(QStringLiteral("run%1.sqlite").arg(run)));
        QString error;
        if (!db.open(&error))
            qFatal("%s", qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        const ListingParseResult parsed = parseListingFeed(feed);
        const qint64 parsedNs = timer.nsecsElapsed();
        if (!parsed.ok || parsed.feed.papers.size() != items)
            qFatal("parse failed: %s", qPrintable(parsed.error));
        QList<Announcement> announcements;
        for (const Paper &p : parsed.feed.papers)
            announcements.append({p.id, p.primaryCategory(), p.announceType});
        DayRecord day;
        day.date = parsed.feed.date;
        day.announced = day.kept = items;
        day.source = QStringLiteral("rss");
        day.categories = {QStringLiteral("cs.LG")};
        day.announceTypes = {QStringLiteral("new"), QStringLiteral("cross")};
        StoreStats stats;
        if (!PaperRepository(db.connection())
                 .storeDay(day, parsed.feed.papers, announcements, &stats, &error))
            qFatal("store failed: %s", qPrintable(error));
        const qint64 totalNs = timer.nsecsElapsed();
        if (run == 0)
            continue; // warm-up: page cache, first-use costs
        parseMs << parsedNs / 1e6;
        storeMs << (totalNs - parsedNs) / 1e6;
        totalMs << totalNs / 1e6;
    }
    QTextStream out(stdout);
    out << "feed: " << items << " items, " << feed.size() / 1024 << " KiB; " << runs << " runs\n";
    for (const auto &[name, values] :
         {std::pair{"parse", parseMs}, {"store", storeMs}, {"parse+store", totalMs}}) {
        const bench::Stats s = bench::summarize(values);
        out << QStringLiteral("%1 median %2 ms  (min %3, max %4)\n")
                   .arg(QLatin1String(name), -12)
                   .arg(s.median, 0, 'f', 1)
                   .arg(s.min, 0, 'f', 1)
                   .arg(s.max, 0, 'f', 1);
    }
    return 0;
}
