#include "jobs/FetchController.h"
#include "storage/Database.h"
#include "support/CacheProbe.h"
#include "support/FakeHttpServer.h"
#include "support/FeedSynthesizer.h"
#include "support/TestPaths.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::readData;
using paperboy::test::readFixture;

namespace {

const QString kLG = QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml");
const QString kAI = QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml");

// What rss/cs.LG+cs.AI holds that day: every paper of either category once.
QByteArray combinedDay()
{
    return test::combineListingFeeds({readFixture(kLG), readFixture(kAI)});
}

int count(const QString &dbPath, const QString &sql)
{
    return test::queryInt(dbPath, sql);
}

} // namespace

class TestFetchWorker : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<FakeHttpServer> m_server;

    ArxivConfig config(int timeoutMs = 5000) const
    {
        ArxivConfig c;
        c.rssBase = m_server->baseUrl();
        c.apiBase = m_server->baseUrl();
        c.timeoutMs = timeoutMs;
        c.apiIntervalMs = 200;
        return c;
    }

    FetchOutcome run(const FetchRequest &request, const ArxivConfig &cfg)
    {
        FetchController controller(cfg, m_dbPath);
        QSignalSpy done(&controller, &FetchController::finished);
        controller.start(request);
        if (!done.wait(20000))
            qFatal("the fetch did not finish");
        return done.first().first().value<FetchOutcome>();
    }

    FetchRequest today(const QStringList &categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")})
    {
        FetchRequest r;
        r.categories = categories;
        return r;
    }

    int papers() const { return count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM papers")); }

private slots:
    void initTestCase()
    {
        // The API clock file lives in the cache folder: keep the tests' apart.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void normalDayStoresEachKeptPaperOnce()
    {
        // A paper listed twice in the feed (arXiv does not, but a mirror might) is stored once.
        QByteArray feed = combinedDay();
        const QByteArray lg = readFixture(kLG);
        const qsizetype from = lg.indexOf("<item>");
        feed.insert(feed.lastIndexOf("</channel>"), lg.mid(from, lg.indexOf("</item>", from) + 7 - from));
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(feed));
        const FetchOutcome o = run(today(), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Stored));
        QCOMPARE(o.date, QDate(2026, 4, 27));
        QCOMPARE(o.announced, 6);
        QCOMPARE(o.kept, 6);
        QCOMPARE(o.stats.added, 6);
        QVERIFY2(o.message.contains(QLatin1String("Stored 6 papers for Mon 27 Apr 2026")),
                 qPrintable(o.message));
        QCOMPARE(papers(), 6);
        QCOMPARE(count(m_dbPath,
                       QStringLiteral("SELECT COUNT(*) FROM announcements WHERE paper_id = '2604.21952'")),
                 2);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT announced FROM days WHERE date = '2026-04-27'")), 6);

        // One request for both categories, with a descriptive User-Agent.
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QByteArray("/rss/cs.LG+cs.AI"));
        for (const auto &r : requests)
            QVERIFY2(r.headers.value("user-agent").startsWith("Paperboy/"),
                     r.headers.value("user-agent").constData());

        // Fetching again stores nothing twice.
        const FetchOutcome again = run(today(), config());
        QCOMPARE(int(again.status), int(FetchOutcome::Status::Stored));
        QCOMPARE(again.stats.added, 0);
        QCOMPARE(again.stats.unchanged, 6);
        QCOMPARE(papers(), 6);
    }

    void announceTypeFilterDecidesWhatIsKept()
    {
        const QByteArray combined = readFixture(
            QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml"));
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(combined));
        FetchRequest r = today({QStringLiteral("cs.LG")});
        const FetchOutcome o = run(r, config()); // default: new and cross
        QCOMPARE(o.announced, 4);
        QCOMPARE(o.kept, 3);
        QVERIFY(!o.storedIds.contains(QStringLiteral("2009.13987"))); // the replacement
        QCOMPARE(papers(), 3);

        r.keep = {AnnounceType::New, AnnounceType::Cross, AnnounceType::Replace};
        const FetchOutcome all = run(r, config());
        QCOMPARE(all.kept, 4);
        QCOMPARE(papers(), 4);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT kept FROM days WHERE date = '2026-09-24'")), 4);
    }

    void emptyDayIsNoAnnouncementNotAFailure()
    {
        m_server->route("/rss/cs.LG",
                        FakeHttpServer::Response::ok(readData(QStringLiteral("feeds/empty_saturday.xml"))));
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::NoAnnouncement));
        QCOMPARE(o.error, FetchError::None);
        QCOMPARE(o.date, QDate(2026, 11, 7));
        QVERIFY2(o.message.startsWith(QLatin1String("No announcement on 2026-11-07 (Saturday)")),
                 qPrintable(o.message));
        QVERIFY(o.message.contains(QLatin1String("weekends")));
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM days")), 0);
    }

    void failuresNameTheCategoryAndStoreNothing_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("bad");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("cause");
        const QByteArray feed = readFixture(kAI);
        FakeHttpServer::Response html =
            FakeHttpServer::Response::ok(readData(QStringLiteral("feeds/maintenance.html")), "text/html");
        QTest::newRow("html page") << html << int(FetchError::Format) << "a web page instead of a feed";
        FakeHttpServer::Response truncated = FakeHttpServer::Response::ok(feed);
        truncated.truncateAt = int(feed.size() / 2);
        QTest::newRow("truncated body")
            << truncated << int(FetchError::Network) << "closed before the whole answer";
        FakeHttpServer::Response cut = FakeHttpServer::Response::ok(feed.left(feed.size() / 2));
        QTest::newRow("truncated xml") << cut << int(FetchError::Format) << "ends early";
        QTest::newRow("http 503") << FakeHttpServer::Response::error(503, "busy") << int(FetchError::Http)
                                  << "HTTP 503 (Service Unavailable)";
        QTest::newRow("http 404") << FakeHttpServer::Response::error(404, "nope") << int(FetchError::Http)
                                  << "HTTP 404";
        FakeHttpServer::Response unknown = FakeHttpServer::Response::error(
            400, readData(QStringLiteral("feeds/error_bad_archive.xml")), "application/xml");
        QTest::newRow("unknown category") << unknown << int(FetchError::Rejected) << "Bad archive 'cs.XX'";
    }
    void failuresNameTheCategoryAndStoreNothing()
    {
        QFETCH(FakeHttpServer::Response, bad);
        QFETCH(int, error);
        QFETCH(QString, cause);
        // A day is already stored: a failed fetch must leave it as it was.
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(readFixture(kLG)));
        QVERIFY(run(today({QStringLiteral("cs.LG")}), config()).status == FetchOutcome::Status::Stored);
        m_server->route("/rss/cs.LG+cs.AI", bad);
        const FetchOutcome o = run(today(), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Failed));
        QCOMPARE(int(o.error), error);
        QVERIFY2(o.message.contains(QLatin1String("cs.LG+cs.AI")), qPrintable(o.message));
        QVERIFY2(o.message.contains(cause), qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("nothing was stored")), qPrintable(o.message));
        QVERIFY(!o.message.contains(QLatin1Char('\n')));
        QCOMPARE(papers(), 3);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM announcements")), 3);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT kept FROM days")), 3);
    }

    void aHangIsCutByTheTransferTimeout()
    {
        FakeHttpServer::Response hang;
        hang.hang = true;
        m_server->route("/rss/cs.LG", hang);
        QElapsedTimer timer;
        timer.start();
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config(700));
        QCOMPARE(int(o.error), int(FetchError::Timeout));
        QVERIFY2(o.message.contains(QLatin1String("did not answer within 0.7 s")), qPrintable(o.message));
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(papers(), 0);
    }

    void cancelStopsAndStoresNothing()
    {
        FakeHttpServer::Response slow = FakeHttpServer::Response::ok(readFixture(kLG));
        slow.delayMs = 10000;
        m_server->route("/rss/cs.LG", slow);
        FetchController controller(config(), m_dbPath);
        QSignalSpy done(&controller, &FetchController::finished);
        QSignalSpy arrived(m_server.get(), &FakeHttpServer::requestReceived);
        controller.start(today({QStringLiteral("cs.LG")}));
        QVERIFY(arrived.wait(5000));
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(timer.elapsed() < 3000);
        const auto o = done.first().first().value<FetchOutcome>();
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Cancelled));
        QCOMPARE(papers(), 0);
    }

    void cancelRightAfterStartIsNotLost()
    {
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(readFixture(kLG)));
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml"))));
        FetchRequest ids;
        ids.kind = FetchRequest::Kind::Ids;
        ids.ids = {QStringLiteral("astro-ph/0601001")};
        for (const FetchRequest &request : {today({QStringLiteral("cs.LG")}), ids}) {
            FetchController controller(config(), m_dbPath);
            QSignalSpy done(&controller, &FetchController::finished);
            controller.start(request);
            controller.cancel();
            QVERIFY(done.wait(10000));
            const auto o = done.first().first().value<FetchOutcome>();
            QCOMPARE(int(o.status), int(FetchOutcome::Status::Cancelled));
        }
        QCOMPARE(papers(), 0);
    }

    void destroyingTheControllerMidFetchIsClean()
    {
        FakeHttpServer::Response hang;
        hang.hang = true;
        m_server->route("/rss/cs.LG", hang);
        {
            FetchController controller(config(), m_dbPath);
            QSignalSpy arrived(m_server.get(), &FakeHttpServer::requestReceived);
            controller.start(today({QStringLiteral("cs.LG")}));
            QVERIFY(arrived.wait(5000));
        } // cancels, stops the thread, waits
        QCOMPARE(papers(), 0);
    }

    void fetchingOtherCategoriesKeepsTheDaysFirstListing()
    {
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(readFixture(kLG)));
        m_server->route("/rss/cs.CL", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-rss/rss_new_2026-04-27_cs.CL_trimmed3.xml"))));
        QVERIFY(run(today({QStringLiteral("cs.LG")}), config()).status == FetchOutcome::Status::Stored);
        QVERIFY(run(today({QStringLiteral("cs.CL")}), config()).status == FetchOutcome::Status::Stored);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(DISTINCT paper_id) FROM announcements")), 6);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT kept FROM days WHERE date = '2026-04-27'")), 6);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT announced FROM days WHERE date = '2026-04-27'")), 6);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT categories = 'cs.CL cs.LG' FROM days")), 1);
    }

    void aSmallFetchOfOtherCategoriesIsNoShorterFeed()
    {
        // Twenty papers in cs.LG, then three in cs.CL: the day grows, and
        // nothing suggests the cs.CL feed fell short.
        m_server->route("/rss/cs.LG",
                        FakeHttpServer::Response::ok(test::synthesizeListingFeed(readFixture(kLG), 20)));
        m_server->route("/rss/cs.CL", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-rss/rss_new_2026-04-27_cs.CL_trimmed3.xml"))));
        QVERIFY(run(today({QStringLiteral("cs.LG")}), config()).status == FetchOutcome::Status::Stored);
        const FetchOutcome o = run(today({QStringLiteral("cs.CL")}), config());
        QVERIFY2(o.message.startsWith(QLatin1String("Stored 3 papers for Mon 27 Apr 2026")),
                 qPrintable(o.message));
        QCOMPARE(o.stats.dayBefore, 0);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT kept FROM days WHERE date = '2026-04-27'")), 23);
    }

    void connectionRefusedIsANetworkError()
    {
        ArxivConfig cfg = config();
        const quint16 port = m_server->port();
        m_server.reset(); // nobody listens there any more
        cfg.rssBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), cfg);
        QCOMPARE(int(o.error), int(FetchError::Network));
        QVERIFY2(o.message.startsWith(QLatin1String("Could not fetch cs.LG: network error")),
                 qPrintable(o.message));
        m_server = std::make_unique<FakeHttpServer>();
    }

    void pastDayComesFromTheApiInPagesWithinTheRateLimit()
    {
        // Three pages of the API's answer, served in turn.
        const QByteArray all =
            readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml"));
        m_server->setHandler([all](const FakeHttpServer::Request &request) {
            const QUrlQuery query(request.url());
            const int start = query.queryItemValue(QStringLiteral("start")).toInt();
            QByteArray body = all;
            // Keep entries [start, start + 40) and claim 100 in total.
            qsizetype from = 0;
            QList<QByteArray> entries;
            while ((from = body.indexOf("<entry>", from)) >= 0) {
                const qsizetype to = body.indexOf("</entry>", from) + 8;
                entries << body.mid(from, to - from);
                from = to;
            }
            const qsizetype head = body.indexOf("<entry>");
            QByteArray page = body.left(head);
            page.replace("<opensearch:totalResults>214881<", "<opensearch:totalResults>100<");
            for (qsizetype i = start; i < qMin<qsizetype>(start + 40, entries.size()); ++i)
                page += entries.at(i);
            page += "</feed>\n";
            return FakeHttpServer::Response::ok(page, "application/atom+xml");
        });
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2026, 4, 28); // a Tuesday
        r.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.SE")};
        ArxivConfig cfg = config();
        cfg.apiPageSize = 40;
        cfg.apiIntervalMs = 600;
        const FetchOutcome o = run(r, cfg);
        QVERIFY2(o.status == FetchOutcome::Status::Stored, qPrintable(o.message));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).receivedMs - requests.at(i - 1).receivedMs >= 550,
                     qPrintable(QString::number(requests.at(i).receivedMs - requests.at(i - 1).receivedMs)));
        const QUrlQuery first(requests.first().url());
        // Tuesday's listing holds what was submitted from Friday 14:00 to Monday
        // 14:00 New York time (EDT, UTC-4).
        QCOMPARE(first.queryItemValue(QStringLiteral("search_query"), QUrl::FullyDecoded),
                 QStringLiteral("(cat:cs.LG OR cat:cs.SE) AND submittedDate:[202604241800 TO 202604271759]"));
        QVERIFY(requests.first().headers.value("user-agent").startsWith("Paperboy/"));
        // Papers in neither followed category are not kept; the rest are.
        QVERIFY(o.kept > 0 && o.kept < 100);
        QCOMPARE(o.announced, 100);
        QCOMPARE(papers(), o.kept);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT source = 'api' FROM days WHERE date = '2026-04-28'")),
                 1);
    }

    void theDefaultApiIntervalIsThreeSeconds()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml"))));
        ArxivConfig cfg = config();
        cfg.apiIntervalMs = ArxivConfig().apiIntervalMs;
        QCOMPARE(cfg.apiIntervalMs, 3000);
        FetchRequest r;
        r.kind = FetchRequest::Kind::Ids;
        r.ids = {QStringLiteral("astro-ph/0601001")};
        QVERIFY(run(r, cfg).status == FetchOutcome::Status::Stored);
        QVERIFY(run(r, cfg).status == FetchOutcome::Status::Stored);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests.at(1).receivedMs - requests.at(0).receivedMs >= 2900,
                 qPrintable(QString::number(requests.at(1).receivedMs - requests.at(0).receivedMs)));
    }

    void weekendDateNeedsNoRequest()
    {
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2026, 11, 8); // a Sunday
        const FetchOutcome o = run(r, config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::NoAnnouncement));
        QVERIFY2(o.message.contains(QLatin1String("No announcement on 2026-11-08 (Sunday)")),
                 qPrintable(o.message));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void holidayFromTheApiIsNoAnnouncement()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(
                                          QStringLiteral("arxiv-atom/api2026_empty_totalResults0.xml"))));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2025, 12, 25); // a Thursday
        const FetchOutcome o = run(r, config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::NoAnnouncement));
        QCOMPARE(papers(), 0);
    }

    void addByIdStoresThePaper()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml"))));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Ids;
        r.ids = {QStringLiteral("astro-ph/0601001"), QStringLiteral("2501.99999")};
        const FetchOutcome o = run(r, config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Stored));
        QCOMPARE(o.storedIds, QStringList{QStringLiteral("astro-ph/0601001")});
        QCOMPARE(o.missingIds, QStringList{QStringLiteral("2501.99999")});
        QCOMPARE(papers(), 1);
        const QUrlQuery query(m_server->requests().first().url());
        QCOMPARE(query.queryItemValue(QStringLiteral("id_list")),
                 QStringLiteral("astro-ph/0601001,2501.99999"));
    }

    void addStoresOnlyThePapersAskedFor()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml"))));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Ids;
        r.ids = {QStringLiteral("1201.4869")};
        const FetchOutcome o = run(r, config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Stored));
        QCOMPARE(papers(), 1);
    }

    void anApiDayTooBigOrCutShortIsAnError()
    {
        // The 100-entry capture says 214,881 results: no day is that big.
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_search_testing_100entries.xml"))));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2026, 4, 28);
        r.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.SE")};
        FetchOutcome o = run(r, config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Failed));
        QVERIFY2(o.message.contains(QLatin1String("214881 papers for one day")), qPrintable(o.message));
        QCOMPARE(papers(), 0);
    }

    // --- Hostile servers and broken feeds -----------------------------------

    void aFeedPastTheCapIsRefusedWhileItArrives()
    {
        // A day is already stored: the refused feed must leave it as it was.
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(readFixture(kLG)));
        QVERIFY(run(today({QStringLiteral("cs.LG")}), config()).status == FetchOutcome::Status::Stored);
        // An endless feed of well-formed items, without a Content-Length.
        const QByteArray lg = readFixture(kLG);
        const qsizetype items = lg.indexOf("<item>");
        FakeHttpServer::Response endless = FakeHttpServer::Response::ok(lg.left(items));
        endless.repeat = lg.mid(items, lg.lastIndexOf("</item>") + 7 - items);
        endless.repeatTimes = 40000; // 220 MB
        endless.tail = "</channel></rss>\n";
        m_server->route("/rss/cs.LG+cs.AI", endless);
        ArxivConfig cfg = config();
        cfg.maxListingBytes = 256 * 1024;
        const FetchOutcome o = run(today(), cfg);
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Failed));
        QCOMPARE(int(o.error), int(FetchError::Format));
        QVERIFY2(o.message.contains(QLatin1String("the feed from 127.0.0.1 is larger than 256 KiB, more than "
                                                  "any real day; nothing was stored")),
                 qPrintable(o.message));
        // The client hung up long before the end.
        QVERIFY2(m_server->streamedBytes() < endless.streamedSize() / 10,
                 qPrintable(QString::number(m_server->streamedBytes())));
        QCOMPARE(papers(), 3);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT kept FROM days")), 3);
    }

    void aFeedAnnouncedPastTheCapIsRefusedBeforeReading()
    {
        // Promises a gigabyte, sends the start of a feed, then says nothing:
        // only the announced length can end this before the timeout.
        FakeHttpServer::Response huge = FakeHttpServer::Response::ok(readFixture(kLG).left(1000));
        huge.announcedLength = qint64(1) << 30;
        m_server->route("/rss/cs.LG", huge);
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config(8000));
        QCOMPARE(int(o.error), int(FetchError::Format));
        QVERIFY2(o.message.contains(QLatin1String("larger than 64 MiB, more than any real day")),
                 qPrintable(o.message));
        QCOMPARE(papers(), 0);
    }

    void aGzipBombIsCountedAsItInflates()
    {
        // A feed padded with 8 MiB of blanks between its items: well-formed,
        // and a few kilobytes of gzip. The cap counts what Qt inflates.
        QByteArray big = readFixture(kLG);
        big.insert(big.indexOf("<item>"), QByteArray(8 << 20, ' '));
        FakeHttpServer::Response bomb = FakeHttpServer::Response::ok(FakeHttpServer::gzip(big));
        bomb.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        // Under Qt's own guard (10 MiB), so that the cap is what stops it.
        QVERIFY2(bomb.body.size() < 64 * 1024 && big.size() < 10 << 20,
                 qPrintable(QString::number(bomb.body.size())));
        m_server->route("/rss/cs.LG", bomb);
        ArxivConfig cfg = config();
        cfg.maxListingBytes = 256 * 1024;
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), cfg);
        QCOMPARE(int(o.error), int(FetchError::Format));
        QVERIFY2(o.message.contains(QLatin1String("larger than 256 KiB")), qPrintable(o.message));
        QCOMPARE(papers(), 0);

        // A feed within the cap, gzipped, is read as any other.
        FakeHttpServer::Response fine = FakeHttpServer::Response::ok(FakeHttpServer::gzip(combinedDay()));
        fine.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        m_server->route("/rss/cs.LG+cs.AI", fine);
        const FetchOutcome day = run(today(), cfg);
        QVERIFY2(day.status == FetchOutcome::Status::Stored, qPrintable(day.message));
        QCOMPARE(papers(), 6);
    }

    void gzipThatIsNotGzipSaysSo()
    {
        FakeHttpServer::Response garbage =
            FakeHttpServer::Response::ok(QByteArray("this is not gzip at all, just bytes ").repeated(40));
        garbage.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        m_server->route("/rss/cs.LG", garbage);
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Failed));
        QCOMPARE(o.message,
                 QStringLiteral("Could not fetch cs.LG: the server sent compressed data that could not"
                                " be decompressed; nothing was stored."));
        QCOMPARE(papers(), 0);
    }

    void anApiPagePastItsCapIsRefused()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_search_testing_100entries.xml"))));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2026, 4, 28);
        ArxivConfig cfg = config();
        cfg.maxApiPageBytes = 64 * 1024; // the capture is 226 KiB
        const FetchOutcome o = run(r, cfg);
        QCOMPARE(int(o.error), int(FetchError::Format));
        QVERIFY2(o.message.contains(QLatin1String(
                     "the answer from 127.0.0.1 is larger than 64 KiB, more than any real page of the API")),
                 qPrintable(o.message));
        QCOMPARE(papers(), 0);
    }

    void aFeedDatedOutsideArxivsLifeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("says");
        QTest::newRow("future") << QByteArray("Thu, 01 Jan 2099") << "dated 2099-01-01, in the future";
        QTest::newRow("before arXiv")
            << QByteArray("Tue, 01 Jan 1985") << "dated 1985-01-01, before arXiv began";
    }
    void aFeedDatedOutsideArxivsLifeIsRefused()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, says);
        m_server->route("/rss/cs.LG",
                        FakeHttpServer::Response::ok(readFixture(kLG).replace("Mon, 27 Apr 2026", date)));
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::Failed));
        QCOMPARE(int(o.error), int(FetchError::Format));
        QVERIFY2(o.message.contains(says) && o.message.endsWith(QLatin1String("nothing was stored.")),
                 qPrintable(o.message));
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM days")), 0);
        QCOMPARE(papers(), 0);
    }

    void anItemWithAnAbsurdDateTakesTheFeedsDate()
    {
        // The first item says 2099: the day is still the one its items agree on.
        QByteArray feed = combinedDay();
        const qsizetype first = feed.indexOf("<pubDate>", feed.indexOf("<item>"));
        feed.replace(first, 35, "<pubDate>Thu, 01 Jan 2099 00:00:00 -0500");
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(feed));
        const FetchOutcome o = run(today(), config());
        QVERIFY2(o.status == FetchOutcome::Status::Stored, qPrintable(o.message));
        QCOMPARE(o.date, QDate(2026, 4, 27));
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM days WHERE date = '2026-04-27'")), 1);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM papers WHERE updated = '2026-04-27'")),
                 6);
    }

    void anEmptyWeekdayIsNoAnnouncementNotAHoliday()
    {
        // Paperboy knows no holiday list: a weekday without papers is only that.
        const QByteArray tuesday = readData(QStringLiteral("feeds/empty_saturday.xml"))
                                       .replace("Sat, 07 Nov 2026", "Tue, 10 Nov 2026");
        m_server->route("/rss/cs.LG", FakeHttpServer::Response::ok(tuesday));
        const FetchOutcome o = run(today({QStringLiteral("cs.LG")}), config());
        QCOMPARE(int(o.status), int(FetchOutcome::Status::NoAnnouncement));
        QCOMPARE(
            o.message,
            QStringLiteral("No announcement on 2026-11-10 (Tuesday): arXiv announced nothing in cs.LG."));
    }

    void anUnusableItemIsSkippedAndNamed()
    {
        // One item without authors, one without an abstract: the other four are the day.
        QByteArray feed = test::withoutElement(combinedDay(), QStringLiteral("2604.21953"), "dc:creator");
        feed = test::withoutElement(feed, QStringLiteral("2604.21936"), "description");
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(feed));
        const FetchOutcome o = run(today(), config());
        QVERIFY2(o.status == FetchOutcome::Status::Stored, qPrintable(o.message));
        QCOMPARE(o.kept, 4);
        QVERIFY2(o.message.endsWith(QLatin1String(" Skipped 2 unusable items: 2604.21953 (no authors),"
                                                  " 2604.21936 (no abstract).")),
                 qPrintable(o.message));
        QCOMPARE(papers(), 4);
        QCOMPARE(count(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM papers WHERE id = '2604.21953'")), 0);

        // Most items broken: the feed is, and nothing of it is stored.
        for (const char *id : {"2604.21935", "2604.21952"})
            feed = test::withoutElement(feed, QString::fromLatin1(id), "title");
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(feed));
        const FetchOutcome broken = run(today(), config());
        QCOMPARE(int(broken.error), int(FetchError::Format));
        QVERIFY2(broken.message.contains(QLatin1String("the feed is malformed: 4 of 6 items lack")),
                 qPrintable(broken.message));
        QVERIFY(!broken.message.contains(QLatin1String("constraint")));
        QCOMPARE(papers(), 4);
    }

    void anUnusableApiEntryIsSkippedAndNamed()
    {
        // The API's answer for a past day with one entry that has no authors.
        QByteArray page = readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml"));
        page.replace("<opensearch:totalResults>214881<", "<opensearch:totalResults>100<");
        const qsizetype entry = page.indexOf("<entry>");
        const qsizetype end = page.indexOf("</entry>", entry);
        QByteArray first = page.mid(entry, end - entry);
        static const QRegularExpression authors(QStringLiteral("<author>.*?</author>\\s*"),
                                                QRegularExpression::DotMatchesEverythingOption);
        first = QString::fromUtf8(first).remove(authors).toUtf8();
        page.replace(entry, end - entry, first);
        m_server->route("/api/query", FakeHttpServer::Response::ok(page, "application/atom+xml"));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Date;
        r.date = QDate(2026, 4, 28);
        r.categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.SE")};
        const FetchOutcome o = run(r, config());
        QVERIFY2(o.status == FetchOutcome::Status::Stored, qPrintable(o.message));
        QCOMPARE(o.announced, 99);
        QVERIFY2(o.message.contains(QLatin1String("Skipped 1 unusable item: ")) &&
                     o.message.endsWith(QLatin1String(" (no authors).")),
                 qPrintable(o.message));
        QCOMPARE(papers(), o.kept);
    }

    void apiErrorFeedIsAnError()
    {
        m_server->route(
            "/api/query",
            FakeHttpServer::Response::error(
                400, readFixture(QStringLiteral("arxiv-atom/api2026_error_http400_incorrect_id_format.xml")),
                "application/atom+xml"));
        FetchRequest r;
        r.kind = FetchRequest::Kind::Ids;
        r.ids = {QStringLiteral("2501.00001")};
        const FetchOutcome o = run(r, config());
        QCOMPARE(int(o.error), int(FetchError::Rejected));
        QVERIFY2(o.message.contains(QLatin1String("incorrect id format for abc")), qPrintable(o.message));
        QCOMPARE(papers(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFetchWorker)
#include "tst_fetchworker.moc"
