// The daily routine at moments set on the shared clock: arXiv's evening schedule (20:00
// New York, Sunday to Thursday, daylight saving included); the real window
// fetching and scoring after an announcement from a local fake arXiv, a
// desktop notification on a private D-Bus session ("12 relevant papers
// today") whose click opens the window; an announcement missed while the
// laptop was closed caught up at start; a feed not yet rebuilt tried again;
// nothing on weekends. Run under dbus-run-session (see tests/CMakeLists.txt).
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TrayIcon.h"
#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ApiParser.h"
#include "core/Clock.h"
#include "core/Criteria.h"
#include "core/Settings.h"
#include "jobs/DailyRoutine.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/FakeHttpServer.h"
#include "support/FakeNotifications.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeNotifications;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Sunday 26 April 2026, 20:00 EDT: the announcement of Monday 27 April.
const QDateTime kSundayAnnouncement = utc("2026-04-27T00:00:00Z");
const QDateTime kThursdayAnnouncement = utc("2026-04-24T00:00:00Z");

QList<Paper> capturePapers()
{
    return parseApiFeed(test::readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")))
        .papers.mid(0, 40);
}

// The routine pushes to Slack, whose webhook is in the environment (it
// overrides the keychain, which this test has none of) while it lives.
struct ScopedPushTarget
{
    explicit ScopedPushTarget(const QString &webhook)
    {
        qputenv("PAPERBOY_SLACK_WEBHOOK_URL", webhook.toUtf8());
        QSettings s;
        settings::setRoutinePushes(s, true);
        settings::setRoutinePushTargets(s, {QStringLiteral("slack")});
    }
    ~ScopedPushTarget() { qunsetenv("PAPERBOY_SLACK_WEBHOOK_URL"); }
};

} // namespace

class TestDailyRoutine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeHttpServer m_arxiv;
    FakeHttpServer::Response m_rss;
    FakeNotifications m_notifications;
    // The whole process's "now", the fetch worker's thread included.
    clock::ScopedClock m_clock{QDateTime()};
    QString m_db;
    int m_n = 0;

    void serveListing(const QDate &date)
    {
        m_rss = FakeHttpServer::Response::ok(test::listingFeedFromPapers(
            capturePapers(), {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}, date));
    }

    int rssRequests() const
    {
        int n = 0;
        for (const auto &r : m_arxiv.requests())
            n += r.path.startsWith("/rss/");
        return n;
    }

    // A fresh cache holding criteria that suit the captured papers, so that
    // some are relevant.
    void freshCache()
    {
        m_db = m_dir.filePath(QStringLiteral("routine-%1.sqlite").arg(++m_n));
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        QFile file(QStringLiteral(PAPERBOY_SOURCE_DIR "/docs/demo/criteria-testing.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Criteria criteria = Criteria::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(ScoreRepository(db.connection()).saveCriteria(criteria, &error));
    }

    std::unique_ptr<MainWindow> window() { return std::make_unique<MainWindow>(m_db); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_notifications.start(), "needs a private session bus: run under dbus-run-session");
        m_arxiv.setHandler([this](const FakeHttpServer::Request &r) {
            return r.path.startsWith("/rss/") ? m_rss : FakeHttpServer::Response::error(404);
        });
        QVERIFY(m_arxiv.listen());
        qputenv("PAPERBOY_ARXIV_RSS_URL", m_arxiv.baseUrl().toString().toUtf8());
    }

    void init()
    {
        QSettings().clear();
        QSettings settings;
        settings::setDailyRoutine(settings, true);
        m_arxiv.clearRequests();
        serveListing(QDate(2026, 4, 27));
        freshCache();
    }

    void followsArxivsEveningSchedule_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("latest");
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QDate>("listing");
        // Summer (EDT, UTC-4).
        QTest::newRow("Sunday just before") << utc("2026-04-26T23:59:00Z") << kThursdayAnnouncement
                                            << kSundayAnnouncement << QDate(2026, 4, 24);
        QTest::newRow("Sunday at 20:00") << kSundayAnnouncement << kSundayAnnouncement
                                         << utc("2026-04-28T00:00:00Z") << QDate(2026, 4, 27);
        QTest::newRow("Thursday night") << utc("2026-04-24T03:00:00Z") << kThursdayAnnouncement
                                        << kSundayAnnouncement << QDate(2026, 4, 24);
        QTest::newRow("Friday evening") << utc("2026-04-25T01:00:00Z") << kThursdayAnnouncement
                                        << kSundayAnnouncement << QDate(2026, 4, 24);
        QTest::newRow("Saturday") << utc("2026-04-25T16:00:00Z") << kThursdayAnnouncement
                                  << kSundayAnnouncement << QDate(2026, 4, 24);
        // Winter (EST, UTC-5): 20:00 is 01:00 UTC.
        QTest::newRow("December Monday") << utc("2026-12-01T02:00:00Z") << utc("2026-12-01T01:00:00Z")
                                         << utc("2026-12-02T01:00:00Z") << QDate(2026, 12, 1);
        // The night the clocks go back (1 November 2026): Sunday 20:00 EST.
        QTest::newRow("clocks go back") << utc("2026-11-02T00:30:00Z") << utc("2026-10-30T00:00:00Z")
                                        << utc("2026-11-02T01:00:00Z") << QDate(2026, 10, 30);
    }

    void followsArxivsEveningSchedule()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, latest);
        QFETCH(QDateTime, next);
        QFETCH(QDate, listing);
        QCOMPARE(calendar::latestAnnouncement(now), latest);
        QCOMPARE(calendar::nextAnnouncement(now), next);
        QCOMPARE(calendar::listingDateOf(latest), listing);
    }

    void fetchesScoresAndNotifiesAfterTheAnnouncement()
    {
        m_clock.set(kSundayAnnouncement.addSecs(20 * 60)); // Sunday 20:20 in New York
        auto w = window();
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.shown().size(), 1, 30000);
        QCOMPARE(w->shownDay(), QDate(2026, 4, 27));
        QCOMPARE(rssRequests(), 1);

        // The notification counts the day's relevant papers.
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        const Criteria criteria = ScoreRepository(db.connection()).currentCriteria()->criteria;
        ListQuery q;
        q.date = QDate(2026, 4, 27);
        q.relevantOnly = true;
        q.criteria = criteria;
        const int relevant = int(PaperRepository(db.connection()).list(q, &error).size());
        QVERIFY(relevant > 1);
        const FakeNotifications::Shown shown = m_notifications.shown().first();
        QCOMPARE(shown.summary, QStringLiteral("%1 relevant papers today").arg(relevant));
        QVERIFY2(shown.body.contains(QStringLiteral("40 papers")), qPrintable(shown.body));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral(PAPERBOY_APP_ID));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));

        // Handled: the next run is Monday's announcement, 15 minutes after.
        QCOMPARE(w->routine()->lastHandled(), kSundayAnnouncement);
        QCOMPARE(w->routine()->nextRun(), utc("2026-04-28T00:15:00Z"));
        // Another look at the clock sends nothing more.
        w->routine()->check();
        QCOMPARE(rssRequests(), 1);

        // A click on the notification opens the window.
        QVERIFY(!w->isVisible());
        m_notifications.click(shown.id);
        QTRY_VERIFY(w->isVisible());
    }

    void waitsForTheAnnouncement()
    {
        QSettings().setValue(QStringLiteral("routine/lastAnnouncement"),
                             kThursdayAnnouncement.toString(Qt::ISODate));
        m_clock.set(utc("2026-04-26T23:00:00Z")); // Sunday 19:00 in New York
        const qsizetype before = m_notifications.shown().size();
        auto w = window();
        QCOMPARE(w->routine()->nextRun(), kSundayAnnouncement.addSecs(DailyRoutine::kDelayMinutes * 60));
        QTest::qWait(200);
        QCOMPARE(rssRequests(), 0);
        // 20:10: announced, but the feeds are not rebuilt yet.
        m_clock.set(kSundayAnnouncement.addSecs(10 * 60));
        w->routine()->check();
        QCOMPARE(rssRequests(), 0);
        m_clock.set(kSundayAnnouncement.addSecs(16 * 60));
        w->routine()->check();
        QTRY_COMPARE_WITH_TIMEOUT(w->routine()->lastHandled(), kSundayAnnouncement, 30000);
        QCOMPARE(rssRequests(), 1);
        QTRY_COMPARE(m_notifications.shown().size(), before + 1);
    }

    void catchesUpAMissedAnnouncementAtStart()
    {
        // Handled Thursday's; the laptop was closed on Sunday evening.
        QSettings().setValue(QStringLiteral("routine/lastAnnouncement"),
                             kThursdayAnnouncement.toString(Qt::ISODate));
        m_clock.set(utc("2026-04-27T13:00:00Z")); // Monday 09:00 in New York
        const qsizetype before = m_notifications.shown().size();
        auto w = window();
        QTRY_COMPARE_WITH_TIMEOUT(w->routine()->lastHandled(), kSundayAnnouncement, 30000);
        QCOMPARE(w->loadedRows(), 40);
        // The notification is sent without waiting for the daemon: it arrives.
        QTRY_COMPARE(m_notifications.shown().size(), before + 1);
    }

    void triesAgainWhenTheFeedIsNotRebuiltYet()
    {
        m_clock.set(kSundayAnnouncement.addSecs(20 * 60));
        serveListing(QDate(2026, 4, 24)); // still Friday's listing
        const qsizetype before = m_notifications.shown().size();
        auto w = window();
        QTRY_VERIFY_WITH_TIMEOUT(!w->routine()->isRunning() && rssRequests() == 1, 30000);
        QTRY_VERIFY(w->routine()->nextRun().isValid());
        QCOMPARE(w->routine()->nextRun(), clock::nowUtc().addSecs(DailyRoutine::kRetryMinutes * 60));
        QVERIFY(w->routine()->lastHandled() != kSundayAnnouncement);
        QStringList said;
        for (const auto &n : m_notifications.shown())
            said << n.summary + QStringLiteral(" / ") + n.body;
        QVERIFY2(m_notifications.shown().size() == before, qPrintable(said.join(QStringLiteral(" | "))));
        // Half an hour later the feed is rebuilt.
        serveListing(QDate(2026, 4, 27));
        m_clock.set(clock::nowUtc().addSecs(DailyRoutine::kRetryMinutes * 60 + 1));
        w->routine()->check();
        QTRY_COMPARE_WITH_TIMEOUT(w->routine()->lastHandled(), kSundayAnnouncement, 30000);
        QTRY_COMPARE(m_notifications.shown().size(), before + 1);
        QCOMPARE(w->shownDay(), QDate(2026, 4, 27));
    }

    void doesNothingOnWeekendsOrWhenOff()
    {
        QSettings().setValue(QStringLiteral("routine/lastAnnouncement"),
                             kThursdayAnnouncement.toString(Qt::ISODate));
        m_clock.set(utc("2026-04-25T16:00:00Z")); // Saturday noon
        {
            auto w = window();
            QCOMPARE(w->routine()->nextRun(), kSundayAnnouncement.addSecs(DailyRoutine::kDelayMinutes * 60));
            QTest::qWait(200);
            QCOMPARE(rssRequests(), 0);
        }
        QSettings settings;
        settings::setDailyRoutine(settings, false);
        m_clock.set(kSundayAnnouncement.addSecs(3600));
        auto w = window();
        QVERIFY(!w->routine()->isEnabled());
        QVERIFY(!w->routine()->nextRun().isValid());
        QTest::qWait(200);
        QCOMPARE(rssRequests(), 0);
    }

    void skipsADayThePersonFetchedAlready()
    {
        m_clock.set(kSundayAnnouncement.addSecs(3600));
        {
            QSettings settings;
            settings::setDailyRoutine(settings, false);
            auto w = window();
            w->show();
            for (QAction *a : w->findChildren<QAction *>())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Fetch Today"))
                    a->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(w->loadedRows(), 40, 30000);
            w->close();
        }
        QSettings settings;
        settings::setDailyRoutine(settings, true);
        m_arxiv.clearRequests();
        auto w = window();
        QCOMPARE(w->routine()->lastHandled(), kSundayAnnouncement);
        QCOMPARE(rssRequests(), 0);
    }

    // With Settings' "push after the routine" on, the day the routine
    // scored goes to the chosen target once: a second run over the same day
    // (its record lost, its fetch dated before the announcement) scores it
    // again and sends nothing.
    void pushesTheScoredDayOnce()
    {
        FakeHttpServer hook;
        hook.setHandler(
            [](const FakeHttpServer::Request &) { return FakeHttpServer::Response::ok("ok", "text/plain"); });
        QVERIFY(hook.listen());
        const ScopedPushTarget slack(hook.baseUrl().toString() +
                                     QStringLiteral("/services/T0R/B0R/routinesecret"));
        m_clock.set(kSundayAnnouncement.addSecs(20 * 60));
        {
            auto w = window();
            QTRY_VERIFY_WITH_TIMEOUT(!w->lastPushResult().isEmpty(), 30000);
            QVERIFY2(w->lastPushResult().startsWith(QLatin1String("Pushed ")),
                     qPrintable(w->lastPushResult()));
            QVERIFY2(w->lastPushResult().endsWith(QLatin1String(" of 2026-04-27 to slack.")),
                     qPrintable(w->lastPushResult()));
            QCOMPARE(hook.requests().size(), 1);
            QCOMPARE(hook.requests().first().path, QByteArray("/services/T0R/B0R/routinesecret"));
            QVERIFY(hook.requests().first().body.contains("Paperboy 2026-04-27"));
            QCOMPARE(
                test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes WHERE target = 'slack'")),
                1);
        }
        QSettings().remove(QStringLiteral("routine/lastAnnouncement"));
        {
            Database db(m_db);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE days SET fetched_at = '2026-04-26T00:00:00Z'")));
        }
        const qsizetype notified = m_notifications.shown().size();
        auto w = window();
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.shown().size(), notified + 1, 30000);
        QTRY_VERIFY(!w->lastPushResult().isEmpty());
        QVERIFY2(w->lastPushResult().endsWith(QLatin1String("; nothing sent.")),
                 qPrintable(w->lastPushResult()));
        QCOMPARE(hook.requests().size(), 1);
    }

    // A refused push is one line in the window's banner; the routine has
    // handled the day all the same. File > Share pushes it once the
    // target is back.
    void aFailedPushIsOneLineAndTheRoutineGoesOn()
    {
        FakeHttpServer hook;
        hook.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response::error(500, "<html>down</html>");
        });
        QVERIFY(hook.listen());
        const ScopedPushTarget slack(hook.baseUrl().toString() +
                                     QStringLiteral("/services/T0F/B0F/failsecret"));
        m_clock.set(kSundayAnnouncement.addSecs(20 * 60));
        auto w = window();
        QTRY_VERIFY_WITH_TIMEOUT(!w->lastPushResult().isEmpty(), 30000);
        QCOMPARE(w->lastPushResult(),
                 QStringLiteral("The push to slack failed: 127.0.0.1 refused the message: HTTP 500"));
        const QString banner = w->findChild<MessageBanner *>()->text();
        QVERIFY2(
            banner.contains(QLatin1String("push: The push to slack failed: 127.0.0.1 refused the message")),
            qPrintable(banner));
        QVERIFY(!banner.contains(QLatin1Char('\n')));
        QVERIFY(!banner.contains(QLatin1String("failsecret")));
        QCOMPARE(w->routine()->lastHandled(), kSundayAnnouncement);
        QCOMPARE(w->routine()->nextRun(), utc("2026-04-28T00:15:00Z"));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes")), 0);

        hook.setHandler(
            [](const FakeHttpServer::Request &) { return FakeHttpServer::Response::ok("ok", "text/plain"); });
        auto *action = w->findChild<QAction *>(QStringLiteral("push_slack"));
        QVERIFY(action);
        w->findChild<QMenu *>(QStringLiteral("shareMenu"))->aboutToShow();
        QVERIFY(action->isEnabled());
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("push_matrix"))->isEnabled());
        action->trigger();
        QTRY_VERIFY(w->lastPushResult().startsWith(QLatin1String("Pushed ")));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes")), 1);

        // Pushed again with a second click while the first is still sending
        // (a slow hook): the day is posted once, not twice.
        hook.clearRequests();
        hook.setHandler([](const FakeHttpServer::Request &) {
            FakeHttpServer::Response slow = FakeHttpServer::Response::ok("ok", "text/plain");
            slow.delayMs = 500;
            return slow;
        });
        {
            Database db(m_db);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM pushes")));
        }
        action->trigger();
        action->trigger();
        // The first push done (recorded after the hook's answer): a second
        // one, had it started, was asked at the same moment.
        QTRY_COMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes")), 1);
        QCOMPARE(hook.requests().size(), 1);
    }

    void trayIconCarriesTheUnreadCount()
    {
        QPixmap app(64, 64);
        app.fill(QColor(0x1d, 0x4e, 0xd8));
        QApplication::setWindowIcon(QIcon(app));
        const QImage plain = TrayIcon::iconWith(0).pixmap(32, 32).toImage();
        const QImage badge = TrayIcon::iconWith(12).pixmap(32, 32).toImage();
        QVERIFY(!badge.isNull());
        QVERIFY(plain != badge);
        QVERIFY(TrayIcon::iconWith(12).pixmap(32, 32).toImage() !=
                TrayIcon::iconWith(7).pixmap(32, 32).toImage());
    }
};

int main(int argc, char **argv)
{
    // The private session bus from dbus-run-session stays; all else is isolated.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    paperboy::test::isolateEnvironment();
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    paperboy::installTranslations(app);
    TestDailyRoutine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dailyroutine.moc"
