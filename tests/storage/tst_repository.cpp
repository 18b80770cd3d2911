#include "core/Relevance.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace paperboy;

namespace {

Paper makePaper(const QString &id, int version, const QString &title, const QString &abstract = QString())
{
    Paper p;
    p.id = id;
    p.version = version;
    p.title = title;
    p.abstract = abstract.isEmpty() ? QStringLiteral("An abstract about ") + title : abstract;
    p.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("José Sánchez")};
    p.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
    p.announced = QDate(2026, 4, 27);
    p.updated = p.announced;
    p.announceType = AnnounceType::New;
    return p;
}

DayRecord makeDay(const QDate &date, int announced, int kept)
{
    DayRecord d;
    d.date = date;
    d.announced = announced;
    d.kept = kept;
    d.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
    d.announceTypes = {QStringLiteral("new"), QStringLiteral("cross")};
    d.source = QStringLiteral("rss");
    return d;
}

int count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    PaperRepository repo() { return PaperRepository(m_db->connection()); }

    // Papers 2604.00001 .. 2604.0000n titled P1 .. Pn, stored; empty when the store failed.
    QList<Paper> storeNumbered(int n)
    {
        QList<Paper> papers;
        for (int i = 1; i <= n; ++i)
            papers << makePaper(QStringLiteral("2604.0000%1").arg(i), 1, QStringLiteral("P%1").arg(i));
        QString error;
        return repo().storePapers(papers, nullptr, &error) ? papers : QList<Paper>();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void storesADayOncePerPaper()
    {
        const QDate day(2026, 4, 27);
        QList<Paper> papers = {
            makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("Sparse Mixtures")),
            makePaper(QStringLiteral("2604.00002"), 1, QStringLiteral("Quantized Transformers"))};
        // The first paper was announced in both categories.
        QList<Announcement> ann = {
            {QStringLiteral("2604.00001"), QStringLiteral("cs.LG"), AnnounceType::New},
            {QStringLiteral("2604.00001"), QStringLiteral("cs.AI"), AnnounceType::Cross},
            {QStringLiteral("2604.00002"), QStringLiteral("cs.AI"), AnnounceType::Cross}};
        StoreStats stats;
        QString error;
        QVERIFY2(repo().storeDay(makeDay(day, 5, 2), papers, ann, &stats, &error), qPrintable(error));
        QCOMPARE(stats.added, 2);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM papers")), 2);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM announcements")), 3);

        ListQuery q;
        q.date = day;
        q.sort = ListQuery::Sort::Date;
        const auto rows = repo().list(q, &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).paper.id, QStringLiteral("2604.00001"));
        // New in one category, cross in the other: shown as new.
        QCOMPARE(rows.at(0).paper.announceType, AnnounceType::New);
        QCOMPARE(rows.at(1).paper.announceType, AnnounceType::Cross);
        QCOMPARE(rows.at(0).paper.authors.size(), 2);
        QCOMPARE(rows.at(0).paper.categories,
                 (QStringList{QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}));
        QVERIFY(!rows.at(0).relevance.has_value());

        const auto record = repo().day(day);
        QVERIFY(record.has_value());
        QCOMPARE(record->announced, 5);
        QCOMPARE(record->kept, 2);
        QCOMPARE(repo().latestDay(), day);

        // Fetching the same day again changes nothing and duplicates nothing.
        QVERIFY(repo().storeDay(makeDay(day, 5, 2), papers, ann, &stats, &error));
        QCOMPARE(stats.added, 0);
        QCOMPARE(stats.unchanged, 2);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM papers")), 2);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM announcements")), 3);
    }

    void aNewerVersionUpdatesTheRowAndAnOlderOneNeverDowngrades()
    {
        QString error;
        StoreStats stats;
        QVERIFY(repo().storePapers({makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("Old title"))},
                                   &stats, &error));
        QVERIFY(repo().setStarred({QStringLiteral("2604.00001")}, true, nullptr, &error));
        QVERIFY(repo().storePapers({makePaper(QStringLiteral("2604.00001"), 3, QStringLiteral("New title"))},
                                   &stats, &error));
        QCOMPARE(stats.updated, 1);
        QVERIFY(repo().storePapers(
            {makePaper(QStringLiteral("2604.00001"), 2, QStringLiteral("Middle title"))}, &stats, &error));
        QCOMPARE(stats.unchanged, 1);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM papers")), 1);

        ListQuery q;
        q.ids = {QStringLiteral("2604.00001")};
        const auto rows = repo().list(q, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().paper.version, 3);
        QCOMPARE(rows.first().paper.title, QStringLiteral("New title"));
        QVERIFY(rows.first().starred); // the star belongs to the id, not the version

        // The search index follows the update: the old title is gone.
        q = ListQuery();
        q.search = QStringLiteral("old title");
        QCOMPARE(repo().list(q, &error).size(), 0);
        q.search = QStringLiteral("new tit");
        QCOMPARE(repo().list(q, &error).size(), 1);
    }

    void aPaperNamedTwiceInOneStoreKeepsTheSearchIndexWhole()
    {
        QString error;
        QVERIFY(repo().storePapers(
            {makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("First title"))}, nullptr, &error));
        StoreStats stats;
        QVERIFY2(
            repo().storePapers({makePaper(QStringLiteral("2604.00001"), 3, QStringLiteral("Third title")),
                                makePaper(QStringLiteral("2604.00001"), 2, QStringLiteral("Second title")),
                                makePaper(QStringLiteral("2604.00001"), 3, QStringLiteral("Third title"))},
                               &stats, &error),
            qPrintable(error));
        QCOMPARE(stats.updated, 1);
        QSqlQuery check(m_db->connection());
        QVERIFY2(check.exec(
                     QStringLiteral("INSERT INTO papers_fts(papers_fts, rank) VALUES('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        ListQuery q;
        q.search = QStringLiteral("third");
        QCOMPARE(repo().list(q, &error).size(), 1);
        q.search = QStringLiteral("first");
        QCOMPARE(repo().list(q, &error).size(), 0);
    }

    void twoConnectionsOpeningANewCacheAtOnce()
    {
        // A cron job and the window may create the cache at the same moment.
        const QString path = m_dir.filePath(QStringLiteral("race.sqlite"));
        std::atomic_int failures{0};
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&] {
                Database db(path);
                QString error;
                if (!db.open(&error)) {
                    qWarning("%s", qPrintable(error));
                    ++failures;
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    }

    void aDoiArrivingLaterIsAddedWithoutANewVersion()
    {
        QString error;
        StoreStats stats;
        Paper p = makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("T"));
        QVERIFY(repo().storePapers({p}, &stats, &error));
        p.doi = QStringLiteral("10.1000/xyz");
        QVERIFY(repo().storePapers({p}, &stats, &error));
        QCOMPARE(stats.updated, 1);
        ListQuery q;
        q.ids = {p.id};
        QCOMPARE(repo().list(q, &error).first().paper.doi, QStringLiteral("10.1000/xyz"));
    }

    // A paper first seen in a feed (no first-version date) learns it when the
    // API lists it, keeps it when a feed lists it again, and keeps it across
    // a new version; every list reads it back.
    void theFirstVersionsDateIsStoredAndKept()
    {
        QString error;
        StoreStats stats;
        Paper p = makePaper(QStringLiteral("1609.07528"), 3, QStringLiteral("T"));
        QVERIFY2(repo().storePapers({p}, &stats, &error), qPrintable(error));
        ListQuery q;
        q.ids = {p.id};
        QCOMPARE(repo().list(q, &error).first().paper.published, QDate());

        p.published = QDate(2016, 9, 23);
        QVERIFY2(repo().storePapers({p}, &stats, &error), qPrintable(error));
        QCOMPARE(repo().list(q, &error).first().paper.published, QDate(2016, 9, 23));

        p.published = QDate();
        QVERIFY2(repo().storePapers({p}, &stats, &error), qPrintable(error));
        p.version = 4;
        QVERIFY2(repo().storePapers({p}, &stats, &error), qPrintable(error));
        const Paper stored = repo().list(q, &error).first().paper;
        QCOMPARE(stored.version, 4);
        QCOMPARE(stored.published, QDate(2016, 9, 23));
    }

    void starsAndReadStateSurviveRefetch()
    {
        const QDate day(2026, 4, 27);
        QString error;
        const QList<Paper> papers = {makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("A"))};
        const QList<Announcement> ann = {
            {QStringLiteral("2604.00001"), QStringLiteral("cs.LG"), AnnounceType::New}};
        QVERIFY(repo().storeDay(makeDay(day, 1, 1), papers, ann, nullptr, &error));
        QVERIFY(repo().setStarred({QStringLiteral("2604.00001")}, true, nullptr, &error));
        QVERIFY(repo().setRead({QStringLiteral("2604.00001")}, true, &error));
        QVERIFY(repo().storeDay(makeDay(day, 1, 1), papers, ann, nullptr, &error));
        ListQuery q;
        q.starredOnly = true;
        const auto rows = repo().list(q, &error);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().read);
        QVERIFY(repo().setStarred({QStringLiteral("2604.00001")}, false, nullptr, &error));
        QCOMPARE(repo().list(q, &error).size(), 0);
    }

    void aShorterFeedForAStoredDayAddsButNeverRemoves()
    {
        const QDate day(2026, 4, 27);
        QString error;
        QList<Paper> papers;
        QList<Announcement> ann;
        for (int i = 1; i <= 150; ++i) {
            papers << makePaper(QStringLiteral("2604.%1").arg(i, 5, 10, QLatin1Char('0')), 1,
                                QStringLiteral("Paper %1").arg(i));
            ann.append({papers.last().id, QStringLiteral("cs.LG"), AnnounceType::New});
        }
        QVERIFY2(repo().storeDay(makeDay(day, 160, 150), papers, ann, nullptr, &error), qPrintable(error));
        QVERIFY(repo().setStarred({QStringLiteral("2604.00007"), QStringLiteral("2604.00140")}, true, nullptr,
                                  &error));

        // The same categories again, from a feed of three: a new version of
        // one stored paper, one stored as it was, one new to the day.
        const QList<Paper> few = {
            makePaper(QStringLiteral("2604.00007"), 2, QStringLiteral("Paper 7, revised")), papers.at(1),
            makePaper(QStringLiteral("2604.00151"), 1, QStringLiteral("New"))};
        QList<Announcement> fewAnn;
        for (const Paper &p : few)
            fewAnn.append({p.id, QStringLiteral("cs.LG"), AnnounceType::New});
        StoreStats stats;
        QVERIFY2(repo().storeDay(makeDay(day, 3, 3), few, fewAnn, &stats, &error), qPrintable(error));
        QCOMPARE(stats.dayBefore, 150);
        QCOMPARE(stats.dayAfter, 151);
        QCOMPARE(stats.added, 1);
        QCOMPARE(stats.updated, 1);

        ListQuery q;
        q.date = day;
        QCOMPARE(repo().list(q, &error).size(), 151);
        ListQuery starred;
        starred.starredOnly = true;
        QCOMPARE(repo().list(starred, &error).size(), 2);
        const auto record = repo().day(day);
        QCOMPARE(record->kept, 151);
        QCOMPARE(record->announced, 160); // the larger count of the two fetches
        q.ids = {QStringLiteral("2604.00007")};
        QCOMPARE(repo().list(q, &error).first().paper.title, QStringLiteral("Paper 7, revised"));

        // A day that announced fewer than it now keeps says so truthfully.
        QVERIFY(repo().storeDay(makeDay(QDate(2026, 4, 28), 1, 1), papers.mid(0, 2),
                                {{papers.at(0).id, QStringLiteral("cs.LG"), AnnounceType::New},
                                 {papers.at(1).id, QStringLiteral("cs.LG"), AnnounceType::New}},
                                nullptr, &error));
        QCOMPARE(repo().day(QDate(2026, 4, 28))->announced, 2);
    }

    void aPaperListedWithoutCategoriesIsStored()
    {
        QString error;
        Paper p = makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("Uncategorised"));
        p.categories.clear();
        QVERIFY2(repo().storePapers({p}, nullptr, &error), qPrintable(error));
        ListQuery q;
        q.ids = {p.id};
        QCOMPARE(repo().list(q, &error).first().paper.categories, QStringList());
    }

    void starringUnknownIdsReportsThem()
    {
        QString error;
        QStringList unknown;
        QVERIFY(repo().storePapers({makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("A"))}, nullptr,
                                   &error));
        QVERIFY(repo().setStarred({QStringLiteral("2604.00001"), QStringLiteral("2604.99999")}, true,
                                  &unknown, &error));
        QCOMPARE(unknown, QStringList{QStringLiteral("2604.99999")});
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM paper_state")), 1);
    }

    void aFailingStoreLeavesNothingBehind()
    {
        const QDate day(2026, 4, 27);
        QString error;
        const QList<Paper> papers = {makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("A")),
                                     makePaper(QStringLiteral("2604.00002"), 1, QStringLiteral("B"))};
        // The second announcement points at a paper that is not being stored:
        // the foreign key fails half-way through the transaction.
        const QList<Announcement> ann = {
            {QStringLiteral("2604.00001"), QStringLiteral("cs.LG"), AnnounceType::New},
            {QStringLiteral("2699.00000"), QStringLiteral("cs.LG"), AnnounceType::New}};
        QVERIFY(!repo().storeDay(makeDay(day, 2, 2), papers, ann, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM papers")), 0);
        QCOMPARE(count(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM days")), 0);
        // The index agrees with the (empty) table, and finds nothing.
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO papers_fts(papers_fts, rank) VALUES('integrity-check', 1)")));
        QCOMPARE(count(m_db->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM papers_fts WHERE papers_fts MATCH 'abstract'")),
                 0);
    }

    void searchCoversTheWholeHistory()
    {
        QString error;
        QList<Paper> papers;
        papers << makePaper(QStringLiteral("2601.00001"), 1, QStringLiteral("Mixture of Experts routing"))
               << makePaper(QStringLiteral("2602.00002"), 1, QStringLiteral("Diffusion for images"))
               << makePaper(QStringLiteral("2603.00003"), 1, QStringLiteral("Pruning experts"),
                            QStringLiteral("We prune mixture-of-experts layers."));
        QVERIFY(repo().storePapers(papers, nullptr, &error));
        ListQuery q;
        q.search = QStringLiteral("experts");
        QCOMPARE(repo().list(q, &error).size(), 2);
        q.search = QStringLiteral("mixture exp"); // as you type: last word is a prefix
        QCOMPARE(repo().list(q, &error).size(), 2);
        // ... from its third letter: "ex" is a whole word (a one- or
        // two-letter prefix would merge most of a large index).
        q.search = QStringLiteral("mixture ex");
        QCOMPARE(repo().list(q, &error).size(), 0);
        q.search = QStringLiteral("di");
        QCOMPARE(repo().list(q, &error).size(), 0);
        q.search = QStringLiteral("dif");
        QCOMPARE(repo().list(q, &error).size(), 1);
        q.search = QStringLiteral("sanchez"); // diacritics folded: finds Sánchez
        QCOMPARE(repo().list(q, &error).size(), 3);
        q.search = QStringLiteral("lovelace");
        QCOMPARE(repo().list(q, &error).size(), 3);
        // FTS syntax typed by a person is neither an error nor an injection.
        for (const char *text :
             {"\"unbalanced", "title:foo", "a OR", "NEAR(", "*", "-x", "'); DROP TABLE papers;--"}) {
            q.search = QString::fromLatin1(text);
            error.clear();
            repo().list(q, &error);
            QVERIFY2(error.isEmpty(), qPrintable(QString::fromLatin1(text) + QStringLiteral(": ") + error));
        }
        QCOMPARE(repo().paperCount(), 3);
    }

    // Whose scores a day shows: the latest run under the current criteria
    // that scored something, else the latest under any; never a run whose
    // every paper failed; a model by name; never two scorers in one list.
    void aDayShowsOneScorer()
    {
        const QDate day(2026, 4, 27);
        const QList<Paper> papers = {makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("A")),
                                     makePaper(QStringLiteral("2604.00002"), 1, QStringLiteral("B"))};
        QString error;
        QVERIFY(repo().storeDay(makeDay(day, 2, 2), papers,
                                {{papers[0].id, QStringLiteral("cs.LG"), AnnounceType::New},
                                 {papers[1].id, QStringLiteral("cs.LG"), AnnounceType::New}},
                                nullptr, &error));
        ScoreRepository scores(m_db->connection());
        Criteria current = Criteria::defaults();
        Criteria older = current;
        older.topics.removeLast();
        QVERIFY(older.scoringHash() != current.scoringHash());
        const auto run = [&](const QString &model, const Criteria &c, const QList<PaperScore> &ok,
                             const QList<Paper> &failed) {
            RunRecord r;
            r.date = day;
            r.model = model;
            r.scoringHash = c.scoringHash();
            r.id = scores.startRun(r, &error);
            QVERIFY(r.id > 0);
            QVERIFY(scores.storeScores(ok, r.scoringHash, model, r.id, &error));
            QVERIFY(scores.storeUnscored(failed, QStringLiteral("failed"), QStringLiteral("HTTP 500"),
                                         r.scoringHash, model, r.id, &error));
        };
        const auto scorer = [&](const QString &from) {
            ScoreSource source;
            return scores.dayScorer(day, current.scoringHash(), from, &source, &error)
                       ? source.model
                       : QStringLiteral("error");
        };
        QCOMPARE(scorer(QString()), QString()); // nothing scored the day yet
        run(QStringLiteral("offline"), current,
            {{papers[0].id, 1, 9, 9, QStringLiteral("o"), false},
             {papers[1].id, 1, 2, 2, QStringLiteral("o"), false}},
            {});
        // A later LLM run under older criteria does not replace the current criteria's scorer.
        run(QStringLiteral("gpt-5-mini"), older, {{papers[0].id, 1, 3, 3, QStringLiteral("g"), false}}, {});
        QCOMPARE(scorer(QString()), QStringLiteral("offline"));
        // A run whose every paper failed hides nothing.
        run(QStringLiteral("gpt-5"), current, {}, papers);
        QCOMPARE(scorer(QStringLiteral("latest")), QStringLiteral("offline"));
        QCOMPARE(scorer(QStringLiteral("gpt-5-mini")), QStringLiteral("gpt-5-mini"));
        QCOMPARE(scorer(QStringLiteral("gpt-4o")), QStringLiteral("error"));
        QVERIFY2(error.contains(QStringLiteral("no scores from gpt-4o")) &&
                     error.contains(QStringLiteral("offline")),
                 qPrintable(error));

        // One scorer per list: gpt-5-mini scored one paper, the other shows unscored, not offline's 2/2.
        ListQuery q;
        q.date = day;
        q.criteria = current;
        q.scoresFrom = QStringLiteral("gpt-5-mini");
        ScoreSource used;
        const QList<PaperRow> rows = repo().list(q, &error, &used);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(used.model, QStringLiteral("gpt-5-mini"));
        QCOMPARE(used.scoringHash, older.scoringHash());
        QCOMPARE(rows.size(), 2);
        for (const PaperRow &row : rows) {
            if (row.paper.id == papers[0].id) {
                QCOMPARE(row.scoreState, ScoreState::Scored);
                QCOMPARE(*row.relevance, 3);
                QCOMPARE(row.scoredBy, QStringLiteral("gpt-5-mini"));
            } else {
                QCOMPARE(row.scoreState, ScoreState::Unscored);
                QVERIFY(!row.relevance && row.scoredBy.isEmpty() && !row.relevant);
            }
        }
        // The day's scorer: offline, with its own relevant paper.
        q.scoresFrom.clear();
        const QList<PaperRow> latest = repo().list(q, &error);
        QCOMPARE(relevance::count(latest).relevant, 1);
        QCOMPARE(relevance::count(latest).scored, 2);
    }

    // What the offline scorer learns a model from: model scores (not its
    // own) under the current criteria, of papers from before the day.
    void modelJudgedPapersAreTheModelsEarlierScores()
    {
        const QDate earlier(2026, 4, 27), today(2026, 4, 28);
        const QList<Paper> old = {makePaper(QStringLiteral("2604.00001"), 1, QStringLiteral("A")),
                                  makePaper(QStringLiteral("2604.00002"), 1, QStringLiteral("B")),
                                  makePaper(QStringLiteral("2604.00003"), 1, QStringLiteral("C"))};
        const Paper fresh = makePaper(QStringLiteral("2604.00004"), 1, QStringLiteral("D"));
        QString error;
        QVERIFY(repo().storeDay(makeDay(earlier, 3, 3), old,
                                {{old[0].id, QStringLiteral("cs.LG"), AnnounceType::New},
                                 {old[1].id, QStringLiteral("cs.LG"), AnnounceType::New},
                                 {old[2].id, QStringLiteral("cs.LG"), AnnounceType::New}},
                                nullptr, &error));
        QVERIFY(repo().storeDay(makeDay(today, 1, 1), {fresh},
                                {{fresh.id, QStringLiteral("cs.LG"), AnnounceType::New}}, nullptr, &error));
        ScoreRepository scores(m_db->connection());
        const Criteria current = Criteria::defaults();
        Criteria other = current;
        other.topics.removeLast();
        const auto store = [&](const QString &model, const Criteria &c, const QList<PaperScore> &ok,
                               const QList<Paper> &failed) {
            QVERIFY(scores.storeScores(ok, c.scoringHash(), model, 0, &error));
            QVERIFY(scores.storeUnscored(failed, QStringLiteral("failed"), QStringLiteral("HTTP 500"),
                                         c.scoringHash(), model, 0, &error));
        };
        store(QStringLiteral("gpt-5"), current, {{old[0].id, 1, 9, 8, QStringLiteral("g"), false}}, {old[2]});
        store(QStringLiteral("offline"), current, {{old[1].id, 1, 10, 8, QStringLiteral("o"), false}}, {});
        store(QStringLiteral("gpt-5"), other, {{old[1].id, 1, 7, 8, QStringLiteral("g"), false}}, {});
        store(QStringLiteral("gpt-5"), current, {{fresh.id, 1, 9, 9, QStringLiteral("g"), false}}, {});

        const QList<QPair<Paper, int>> judged = repo().modelJudged(today, current.scoringHash(), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(judged.size(), 1);
        QCOMPARE(judged[0].first.id, old[0].id);
        QCOMPARE(judged[0].first.title, old[0].title);
        QCOMPARE(judged[0].second, 9);
        // The day after: today's paper is history too, newest first; the limit holds.
        const auto next = repo().modelJudged(today.addDays(1), current.scoringHash(), 1, &error);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].first.id, fresh.id);
    }

    void sortsByScoresWithUnscoredLast()
    {
        QString error;
        const QList<Paper> papers = storeNumbered(4);
        QVERIFY(!papers.isEmpty());
        QSqlQuery q(m_db->connection());
        // Scores as the scoring stage will write them.
        const char *rows[][3] = {
            {"2604.00001", "5", "9"}, {"2604.00002", "9", "8"}, {"2604.00003", "8", "3"}};
        for (const auto &r : rows) {
            q.prepare(QStringLiteral(
                "INSERT INTO scores (paper_id, version, scoring_hash, model, relevance, novelty,"
                " comment, scored_at) VALUES (?, 1, 'c1', 'm', ?, ?, 'why', '2026-04-27T20:00:00Z')"));
            q.addBindValue(QString::fromLatin1(r[0]));
            q.addBindValue(QString::fromLatin1(r[1]).toInt());
            q.addBindValue(QString::fromLatin1(r[2]).toInt());
            QVERIFY(q.exec());
        }
        auto ids = [&](ListQuery lq) {
            QStringList out;
            for (const PaperRow &row : repo().list(lq, &error))
                out << row.paper.id.right(1);
            return out;
        };
        ListQuery lq;
        lq.sort = ListQuery::Sort::Relevance;
        QCOMPARE(ids(lq), (QStringList{"2", "3", "1", "4"}));
        lq.sort = ListQuery::Sort::Novelty;
        QCOMPARE(ids(lq), (QStringList{"1", "2", "3", "4"}));
        lq.sort = ListQuery::Sort::Score;
        QCOMPARE(ids(lq), (QStringList{"2", "1", "3", "4"}));
        lq.relevantOnly = true; // relevance >= 8 and novelty >= 7
        QCOMPARE(ids(lq), (QStringList{"2"}));
    }

    void equalRelevancesFollowTheValueBeforeRounding()
    {
        QString error;
        const QList<Paper> papers = storeNumbered(5);
        QVERIFY(!papers.isEmpty());
        // Four papers at relevance 7 whose values order them against their
        // ids, and one higher; paper 4 has no value (as a model's score).
        const auto score = [](const Paper &p, int relevance, std::optional<double> value) {
            PaperScore s{p.id, 1, relevance, 6, QStringLiteral("why"), false};
            s.relevanceValue = value;
            return s;
        };
        const QList<PaperScore> scored = {score(papers[0], 7, 7.25), score(papers[1], 7, 7.875),
                                          score(papers[2], 7, 7.5), score(papers[3], 7, std::nullopt),
                                          score(papers[4], 8, 8.0625)};
        ScoreRepository scores(m_db->connection());
        QVERIFY2(scores.storeScores(scored, QStringLiteral("c1"), QStringLiteral("offline"), 0, &error),
                 qPrintable(error));
        ListQuery lq;
        lq.sort = ListQuery::Sort::Relevance;
        const QList<PaperRow> rows = repo().list(lq, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList order;
        for (const PaperRow &row : rows)
            order << row.paper.id.right(1);
        QCOMPARE(order, (QStringList{"5", "2", "3", "1", "4"}));
        QCOMPARE(rows.at(1).relevanceValue, std::optional<double>(7.875));
        QCOMPARE(rows.at(4).relevanceValue, std::nullopt);
        // The combined sort too: equal sums and relevances, then the value.
        lq.sort = ListQuery::Sort::Score;
        order.clear();
        for (const PaperRow &row : repo().list(lq, &error))
            order << row.paper.id.right(1);
        QCOMPARE(order, (QStringList{"5", "2", "3", "1", "4"}));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
