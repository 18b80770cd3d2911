// The shared clock: a ScopedClock moves what the app calls "now" (the
// announcement calendar's latest listing, a stored run's start and finish,
// a fetched day's time, a worker thread's reading) and the real clock is
// back when it ends.
#include "arxiv/AnnouncementCalendar.h"
#include "core/Clock.h"
#include "core/ScoreRecords.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace paperboy;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Sunday 26 April 2026, 21:00 in New York: after the evening announcement
// that carries Monday's listing.
const QDateTime kSundayEvening = utc("2026-04-27T01:00:00Z");

// The real clock is in charge: its reading lies between two real readings.
bool readsTheRealClock()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    return before <= now && now <= after;
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private slots:
    // A fresh cache file for each test.
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("clock-%1.sqlite").arg(++m_n)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void movesTheAnnouncementCalendar()
    {
        QVERIFY(readsTheRealClock());
        {
            clock::ScopedClock fixed(kSundayEvening);
            QCOMPARE(clock::nowUtc(), kSundayEvening);
            QCOMPARE(clock::todayUtc(), QDate(2026, 4, 27));
            QCOMPARE(calendar::todayInNewYork(), QDate(2026, 4, 26));
            QCOMPARE(calendar::latestListing(), QDate(2026, 4, 27));
            // Friday noon: the latest announcement was Thursday's, for Friday.
            fixed.set(utc("2026-04-24T16:00:00Z"));
            QCOMPARE(calendar::latestListing(), QDate(2026, 4, 24));
        }
        QVERIFY(readsTheRealClock());
        QVERIFY(calendar::latestListing() != QDate(2026, 4, 24));
    }

    void stampsAStoredRun()
    {
        ScoreRepository repo(m_db->connection());
        QString error;
        RunRecord run;
        run.date = QDate(2026, 4, 27);
        run.provider = QStringLiteral("offline");
        run.model = QStringLiteral("offline");
        run.scoringHash = QStringLiteral("hash");
        {
            clock::ScopedClock fixed(kSundayEvening);
            run.id = repo.startRun(run, &error);
            QVERIFY2(run.id > 0, qPrintable(error));
            fixed.set(kSundayEvening.addSecs(90));
            run.status = QStringLiteral("done");
            QVERIFY2(repo.finishRun(run, &error), qPrintable(error));
        }
        const QList<RunRecord> runs = repo.runsForDay(run.date);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().startedAt.toUTC(), kSundayEvening);
        QCOMPARE(runs.first().finishedAt.toUTC(), kSundayEvening.addSecs(90));

        // Restored: the next run starts at the real time.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY2(repo.startRun(run, &error) > 0, qPrintable(error));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QList<RunRecord> both = repo.runsForDay(run.date); // in the order they started
        QCOMPARE(both.size(), 2);
        QVERIFY(both.last().startedAt >= before && both.last().startedAt <= after);
    }

    void stampsAFetchedDay()
    {
        PaperRepository repo(m_db->connection());
        QString error;
        const DayRecord day{.date = QDate(2026, 4, 27),
                            .categories = {QStringLiteral("cs.LG")},
                            .announceTypes = {QStringLiteral("new")},
                            .source = QStringLiteral("rss"),
                            .fetchedAt = {}}; // stamped with "now" when stored
        {
            clock::ScopedClock fixed(kSundayEvening);
            QVERIFY2(repo.storeDay(day, {}, {}, nullptr, &error), qPrintable(error));
        }
        const auto stored = repo.day(day.date);
        QVERIFY(stored);
        QCOMPARE(stored->fetchedAt.toUTC(), kSundayEvening);
    }

    void isSeenOnWorkerThreads()
    {
        clock::ScopedClock fixed(kSundayEvening);
        QDateTime seen;
        std::thread worker([&seen] { seen = clock::nowUtc(); });
        worker.join();
        QCOMPARE(seen, kSundayEvening);
    }

    void asksASourceAndNests()
    {
        int reads = 0;
        {
            clock::ScopedClock source([&reads] { return kSundayEvening.addSecs(++reads); });
            QCOMPARE(clock::nowUtc(), kSundayEvening.addSecs(1));
            QCOMPARE(clock::nowUtc(), kSundayEvening.addSecs(2));
            {
                clock::ScopedClock inner(utc("2026-01-01T00:00:00Z"));
                QCOMPARE(clock::todayUtc(), QDate(2026, 1, 1));
            }
            // The outer clock again, not the real one.
            QCOMPARE(clock::nowUtc(), kSundayEvening.addSecs(3));
        }
        QVERIFY(readsTheRealClock());
        QCOMPARE(reads, 3);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
