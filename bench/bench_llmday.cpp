// A real day scored with an LLM, against a fake OpenAI-compatible server
// that answers as the reference system did: its relevance and novelty for
// the papers it picked, lower scores for the rest (so the fake is an oracle:
// a pick it never saw is one the pipeline lost). The fake takes 0.5 s to the
// first token, then writes 100 tokens/s, reasoning included, and reasons a
// set number of tokens per paper of a request by the request's effort,
// titles and abstracts alike: minimal 0, low 25, medium 100, high 300.
//
//   bench_llmday [--day 2025-10-01] [--effort medium] [--concurrency N]
//                [--title-filter auto] [--model gpt-5]
//                [--title-model M] [--title-effort E]
//                [--cascade off] [--warm] [--criteria FILE]
//
// Every default but the abstract pass's effort (medium) is the app's. The
// day is scored against the reference criteria (bench/data), saved as a
// version in the cache. --cascade on: the offline scorer sets aside the
// bottom of the day first (OfflineCascade). --warm: the fixture days before
// the day are stored first and their picks starred, as a person who agreed
// with the reference would have; the cascade's offline scorer then learns
// from those stars.
//
// Prints, per configuration: requests, wall time, prompt / cached /
// completion / reasoning tokens, cost at the model's price, and the recall of
// the reference's picks (a pick counts when it was scored at or above the
// reference cut-offs, relevance 8 and novelty 7).
#include "jobs/ScoreController.h"
#include "jobs/ScoringSettings.h"
#include "storage/Database.h"
#include "storage/MarkWriter.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/FakeOpenAi.h"
#include "support/RealDays.h"
#include "support/TestPaths.h"

#include "BenchCriteria.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace paperboy;

namespace {

const QHash<QString, int> kReasoningByEffort{{QStringLiteral("minimal"), 0},
                                             {QStringLiteral("low"), 25},
                                             {QStringLiteral("medium"), 100},
                                             {QStringLiteral("high"), 300}};

// The reference's verdicts: its own scores for its picks; relevance 1 to 7
// for the rest, so that a title pass keeping relevance 5 and up keeps some
// of them too, as a real one does.
QHash<QString, std::pair<int, int>> verdicts(const QHash<QString, test::RealDayJudgement> &judged)
{
    QHash<QString, std::pair<int, int>> out;
    for (auto it = judged.begin(); it != judged.end(); ++it) {
        const quint32 h = test::FakeOpenAi::stableHash(it.key());
        out.insert(it.key(), it->picked && !it->byAuthor && it->relevance > 0
                                 ? std::pair{it->relevance, it->novelty}
                                 : std::pair{int(1 + h % 7), int(1 + (h / 7) % 10)});
    }
    return out;
}

// The fixture days before `day` stored in the cache, their picks (not
// those for a followed author) starred through the window's writer.
void storeEarlierDaysStarred(const QString &dbPath, const QDate &day)
{
    const QDir dir(test::fixturePath(QStringLiteral("arxiv-days-2025-10")));
    QStringList picks;
    for (const QString &file : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        const QDate earlier = QDate::fromString(file.chopped(6), Qt::ISODate);
        if (!earlier.isValid() || earlier >= day)
            continue;
        QString error;
        if (!test::storeDay(dbPath, earlier, test::realDay(earlier), &error))
            qFatal("cannot store %s: %s", qPrintable(file), qPrintable(error));
        const auto judged = test::realDayJudgements(earlier);
        for (auto it = judged.begin(); it != judged.end(); ++it)
            if (it->picked && !it->byAuthor)
                picks << it.key();
    }
    MarkWriter writer(dbPath);
    writer.write(PaperMark::Star, picks, true);
    writer.flush();
}

struct Config
{
    QDate day;
    QString model;
    QString effort;
    int concurrency = 4;
    bool titlePass = false;
    bool cascade = false;
    bool warm = false;
    Criteria criteria;
};

struct Result
{
    ScoreOutcome outcome;
    double wallS = 0;
    TokenUsage usage;
    double costUsd = 0;
    int picks = 0;
    int filtered = 0;
    int found = 0;
};

struct Setup
{
    QString model, effort, titleModel, titleEffort;
    int concurrency = ScoringSettings::kRemoteConcurrency; // the fake stands for a provider's server
    ScoreRequest::TitlePass titlePass = ScoreRequest::TitlePass::Auto;
    bool cascade = false;
    bool warm = false;
    Criteria criteria;
};

Result run(const QDate &day, const Setup &setup)
{
    const QString &model = setup.model;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    if (setup.warm)
        storeEarlierDaysStarred(dbPath, day);
    const QList<Paper> papers = test::realDay(day);
    if (!test::storeDay(dbPath, day, papers, &error))
        qFatal("cannot store the day: %s", qPrintable(error));
    {
        Database db(dbPath);
        if (!db.open(&error) || !ScoreRepository(db.connection()).saveCriteria(setup.criteria, &error))
            qFatal("cannot save the criteria: %s", qPrintable(error));
    }
    const QHash<QString, test::RealDayJudgement> judged = test::realDayJudgements(day);

    test::FakeOpenAi fake;
    fake.setMode(test::FakeOpenAi::Mode::Slow);
    fake.options().slowBaseMs = 500;
    fake.options().tokensPerSecond = 100;
    fake.options().completionPerPaper = 60;
    fake.options().reasoningByEffort = kReasoningByEffort;
    fake.options().verdicts = verdicts(judged);
    fake.options().models = {model};
    if (!fake.listen())
        qFatal("cannot listen");

    ScoreRequest request;
    request.provider = ScoreRequest::Provider::OpenAI;
    request.llm.baseUrl = fake.baseUrl();
    request.date = day;
    request.llm.model = model;
    request.llm.reasoningEffort = ScoringSettings::effortFor(model, setup.effort);
    request.llm.apiKey = QStringLiteral("bench-key-not-secret");
    request.prices = PriceTable::defaults();
    request.concurrency = setup.concurrency;
    request.batchSize = ScoringSettings().batchSize;
    request.requestsPerMinute = 0;
    request.titlePass = setup.titlePass;
    request.titleModel = setup.titleModel;
    request.titleEffort = setup.titleEffort;
    request.cascade = setup.cascade;

    ScoreController controller(dbPath);
    QEventLoop loop;
    Result r;
    QObject::connect(&controller, &ScoreController::finished, &loop, [&](const ScoreOutcome &o) {
        r.outcome = o;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    controller.start(request);
    loop.exec();
    r.wallS = timer.elapsed() / 1000.0;
    r.usage = fake.totalUsage();
    r.costUsd = r.outcome.costUsd; // each pass at its model's price
    r.filtered = r.outcome.filtered;

    Database db(dbPath);
    if (!db.open(&error))
        qFatal("cannot open the cache: %s", qPrintable(error));
    ListQuery query;
    query.date = day;
    QHash<QString, PaperRow> rows;
    for (const PaperRow &row : PaperRepository(db.connection()).list(query, &error))
        rows.insert(row.paper.id, row);
    for (auto it = judged.begin(); it != judged.end(); ++it) {
        if (!it->picked || it->byAuthor)
            continue;
        ++r.picks;
        const PaperRow row = rows.value(it.key());
        r.found += row.relevance.value_or(0) >= 8 && row.novelty.value_or(0) >= 7;
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dayOpt(QStringLiteral("day"), QStringLiteral("A day of arxiv-days-2025-10."),
                                    QStringLiteral("DATE"), QStringLiteral("2025-10-01"));
    const QCommandLineOption effortOpt(QStringLiteral("effort"),
                                       QStringLiteral("Reasoning effort: minimal, low, medium, high."),
                                       QStringLiteral("EFFORT"), QStringLiteral("medium"));
    const QCommandLineOption concurrencyOpt(
        QStringLiteral("concurrency"), QStringLiteral("Requests at once (the app's default)."),
        QStringLiteral("N"), QString::number(ScoringSettings::kRemoteConcurrency));
    const QCommandLineOption titleOpt(QStringLiteral("title-filter"),
                                      QStringLiteral("Comma list of auto, on, off."), QStringLiteral("LIST"),
                                      QStringLiteral("auto"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("The model, for its price."),
                                      QStringLiteral("MODEL"), QStringLiteral("gpt-5"));
    const QCommandLineOption titleModelOpt(QStringLiteral("title-model"),
                                           QStringLiteral("The title pass's model (default: --model)."),
                                           QStringLiteral("MODEL"));
    const QCommandLineOption titleEffortOpt(QStringLiteral("title-effort"),
                                            QStringLiteral("The title pass's effort (default: the app's)."),
                                            QStringLiteral("EFFORT"));
    const QCommandLineOption cascadeOpt(QStringLiteral("cascade"),
                                        QStringLiteral("Comma list of on, off: the offline cascade first."),
                                        QStringLiteral("LIST"), QStringLiteral("off"));
    const QCommandLineOption warmOpt(
        QStringLiteral("warm"), QStringLiteral("Store the earlier fixture days with their picks starred."));
    const QCommandLineOption criteriaOpt(
        QStringLiteral("criteria"), QStringLiteral("The criteria file to score against."),
        QStringLiteral("FILE"), QStringLiteral(PAPERBOY_BENCH_DATA "/reference-criteria.json"));
    parser.addOptions({dayOpt, effortOpt, concurrencyOpt, titleOpt, modelOpt, titleModelOpt, titleEffortOpt,
                       cascadeOpt, warmOpt, criteriaOpt});
    parser.process(app);
    const QDate day = QDate::fromString(parser.value(dayOpt), Qt::ISODate);
    if (!day.isValid())
        qFatal("--day takes YYYY-MM-DD");

    QTextStream out(stdout);
    out << "day " << day.toString(Qt::ISODate) << ", " << test::realDay(day).size() << " papers, "
        << parser.value(modelOpt) << " at " << parser.value(effortOpt) << " effort, concurrency "
        << parser.value(concurrencyOpt)
        << (parser.isSet(warmOpt) ? ", warm (earlier days' picks starred)" : ", cold (no stars)") << "\n"
        << "title  cascade  requests  wall_s  prompt  cached  completion  reasoning  cost_usd  by_title  "
           "by_offline  picks_found  status\n"
        << Qt::flush;
    const Criteria criteria = bench::readCriteria(parser.value(criteriaOpt), "bench_llmday");
    for (const QString &cascade : parser.value(cascadeOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const QString &title : parser.value(titleOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Setup setup;
            setup.cascade = cascade == QLatin1String("on");
            setup.warm = parser.isSet(warmOpt);
            setup.criteria = criteria;
            setup.model = parser.value(modelOpt);
            setup.effort = parser.value(effortOpt);
            setup.titleModel = parser.value(titleModelOpt);
            setup.titleEffort = parser.value(titleEffortOpt);
            setup.concurrency = parser.value(concurrencyOpt).toInt();
            if (!ScoringSettings::parseTitlePass(title, &setup.titlePass))
                qFatal("--title-filter takes auto, on, off");
            const Result r = run(day, setup);
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11  %12/%13  %14\n")
                       .arg(title, 5)
                       .arg(cascade, 7)
                       .arg(r.outcome.requests, 8)
                       .arg(r.wallS, 6, 'f', 1)
                       .arg(r.usage.prompt, 6)
                       .arg(r.usage.cached, 6)
                       .arg(r.usage.completion, 10)
                       .arg(r.usage.reasoning, 9)
                       .arg(r.costUsd, 8, 'f', 3)
                       .arg(r.filtered, 8)
                       .arg(r.outcome.setAsideOffline, 10)
                       .arg(r.found, 6)
                       .arg(r.picks)
                       .arg(r.outcome.message.left(60))
                << Qt::flush;
        }
    return 0;
}
