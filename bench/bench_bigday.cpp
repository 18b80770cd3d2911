// The largest days, end to end: the real `paperboy` executable fetches a
// 5,000-paper announcement from a local stand-in for arXiv and scores it
// offline, as a cron job would. Each run starts from an empty cache, so
// every run downloads, parses, stores, indexes and scores all of it.
//
//   bench_bigday [--papers 5000] [--runs 7]
//
// Prints the median, min and max wall time of each command over the runs
// (after one warm-up), and checks every run stored and scored every paper.
#include "support/CacheProbe.h"
#include "support/FakeHttpServer.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace paperboy;

namespace {

struct Timed
{
    int code = -1;
    double ms = 0;
    QByteArray err;
};

// Runs paperboy while this thread keeps serving the fake arXiv.
Timed runPaperboy(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(test::paperboyBinary(), args);
    if (!process.waitForStarted(10000))
        qFatal("paperboy did not start");
    loop.exec();
    Timed t;
    t.ms = double(timer.nsecsElapsed()) / 1e6;
    t.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    t.err = process.readAllStandardError();
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption papersOpt(QStringLiteral("papers"), QStringLiteral("Papers in the day."),
                                       QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("R"), QStringLiteral("7"));
    parser.addHelpOption();
    parser.addOptions({papersOpt, runsOpt});
    parser.process(app);
    const int papers = parser.value(papersOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();

    const QByteArray feed = test::synthesizeListingFeed(
        test::readFixture(
            QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml")),
        papers);
    test::FakeHttpServer arxiv;
    arxiv.route("/rss/*", test::FakeHttpServer::Response::ok(feed));
    if (!arxiv.listen())
        qFatal("cannot listen");

    QTemporaryDir home;
    const QProcessEnvironment env = test::childEnvironment(home.path(), arxiv.baseUrl());

    QTextStream out(stdout);
    out << "feed: " << papers << " items, " << feed.size() / 1024 << " KiB\n" << Qt::flush;
    QList<double> fetchMs, scoreMs;
    for (int run = 0; run <= runs; ++run) {
        const QString db = home.filePath(QStringLiteral("run%1.sqlite").arg(run));
        // Every announce type, so that all of the day is kept.
        const Timed fetch =
            runPaperboy({QStringLiteral("--db"), db, QStringLiteral("fetch"), QStringLiteral("--announce"),
                         QStringLiteral("new,cross,replace,replace-cross")},
                        env);
        if (fetch.code != 0)
            qFatal("fetch failed: %s", fetch.err.constData());
        const Timed score = runPaperboy({QStringLiteral("--db"), db, QStringLiteral("score"),
                                         QStringLiteral("--provider"), QStringLiteral("offline")},
                                        env);
        if (score.code != 0)
            qFatal("score failed: %s", score.err.constData());
        const int stored = test::queryInt(db, QStringLiteral("SELECT COUNT(*) FROM papers"));
        const int indexed = test::queryInt(db, QStringLiteral("SELECT COUNT(*) FROM papers_fts"));
        const int scored =
            test::queryInt(db, QStringLiteral("SELECT COUNT(*) FROM scores WHERE status = 'ok'"));
        if (stored != papers || indexed != papers || scored != papers)
            qFatal("run %d: %d stored, %d indexed, %d scored of %d", run, stored, indexed, scored, papers);
        if (run == 0)
            continue; // warm-up: page cache, first start of the binary
        fetchMs << fetch.ms;
        scoreMs << score.ms;
        out << QStringLiteral("run %1: fetch %2 ms, score %3 ms\n")
                   .arg(run)
                   .arg(fetch.ms, 0, 'f', 0)
                   .arg(score.ms, 0, 'f', 0)
            << Qt::flush;
    }
    const bench::Stats f = bench::summarize(fetchMs);
    const bench::Stats s = bench::summarize(scoreMs);
    out << QStringLiteral(
               "paperboy fetch (download, parse, store, index) %1 papers: median %2 ms (min %3, max %4)\n")
               .arg(papers)
               .arg(f.median, 0, 'f', 0)
               .arg(f.min, 0, 'f', 0)
               .arg(f.max, 0, 'f', 0);
    out << QStringLiteral("paperboy score --provider offline %1 papers: median %2 ms (min %3, max %4)\n")
               .arg(papers)
               .arg(s.median, 0, 'f', 0)
               .arg(s.min, 0, 'f', 0)
               .arg(s.max, 0, 'f', 0);
    return 0;
}
