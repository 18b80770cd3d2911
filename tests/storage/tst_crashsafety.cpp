// Crash safety of the real `paperboy` executable: SIGKILL at random moments
// of `paperboy score` and `paperboy fetch`, and a cache on a disk that fills
// up. After each, the cache must pass SQLite's integrity check and hold every
// committed score and every day whole or not at all; the next run must ask
// only for what is missing.
//
// The kill moments come from a seeded generator: the seed is printed, and
// PAPERBOY_CRASH_SEED=<seed> replays a run.
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/FakeOpenAi.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeOpenAi;
using paperboy::test::readFixture;

namespace {

const QString kModel = QStringLiteral("gpt-5-mini");
const QString kAllTypes = QStringLiteral("new,cross,replace,replace-cross");
const QString kCombinedFeed =
    QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml");
const QString kCombinedCategories = QStringLiteral("cs.LG,cs.AI,cs.CL,stat.ML");
const QString kBigDay = QStringLiteral("2026-09-24");
const QString kEarlierDay = QStringLiteral("2026-04-27");

using Result = test::ChildResult;

struct StoredScore
{
    QString status;
    QVariant relevance;
    QVariant novelty;
    QString comment;
    bool operator==(const StoredScore &o) const
    {
        return status == o.status && relevance == o.relevance && novelty == o.novelty && comment == o.comment;
    }
};

// A connection of the test's own, read-only, opened per look: paperboy may
// be writing at that moment (WAL lets a reader in), or may have just been
// killed (the first reader recovers from the -wal file).
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_name(QStringLiteral("reader-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    ~Reader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QStringLiteral("error: %1").arg(q.lastError().text());
        return q.value(0);
    }
    QStringList rows(const QString &sql)
    {
        QSqlQuery q(m_db);
        QStringList out;
        if (!q.exec(sql))
            return {QStringLiteral("error: %1").arg(q.lastError().text())};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    QHash<QString, StoredScore> scores()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT paper_id, status, relevance, novelty, comment FROM scores"
                                 " WHERE model = ?"));
        q.addBindValue(kModel);
        QHash<QString, StoredScore> out;
        if (!q.exec())
            qFatal("cannot read the scores: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out.insert(q.value(0).toString(),
                       {q.value(1).toString(), q.value(2), q.value(3), q.value(4).toString()});
        return out;
    }
    // Empty when PRAGMA integrity_check says "ok", else what it says.
    QString integrity()
    {
        const QString says = value(QStringLiteral("PRAGMA integrity_check")).toString();
        return says == QLatin1String("ok") ? QString() : says;
    }
    int papersOn(const QString &date)
    {
        return value(QStringLiteral("SELECT COUNT(DISTINCT paper_id) FROM announcements WHERE date = ?"),
                     {date})
            .toInt();
    }
    int count(const QString &table)
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// What the person has: days, papers, marks and scores, as text rows.
QStringList everything(const QString &path, bool withScores = true)
{
    Reader r(path);
    QStringList all;
    all << r.rows(QStringLiteral("SELECT date, announced, kept, categories FROM days ORDER BY date"));
    all << r.rows(QStringLiteral("SELECT id, version, title, authors, abstract FROM papers ORDER BY id"));
    all << r.rows(QStringLiteral("SELECT * FROM announcements ORDER BY date, paper_id, category"));
    all << r.rows(
        QStringLiteral("SELECT paper_id, starred, read, hidden FROM paper_state ORDER BY paper_id"));
    all << r.rows(QStringLiteral("SELECT COUNT(*) FROM papers_fts_docsize"));
    if (withScores)
        all << r.rows(QStringLiteral("SELECT paper_id, model, status, relevance, novelty, comment FROM scores"
                                     " ORDER BY paper_id, model"));
    return all;
}

// FTS5's integrity-check: the index is sound in itself. It is run as a
// write, so on a connection that may write; it changes nothing. (That it
// covers every paper is papers_fts_docsize's business: one row per paper.)
QString ftsCheck(const QString &path)
{
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts-check"));
        db.setDatabaseName(path);
        if (!db.open())
            why = db.lastError().text();
        QSqlQuery q(db);
        if (why.isEmpty() &&
            !q.exec(QStringLiteral("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")))
            why = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fts-check"));
    return why;
}

void removeCache(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void copyCache(const QString &from, const QString &to)
{
    removeCache(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    FakeHttpServer m_arxiv;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = test::childEnvironment(m_home.path(), m_arxiv.baseUrl());
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-crash-safety"));
        return env;
    }

    void start(QProcess &process, const QString &program, const QStringList &args) const
    {
        test::startChild(process, program, args, environment());
    }

    // Waits while this thread keeps serving the fakes.
    static Result finish(QProcess &process, int timeoutMs = 60000)
    {
        return test::waitForChild(process, timeoutMs);
    }

    Result paperboy(const QString &db, const QStringList &args)
    {
        QProcess process;
        start(process, test::paperboyBinary(), QStringList{QStringLiteral("--db"), db} + args);
        return finish(process);
    }

    QStringList scoreArgs(const FakeOpenAi &llm, int concurrency, int batch) const
    {
        return {QStringLiteral("score"),
                QStringLiteral("--base-url"),
                llm.baseUrl().toString(),
                QStringLiteral("--model"),
                kModel,
                QStringLiteral("--concurrency"),
                QString::number(concurrency),
                QStringLiteral("--batch-size"),
                QString::number(batch),
                QStringLiteral("--title-filter"),
                QStringLiteral("off")};
    }

    // Serves `feed` for every listing and fetches it into `db`.
    void fetchInto(const QString &db, const QByteArray &feed, const QString &categories)
    {
        m_arxiv.route("/rss/*", FakeHttpServer::Response::ok(feed));
        const Result r = paperboy(db, {QStringLiteral("fetch"), QStringLiteral("--categories"), categories,
                                       QStringLiteral("--announce"), kAllTypes});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // The ids each full-pass request of a run asked for, in order.
    static QStringList askedFor(const FakeOpenAi &llm)
    {
        QStringList ids;
        for (const FakeOpenAi::Exchange &e : llm.exchanges())
            if (!e.titlesOnly)
                ids << e.ids;
        return ids;
    }

    // Lets requests a killed process sent before it died reach the fake, so
    // that they are not taken for the next run's.
    static void drain(const FakeOpenAi &llm)
    {
        int seen = -1;
        while (seen != llm.requestCount()) {
            seen = llm.requestCount();
            QTest::qWait(60);
        }
    }

    static bool correct(const QString &id, const StoredScore &s)
    {
        return s.status == QLatin1String("ok") && s.relevance.toInt() == FakeOpenAi::relevanceOf(id) &&
               s.novelty.toInt() == FakeOpenAi::noveltyOf(id) &&
               s.comment == FakeOpenAi::defaultCommentOf(id);
    }

    // --- the disk that fills up ---------------------------------------------

    // Runs paperboy with its cache on a tmpfs of its own in a private user
    // and mount namespace (no root needed, nothing mounted outside): the
    // cache is copied in, a filler takes all but `freeKiB` of the space, and
    // after the run the cache files are copied back out as paperboy left
    // them.
    Result paperboyOnFullDisk(const QString &db, const QStringList &args, int freeKiB)
    {
        const QString mountPoint = m_home.filePath(QStringLiteral("small-disk"));
        QDir().mkpath(mountPoint);
        QFile::remove(db + QLatin1String("-shm"));
        // sh -c BODY sh MOUNTPOINT DB FREE PAPERBOY ARGS...; exit 90-93: the
        // small disk could not be set up or read back.
        const QString body = QStringLiteral(
            "mnt=$1; db=$2; free=$3; bin=$4; shift 4\n"
            "mount -t tmpfs -o size=16m tmpfs \"$mnt\" || exit 90\n"
            "cp \"$db\" \"$mnt/cache.sqlite\" || exit 91\n"
            "if [ -f \"$db-wal\" ]; then cp \"$db-wal\" \"$mnt/cache.sqlite-wal\" || exit 91; fi\n"
            "dd if=/dev/zero of=\"$mnt/filler\" bs=4096 2>/dev/null\n"
            "truncate -s -\"$free\"K \"$mnt/filler\" || exit 92\n"
            "\"$bin\" --db \"$mnt/cache.sqlite\" \"$@\"; rc=$?\n"
            "rm -f \"$mnt/filler\"\n"
            "cp \"$mnt/cache.sqlite\" \"$db\" || exit 93\n"
            "rm -f \"$db-wal\" \"$db-shm\"\n"
            "if [ -f \"$mnt/cache.sqlite-wal\" ]; then cp \"$mnt/cache.sqlite-wal\" \"$db-wal\" || exit 93; "
            "fi\n"
            "exit $rc\n");
        QProcess process;
        start(process, QStringLiteral("unshare"),
              QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                          QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), body,
                          QStringLiteral("sh"), mountPoint, db, QString::number(freeKiB),
                          test::paperboyBinary()} +
                  args);
        return finish(process);
    }

    static QString errorLine(const QString &err)
    {
        QStringList lines;
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("paperboy: ")))
                lines << line;
        return lines.size() == 1 ? lines.first()
                                 : QStringLiteral("(%1 error lines) %2").arg(lines.size()).arg(err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_arxiv.listen());
        bool fromEnv = false;
        m_seed = quint32(qEnvironmentVariableIntValue("PAPERBOY_CRASH_SEED", &fromEnv));
        if (!fromEnv)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("kill moments from seed %u (PAPERBOY_CRASH_SEED=%u replays them)", m_seed, m_seed);
    }

    // `paperboy score` killed at random moments of its run, in series of four
    // kills: each series starts from the unscored day and kills early, then
    // later and later into what is left, then lets a run finish.
    void scoreSurvivesKills()
    {
        constexpr int kPapers = 200;
        constexpr int kBatch = 4;
        constexpr int kConcurrency = 3;
        const QString base = m_home.filePath(QStringLiteral("score-base.sqlite"));
        fetchInto(base, test::synthesizeListingFeed(readFixture(kCombinedFeed), kPapers),
                  kCombinedCategories);
        QStringList day;
        {
            Reader r(base);
            QCOMPARE(r.papersOn(kBigDay), kPapers);
            day = r.rows(QStringLiteral("SELECT paper_id FROM announcements WHERE date = '2026-09-24'"));
        }
        const QSet<QString> allIds(day.cbegin(), day.cend());
        QCOMPARE(allIds.size(), kPapers);

        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.setMode(FakeOpenAi::Mode::Slow);
        // 160 output tokens a batch: 0.14 s a request, 17 rounds of three
        // requests, a run of about 2.5 s with a commit every 0.14 s.
        llm.options().slowBaseMs = 60;
        llm.options().tokensPerSecond = 2000;
        const QStringList args = scoreArgs(llm, kConcurrency, kBatch);

        // A reference run: how long until the first request, and in all.
        const QString db = m_home.filePath(QStringLiteral("score.sqlite"));
        copyCache(base, db);
        qint64 firstRequestMs = -1;
        QElapsedTimer clock;
        const auto onRequest = connect(&llm, &FakeOpenAi::answered, this, [&] {
            if (firstRequestMs < 0)
                firstRequestMs = clock.elapsed();
        });
        clock.start();
        const Result reference = paperboy(db, args);
        const qint64 runMs = clock.elapsed();
        disconnect(onRequest);
        QVERIFY2(reference.code == 0, qPrintable(reference.err));
        QCOMPARE(Reader(db).scores().size(), kPapers);
        const qint64 workMs = runMs - firstRequestMs;
        qInfo("reference run: %lld ms, the first request after %lld ms", runMs, firstRequestMs);

        int kills = 0, beforeFirstCommit = 0, midRun = 0, afterLastCommit = 0, finishedFirst = 0;
        // The share of the time left that each kill of a series waits. The
        // time left is counted to the process's exit, which comes a little
        // after its last commit: the last kill of a series, near the end,
        // lands during the last batches.
        const QList<QPair<double, double>> strata = {{0.05, 0.3}, {0.3, 0.55}, {0.55, 0.75}, {0.75, 0.9}};
        // Until 20 kills (a run that ends before its kill moment is no kill).
        for (int series = 0; kills < 20; ++series) {
            QVERIFY2(series < 10, "the runs keep ending before their kill moments");
            copyCache(base, db);
            for (qsizetype stratum = 0; stratum < strata.size(); ++stratum) {
                const auto [low, high] = strata.at(stratum);
                if (kills == 20)
                    break;
                const QHash<QString, StoredScore> before = Reader(db).scores();
                const qint64 expectedMs =
                    firstRequestMs + workMs * (kPapers - before.size()) / kPapers; // the run left to do
                int delayMs = int((low + (high - low) * m_random.generateDouble()) * expectedMs);
                // Once for sure before any reply can arrive: a kill while the
                // run starts (cache opened, run recorded, first requests out).
                if (series == 0 && stratum == 0)
                    delayMs = m_random.bounded(int(firstRequestMs) + 30);
                llm.clearRecords();
                QProcess process;
                start(process, test::paperboyBinary(), QStringList{QStringLiteral("--db"), db} + args);
                QElapsedTimer since;
                since.start();
                while (since.elapsed() < delayMs && process.state() != QProcess::NotRunning)
                    QTest::qWait(1);
                // What is committed at the moment of the kill, read beside the writer.
                const QHash<QString, StoredScore> snapshot = Reader(db).scores();
                const bool ranToTheEnd = process.state() == QProcess::NotRunning;
                if (!ranToTheEnd) {
                    process.kill(); // SIGKILL
                    QVERIFY(process.waitForFinished(5000));
                    ++kills;
                }
                drain(llm);

                Reader after(db);
                QCOMPARE(after.integrity(), QString());
                const QHash<QString, StoredScore> now = after.scores();
                for (const auto &[id, score] : snapshot.asKeyValueRange())
                    QVERIFY2(now.value(id) == score,
                             qPrintable(QStringLiteral("kill %1 lost %2").arg(kills).arg(id)));
                for (const auto &[id, score] : before.asKeyValueRange())
                    QVERIFY2(now.value(id) == score, qPrintable(id));
                for (const auto &[id, score] : now.asKeyValueRange())
                    QVERIFY2(correct(id, score), qPrintable(id));
                // The run asked only for papers without a score, each once.
                const QStringList asked = askedFor(llm);
                const QSet<QString> askedSet(asked.cbegin(), asked.cend());
                QCOMPARE(askedSet.size(), asked.size());
                for (const QString &id : asked) {
                    QVERIFY2(allIds.contains(id), qPrintable(id));
                    QVERIFY2(!before.contains(id), qPrintable(QStringLiteral("%1 was sent again").arg(id)));
                }
                if (ranToTheEnd)
                    ++finishedFirst;
                else if (now.size() == before.size())
                    ++beforeFirstCommit;
                else if (now.size() == kPapers)
                    ++afterLastCommit;
                else
                    ++midRun;
                qInfo("%s after %d ms: %d scored before, %d at the kill, %d after; %d papers sent",
                      ranToTheEnd ? "no kill, the run had ended"
                                  : qPrintable(QStringLiteral("kill %1").arg(kills)),
                      delayMs, int(before.size()), int(snapshot.size()), int(now.size()), int(asked.size()));
            }
            // A run to the end sends each missing paper once and completes the day.
            const QHash<QString, StoredScore> before = Reader(db).scores();
            llm.clearRecords();
            const Result last = paperboy(db, args);
            QVERIFY2(last.code == 0, qPrintable(last.err));
            QStringList asked = askedFor(llm);
            QStringList missing;
            for (const QString &id : allIds)
                if (!before.contains(id))
                    missing << id;
            asked.sort();
            missing.sort();
            QCOMPARE(asked, missing);
            Reader done(db);
            QCOMPARE(done.integrity(), QString());
            const QHash<QString, StoredScore> all = done.scores();
            QCOMPARE(all.size(), kPapers);
            for (const auto &[id, score] : all.asKeyValueRange())
                QVERIFY2(correct(id, score), qPrintable(id));
        }
        qInfo(
            "%d kills: %d before the run's first commit, %d mid-run, %d after its last; %d runs ended first",
            kills, beforeFirstCommit, midRun, afterLastCommit, finishedFirst);
        QCOMPARE(kills, 20);
        // The kills must land while batches are in flight, not around an idle process.
        QVERIFY2(midRun >= 15, qPrintable(QStringLiteral("only %1 of 20 kills landed mid-run").arg(midRun)));
    }

    // `paperboy fetch` of a big day killed at random moments: the day is
    // stored whole or not at all, an earlier day is untouched, and the
    // full-text index agrees with the papers.
    void fetchIsAllOrNothing()
    {
        constexpr int kBig = 6000;
        const QString base = m_home.filePath(QStringLiteral("fetch-base.sqlite"));
        fetchInto(base,
                  test::combineListingFeeds(
                      {readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")),
                       readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"))}),
                  QStringLiteral("cs.LG,cs.AI"));
        const QStringList earlier = everything(base);
        QCOMPARE(Reader(base).papersOn(kEarlierDay), 6);

        m_arxiv.route("/rss/*", FakeHttpServer::Response::ok(
                                    test::synthesizeListingFeed(readFixture(kCombinedFeed), kBig)));
        const QStringList args = {QStringLiteral("fetch"), QStringLiteral("--categories"),
                                  kCombinedCategories, QStringLiteral("--announce"), kAllTypes};
        const QString db = m_home.filePath(QStringLiteral("fetch.sqlite"));

        // Reference runs: how long a fetch takes, and how long its store
        // shows in the -wal file (from the first spill of the store's
        // transaction to the end; nothing before it writes). The shorter of
        // two, the first being slower with the files not in the page cache.
        qint64 runMs = std::numeric_limits<qint64>::max();
        qint64 storeMs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 2; ++i) {
            copyCache(base, db);
            QProcess process;
            start(process, test::paperboyBinary(), QStringList{QStringLiteral("--db"), db} + args);
            QElapsedTimer clock;
            clock.start();
            qint64 spillMs = -1;
            while (process.state() != QProcess::NotRunning) {
                if (spillMs < 0 && fileSize(db + QLatin1String("-wal")) > 0)
                    spillMs = clock.elapsed();
                QTest::qWait(1);
            }
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(Reader(db).papersOn(kBigDay), kBig);
            QVERIFY(spillMs > 0);
            runMs = qMin(runMs, clock.elapsed());
            storeMs = qMin(storeMs, clock.elapsed() - spillMs);
        }
        qInfo("reference fetch of %d papers: %lld ms, the store's last %lld ms", kBig, runMs, storeMs);

        // Half the kills at moments spread over the whole fetch, one in each
        // tenth of it; half aimed at the store, where a kill can do harm: at
        // a moment spread over its length, counted from its first spill (the
        // machine's load moves the store around in time, not its spill).
        struct Moment
        {
            bool fromStore = false;
            int ms = 0;
        };
        QList<Moment> moments;
        for (int i = 0; i < 10; ++i) {
            moments << Moment{false, int((i + m_random.generateDouble()) / 10 * runMs)};
            moments << Moment{true, int((i + m_random.generateDouble()) / 10 * 0.9 * storeMs)};
        }
        std::shuffle(moments.begin(), moments.end(), m_random);
        int kills = 0, beforeStore = 0, duringStore = 0, afterCommit = 0, finishedFirst = 0;
        while (kills < 20) {
            QVERIFY2(finishedFirst < 10, "the fetches keep ending before their kill moments");
            // A fetch that ends before its moment is no kill: another moment replaces it.
            const Moment moment = moments.isEmpty() ? Moment{false, int(m_random.generateDouble() * runMs)}
                                                    : moments.takeFirst();
            copyCache(base, db);
            QProcess process;
            start(process, test::paperboyBinary(), QStringList{QStringLiteral("--db"), db} + args);
            QElapsedTimer since;
            since.start();
            qint64 deadline = moment.fromStore ? std::numeric_limits<qint64>::max() : moment.ms;
            while (since.elapsed() < deadline && process.state() != QProcess::NotRunning) {
                if (moment.fromStore && deadline == std::numeric_limits<qint64>::max() &&
                    fileSize(db + QLatin1String("-wal")) > 0)
                    deadline = since.elapsed() + moment.ms;
                QTest::qWait(1);
            }
            const int delayMs = int(since.elapsed());
            const bool ranToTheEnd = process.state() == QProcess::NotRunning;
            if (!ranToTheEnd) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(5000));
                ++kills;
            }
            // Before anything opens the file again: nothing writes to the cache
            // before the store's transaction, and a day this big does not fit
            // SQLite's page cache, so the transaction spills pages into the
            // -wal file long before it commits. Frames in the -wal with no
            // day stored mean the kill landed inside the store.
            const qint64 wal = fileSize(db + QLatin1String("-wal"));

            Reader after(db);
            QCOMPARE(after.integrity(), QString());
            const int big = after.papersOn(kBigDay);
            QVERIFY2(big == 0 || big == kBig, qPrintable(QStringLiteral("%1 papers stored").arg(big)));
            const int papers = after.count(QStringLiteral("papers"));
            QCOMPARE(papers, 6 + big);
            QCOMPARE(after.count(QStringLiteral("days")), big ? 2 : 1);
            // The index holds one entry per paper, for no other rows, and is sound.
            QCOMPARE(after.count(QStringLiteral("papers_fts_docsize")), papers);
            QCOMPARE(after
                         .value(QStringLiteral("SELECT COUNT(*) FROM papers p JOIN papers_fts_docsize d"
                                               " ON d.id = p.pk"))
                         .toInt(),
                     papers);
            QCOMPARE(ftsCheck(db), QString());
            if (big == 0)
                QCOMPARE(everything(db), earlier);
            if (ranToTheEnd)
                ++finishedFirst;
            else if (big == kBig)
                ++afterCommit;
            else if (wal > 0)
                ++duringStore;
            else
                ++beforeStore;
            qInfo("%s after %d ms (%s): %d papers of the big day, -wal %lld bytes",
                  ranToTheEnd ? "no kill, the fetch had ended"
                              : qPrintable(QStringLiteral("kill %1").arg(kills)),
                  delayMs, moment.fromStore ? "aimed at the store" : "anywhere", big, wal);
        }
        qInfo("%d kills: %d before the store, %d during it, %d after its commit; %d fetches ended first",
              kills, beforeStore, duringStore, afterCommit, finishedFirst);
        QVERIFY2(duringStore >= 5,
                 qPrintable(QStringLiteral("only %1 kills landed inside the store").arg(duringStore)));
    }

    // The cache on a disk with little room left: a fetch of a big day and a
    // scoring run fail with a one-line error that says the disk is full, and
    // everything the cache held before is still there.
    void fullDiskLosesNothing()
    {
        // The small disk is a tmpfs in a private namespace: Linux with
        // unprivileged user namespaces (Debian's default).
        QProcess probe;
        probe.start(QStringLiteral("unshare"), {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                                QStringLiteral("--mount"), QStringLiteral("true")});
        QVERIFY2(probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
                     probe.exitCode() == 0,
                 "this test needs `unshare --user --map-root-user --mount` (user namespaces) to mount a small"
                 " tmpfs without root");
        const QString db = m_home.filePath(QStringLiteral("full-disk.sqlite"));
        // An earlier day, scored, with three stars.
        fetchInto(
            db,
            test::synthesizeListingFeed(
                readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")), 300, 50000),
            QStringLiteral("cs.LG"));
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        const QStringList score = scoreArgs(llm, 2, 5);
        const Result scored = paperboy(db, score);
        QVERIFY2(scored.code == 0, qPrintable(scored.err));
        const QStringList stars = {QStringLiteral("2609.50007"), QStringLiteral("2609.50100"),
                                   QStringLiteral("2609.50299")};
        QCOMPARE(paperboy(db, QStringList{QStringLiteral("star")} + stars).code, 0);
        // And a day of 200 papers, not scored yet.
        fetchInto(db, test::synthesizeListingFeed(readFixture(kCombinedFeed), 200), kCombinedCategories);
        const QStringList before = everything(db);
        const QStringList beforeWithoutScores = everything(db, false);
        const QHash<QString, StoredScore> scoresBefore = Reader(db).scores();
        QCOMPARE(scoresBefore.size(), 300);
        {
            Reader r(db);
            QCOMPARE(r.value(QStringLiteral("SELECT COUNT(*) FROM paper_state WHERE starred = 1")).toInt(),
                     3);
            QCOMPARE(r.papersOn(kBigDay), 200);
        }
        qInfo("the cache before: %lld KiB", fileSize(db) / 1024);

        // The same day again, now 5,000 papers: far more than the room left.
        m_arxiv.route("/rss/*", FakeHttpServer::Response::ok(
                                    test::synthesizeListingFeed(readFixture(kCombinedFeed), 5000)));
        const Result fetch =
            paperboyOnFullDisk(db,
                               {QStringLiteral("fetch"), QStringLiteral("--categories"), kCombinedCategories,
                                QStringLiteral("--announce"), kAllTypes},
                               512);
        QVERIFY2(fetch.code == 4, qPrintable(fetch.err)); // 4: the cache could not be written
        const QString fetchError = errorLine(fetch.err);
        QVERIFY2(fetchError.contains(QLatin1String("the disk is full")), qPrintable(fetchError));
        QVERIFY2(fetchError.contains(QLatin1String("nothing was changed")), qPrintable(fetchError));
        QVERIFY2(!fetchError.contains(QLatin1String("database or disk")), qPrintable(fetchError));
        qInfo("fetch on a full disk: %s", qPrintable(fetchError));
        QCOMPARE(Reader(db).integrity(), QString());
        QCOMPARE(ftsCheck(db), QString());
        QCOMPARE(everything(db), before);

        // Scoring the 200 papers with room for a few batches only (256 KiB
        // hold the -wal frames of about five).
        llm.clearRecords();
        const Result full = paperboyOnFullDisk(db, score, 256);
        QVERIFY2(full.code == 4, qPrintable(full.err));
        const QString scoreError = errorLine(full.err);
        QVERIFY2(scoreError.contains(QLatin1String("the disk is full")), qPrintable(scoreError));
        QVERIFY2(!scoreError.contains(QLatin1String("database or disk")), qPrintable(scoreError));
        qInfo("score on a full disk: %s", qPrintable(scoreError));
        QCOMPARE(Reader(db).integrity(), QString());
        QCOMPARE(ftsCheck(db), QString());
        QCOMPARE(everything(db, false), beforeWithoutScores);
        const QHash<QString, StoredScore> afterFull = Reader(db).scores();
        for (const auto &[id, s] : scoresBefore.asKeyValueRange())
            QVERIFY2(afterFull.value(id) == s, qPrintable(id));
        const qsizetype kept = afterFull.size() - scoresBefore.size();
        qInfo("%lld of 200 papers were scored before the disk was full", qint64(kept));
        QVERIFY2(kept > 0 && kept < 200,
                 qPrintable(QString::number(kept))); // batches were committed, then one failed
        for (const auto &[id, s] : afterFull.asKeyValueRange())
            QVERIFY2(correct(id, s), qPrintable(id));

        // With room again, the next run sends only what is missing and finishes the day.
        llm.clearRecords();
        const Result rest = paperboy(db, score);
        QVERIFY2(rest.code == 0, qPrintable(rest.err));
        const QStringList asked = askedFor(llm);
        QCOMPARE(asked.size(), 200 - kept);
        for (const QString &id : asked)
            QVERIFY2(!afterFull.contains(id), qPrintable(id));
        QCOMPARE(Reader(db).scores().size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
