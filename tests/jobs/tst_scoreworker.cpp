#include "core/Criteria.h"
#include "jobs/OfflineCascadeSplit.h"
#include "jobs/ScoreController.h"
#include "scoring/CostEstimate.h"
#include "scoring/OfflineCascade.h"
#include "scoring/PromptBuilder.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/FakeOpenAi.h"
#include "support/RealDays.h"
#include "support/ScoringRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace paperboy;
using paperboy::test::FakeOpenAi;
using Mode = paperboy::test::FakeOpenAi::Mode;

namespace {

// Planted in every request: it must reach the server and nothing else.
const QString kKey = QStringLiteral("sk-test-PLANTED0123456789abcdef");
const QString kModel = QStringLiteral("gpt-5-mini");
const QDate kDay(2026, 9, 24);
constexpr int kPapers = 50;

struct Stored
{
    QString status;
    int version = 0;
    int relevance = 0;
    int novelty = 0;
    QString comment;
    QString reason;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// USD for `usage` at the shipped price of the model, written out from the
// price facts: cached tokens are part of prompt, reasoning part of completion.
double expectedCost(const QString &model, const TokenUsage &usage)
{
    const ModelPrice p = PriceTable::defaults().price(model);
    return (double(usage.prompt - usage.cached) * p.input + double(usage.cached) * p.cachedInput +
            double(usage.completion) * p.output) /
           1e6;
}

bool sameUsage(const TokenUsage &a, const TokenUsage &b)
{
    return a.prompt == b.prompt && a.cached == b.cached && a.completion == b.completion &&
           a.reasoning == b.reasoning;
}

QString describe(const TokenUsage &u)
{
    return QStringLiteral("prompt %1 (cached %2), completion %3 (reasoning %4)")
        .arg(u.prompt)
        .arg(u.cached)
        .arg(u.completion)
        .arg(u.reasoning);
}

} // namespace

class TestScoreWorker : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<FakeOpenAi> m_fake;
    QStringList m_ids; // the day's papers, in id order
    QHash<QString, int> m_versions;
    QList<ScoreOutcome> m_outcomes;
    QString m_key = kKey;
    bool m_leaksChecked = false;

    // A day of synthetic papers in a fresh cache; the last `offTopic` of
    // them about farming, far from any criteria of machine learning.
    void storeDay(int count, int offTopic = 0)
    {
        QList<Paper> papers;
        QList<Announcement> announcements;
        m_ids.clear();
        m_versions.clear();
        for (int i = 0; i < count; ++i) {
            Paper p;
            p.id = QStringLiteral("2609.%1").arg(20001 + i);
            p.version = 1 + i % 2;
            p.title = QStringLiteral("Sparse attention variant %1 for long-context transformers").arg(i);
            p.authors = {QStringLiteral("Ada Example"), QStringLiteral("Bo Sample %1").arg(i)};
            p.abstract =
                QStringLiteral("We study structured sparsity in attention layers (case %1). Our method "
                               "prunes heads during training and keeps accuracy while cutting memory "
                               "by half on long sequences.")
                    .arg(i);
            if (i >= count - offTopic) {
                p.title = QStringLiteral("Crop rotation %1 and soil moisture in wheat fields").arg(i);
                p.abstract = QStringLiteral("A field survey of irrigation schedules, fertiliser and harvest "
                                            "yields over %1 seasons on clay soils.")
                                 .arg(i);
            }
            p.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
            p.announceType = AnnounceType::New;
            p.announced = kDay;
            p.updated = kDay;
            papers << p;
            announcements << Announcement{p.id, QStringLiteral("cs.LG"), AnnounceType::New};
            m_ids << p.id;
            m_versions.insert(p.id, p.version);
        }
        DayRecord day;
        day.date = kDay;
        day.announced = count;
        day.kept = count;
        day.categories = {QStringLiteral("cs.LG")};
        day.announceTypes = {QStringLiteral("new"), QStringLiteral("cross")};
        day.source = QStringLiteral("rss");
        Database db(m_dbPath);
        QString error;
        if (!db.open(&error))
            qFatal("cannot open the test cache: %s", qPrintable(error));
        PaperRepository repo(db.connection());
        if (!repo.storeDay(day, papers, announcements, nullptr, &error))
            qFatal("cannot store the test day: %s", qPrintable(error));
        m_ids.sort();
    }

    ScoreRequest request(int concurrency = 4, int batchSize = 5) const
    {
        ScoreRequest r;
        r.date = kDay;
        r.provider = ScoreRequest::Provider::OpenAI;
        r.llm.baseUrl = m_fake->baseUrl();
        r.llm.model = kModel;
        r.llm.apiKey = m_key;
        r.llm.timeoutMs = 5000;
        r.prices = PriceTable::defaults();
        r.concurrency = concurrency;
        r.batchSize = batchSize;
        r.requestsPerMinute = 0; // no limit: it would only slow these tests down
        r.backoffBaseMs = 10;
        r.titlePass = ScoreRequest::TitlePass::Off;
        return r;
    }

    // `waits`: what the run said while it waited, when asked for.
    ScoreOutcome run(const ScoreRequest &r, QStringList *waits = nullptr)
    {
        const test::ScoringRun result = test::runScoring(m_dbPath, r);
        m_outcomes << result.outcome;
        if (waits)
            *waits << result.notices;
        return result.outcome;
    }

    QHash<QString, Stored> stored() const
    {
        QHash<QString, Stored> rows;
        Database db(m_dbPath);
        QString error;
        if (!db.open(&error))
            return rows;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT paper_id, status, relevance, novelty, comment, reason, version FROM "
                                 "scores WHERE model = ?"));
        q.addBindValue(kModel);
        if (!q.exec())
            return rows;
        while (q.next()) {
            Stored s;
            s.status = q.value(1).toString();
            s.relevance = q.value(2).toInt();
            s.novelty = q.value(3).toInt();
            s.comment = q.value(4).toString();
            s.reason = q.value(5).toString();
            s.version = q.value(6).toInt();
            rows.insert(q.value(0).toString(), s);
        }
        return rows;
    }

    QStringList withStatus(const QString &status) const
    {
        QStringList ids;
        const auto rows = stored();
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            if (it->status == status)
                ids << it.key();
        }
        return sorted(ids);
    }

    RunRecord lastRun() const
    {
        Database db(m_dbPath);
        QString error;
        if (!db.open(&error))
            return RunRecord();
        const QList<RunRecord> runs = ScoreRepository(db.connection()).runsForDay(kDay);
        return runs.isEmpty() ? RunRecord() : runs.last();
    }

    // Ids in the requests that carried a full (not title-only) batch.
    QStringList sentIds() const
    {
        QStringList ids;
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges()) {
            if (!e.titlesOnly)
                ids << e.ids;
        }
        return ids;
    }

    // The papers the offline cascade should set aside of the day: the
    // lowest share by the offline relevance a plain offline run stores,
    // counted and sorted here, apart from the rule's code.
    QStringList lowestOffline(double share)
    {
        ScoreRequest offline;
        offline.date = kDay;
        offline.provider = ScoreRequest::Provider::Offline;
        if (run(offline).status != ScoreOutcome::Status::Done)
            return {};
        QList<QPair<double, QString>> values;
        Database db(m_dbPath);
        QString error;
        if (!db.open(&error))
            return {};
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT relevance_value, paper_id FROM scores WHERE model = 'offline'")))
            return {};
        while (q.next())
            values << qMakePair(q.value(0).toDouble(), q.value(1).toString());
        std::sort(values.begin(), values.end());
        const int n = int(share * double(values.size()));
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << values[i].second;
        // No tie across the line: the test would not say which side it falls.
        if (n == 0 || values[n - 1].first == values[n].first)
            return {};
        return sorted(ids);
    }

    static int relevantAmong(const QStringList &ids)
    {
        const Criteria criteria = Criteria::defaults();
        int n = 0;
        for (const QString &id : ids)
            n += criteria.meetsCutoffs(FakeOpenAi::relevanceOf(id), FakeOpenAi::noveltyOf(id)) ? 1 : 0;
        return n;
    }

    // Every place the worker wrote to that holds the key: outcome messages,
    // failure lines, and the database files (named with the columns that hold it).
    QStringList keyLeaks() const
    {
        QStringList places;
        for (const ScoreOutcome &o : std::as_const(m_outcomes)) {
            if (o.message.contains(m_key))
                places << QStringLiteral("outcome message: ") + o.message;
            const QStringList leaky = o.failures.filter(m_key);
            if (!leaky.isEmpty())
                places << QStringLiteral("%1 failure lines, as \"%2\"").arg(leaky.size()).arg(leaky.first());
        }
        {
            Database db(m_dbPath);
            QString error;
            if (db.open(&error)) {
                QSqlQuery q(db.connection());
                q.prepare(
                    QStringLiteral("SELECT 'runs.message', COUNT(*) FROM runs WHERE instr(message, :k) > 0"
                                   " UNION ALL SELECT 'scores.reason', COUNT(*) FROM scores"
                                   " WHERE instr(reason, :k) > 0"
                                   " UNION ALL SELECT 'scores.comment', COUNT(*) FROM scores"
                                   " WHERE instr(comment, :k) > 0"));
                q.bindValue(QStringLiteral(":k"), m_key);
                if (q.exec()) {
                    while (q.next()) {
                        if (q.value(1).toInt() > 0)
                            places << QStringLiteral("%1 (%2 rows)")
                                          .arg(q.value(0).toString())
                                          .arg(q.value(1).toInt());
                    }
                }
            }
        }
        const QFileInfoList files = QDir(m_dir.path()).entryInfoList(QDir::Files);
        for (const QFileInfo &info : files) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly)) {
                places << QStringLiteral("unreadable file ") + info.fileName();
                continue;
            }
            const QByteArray bytes = f.readAll();
            // The distinctive middle too, in case something masked only the start or the end.
            if (bytes.contains(m_key.toUtf8()) || bytes.contains(m_key.mid(8, 12).toUtf8()))
                places << QStringLiteral("file ") + info.fileName();
        }
        return places;
    }

    // `terse`: the fake's mode follows the prompt's request for empty
    // comments on clearly irrelevant papers (Messy's replies do not).
    void verifyScoresAreTheFakes(const QStringList &ids, bool terse = true)
    {
        const auto rows = stored();
        for (const QString &id : ids) {
            QVERIFY2(rows.contains(id), qPrintable(id));
            const Stored &s = rows[id];
            QCOMPARE(s.status, QStringLiteral("ok"));
            QCOMPARE(s.version, m_versions.value(id)); // the paper's current version
            QCOMPARE(s.relevance, FakeOpenAi::relevanceOf(id));
            QCOMPARE(s.novelty, FakeOpenAi::noveltyOf(id));
            QCOMPARE(s.comment, terse ? FakeOpenAi::defaultCommentOf(id) : FakeOpenAi::commentOf(id));
        }
    }

    // What the outcome and the run's row say was spent equals what the server reported.
    void verifyAccounting(const ScoreOutcome &o, const TokenUsage &reported)
    {
        QVERIFY2(sameUsage(o.usage, reported),
                 qPrintable(describe(o.usage) + QStringLiteral(" vs ") + describe(reported)));
        QVERIFY(qFuzzyCompare(1 + o.costUsd, 1 + expectedCost(kModel, reported)));
        const RunRecord r = lastRun();
        QCOMPARE(r.promptTokens, reported.prompt);
        QCOMPARE(r.cachedTokens, reported.cached);
        QCOMPARE(r.completionTokens, reported.completion);
        QCOMPARE(r.reasoningTokens, reported.reasoning);
        QVERIFY(qFuzzyCompare(1 + r.costUsd, 1 + o.costUsd));
        QCOMPARE(r.requests, o.requests);
        QCOMPARE(r.papers, o.scored);
    }

    // A run the cache stopped: a storage failure in one line, nothing sent.
    void verifyStoppedOnTheCache(const ScoreOutcome &o, const QString &start)
    {
        QCOMPARE(o.status, ScoreOutcome::Status::Failed);
        QCOMPARE(o.failure, ScoreOutcome::Failure::Storage);
        QVERIFY2(o.message.startsWith(start), qPrintable(o.message));
        QVERIFY2(!o.message.contains(QLatin1Char('\n')), qPrintable(o.message));
        QVERIFY(m_fake->exchanges().isEmpty());
    }

private slots:
    void init()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_fake = std::make_unique<FakeOpenAi>();
        QVERIFY(m_fake->listen());
        m_outcomes.clear();
        m_key = kKey;
        m_leaksChecked = false;
        storeDay(kPapers);
    }

    // After every scenario: the key reached the server as a bearer token and
    // nothing the worker wrote holds it.
    void cleanup()
    {
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges())
            QCOMPARE(e.request.headers.value("authorization"), ("Bearer " + m_key).toUtf8());
        m_fake.reset();
        QVERIFY(QFile::exists(m_dbPath));
        if (m_leaksChecked)
            return; // the test checked and reported them itself
        const QStringList leaks = keyLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    }

    void scoresEveryPaperAndAccountsEveryToken()
    {
        m_fake->options().latencyMs = 60;
        m_fake->options().reasoningPerPaper = 30;
        ScoreRequest r = request(4, 5);
        r.llm.reasoningEffort = QStringLiteral("low");
        ScoreController controller(m_dbPath);
        QSignalSpy progress(&controller, &ScoreController::progress);
        QSignalSpy done(&controller, &ScoreController::finished);
        controller.start(r);
        QVERIFY(done.wait(30000));
        const auto o = done.first().first().value<ScoreOutcome>();
        m_outcomes << o;

        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.date, kDay);
        QCOMPARE(o.model, kModel);
        QCOMPARE(o.toScore, kPapers);
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(o.failed, 0);
        QCOMPARE(o.requests, 10);
        QCOMPARE(m_fake->requestCount(), 10);
        QCOMPARE(o.relevant, relevantAmong(m_ids));
        QVERIFY2(o.message.startsWith(QLatin1String("Scored 50 of 50 papers of 2026-09-24 with gpt-5-mini")),
                 qPrintable(o.message));
        verifyScoresAreTheFakes(m_ids);
        QCOMPARE(withStatus(QStringLiteral("ok")), m_ids);

        // Each paper went once, in batches of the size asked for, to the
        // completions endpoint, with the schema and the reasoning effort.
        QCOMPARE(sorted(sentIds()), m_ids);
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges()) {
            QCOMPARE(e.request.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(e.ids.size(), 5);
            QCOMPARE(e.status, 200);
            QVERIFY(e.structured);
            QCOMPARE(e.body.value(QStringLiteral("model")).toString(), kModel);
            QCOMPARE(e.body.value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("low"));
        }
        // Requests overlap, never more than asked for.
        QVERIFY2(m_fake->maxConcurrentRequests() > 1,
                 qPrintable(QString::number(m_fake->maxConcurrentRequests())));
        QVERIFY2(m_fake->maxConcurrentRequests() <= 4,
                 qPrintable(QString::number(m_fake->maxConcurrentRequests())));

        // Tokens and cost are the sum of the server's usage blocks, with cached
        // and reasoning tokens counted inside prompt and completion, once.
        const TokenUsage reported = m_fake->totalUsage();
        QVERIFY(reported.cached > 0);
        QCOMPARE(reported.reasoning, qint64(30 * kPapers));
        qint64 written = 0;
        for (const QString &id : std::as_const(m_ids))
            written += m_fake->defaultCompletionOf(id);
        QCOMPARE(reported.completion, written + 30 * kPapers);
        verifyAccounting(o, reported);
        QCOMPARE(lastRun().status, QStringLiteral("done"));
        QCOMPARE(lastRun().papers, kPapers);

        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), kPapers);
        QCOMPARE(progress.last().at(1).toInt(), kPapers);
        QCOMPARE(progress.last().at(2).toLongLong(), reported.prompt + reported.completion);

        // The same day again: everything is cached, nothing is sent.
        m_fake->clearRecords();
        const ScoreOutcome again = run(request());
        QCOMPARE(int(again.status), int(ScoreOutcome::Status::NothingToDo));
        QCOMPARE(again.toScore, 0);
        QCOMPARE(again.requests, 0);
        QCOMPARE(m_fake->requestCount(), 0);
        QVERIFY2(again.message.contains(QLatin1String("nothing sent")), qPrintable(again.message));
    }

    void concurrencyIsTheMostRequestsInFlight_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
        QTest::newRow("8") << 8;
    }
    void concurrencyIsTheMostRequestsInFlight()
    {
        QFETCH(int, concurrency);
        m_fake->options().latencyMs = 40;
        const ScoreOutcome o = run(request(concurrency, 2)); // 25 batches: every connection stays busy
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(m_fake->requestCount(), 25);
        QCOMPARE(m_fake->maxConcurrentRequests(), concurrency);
    }

    void batchSizeFollowsTheDayWhenNotSet()
    {
        const ScoreOutcome o = run(request(2, 0));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        const auto exchanges = m_fake->exchanges();
        QVERIFY(exchanges.size() > 1);
        qsizetype smallest = kPapers, largest = 0;
        for (const FakeOpenAi::Exchange &e : exchanges) {
            smallest = qMin(smallest, e.ids.size());
            largest = qMax(largest, e.ids.size());
        }
        QVERIFY(largest <= 25);
        QVERIFY(smallest >= 5);
        // Even batches (one paper apart at most), as many as a multiple of the
        // concurrency so the last round keeps every connection busy.
        QVERIFY(largest - smallest <= 1);
        QCOMPARE(exchanges.size() % 2, 0);
    }

    void messyRepliesKeepValidScoresAndRetryTheRest()
    {
        m_fake->setMode(Mode::Messy);
        ScoreRequest r = request(2, 6);
        r.maxTries = 3;
        const ScoreOutcome o = run(r);

        QStringList stubborn, good;
        for (const QString &id : std::as_const(m_ids))
            (FakeOpenAi::isStubborn(id) ? stubborn : good) << id;
        QVERIFY2(!stubborn.isEmpty(), "the synthetic day needs papers the fake never scores");

        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, int(good.size()));
        QCOMPARE(o.failed, int(stubborn.size()));
        verifyScoresAreTheFakes(good, false);
        QCOMPARE(withStatus(QStringLiteral("ok")), good);
        QCOMPARE(withStatus(QStringLiteral("failed")), stubborn);
        const auto rows = stored();
        for (const QString &id : std::as_const(stubborn)) {
            QCOMPARE(rows[id].reason, QStringLiteral("no valid score in 3 replies"));
            QVERIFY2(o.failures.contains(id + QStringLiteral(": no valid score in 3 replies")),
                     qPrintable(o.failures.join(QLatin1Char('|'))));
        }

        // A stubborn paper went maxTries times; a paper left out once went
        // twice; the rest once. The foreign id was never taken for a paper.
        QHash<QString, int> sends;
        for (const QString &id : sentIds())
            ++sends[id];
        QSet<QString> leftOutOnce;
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges()) {
            if (!e.answered.contains(e.ids.last()) && !FakeOpenAi::isStubborn(e.ids.last()))
                leftOutOnce.insert(e.ids.last());
        }
        QVERIFY(!leftOutOnce.isEmpty());
        for (const QString &id : std::as_const(m_ids)) {
            const int expected = FakeOpenAi::isStubborn(id) ? 3 : leftOutOnce.contains(id) ? 2 : 1;
            QVERIFY2(sends.value(id) == expected,
                     qPrintable(QStringLiteral("%1 sent %2 times").arg(id).arg(sends.value(id))));
        }
        verifyAccounting(o, m_fake->totalUsage());

        // Failed papers count as unscored: the next run sends exactly them.
        m_fake->clearRecords();
        const ScoreOutcome again = run(r);
        QCOMPARE(again.toScore, int(stubborn.size()));
        const QStringList resent = sentIds();
        QCOMPARE(sorted(QSet<QString>(resent.begin(), resent.end()).values()), stubborn);
        QCOMPARE(again.scored, 0);
        QCOMPARE(again.failed, int(stubborn.size()));
    }

    void rateLimitWaitsForRetryAfterAndForTheMessage()
    {
        m_fake->setMode(Mode::RateLimit429);
        m_fake->options().failures = 2;
        m_fake->options().retryAfterHeader = "1";
        m_fake->options().retryAfterText = QStringLiteral("0.3s");
        // One batch, one connection: the three requests are the same batch.
        ScoreRequest r = request(1, kPapers);
        r.backoffBaseMs = 10; // a wait taken from nowhere would show as ~10 ms
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        const auto e = m_fake->exchanges();
        QCOMPARE(e.size(), 3);
        QCOMPARE(e.at(0).status, 429);
        QCOMPARE(e.at(1).status, 429);
        QCOMPARE(e.at(2).status, 200);
        const qint64 afterHeader = e.at(1).receivedMs - e.at(0).receivedMs;
        const qint64 afterMessage = e.at(2).receivedMs - e.at(1).receivedMs;
        // Retry-After: 1 (s) on the first; "Please try again in 0.3s." in the second's message.
        QVERIFY2(afterHeader >= 1000 && afterHeader < 2500, qPrintable(QString::number(afterHeader)));
        QVERIFY2(afterMessage >= 300 && afterMessage < 1000, qPrintable(QString::number(afterMessage)));
        QCOMPARE(o.requests, 3);
        verifyAccounting(o, m_fake->totalUsage());
    }

    void serverErrorsBackOffThenSucceed()
    {
        m_fake->setMode(Mode::Server500);
        m_fake->options().failures = 3;
        // One batch: every request is the same batch again.
        ScoreRequest r = request(1, kPapers);
        r.backoffBaseMs = 60;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(o.failed, 0);
        QCOMPARE(o.requests, 4);
        const auto e = m_fake->exchanges();
        QCOMPARE(e.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(e.at(i).status, 500);
        QCOMPARE(e.at(3).status, 200);
        // The waits double: 60, 120, 240 ms.
        for (int i = 1; i < 4; ++i) {
            const qint64 gap = e.at(i).receivedMs - e.at(i - 1).receivedMs;
            QVERIFY2(gap >= 60 << (i - 1), qPrintable(QStringLiteral("wait %1: %2 ms").arg(i).arg(gap)));
        }
        verifyScoresAreTheFakes(m_ids);
        verifyAccounting(o, m_fake->totalUsage());
    }

    void persistentServerErrorsFailThePapersWithTheReason()
    {
        m_fake->setMode(Mode::Server500);
        m_fake->options().failures = 1000;
        const ScoreOutcome o = run(request(2, 25));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, 0);
        QCOMPARE(o.failed, kPapers);
        QCOMPARE(m_fake->requestCount(), 2 * 7); // the first try and six more per batch
        const auto rows = stored();
        for (const QString &id : std::as_const(m_ids)) {
            QCOMPARE(rows[id].status, QStringLiteral("failed"));
            QVERIFY2(rows[id].reason.startsWith(QLatin1String("HTTP 500: The server had an error")),
                     qPrintable(rows[id].reason));
        }
        QVERIFY2(o.message.contains(QLatin1String("50 failed")), qPrintable(o.message));
    }

    void aHangIsCutByTheTimeoutAndRetried()
    {
        m_fake->setMode(Mode::Hang);
        m_fake->options().failures = 1;
        ScoreRequest r = request(1, kPapers);
        r.llm.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(m_fake->exchanges().at(0).status, 0);
        QCOMPARE(m_fake->exchanges().at(1).status, 200);
        const qint64 gap = m_fake->exchanges().at(1).receivedMs - m_fake->exchanges().at(0).receivedMs;
        // The timeout runs from the client's start, a little before the server sees the request.
        QVERIFY2(gap >= 250, qPrintable(QString::number(gap)));
        QVERIFY(timer.elapsed() < 10000);
    }

    void aFailingServerStopsTheRunWithinItsPatience()
    {
        // Ten batches against a server that answers every request with a
        // 500: each would be tried seven times. The run stops once nothing
        // has succeeded for its patience instead, and leaves the papers
        // unscored for the next run. A server that answers, if only with
        // failures, is not one that cannot be reached: its far shorter
        // give-up bound does not apply (tst_unreachableserver has those).
        m_fake->setMode(Mode::Server500);
        m_fake->options().failures = 1000;
        ScoreRequest r = request(2, 5);
        r.backoffBaseMs = 40; // a batch's seven tries take 2.5 s, well past the patience
        r.patienceMs = 300;
        r.giveUpMs = 50;
        QStringList waits;
        const ScoreOutcome o = run(r, &waits);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QCOMPARE(int(o.failure), int(ScoreOutcome::Failure::Provider));
        QVERIFY2(o.message.startsWith(
                     QLatin1String("No request has succeeded for 1 s (the last: HTTP 500: The server had an "
                                   "error")),
                 qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("); stopped, every finished batch was kept.")),
                 qPrintable(o.message));
        QVERIFY2(o.requests < 10 * 7, qPrintable(QString::number(o.requests)));
        QCOMPARE(o.failed, 0);
        QVERIFY(withStatus(QStringLiteral("failed")).isEmpty());
        QCOMPARE(lastRun().status, QStringLiteral("failed"));
        // It said it was retrying, not a line per batch, and never that the server cannot be reached.
        QVERIFY2(!waits.isEmpty() && waits.first() == QLatin1String("retrying 5 papers in 1 s after a server "
                                                                    "error (HTTP 500) (retry 1 of 6)"),
                 qPrintable(waits.join(QLatin1Char('|'))));
        QVERIFY2(waits.size() < o.requests, qPrintable(waits.join(QLatin1Char('|'))));
        QVERIFY2(waits.filter(QStringLiteral("reach")).isEmpty(), qPrintable(waits.join(QLatin1Char('|'))));
    }

    void aTricklingServerIsCutByTheDeadline()
    {
        // A byte every 30 ms: never silent for the 300 ms stall timeout, never
        // done. The request's deadline cuts it; the run's patience ends it.
        m_fake->setMode(Mode::Trickle);
        m_fake->options().failures = 1000;
        m_fake->options().trickleMs = 30;
        ScoreRequest r = request(1, kPapers);
        r.llm.timeoutMs = 300;
        r.llm.deadlineMs = 500;
        r.patienceMs = 700;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QVERIFY2(o.message.contains(
                     QLatin1String("(the last: the server did not finish its answer within 0.5 s)")),
                 qPrintable(o.message));
        QVERIFY(m_fake->requestCount() >= 1);
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges())
            QCOMPARE(e.status, 0); // none answered
        // The client hung up on the trickle.
        QTRY_COMPARE(m_fake->server().openConnections(), 0);
    }

    void aWaitLongerThanThePatienceStopsTheRunAtOnce()
    {
        m_fake->setMode(Mode::RateLimit429);
        m_fake->options().failures = 1;
        m_fake->options().retryAfterHeader = "3500";
        const ScoreOutcome o = run(request(1, 5));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QCOMPARE(int(o.failure), int(ScoreOutcome::Failure::Provider));
        QVERIFY2(
            o.message.startsWith(QLatin1String("The server asks to wait 58 minutes before the next request; "
                                               "stopped, every finished batch was kept.")),
            qPrintable(o.message));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void aRateLimitWaitIsSaid()
    {
        m_fake->setMode(Mode::RateLimit429);
        m_fake->options().failures = 1;
        m_fake->options().retryAfterHeader = "0.2";
        QStringList waits;
        const ScoreOutcome o = run(request(1, kPapers), &waits);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(waits, QStringList{QStringLiteral("waiting 1 s for the server's rate limit")});
    }

    void aTooLargeAnswerStopsTheRun_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("Content-Length says so") << true;
        QTest::newRow("no Content-Length") << false;
    }
    void aTooLargeAnswerStopsTheRun()
    {
        QFETCH(bool, withLength);
        m_fake->setMode(Mode::Huge);
        m_fake->options().failures = 1;
        m_fake->options().hugeBytes = 256 * 1024;
        m_fake->options().hugeWithoutLength = !withLength;
        ScoreRequest r = request(1, 5);
        r.llm.maxReplyBytes = 16 * 1024; // a batch of five is answered in about 2 KB
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QCOMPARE(int(o.failure), int(ScoreOutcome::Failure::Provider));
        QVERIFY2(o.message.startsWith(QLatin1String(
                     "Stopped: the server's answer is larger than 16 KiB. Every finished batch was kept.")),
                 qPrintable(o.message));
        QCOMPARE(m_fake->requestCount(), 1); // not sent again
        QCOMPARE(o.scored, 0);
    }

    void anEmptyAnswerFailsWithWhatWasWrong()
    {
        m_fake->setMode(Mode::CutOff);
        const ScoreOutcome o = run(request(2, 25));
        QCOMPARE(o.scored, 0);
        QCOMPARE(o.failed, kPapers);
        const QString why = QStringLiteral(
            "the model's answer is empty: cut off at its length limit (finish_reason \"length\")");
        const auto rows = stored();
        for (const QString &id : std::as_const(m_ids)) {
            QCOMPARE(rows[id].status, QStringLiteral("failed"));
            QCOMPARE(rows[id].reason, why);
        }
        // Answers of no use are billed all the same.
        verifyAccounting(o, m_fake->totalUsage());
    }

    void absurdUsageIsBoundedAndNeverOverflows()
    {
        // 9e18 tokens a reply: summed over a run, a signed 64-bit count
        // overflows into a negative cost. Each count is held to what one
        // request can use, and the run's totals and cost stay true to that.
        m_fake->options().usageOverride = QJsonObject{
            {QStringLiteral("prompt_tokens"), 9e18},
            {QStringLiteral("completion_tokens"), 9223372036854775807.0},
            {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), -5}}},
            {QStringLiteral("completion_tokens_details"),
             QJsonObject{{QStringLiteral("reasoning_tokens"), 12.5}}},
        };
        const ScoreOutcome o = run(request(4, 5));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.requests, 10);
        TokenUsage expected;
        expected.prompt = 10 * TokenUsage::kMaxPerReply;
        expected.completion = 10 * TokenUsage::kMaxPerReply;
        QVERIFY2(sameUsage(o.usage, expected), qPrintable(describe(o.usage)));
        QVERIFY(std::isfinite(o.costUsd) && o.costUsd > 0);
        QVERIFY(qFuzzyCompare(o.costUsd, expectedCost(kModel, expected)));
        QCOMPARE(lastRun().promptTokens, expected.prompt);
        QVERIFY(qFuzzyCompare(lastRun().costUsd, o.costUsd));
    }

    void fatalErrorsStopTheRunAndKeepEarlierBatches_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("invalid_api_key")
            << int(Mode::InvalidKey401) << "The API key was rejected (HTTP 401: Incorrect API key provided:";
        QTest::newRow("insufficient_quota")
            << int(Mode::Quota) << "The account has no quota left (HTTP 429: You exceeded your current quota";
    }
    void fatalErrorsStopTheRunAndKeepEarlierBatches()
    {
        QFETCH(int, mode);
        QFETCH(QString, says);
        m_fake->setMode(Mode(mode));
        m_fake->options().goodAnswersFirst = 2;
        const ScoreOutcome o = run(request(1, 5));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QVERIFY2(o.message.startsWith(says), qPrintable(o.message));
        // The fixture's own masked key is not repeated either.
        QVERIFY2(!o.message.contains(QLatin1String("sk-VKMIs")), qPrintable(o.message));
        QVERIFY(!o.message.contains(QLatin1Char('\n')));
        QCOMPARE(o.scored, 10);
        QCOMPARE(o.requests, 3);
        QCOMPARE(o.failed, 0);
        QCOMPARE(withStatus(QStringLiteral("ok")), m_ids.mid(0, 10));
        QCOMPARE(withStatus(QStringLiteral("failed")), QStringList());
        QCOMPARE(lastRun().status, QStringLiteral("failed"));
        // The run's row keeps the cause; the outcome adds the summary.
        QVERIFY2(o.message.startsWith(lastRun().message), qPrintable(lastRun().message));
        verifyAccounting(o, m_fake->totalUsage());
        // Nothing more goes out after the stop.
        QTest::qWait(200);
        QCOMPARE(m_fake->requestCount(), 3);
    }

    void fatalErrorStopsRequestsInFlight()
    {
        m_fake->setMode(Mode::InvalidKey401);
        m_fake->options().goodAnswersFirst = 0;
        m_fake->options().latencyMs = 100;
        const ScoreOutcome o = run(request(4, 5));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QVERIFY2(o.message.contains(QLatin1String("API key was rejected")), qPrintable(o.message));
        QCOMPARE(o.scored, 0);
        QTest::qWait(300);
        QCOMPARE(m_fake->requestCount(), 4); // the first round; no more after the 401
    }

    void aKeyThatWouldBreakTheHeaderIsNeverSent()
    {
        // Whoever builds the request, the client itself sends no header a key
        // with a line break would split in two.
        ScoreRequest r = request(2, 5);
        r.llm.apiKey = QStringLiteral("sk-test-1234567890\r\nX-Injected: yes");
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Failed));
        QCOMPARE(int(o.failure), int(ScoreOutcome::Failure::KeyRejected));
        QVERIFY2(o.message.contains(QLatin1String("the key contains a line break")), qPrintable(o.message));
        QVERIFY(!o.message.contains(QLatin1String("X-Injected")));
        QCOMPARE(m_fake->requestCount(), 0);
        QCOMPARE(o.scored, 0);
    }

    void contextLengthExceededSplitsTheBatch_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("halves fit") << 4;
        QTest::newRow("not even one fits") << 0;
    }
    void contextLengthExceededSplitsTheBatch()
    {
        QFETCH(int, limit);
        m_fake->setMode(Mode::ContextLength);
        m_fake->options().contextLimit = limit;
        m_fake->options().latencyMs = 5;
        const ScoreOutcome o = run(request(2, 10));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        int tooLong = 0;
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges()) {
            QCOMPARE(e.status, e.ids.size() > limit ? 400 : 200);
            tooLong += e.status == 400 ? 1 : 0;
        }
        if (limit > 0) {
            // 10 -> 5 + 5 -> 2 + 3 each: every paper answered once, in a batch that fits.
            QCOMPARE(tooLong, 5 * 3);
            QCOMPARE(o.scored, kPapers);
            verifyScoresAreTheFakes(m_ids);
            QStringList answered;
            for (const FakeOpenAi::Exchange &e : m_fake->exchanges())
                answered << e.answered;
            QCOMPARE(sorted(answered), m_ids);
        } else {
            // Split down to single papers, then failed with the server's reason.
            QCOMPARE(o.scored, 0);
            QCOMPARE(o.failed, kPapers);
            const auto rows = stored();
            for (const QString &id : std::as_const(m_ids)) {
                QCOMPARE(rows[id].status, QStringLiteral("failed"));
                QVERIFY2(
                    rows[id].reason.startsWith(QLatin1String("too long for the model's context (HTTP 400: "
                                                             "This model's maximum context length is 4097")),
                    qPrintable(rows[id].reason));
            }
        }
        verifyAccounting(o, m_fake->totalUsage());
    }

    void noStructuredOutputFallsBackToJsonLines()
    {
        m_fake->setMode(Mode::NoStructured);
        const ScoreOutcome o = run(request(4, 5));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(o.failed, 0);
        verifyScoresAreTheFakes(m_ids);
        const auto exchanges = m_fake->exchanges();
        int rejected = 0;
        bool answeredOnce = false;
        for (const FakeOpenAi::Exchange &e : exchanges) {
            QCOMPARE(e.status, e.structured ? 400 : 200);
            rejected += e.structured ? 1 : 0;
            // Once the server has said no, the schema is never sent again.
            QVERIFY(!(answeredOnce && e.structured));
            answeredOnce = answeredOnce || e.status == 200;
        }
        QVERIFY(rejected >= 1);
        QVERIFY(rejected <= 4); // at most the first round, which was in flight together
        QCOMPARE(int(exchanges.size()), 10 + rejected);
        verifyAccounting(o, m_fake->totalUsage());
    }

    void cancelKeepsFinishedBatchesAndTheNextRunSendsTheRest()
    {
        m_fake->setMode(Mode::Slow);
        m_fake->options().slowBaseMs = 100;
        m_fake->options().tokensPerSecond = 2000; // a batch of 5: 200 tokens, 100 ms
        ScoreController controller(m_dbPath);
        QSignalSpy progress(&controller, &ScoreController::progress);
        QSignalSpy done(&controller, &ScoreController::finished);
        controller.start(request(2, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 10, 10000);
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(timer.elapsed() < 1000);
        const auto o = done.first().first().value<ScoreOutcome>();
        m_outcomes << o;
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Cancelled));
        QVERIFY2(o.message.startsWith(QLatin1String("Scoring stopped; every finished batch was kept.")),
                 qPrintable(o.message));
        const QStringList kept = withStatus(QStringLiteral("ok"));
        QCOMPARE(o.scored, int(kept.size()));
        QVERIFY(kept.size() >= 10);
        QVERIFY(kept.size() < kPapers);
        verifyScoresAreTheFakes(kept);
        QCOMPARE(lastRun().status, QStringLiteral("cancelled"));
        // Nothing goes out after the cancel.
        const int sentBeforeCancel = m_fake->requestCount();
        QTest::qWait(300);
        QCOMPARE(m_fake->requestCount(), sentBeforeCancel);

        // Resume: only what is missing is sent, once each.
        QStringList missing;
        for (const QString &id : std::as_const(m_ids)) {
            if (!kept.contains(id))
                missing << id;
        }
        m_fake->setMode(Mode::Good);
        m_fake->clearRecords();
        const ScoreOutcome resumed = run(request(2, 5));
        QCOMPARE(int(resumed.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(resumed.toScore, int(missing.size()));
        QCOMPARE(sorted(sentIds()), missing);
        QCOMPARE(withStatus(QStringLiteral("ok")), m_ids);
        verifyScoresAreTheFakes(m_ids);
        verifyAccounting(resumed, m_fake->totalUsage());
    }

    void budgetStopsTheRun()
    {
        // One dollar per request: 5 papers x 40 output tokens at $5,000 per million,
        // uncommented papers too.
        m_fake->options().tersePerPaper = m_fake->options().completionPerPaper;
        ScoreRequest r = request(1, 5);
        r.llm.model = QStringLiteral("budget-model");
        r.prices = PriceTable();
        r.prices.set(r.llm.model, ModelPrice{0, 0, 5000});
        r.maxCostUsd = 2.5;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Stopped));
        QVERIFY2(o.message.startsWith(QLatin1String("Stopped at the budget of $2.50 (spent $3.00)")),
                 qPrintable(o.message));
        QCOMPARE(o.requests, 3);
        QVERIFY(qFuzzyCompare(o.costUsd, 3.0));
        QTest::qWait(200);
        QCOMPARE(m_fake->requestCount(), 3);
        // Every batch that came back is stored, and the outcome counts what is stored.
        Database db(m_dbPath);
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM scores WHERE status = 'ok'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 15);
        QCOMPARE(o.scored, 15);
        QCOMPARE(lastRun().papers, 15);
        QCOMPARE(lastRun().status, QStringLiteral("stopped"));
    }

    void aBudgetStopStillCountsRequestsInFlight()
    {
        // At concurrency 4 more requests are out when the budget is reached;
        // they are answered and billed, so they are waited for and counted.
        ScoreRequest r = request(4, 5);
        r.llm.model = QStringLiteral("budget-model");
        r.prices = PriceTable();
        r.prices.set(r.llm.model, ModelPrice{0, 0, 5000});
        r.maxCostUsd = 2.5;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Stopped));
        QTest::qWait(200);
        QCOMPARE(o.requests, m_fake->requestCount());
        QVERIFY(o.requests > 3); // more than the budget alone would have sent
        QCOMPARE(o.usage.prompt, m_fake->totalUsage().prompt);
        QCOMPARE(o.usage.completion, m_fake->totalUsage().completion);
        QVERIFY(qFuzzyCompare(o.costUsd, r.prices.cost(r.llm.model, m_fake->totalUsage())));
        QCOMPARE(lastRun().completionTokens, m_fake->totalUsage().completion);
        QCOMPARE(lastRun().papers, o.scored);
    }

    void theEstimateCountsTheRequestsTheRunSends()
    {
        ScoreController controller(m_dbPath);
        QSignalSpy estimated(&controller, &ScoreController::estimated);
        QSignalSpy done(&controller, &ScoreController::finished);
        controller.start(request(3, 0)); // the worker picks the batch size
        QVERIFY(done.wait(30000));
        QCOMPARE(estimated.size(), 1);
        const QString text = estimated.first().first().toString();
        const auto o = done.first().first().value<ScoreOutcome>();
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QVERIFY2(text.contains(QStringLiteral(" in %1 requests").arg(o.requests)),
                 qPrintable(text + QStringLiteral(" / sent %1").arg(o.requests)));
        // The expected completion is of the size the fake reports (40 per paper here, 60 estimated).
        QVERIFY(estimated.first().at(1).toDouble() > 0);
    }

    void anEmptyTitleAnswerDropsNothing()
    {
        // A title pass that names none of its papers says nothing about them:
        // every paper goes on to the full pass, none is set aside.
        m_fake->options().emptyTitleAnswers = true;
        ScoreRequest r = request(4, 5);
        r.titlePass = ScoreRequest::TitlePass::On;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.filtered, 0);
        QCOMPARE(o.scored, int(m_ids.size()));
        QVERIFY(withStatus(QStringLiteral("filtered")).isEmpty());
    }

    // With the cascade, what the offline scorer ranks at the bottom of the
    // day never reaches the model; it is stored set aside with the reason a
    // person reads, and "Score these fully" sends it later.
    void cascadeSetsAsideTheBottomUnsent()
    {
        QVERIFY(QFile::remove(m_dbPath)); // a day with farming papers in, in place of init's
        storeDay(kPapers, 2);
        const QStringList aside = lowestOffline(OfflineCascade::kColdShare);
        QCOMPARE(aside.size(), 2); // 5% of 50, rounded down
        for (const QString &id : aside)
            QVERIFY2(id >= m_ids.at(kPapers - 2), "the farming papers rank lowest");

        ScoreRequest r = request();
        r.cascade = true;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.setAsideOffline, 2);
        QCOMPARE(o.scored, kPapers - 2);
        QStringList sent = sorted(sentIds());
        for (const QString &id : aside)
            QVERIFY2(!sent.contains(id), qPrintable(id));
        QCOMPARE(sent.size(), kPapers - 2);
        QCOMPARE(withStatus(QStringLiteral("aside")), aside);
        const auto rows = stored();
        for (const QString &id : aside)
            QCOMPARE(rows[id].reason, QStringLiteral("set aside by the offline scorer"));
        QVERIFY2(o.message.contains(QStringLiteral("2 set aside by the offline scorer")),
                 qPrintable(o.message));
        {
            // The list every view reads tells them from a title pass's.
            Database db(m_dbPath);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ListQuery query;
            query.date = kDay;
            const QList<PaperRow> rows = PaperRepository(db.connection()).list(query, &error);
            QCOMPARE(rows.size(), kPapers);
            for (const PaperRow &row : rows)
                QCOMPARE(row.isSetAside() && row.setAsideOffline, aside.contains(row.paper.id));
        }
        verifyAccounting(o, m_fake->totalUsage());

        // Settled: the next run sends nothing; "Score these fully" sends exactly them.
        m_fake->clearRecords();
        QCOMPARE(int(run(r).status), int(ScoreOutcome::Status::NothingToDo));
        QCOMPARE(m_fake->requestCount(), 0);
        ScoreRequest fully = request();
        fully.cascade = true;
        fully.setAsideOnly = true;
        const ScoreOutcome again = run(fully);
        QCOMPARE(int(again.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(again.setAsideOffline, 0);
        QCOMPARE(sorted(sentIds()), aside);
        QVERIFY(withStatus(QStringLiteral("aside")).isEmpty());
        verifyScoresAreTheFakes(aside);
    }

    // A run that finishes what an earlier one left cuts by the whole day:
    // 5% of the ten papers left would set nothing aside, 5% of the day the
    // two farming papers among them.
    void cascadeCutsByTheWholeDay()
    {
        QVERIFY(QFile::remove(m_dbPath)); // a day with farming papers in, in place of init's
        storeDay(kPapers, 2);
        const QStringList aside = lowestOffline(OfflineCascade::kColdShare);
        QCOMPARE(aside.size(), 2);
        const QStringList done = m_ids.mid(0, kPapers - 10);
        {
            // The earlier run, as the worker records one.
            Database db(m_dbPath);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ScoreRepository repo(db.connection());
            RunRecord earlier;
            earlier.date = kDay;
            earlier.provider = QStringLiteral("openai");
            earlier.model = kModel;
            earlier.scoringHash = Criteria::defaults().scoringHash();
            earlier.id = repo.startRun(earlier, &error);
            QVERIFY2(earlier.id > 0, qPrintable(error));
            QList<PaperScore> scores;
            for (const QString &id : done)
                scores.append({id, m_versions.value(id), 5, 5, QStringLiteral("earlier"), false});
            QVERIFY2(repo.storeScores(scores, earlier.scoringHash, kModel, earlier.id, &error),
                     qPrintable(error));
            earlier.status = QStringLiteral("cancelled");
            QVERIFY2(repo.finishRun(earlier, &error), qPrintable(error));
        }
        ScoreRequest r = request();
        r.cascade = true;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.toScore, 10);
        QCOMPARE(o.setAsideOffline, 2);
        QStringList rest = m_ids.mid(kPapers - 10);
        for (const QString &id : aside)
            rest.removeOne(id);
        QCOMPARE(sorted(sentIds()), rest);
        QCOMPARE(withStatus(QStringLiteral("aside")), aside);
    }

    // A followed author's paper is sent however low the offline scorer ranks it.
    void cascadeNeverSetsAsideAFollowedAuthor()
    {
        QVERIFY(QFile::remove(m_dbPath)); // a day with farming papers in, in place of init's
        storeDay(kPapers, 2);
        const QStringList aside = lowestOffline(OfflineCascade::kColdShare);
        QCOMPARE(aside.size(), 2);
        const int followed = aside.first().mid(5).toInt() - 20001;
        Criteria mine = Criteria::defaults();
        mine.followedAuthors = {QStringLiteral("Bo Sample %1").arg(followed)};
        {
            Database db(m_dbPath);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY2(ScoreRepository(db.connection()).saveCriteria(mine, &error), qPrintable(error));
        }
        ScoreRequest r = request();
        r.cascade = true;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.setAsideOffline, 1);
        QVERIFY(sentIds().contains(aside.first()));
        QCOMPARE(withStatus(QStringLiteral("aside")), QStringList{aside.last()});
    }

    // The estimate counts what the cascade sets aside, prices the rest, and
    // sends and stores nothing.
    void theEstimateSaysWhatTheCascadeSetsAside()
    {
        QVERIFY(QFile::remove(m_dbPath)); // a day with farming papers in, in place of init's
        storeDay(kPapers, 2);
        QCOMPARE(lowestOffline(OfflineCascade::kColdShare).size(), 2);
        ScoreRequest r = request();
        r.cascade = true;
        r.estimateOnly = true;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::NothingToDo));
        QVERIFY2(o.message.contains(QStringLiteral("sets aside 2 of the 50 papers unsent")),
                 qPrintable(o.message));
        QCOMPARE(m_fake->requestCount(), 0);
        QVERIFY(stored().isEmpty());
        // The count a window asks for before a run says the same.
        Database db(m_dbPath);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(jobs::cascadeSetAsideCount(db.connection(), kDay, kModel, &error), std::optional<int>(2));
    }

    void titlePreFilterRecordsWhatItDrops()
    {
        ScoreRequest r = request(4, 5);
        r.titlePass = ScoreRequest::TitlePass::On;
        const ScoreOutcome o = run(r);
        QStringList keep, drop;
        for (const QString &id : std::as_const(m_ids))
            (m_fake->keptByTitle(id) ? keep : drop) << id;
        QVERIFY(!keep.isEmpty() && !drop.isEmpty());

        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.filtered, int(drop.size()));
        QCOMPARE(o.scored, int(keep.size()));
        const auto exchanges = m_fake->exchanges();
        // A title-only pass over the whole day first, with no abstract in it,
        // then only abstracts.
        qsizetype titles = 0;
        QStringList titled;
        while (titles < exchanges.size() && exchanges.at(titles).titlesOnly) {
            const QString user = exchanges.at(titles)
                                     .body.value(QStringLiteral("messages"))
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(QStringLiteral("content"))
                                     .toString();
            QVERIFY(!user.contains(QLatin1String("Abstract:")));
            titled << exchanges.at(titles++).ids;
        }
        QCOMPARE(sorted(titled), m_ids);
        for (qsizetype i = titles; i < exchanges.size(); ++i)
            QVERIFY(!exchanges.at(i).titlesOnly);
        QCOMPARE(sorted(sentIds()), keep);
        QCOMPARE(withStatus(QStringLiteral("filtered")), drop);
        QCOMPARE(withStatus(QStringLiteral("ok")), keep);
        verifyScoresAreTheFakes(keep);
        const auto rows = stored();
        for (const QString &id : std::as_const(drop))
            QCOMPARE(rows[id].reason, QStringLiteral("title pre-filter: not relevant by its title"));
        QVERIFY2(o.message.contains(QStringLiteral("%1 set aside by title").arg(drop.size())),
                 qPrintable(o.message));
        verifyAccounting(o, m_fake->totalUsage());

        // Filtered papers are settled: the next run sends nothing.
        m_fake->clearRecords();
        QCOMPARE(int(run(r).status), int(ScoreOutcome::Status::NothingToDo));
        QCOMPARE(m_fake->requestCount(), 0);
    }

    // A reply is not streamed: a title request that gives a reasoning model
    // more to write than an abstract request would not fit the timeout an
    // abstract request fits. At high effort the titles go in several
    // requests, none of them writing more than an abstract request.
    void titleRequestsWriteNoMoreThanAbstractRequests()
    {
        ScoreRequest r = request(4, 5);
        r.titlePass = ScoreRequest::TitlePass::On;
        r.llm.reasoningEffort = QStringLiteral("high");
        r.titleEffort = QStringLiteral("high");
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        const int reasoning = CostEstimate::reasoningTokensPerPaper(r.llm.reasoningEffort);
        int titleRequests = 0;
        QStringList titled;
        for (const auto &exchange : m_fake->exchanges()) {
            if (!exchange.titlesOnly)
                continue;
            ++titleRequests;
            titled << exchange.ids;
            QVERIFY2(exchange.ids.size() * (12 + reasoning) <= 5 * (60 + reasoning),
                     qPrintable(QString::number(exchange.ids.size())));
        }
        QVERIFY(titleRequests > 1);
        QCOMPARE(sorted(titled), m_ids); // every title read once
    }

    // The prompt asks for an empty comment on clearly irrelevant papers (two
    // below the cut-off and under), and the replies that leave it out are
    // stored as scores, with no comment, while the others keep theirs.
    void clearlyIrrelevantPapersAreScoredWithoutAComment()
    {
        const ScoreOutcome o = run(request(4, 10));
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(o.scored, kPapers);
        QCOMPARE(o.failed, 0);
        const QString rule = prompt::terseCommentInstruction(Criteria::defaults().relevanceCutoff - 2);
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges())
            QVERIFY(e.body.value(QStringLiteral("messages"))
                        .toArray()
                        .last()
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString()
                        .contains(rule));
        int terse = 0;
        const auto rows = stored();
        for (const QString &id : std::as_const(m_ids)) {
            QCOMPARE(rows[id].status, QStringLiteral("ok"));
            const bool irrelevant = FakeOpenAi::relevanceOf(id) <= Criteria::defaults().relevanceCutoff - 2;
            QCOMPARE(rows[id].comment.isEmpty(), irrelevant);
            terse += irrelevant;
        }
        QVERIFY(terse > 0 && terse < kPapers);
    }

    // Auto weighs both ways for this day and these models: a title pass at
    // minimal effort in front of abstracts at medium saves their half; one
    // at high effort in front of abstracts at low costs more than it saves.
    void autoTakesTheTitlePassOnlyWhenItIsCheaper_data()
    {
        QTest::addColumn<QString>("effort");
        QTest::addColumn<QString>("titleEffort");
        QTest::addColumn<bool>("titlePass");
        QTest::newRow("cheap titles") << QStringLiteral("medium") << QStringLiteral("minimal") << true;
        QTest::newRow("dear titles") << QStringLiteral("low") << QStringLiteral("high") << false;
    }
    void autoTakesTheTitlePassOnlyWhenItIsCheaper()
    {
        QFETCH(QString, effort);
        QFETCH(QString, titleEffort);
        QFETCH(bool, titlePass);
        ScoreRequest r = request(4, 5);
        r.titlePass = ScoreRequest::TitlePass::Auto;
        r.llm.reasoningEffort = effort;
        r.titleEffort = titleEffort;
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        int titleRequests = 0;
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges())
            titleRequests += e.titlesOnly;
        QCOMPARE(titleRequests > 0, titlePass);
        QCOMPARE(o.filtered > 0, titlePass);
        QCOMPARE(o.scored + o.filtered, kPapers);
    }

    // The title pass asks its own model at its own effort, on the same
    // server with the same key; each pass is priced at its model, and the
    // run records what its title pass read, kept and spent.
    void theTitlePassUsesItsOwnModelAndEffort()
    {
        const QString titleModel = QStringLiteral("gpt-5-nano");
        ScoreRequest r = request(4, 5);
        r.titlePass = ScoreRequest::TitlePass::On;
        r.llm.reasoningEffort = QStringLiteral("medium");
        r.titleModel = titleModel;
        r.titleEffort = QStringLiteral("low");
        const ScoreOutcome o = run(r);
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Done));
        TokenUsage titles, abstracts;
        int titled = 0, kept = 0;
        for (const FakeOpenAi::Exchange &e : m_fake->exchanges()) {
            QCOMPARE(e.request.headers.value("authorization"), ("Bearer " + m_key).toUtf8());
            QCOMPARE(e.body.value(QStringLiteral("model")).toString(), e.titlesOnly ? titleModel : kModel);
            QCOMPARE(e.body.value(QStringLiteral("reasoning_effort")).toString(),
                     e.titlesOnly ? QStringLiteral("low") : QStringLiteral("medium"));
            (e.titlesOnly ? titles : abstracts) += e.usage;
            if (e.titlesOnly) {
                titled += int(e.ids.size());
                kept += int(e.answered.size());
            }
        }
        QVERIFY(titled == kPapers && kept > 0 && kept < kPapers);
        QVERIFY(qFuzzyCompare(1 + o.costUsd,
                              1 + expectedCost(kModel, abstracts) + expectedCost(titleModel, titles)));
        Database db(m_dbPath);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT title_model, title_effort, title_asked, title_kept, "
                                      "title_prompt_tokens, title_completion_tokens, cost_usd FROM runs "
                                      "ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), titleModel);
        QCOMPARE(q.value(1).toString(), QStringLiteral("low"));
        QCOMPARE(q.value(2).toInt(), titled);
        QCOMPARE(q.value(3).toInt(), kept);
        QCOMPARE(q.value(4).toLongLong(), titles.prompt);
        QCOMPARE(q.value(5).toLongLong(), titles.completion);
        QVERIFY(qFuzzyCompare(1 + q.value(6).toDouble(), 1 + o.costUsd));
    }

    void keyEchoedByTheServerIsNeverWritten_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("key");
        const QString openAi = kKey;
        // Google's keys are 39 characters and do not start with "sk-".
        const QString google = QStringLiteral("AIzaSyPLANTED0123456789abcdefghijklmno");
        QTest::newRow("500, OpenAI key") << int(Mode::Server500) << openAi;
        QTest::newRow("401, OpenAI key") << int(Mode::InvalidKey401) << openAi;
        QTest::newRow("500, Google key") << int(Mode::Server500) << google;
        QTest::newRow("401, Google key") << int(Mode::InvalidKey401) << google;
    }
    void keyEchoedByTheServerIsNeverWritten()
    {
        QFETCH(int, mode);
        QFETCH(QString, key);
        m_key = key;
        m_fake->setMode(Mode(mode));
        m_fake->options().failures = 1000;
        m_fake->options().echoKey = true;
        const ScoreOutcome o = run(request(2, 25));
        QCOMPARE(o.scored, 0);
        // The server got the key and quoted it back in its error...
        QVERIFY(m_fake->requestCount() > 0);
        QCOMPARE(m_fake->exchanges().first().request.headers.value("authorization"),
                 ("Bearer " + key).toUtf8());
        // ... and none of what the worker wrote repeats it.
        m_leaksChecked = true;
        const QStringList leaks = keyLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    }

    // Saved criteria that cannot be read are not "no criteria": the run stops
    // on the cache, sends nothing, and the defaults never take their place.
    void unreadableCriteriaStopTheRunAndSaveNoDefaults()
    {
        Criteria mine = Criteria::defaults();
        mine.relevantKeywords = {QStringLiteral("analog computing")};
        QString error;
        {
            Database db(m_dbPath);
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY2(ScoreRepository(db.connection()).saveCriteria(mine, &error), qPrintable(error));
        }
        QVERIFY2(test::makeCriteriaUnreadable(m_dbPath, &error), qPrintable(error));
        const ScoreOutcome o = run(request());
        verifyStoppedOnTheCache(o, QStringLiteral("Cannot read or store the criteria"));
        // The file holds the person's version and nothing else.
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM criteria_kept")), 1);
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM criteria_kept"
                                                         " WHERE content_hash = '%1'")
                                              .arg(mine.contentHash())),
                 1);
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM scores")), 0);
    }

    // A failed read of the papers left to score is not "every paper already
    // has a score".
    void unreadableScoresStopTheRunInsteadOfNothingToDo()
    {
        QString error;
        QVERIFY2(test::makeScoresUnreadable(m_dbPath, &error), qPrintable(error));
        const ScoreOutcome o = run(request());
        verifyStoppedOnTheCache(o, QStringLiteral("Cannot read the cache"));
        QVERIFY2(!o.message.contains(QLatin1String("already has a score")), qPrintable(o.message));
        QCOMPARE(o.toScore, 0);
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM scores_kept")), 0);
    }

    // The offline scorer learns from stars and hidden papers: without them
    // its scores would be other scores, so a failed read stops the run.
    void unreadableMarksStopAnOfflineRun()
    {
        QString error;
        QVERIFY2(test::makeMarksUnreadable(m_dbPath, &error), qPrintable(error));
        ScoreRequest offline = request();
        offline.provider = ScoreRequest::Provider::Offline;
        const ScoreOutcome o = run(offline);
        verifyStoppedOnTheCache(o, QStringLiteral("Cannot read the cache"));
        QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM scores")), 0);
    }

    // Where a model scored earlier days under the current criteria, the
    // offline run reads those scores and learns from them; a model's scores
    // under other criteria teach nothing. Two real days: the first scored by
    // a model that picks what the reference picked, the second offline.
    void anOfflineRunLearnsFromAModelsEarlierScores()
    {
        const QDate first(2025, 10, 1), second(2025, 10, 2);
        const QList<Paper> firstDay = test::realDay(first), secondDay = test::realDay(second);
        const auto judgements = test::realDayJudgements(first);
        Criteria other = Criteria::defaults();
        other.topics.removeLast();
        const auto learnedComments = [&](const std::optional<Criteria> &modelCriteria) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
            QString error;
            if (!test::storeDay(path, first, firstDay, &error) ||
                !test::storeDay(path, second, secondDay, &error))
                qFatal("%s", qPrintable(error));
            if (modelCriteria) {
                Database db(path);
                if (!db.open(&error))
                    qFatal("%s", qPrintable(error));
                QList<PaperScore> scores;
                for (const Paper &p : firstDay)
                    scores.append({p.id, p.version, judgements.value(p.id).picked ? 9 : 2, 5,
                                   QStringLiteral("m"), false});
                if (!ScoreRepository(db.connection())
                         .storeScores(scores, modelCriteria->scoringHash(), QStringLiteral("gpt-5"), 0,
                                      &error))
                    qFatal("%s", qPrintable(error));
            }
            ScoreRequest offline;
            offline.date = second;
            offline.provider = ScoreRequest::Provider::Offline;
            const test::ScoringRun run = test::runScoring(path, offline);
            if (run.outcome.status != ScoreOutcome::Status::Done)
                qFatal("%s", qPrintable(run.outcome.message));
            return test::queryInt(path, QStringLiteral("SELECT COUNT(*) FROM scores WHERE model = 'offline'"
                                                       " AND comment LIKE 'Like papers rated relevant%'"));
        };
        QCOMPARE(learnedComments(std::nullopt), 0);
        QCOMPARE(learnedComments(other), 0);
        const int learned = learnedComments(Criteria::defaults());
        QVERIFY2(learned >= 5, qPrintable(QString::number(learned)));
    }

    void staleRetryDoesNotLeakIntoTheNextRun()
    {
        // A batch parked on Retry-After when the run is cancelled must not be
        // sent later, by whatever run the worker is doing then.
        m_fake->setMode(Mode::RateLimit429);
        m_fake->options().failures = 1;
        m_fake->options().retryAfterHeader = "1";
        {
            ScoreController controller(m_dbPath);
            QSignalSpy done(&controller, &ScoreController::finished);
            controller.start(request(1, kPapers));
            QTRY_VERIFY_WITH_TIMEOUT(m_fake->requestCount() == 1, 5000);
            QTest::qWait(150); // the 429 is back and the batch is parked
            controller.cancel();
            QVERIFY(done.wait(5000));
            m_outcomes << done.first().first().value<ScoreOutcome>();
            QCOMPARE(int(m_outcomes.last().status), int(ScoreOutcome::Status::Cancelled));

            m_fake->setMode(Mode::Good);
            m_fake->clearRecords();
            done.clear();
            controller.start(request(1, kPapers));
            QVERIFY(done.wait(5000));
            m_outcomes << done.first().first().value<ScoreOutcome>();
            QCOMPARE(int(m_outcomes.last().status), int(ScoreOutcome::Status::Done));
            QCOMPARE(m_fake->requestCount(), 1);
            QTest::qWait(1500); // past the parked retry's time
        }
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void aCancelledRunsBackoffNeverReachesTheNextRun()
    {
        // A batch parked on a long backoff when the run is cancelled; the next
        // run starts at once on the same worker and is still sending when that
        // backoff runs out. The next run must send exactly its own batches,
        // each once, and count exactly its own requests.
        m_fake->setMode(Mode::Server500);
        m_fake->options().failures = 1000;
        ScoreController controller(m_dbPath);
        QSignalSpy done(&controller, &ScoreController::finished);
        QSignalSpy waiting(&controller, &ScoreController::waiting);
        ScoreRequest first = request(1, kPapers);
        first.backoffBaseMs = 300;
        controller.start(first);
        QVERIFY(waiting.wait(5000)); // the 500 is back and the batch is parked for 300 ms
        controller.cancel();
        QVERIFY(done.wait(5000));
        m_outcomes << done.first().first().value<ScoreOutcome>();
        QCOMPARE(int(m_outcomes.last().status), int(ScoreOutcome::Status::Cancelled));
        QCOMPARE(m_fake->requestCount(), 1);

        m_fake->setMode(Mode::Slow);
        m_fake->options().slowBaseMs = 80; // ten batches one after another: well past the backoff
        m_fake->options().tokensPerSecond = 4000;
        m_fake->clearRecords();
        done.clear();
        controller.start(request(1, 5));
        QVERIFY(done.wait(10000));
        const auto second = done.first().first().value<ScoreOutcome>();
        m_outcomes << second;
        QCOMPARE(int(second.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(second.toScore, kPapers);
        QCOMPARE(second.scored, kPapers);
        QCOMPARE(second.requests, kPapers / 5);
        QCOMPARE(m_fake->requestCount(), kPapers / 5);
        QCOMPARE(sorted(sentIds()), m_ids);
        QCOMPARE(lastRun().requests, kPapers / 5);
        verifyAccounting(second, m_fake->totalUsage());
        // Nothing of the first run goes out later either.
        QTest::qWait(400);
        QCOMPARE(m_fake->requestCount(), kPapers / 5);
    }
};

QTEST_GUILESS_MAIN(TestScoreWorker)
#include "tst_scoreworker.moc"
