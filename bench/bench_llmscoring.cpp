// Wall time to score a day with an LLM, against a fake OpenAI-compatible
// server that answers like a real model: 0.5 s to the first token, then the
// reply's output tokens (reasoning included) at 100 tokens/s. The real score
// worker and client do the work, with their real concurrency and batching.
//
//   bench_llmscoring [--papers 900] [--concurrency 1,4,8] [--batch 10,20,40]
//                    [--completion-per-paper 60] [--reasoning-per-paper 0]
//
// The floor for a configuration is total output tokens / (100 x concurrency):
// what a server that never waits between replies would need.
//
//   bench_llmscoring --request-ms 2000 [--papers 900] [--concurrency 8]
//
// instead answers every request after exactly that long, whatever its size;
// the floor is then requests / concurrency x that time.
#include "arxiv/FeedParser.h"
#include "jobs/ScoreController.h"
#include "support/CacheProbe.h"
#include "support/FakeOpenAi.h"
#include "support/FeedSynthesizer.h"
#include "support/TestPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace paperboy;

namespace {

QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.toInt();
    return out;
}

// A day of `count` papers with real titles and abstracts.
bool makeDay(const QString &dbPath, int count)
{
    const QByteArray feed = test::synthesizeListingFeed(
        test::readFixture(
            QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml")),
        count);
    const ListingParseResult parsed = parseListingFeed(feed);
    QString error;
    return parsed.ok && test::storeDay(dbPath, parsed.feed.date, parsed.feed.papers, &error);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption papersOpt(QStringLiteral("papers"), QStringLiteral("Papers in the day."),
                                       QStringLiteral("N"), QStringLiteral("900"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"), QStringLiteral("Comma list."),
                                            QStringLiteral("LIST"), QStringLiteral("1,4,8"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Comma list of batch sizes."),
                                      QStringLiteral("LIST"), QStringLiteral("20"));
    const QCommandLineOption completionOpt(QStringLiteral("completion-per-paper"),
                                           QStringLiteral("Visible output tokens per paper."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption reasoningOpt(QStringLiteral("reasoning-per-paper"),
                                          QStringLiteral("Hidden reasoning tokens per paper."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption requestMsOpt(
        QStringLiteral("request-ms"),
        QStringLiteral("Answer every request after exactly MS (0: model-like)."), QStringLiteral("MS"),
        QStringLiteral("0"));
    parser.addOptions({papersOpt, concurrencyOpt, batchOpt, completionOpt, reasoningOpt, requestMsOpt});
    parser.process(app);
    const int papers = parser.value(papersOpt).toInt();
    const int requestMs = parser.value(requestMsOpt).toInt();

    QTextStream out(stdout);
    out << "papers  conc  batch  requests  wall_s  floor_s  wall/floor  prompt/paper  completion/paper\n"
        << Qt::flush;
    for (const int batch : intList(parser.value(batchOpt))) {
        for (const int concurrency : intList(parser.value(concurrencyOpt))) {
            QTemporaryDir dir;
            const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
            if (!makeDay(dbPath, papers))
                qFatal("cannot build the day");
            test::FakeOpenAi fake;
            if (requestMs > 0) {
                fake.setMode(test::FakeOpenAi::Mode::Good);
                fake.options().latencyMs = requestMs;
            } else {
                fake.setMode(test::FakeOpenAi::Mode::Slow);
                fake.options().slowBaseMs = 500;
                fake.options().tokensPerSecond = 100;
            }
            fake.options().completionPerPaper = parser.value(completionOpt).toInt();
            fake.options().reasoningPerPaper = parser.value(reasoningOpt).toInt();
            if (!fake.listen())
                qFatal("cannot listen");

            ScoreRequest request;
            request.provider = ScoreRequest::Provider::OpenAI;
            request.llm.baseUrl = fake.baseUrl();
            request.llm.model = QStringLiteral("gpt-5-mini");
            request.llm.apiKey = QStringLiteral("bench-key-not-secret");
            request.prices = PriceTable::defaults();
            request.concurrency = concurrency;
            request.batchSize = batch;
            request.requestsPerMinute = 0; // the fake has no rate limit
            request.titlePass = ScoreRequest::TitlePass::Off;

            ScoreController controller(dbPath);
            QEventLoop loop;
            ScoreOutcome outcome;
            QObject::connect(&controller, &ScoreController::finished, &loop, [&](const ScoreOutcome &o) {
                outcome = o;
                loop.quit();
            });
            QElapsedTimer timer;
            timer.start();
            controller.start(request);
            loop.exec();
            const double wall = timer.elapsed() / 1000.0;
            const TokenUsage total = fake.totalUsage();
            const double floor = requestMs > 0 ? double(outcome.requests) / concurrency * requestMs / 1000.0
                                               : double(total.completion) / (100.0 * concurrency);
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                       .arg(papers, 6)
                       .arg(concurrency, 4)
                       .arg(batch, 5)
                       .arg(outcome.requests, 8)
                       .arg(wall, 6, 'f', 1)
                       .arg(floor, 7, 'f', 1)
                       .arg(wall / floor, 10, 'f', 2)
                       .arg(double(total.prompt) / papers, 12, 'f', 0)
                       .arg(double(total.completion) / papers, 16, 'f', 0)
                << Qt::flush;
            if (outcome.scored != papers)
                out << "  (scored " << outcome.scored << ": " << outcome.message << ")\n";
        }
    }
    return 0;
}
