// Drives the real `paperboy` executable, headless, against a fake arXiv on
// 127.0.0.1: exit statuses, stdout, one-line errors on stderr, the cache file.
#include "cli/Cli.h"
#include "core/Criteria.h"
#include "storage/Database.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/FakeOpenAi.h"
#include "support/FeedSynthesizer.h"
#include "support/HostileText.h"
#include "support/RealDays.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeOpenAi;
using paperboy::test::readData;
using paperboy::test::readFixture;

namespace {

using Result = test::ChildResult;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;
    std::unique_ptr<FakeHttpServer> m_server;

    // Runs paperboy while this thread keeps serving the fake arXiv (and any
    // other fake); `extra` adds to its environment.
    Result paperboy(QStringList args, bool withDb = true, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        if (withDb)
            args = QStringList{QStringLiteral("--db"), m_db} + args;
        // No keyring in the tests' environment: the key lookup must fail fast.
        QProcessEnvironment env = test::childEnvironment(m_home.path(), m_server->baseUrl());
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        test::startChild(process, test::paperboyBinary(), args, env);
        return test::waitForChild(process);
    }

    // rss/cs.LG+cs.AI on 27 April 2026: the two captured feeds combined.
    void serveNormalDay()
    {
        m_server->route(
            "/rss/cs.LG+cs.AI",
            FakeHttpServer::Response::ok(test::combineListingFeeds(
                {readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")),
                 readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"))})));
    }

    // The normal day fetched and scored offline: its relevant papers' ids.
    QStringList scoredDay()
    {
        if (!fetchAndScoreOffline())
            return {};
        const Result json = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--relevant")});
        QStringList ids;
        for (const QJsonValue &p :
             QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("papers")).toArray())
            ids << p.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    // `paperboy push` with the webhook's secret address (or Matrix token) in
    // its environment; the secret must never come back in what it prints.
    Result push(const QStringList &args, const QProcessEnvironment &env)
    {
        const Result r = paperboy(QStringList{QStringLiteral("push")} + args, true, env);
        for (const QString &name : env.keys())
            if (name != QLatin1String("PAPERBOY_MATRIX_ROOM"))
                for (const QString &secret : {env.value(name), QUrl(env.value(name)).path()})
                    if (secret.size() > 1 && (r.out.contains(secret) || r.err.contains(secret)))
                        qFatal("the secret in %s was printed", qPrintable(name));
        return r;
    }

    QProcessEnvironment slackAt(const QString &path)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"), m_server->baseUrl().toString() + path);
        return env;
    }

    int pushesRecorded() { return test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes")); }

    int paperCount()
    {
        Database db(m_db);
        QString error;
        if (!db.open(&error))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM papers")) && q.next() ? q.value(0).toInt() : -1;
    }

    // The normal day fetched and scored by the offline scorer.
    bool fetchAndScoreOffline()
    {
        serveNormalDay();
        return paperboy({QStringLiteral("fetch")}).code == 0 &&
               paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")})
                       .code == 0;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool oneLine(const QString &text)
    {
        return text.trimmed().count(QLatin1Char('\n')) == 0 && !text.isEmpty();
    }

    // The environment that points the binary at an OpenAI-compatible
    // server (a fake's address, or one where nothing listens) with a test key.
    static QProcessEnvironment llmEnvironment(const QUrl &baseUrl)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-cli-0123456789abcdef"));
        env.insert(QStringLiteral("OPENAI_BASE_URL"), baseUrl.toString());
        return env;
    }

private slots:
    // Qt's standard options alone open the window (which reads them); with a
    // subcommand, or an option that is not Qt's, the command line runs.
    void qtOptionsOpenTheWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("commandLine");
        const auto row = [](const char *name, QStringList args, bool commandLine) {
            QTest::newRow(name) << (QStringList{QStringLiteral("paperboy")} + args) << commandLine;
        };
        row("nothing", {}, false);
        row("style", {QStringLiteral("-style"), QStringLiteral("fusion")}, false);
        row("style=", {QStringLiteral("-style=fusion"), QStringLiteral("-reverse")}, false);
        row("platform and db",
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--db"),
             QStringLiteral("x.sqlite")},
            false);
        row("geometry", {QStringLiteral("-qwindowgeometry"), QStringLiteral("800x600+0+0")}, false);
        row("style without value", {QStringLiteral("-style")}, true);
        row("subcommand", {QStringLiteral("-reverse"), QStringLiteral("list")}, true);
        row("help", {QStringLiteral("--help")}, true);
        row("not Qt's", {QStringLiteral("-frobnicate")}, true);
    }
    void qtOptionsOpenTheWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, commandLine);
        QCOMPARE(paperboy::cli::wantsCommandLine(args), commandLine);
    }

    void init()
    {
        m_db = m_home.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }

    void helpAndVersion()
    {
        const Result help = paperboy({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"fetch", "add", "list", "star", "unstar", "export", "--db", "Exit status"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Result version = paperboy({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("paperboy 0.")));
        const Result fetchHelp = paperboy({QStringLiteral("fetch"), QStringLiteral("--help")});
        QCOMPARE(fetchHelp.code, 0);
        QVERIFY(fetchHelp.out.contains(QLatin1String("--categories")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown option") << QStringList{"list", "--colour"} << "Unknown option";
        QTest::newRow("bad date") << QStringList{"fetch", "--date", "yesterday"} << "not a date";
        QTest::newRow("bad category") << QStringList{"fetch", "--categories", "cs.LG,Robots!"} << "Robots!";
        QTest::newRow("bad announce") << QStringList{"fetch", "--announce", "new,old"} << "'old'";
        QTest::newRow("bad id") << QStringList{"add", "abc"} << "'abc' is not an arXiv id";
        QTest::newRow("no id") << QStringList{"star"} << "at least one";
        QTest::newRow("bad sort") << QStringList{"list", "--sort", "size"} << "--sort";
        QTest::newRow("bad format") << QStringList{"export", "--format", "ris"} << "--format";
        QTest::newRow("future date") << QStringList{"fetch", "--date", "2099-01-01"} << "in the future";
        QTest::newRow("db without file") << QStringList{"list", "--db"} << "--db needs";
        QTest::newRow("timeout too short")
            << QStringList{"score", "--timeout", "4"} << "--timeout takes 5 to 3600 seconds";
        QTest::newRow("timeout too long")
            << QStringList{"score", "--timeout", "3601"} << "--timeout takes 5 to 3600";
        QTest::newRow("timeout in words")
            << QStringList{"score", "--timeout", "soon"} << "--timeout takes 5 to 3600";
        QTest::newRow("patience too short")
            << QStringList{"score", "--patience", "9"} << "--patience takes 10 to 86400 seconds";
        QTest::newRow("append to standard output")
            << QStringList{"export", "--append"} << "--append needs --output";
        QTest::newRow("utf8 digest") << QStringList{"export", "--format", "markdown", "--utf8"}
                                     << "--append and --utf8 are for --format bibtex";
        QTest::newRow("give-up too short")
            << QStringList{"score", "--give-up-after", "0"} << "--give-up-after takes 1 to 86400 seconds";
        QTest::newRow("date before arXiv") << QStringList{"fetch", "--date", "1991-08-13"}
                                           << "before arXiv's first announcement (1991-08-14)";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = paperboy(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void fetchThenListAsJson()
    {
        serveNormalDay();
        const Result fetch = paperboy({QStringLiteral("fetch")});
        QCOMPARE(fetch.code, 0);
        QVERIFY2(fetch.out.contains(QLatin1String("Stored 6 papers for Mon 27 Apr 2026")),
                 qPrintable(fetch.out));
        QCOMPARE(paperCount(), 6);

        const Result list =
            paperboy({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(list.out.toUtf8(), &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 6);
        QStringList ids;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "version", "title", "authors", "categories", "announce_type",
                                    "date", "starred", "read", "relevance", "novelty", "comment"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("authors")).isArray());
            QVERIFY(o.value(QStringLiteral("relevance")).isNull());
            QVERIFY(o.value(QStringLiteral("comment")).isNull());
            QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-27"));
            ids << o.value(QStringLiteral("id")).toString();
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{"2604.21935", "2604.21936", "2604.21937", "2604.21952", "2604.21953",
                                   "2604.21956"}));
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("2604.21935"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("announce_type")).toString(), QStringLiteral("new"));
        QCOMPARE(first.value(QStringLiteral("categories")).toArray().first().toString(),
                 QStringLiteral("cs.AI"));
        QCOMPARE(first.value(QStringLiteral("starred")).toBool(), false);

        const Result table = paperboy({QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.trimmed().split(QLatin1Char('\n')).size(), 7); // header + 6
        QVERIFY(table.out.contains(QLatin1String("2604.21956")));
    }

    void noAnnouncementExitsZero()
    {
        m_server->route("/rss/cs.LG",
                        FakeHttpServer::Response::ok(readData(QStringLiteral("feeds/empty_saturday.xml"))));
        const Result r =
            paperboy({QStringLiteral("fetch"), QStringLiteral("--categories"), QStringLiteral("cs.LG")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("No announcement on 2026-11-07 (Saturday)")),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void feedFailuresExitThreeAndStoreNothing_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("bad");
        QTest::addColumn<QString>("says");
        QTest::newRow("503") << FakeHttpServer::Response::error(503, "down") << "HTTP 503";
        QTest::newRow("html") << FakeHttpServer::Response::ok(
                                     readData(QStringLiteral("feeds/maintenance.html")), "text/html")
                              << "web page";
        FakeHttpServer::Response hang;
        hang.hang = true;
        QTest::newRow("hang") << hang << "did not answer within 1 s";
        QTest::newRow("unknown category")
            << FakeHttpServer::Response::error(400, readData(QStringLiteral("feeds/error_bad_archive.xml")),
                                               "application/xml")
            << "Bad archive";
    }
    void feedFailuresExitThreeAndStoreNothing()
    {
        QFETCH(FakeHttpServer::Response, bad);
        QFETCH(QString, says);
        m_server->route("/rss/cs.LG+cs.AI", bad);
        const Result r =
            paperboy({QStringLiteral("fetch"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(says) && r.err.contains(QLatin1String("cs.AI")), qPrintable(r.err));
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(paperCount(), 0);
    }

    void hostileFeedsExitThreeAndLeaveTheCacheAsItWas_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("bad");
        QTest::addColumn<QString>("says");
        const QByteArray day = test::combineListingFeeds(
            {readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")),
             readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"))});
        FakeHttpServer::Response huge = FakeHttpServer::Response::ok(day.left(2000));
        huge.announcedLength = qint64(1) << 30;
        QTest::newRow("a gigabyte announced")
            << huge
            << "the feed from 127.0.0.1 is larger than 64 MiB, more than any real day; nothing was stored";
        QTest::newRow("dated in the future")
            << FakeHttpServer::Response::ok(QByteArray(day).replace("Mon, 27 Apr 2026", "Mon, 27 Apr 2099"))
            << "the feed is dated 2099-04-27, in the future; nothing was stored";
        QByteArray broken = day;
        for (const char *id : {"2604.21952", "2604.21953", "2604.21935", "2604.21936"})
            broken = test::withoutElement(broken, QString::fromLatin1(id), "dc:creator");
        QTest::newRow("mostly unusable")
            << FakeHttpServer::Response::ok(broken) << "the feed is malformed: 4 of 6 items lack";
        FakeHttpServer::Response garbage = FakeHttpServer::Response::ok(QByteArray(300, 'x'));
        garbage.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        QTest::newRow("gzip that is not")
            << garbage
            << "the server sent compressed data that could not be decompressed; nothing was stored";
    }
    void hostileFeedsExitThreeAndLeaveTheCacheAsItWas()
    {
        QFETCH(FakeHttpServer::Response, bad);
        QFETCH(QString, says);
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        m_server->route("/rss/cs.LG+cs.AI", bad);
        const Result r =
            paperboy({QStringLiteral("fetch"), QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("constraint")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(paperCount(), 6);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM days")), 1);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT kept FROM days WHERE date = '2026-04-27'")), 6);
    }

    void anUnusableItemIsSkippedNotACacheFailure()
    {
        // Before, an item without authors failed the whole day with exit 4 and
        // an SQL message.
        const QByteArray day = test::combineListingFeeds(
            {readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")),
             readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"))});
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(test::withoutElement(
                                                day, QStringLiteral("2604.21956"), "dc:creator")));
        const Result r = paperboy({QStringLiteral("fetch")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("Stored 5 papers for Mon 27 Apr 2026 (5 announced; 5 new to the"
                                " cache, 0 updated). Skipped 1 unusable item: 2604.21956 (no"
                                " authors)."));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(paperCount(), 5);
    }

    void aShortFeedForAStoredDayKeepsEveryPaperAndStar()
    {
        // A real day of 150 papers in the cache, three of them starred.
        const QByteArray lg = readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"));
        m_server->route("/rss/cs.LG+cs.AI",
                        FakeHttpServer::Response::ok(test::synthesizeListingFeed(lg, 150)));
        const Result first = paperboy({QStringLiteral("fetch")});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.startsWith(QLatin1String("Stored 150 papers for Mon 27 Apr 2026")),
                 qPrintable(first.out));
        QCOMPARE(paperboy({QStringLiteral("star"), QStringLiteral("2609.10000"), QStringLiteral("2609.10077"),
                           QStringLiteral("2609.10149")})
                     .code,
                 0);

        // The same day again from a feed of three, one of them revised.
        QByteArray few = test::synthesizeListingFeed(lg, 3);
        few.replace("2609.10000v1", "2609.10000v2");
        m_server->route("/rss/cs.LG+cs.AI", FakeHttpServer::Response::ok(few));
        const Result again = paperboy({QStringLiteral("fetch")});
        QCOMPARE(again.code, 0);
        QCOMPARE(
            again.out.trimmed(),
            QStringLiteral("The feed for Mon 27 Apr 2026 lists 3 papers, the cache holds 150 for that day;"
                           " kept all 150 and updated 1 from the feed (0 new to the cache)."));

        const Result list =
            paperboy({QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-04-27"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray papers = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(papers.size(), 150);
        const Result starred = paperboy({QStringLiteral("list"), QStringLiteral("--starred"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(starred.out.toUtf8()).array().size(), 3);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT kept FROM days WHERE date = '2026-04-27'")),
                 150);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT announced FROM days WHERE date = '2026-04-27'")),
                 150);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT version FROM papers WHERE id = '2609.10000'")),
                 2);
    }

    void starUnstarAndStarredList()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const Result star =
            paperboy({QStringLiteral("star"), QStringLiteral("2604.21952"), QStringLiteral("2604.21935v1")});
        QCOMPARE(star.code, 0);
        Result list = paperboy({QStringLiteral("list"), QStringLiteral("--starred"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

        // One unknown id: an error, and nothing changes.
        const Result bad =
            paperboy({QStringLiteral("unstar"), QStringLiteral("2604.21952"), QStringLiteral("2604.99999")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("2604.99999")) && oneLine(bad.err), qPrintable(bad.err));
        list = paperboy({QStringLiteral("list"), QStringLiteral("--starred"), QStringLiteral("--format"),
                         QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

        QCOMPARE(paperboy({QStringLiteral("unstar"), QStringLiteral("2604.21952")}).code, 0);
        list = paperboy({QStringLiteral("list"), QStringLiteral("--starred"), QStringLiteral("--format"),
                         QStringLiteral("json")});
        const QJsonArray starred = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(starred.size(), 1);
        QCOMPARE(starred.first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("2604.21935"));
        QCOMPARE(starred.first().toObject().value(QStringLiteral("starred")).toBool(), true);

        // Stars survive fetching the day again.
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        list = paperboy({QStringLiteral("list"), QStringLiteral("--starred"), QStringLiteral("--format"),
                         QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

    void searchFindsAcrossTheHistory()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const Result r =
            paperboy({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("anomaly detect"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 2); // 2604.21953 and 2604.21956
    }

    void exportBibtexThatBiberAccepts()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        QCOMPARE(
            paperboy({QStringLiteral("star"), QStringLiteral("2604.21952"), QStringLiteral("2604.21956")})
                .code,
            0);
        const QString bib = m_home.filePath(QStringLiteral("starred.bib"));
        const Result r =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"),
                      QStringLiteral("--starred"), QStringLiteral("-o"), bib});
        QCOMPARE(r.code, 0);
        QFile file(bib);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QLatin1String("@misc{")), 2);
        QVERIFY(text.contains(QLatin1String("eprint={2604.21952}")));
        QVERIFY(text.contains(QLatin1String("eprint={2604.21956}")));
        QVERIFY(text.contains(QLatin1String("primaryClass={cs.LG}")));
        QVERIFY(text.contains(QLatin1String("year={2026}")));

        QProcess biber;
        biber.setWorkingDirectory(m_home.path());
        biber.start(QStringLiteral("biber"),
                    {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"),
                     QStringLiteral("--output-file"), m_home.filePath(QStringLiteral("out.bib")), bib});
        QVERIFY2(biber.waitForFinished(60000), "biber did not finish (is it installed?)");
        const QString log = QString::fromUtf8(biber.readAllStandardOutput() + biber.readAllStandardError());
        QCOMPARE(biber.exitCode(), 0);
        QVERIFY2(!log.contains(QLatin1String("WARN")) && !log.contains(QLatin1String("ERROR")),
                 qPrintable(log));

        // To standard output, by id, in the order given.
        const Result out = paperboy(
            {QStringLiteral("export"), QStringLiteral("--ids"), QStringLiteral("2604.21956,2604.21935")});
        QCOMPARE(out.code, 0);
        QVERIFY(out.out.indexOf(QLatin1String("2604.21956")) < out.out.indexOf(QLatin1String("2604.21935")));
    }

    // A cache whose papers and scores carry markup (a hostile feed, a model
    // swayed by an abstract, a cache file from someone else): the digest
    // shows it as text with links only to arXiv, the JSON outputs hold it
    // exactly but with no byte a web page would take for markup, and the
    // table cannot drive the terminal.
    void exportsShowHostileTextAsText()
    {
        const QDate day(2026, 4, 27);
        const QList<Paper> papers = test::hostilePapers(day);
        QString error;
        QVERIFY2(test::storeDay(m_db, day, papers, &error), qPrintable(error));
        {
            Database db(m_db);
            QVERIFY2(db.open(&error), qPrintable(error));
            ScoreRepository repo(db.connection());
            RunRecord run;
            run.date = day;
            run.provider = QStringLiteral("openai");
            run.model = QStringLiteral("gpt-5-mini");
            run.scoringHash = Criteria::defaults().scoringHash();
            run.id = repo.startRun(run, &error);
            QVERIFY2(run.id > 0, qPrintable(error));
            QList<PaperScore> scores;
            for (const Paper &p : papers)
                scores.append({p.id, 1, 9, 9, test::hostileComment(), false});
            QVERIFY2(repo.storeScores(scores, run.scoringHash, run.model, run.id, &error), qPrintable(error));
            run.status = QStringLiteral("done");
            QVERIFY2(repo.finishRun(run, &error), qPrintable(error));
        }

        const Result md =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(md.code, 0);
        // Up to the fenced prompt at the end: the markup as text, no link
        // but the two to arXiv.
        const QString body = md.out.left(md.out.lastIndexOf(QLatin1String("## Paper selection prompt")));
        for (const char *escaped :
             {"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
              "&lt;script&gt;alert('comment')&lt;/script&gt;", "Relevance: 9"})
            QVERIFY2(body.contains(QLatin1String(escaped)), escaped);
        QVERIFY2(!body.contains(u'<') && !body.contains(u'>'), qPrintable(body));
        QCOMPARE(body.count(QLatin1String("](")), 2);
        for (const Paper &p : papers)
            QVERIFY(body.contains(QStringLiteral("[%1](https://arxiv.org/abs/%1)").arg(p.id)));

        for (const QString &format : {QStringLiteral("json"), QStringLiteral("list")}) {
            const Result r =
                format == QLatin1String("json")
                    ? paperboy({QStringLiteral("export"), QStringLiteral("--format"), format})
                    : paperboy({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.code, 0);
            for (const QChar c : {u'<', u'>', u'&', u'\x1b', u'\u2028', u'\u202E'})
                QVERIFY2(!r.out.contains(c),
                         qPrintable(QStringLiteral("%1: U+%2").arg(format).arg(c.unicode(), 4, 16)));
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
            const QJsonArray rows =
                doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("papers")).toArray();
            QCOMPARE(rows.size(), papers.size());
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                const auto p = std::find_if(papers.cbegin(), papers.cend(), [&o](const Paper &p) {
                    return p.id == o.value(QStringLiteral("id")).toString();
                });
                QVERIFY(p != papers.cend());
                QCOMPARE(o.value(QStringLiteral("title")).toString(), p->title);
                QCOMPARE(o.value(QStringLiteral("abstract")).toString(), p->abstract);
                QCOMPARE(o.value(QStringLiteral("authors")).toArray().first().toString(), p->authors.first());
                QCOMPARE(o.value(QStringLiteral("comment")).toString(), test::hostileComment());
            }
        }

        const Result table = paperboy({QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        for (const QChar c : table.out) {
            QVERIFY2(
                c == u'\n' || (c.category() != QChar::Other_Control && c != u'\u202E'),
                qPrintable(QStringLiteral("U+%1 in the table").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY2(table.out.contains(QLatin1String("<script>alert(1)</script> [2J]0;owned Attention")),
                 qPrintable(table.out));
    }

    // export --append: only the papers the file does not cite yet go after
    // what it holds, which stays byte for byte (CR LF included); a second
    // run finds nothing new and does not touch the file; a file that is not
    // text is refused in one line and left as it was.
    void exportAppendsOnlyNewPapers()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const QString bib = m_home.filePath(QStringLiteral("refs.bib"));
        const QByteArray mine =
            "% mine\r\n@article{Smith2020,\r\n  title = {Kernels},\r\n  author = {Jos\xc3\xa9 "
            "Smith},\r\n  year = 2020\r\n}\r\n\r\n@misc{x,\r\n  eprint = {2604.21956v2},\r\n"
            "  archivePrefix = {arXiv}\r\n}\r\n";
        const auto writeFile = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(writeFile(bib, mine));
        const QStringList args = {QStringLiteral("export"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("bibtex"),
                                  QStringLiteral("--output"),
                                  bib,
                                  QStringLiteral("--append")};
        const Result first = paperboy(args);
        QCOMPARE(first.code, 0);
        QCOMPARE(first.err.trimmed(), QStringLiteral("5 papers appended to %1; 1 already there.").arg(bib));
        const QByteArray after = readFile(bib);
        QVERIFY2(after.startsWith(mine + "\r\n@misc{"), after.constData());
        QCOMPARE(after.count("@misc{"), 6);
        QCOMPARE(after.count("eprint={2604.21956}"), 0);

        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
        {
            QFile file(bib);
            QVERIFY(file.open(QIODevice::ReadWrite) &&
                    file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const Result second = paperboy(args);
        QCOMPARE(second.code, 0);
        QCOMPARE(
            second.err.trimmed(),
            QStringLiteral("Nothing to append: 6 papers already in %1, none new; the file was not changed.")
                .arg(bib));
        QCOMPARE(readFile(bib), after);
        QCOMPARE(QFileInfo(bib).fileTime(QFileDevice::FileModificationTime), old);

        const QString image = m_home.filePath(QStringLiteral("figure.bib"));
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QVERIFY(writeFile(image, png));
        const Result binary =
            paperboy({QStringLiteral("export"), QStringLiteral("--append"), QStringLiteral("-o"), image});
        QCOMPARE(binary.code, 1);
        QVERIFY2(binary.err.contains(QStringLiteral("%1 is not a text file").arg(image)) &&
                     oneLine(binary.err),
                 qPrintable(binary.err));
        QVERIFY(binary.err.contains(QLatin1String("nothing was changed")));
        QCOMPARE(readFile(image), png);
    }

    // --utf8 keeps the letters of a real day's names for biber; the default
    // writes them as ASCII LaTeX.
    void exportUtf8KeepsLetters()
    {
        const QDate day(2025, 10, 6);
        const QList<Paper> papers = test::realDay(day);
        QString error;
        QVERIFY2(test::storeDay(m_db, day, papers, &error), qPrintable(error));
        QString name;
        static const QRegularExpression plainName(QStringLiteral("^[\\p{L} .-]+$"));
        for (const Paper &p : papers)
            for (const QString &author : p.authors)
                if (name.isEmpty() && plainName.match(author).hasMatch() &&
                    std::any_of(author.cbegin(), author.cend(), [](QChar c) { return c.unicode() > 0x7f; }))
                    name = author;
        QVERIFY2(!name.isEmpty(), "the day has no name with a letter outside ASCII");
        const QStringList args = {QStringLiteral("export"), QStringLiteral("--date"),
                                  day.toString(Qt::ISODate)};
        const Result utf8 = paperboy(args + QStringList{QStringLiteral("--utf8")});
        QCOMPARE(utf8.code, 0);
        QCOMPARE(utf8.out.count(QLatin1String("@misc{")), papers.size());
        QVERIFY2(utf8.out.contains(name), qPrintable(name));
        const Result ascii = paperboy(args);
        QCOMPARE(ascii.code, 0);
        QCOMPARE(ascii.out.count(QLatin1String("@misc{")), papers.size());
        QVERIFY(!ascii.out.contains(name));
        QVERIFY(
            std::all_of(ascii.out.cbegin(), ascii.out.cend(), [](QChar c) { return c.unicode() < 0x80; }));
    }

    void exportOfUnknownIdsWritesNothing()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const QString bib = m_home.filePath(QStringLiteral("none.bib"));
        const Result r = paperboy({QStringLiteral("export"), QStringLiteral("--ids"),
                                   QStringLiteral("2604.21956,2604.99999"), QStringLiteral("-o"), bib});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("2604.99999")) && oneLine(r.err), qPrintable(r.err));
        QVERIFY(!QFile::exists(bib));
    }

    void addByIdThroughTheApi()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml"))));
        const Result r = paperboy({QStringLiteral("add"), QStringLiteral("astro-ph/0601001")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Stored 1 paper")), qPrintable(r.out));
        const Result list =
            paperboy({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("jupiters"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray found = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("astro-ph/0601001"));
        QVERIFY(found.first().toObject().value(QStringLiteral("date")).isNull());
    }

    // 1609.07528v3 (revised in 2024) added through the API is cited as the
    // September 2016 paper it is, from the store, under arXiv's key.
    void addedPaperIsCitedByItsFirstVersion()
    {
        m_server->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                          "arxiv-atom/api2026_search_testing_100entries.xml"))));
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("1609.07528")}).code, 0);
        const QString bib = m_home.filePath(QStringLiteral("one.bib"));
        const Result r =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"),
                      QStringLiteral("--ids"), QStringLiteral("1609.07528"), QStringLiteral("-o"), bib});
        QCOMPARE(r.code, 0);
        QFile file(bib);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QLatin1String("@misc{")), 1);
        QVERIFY2(text.contains(QLatin1String("      year={2016},\n      month=sep,\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("eprint={1609.07528}")), qPrintable(text));
    }

    void scoreOfflineThenDigest()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const Result score =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")});
        QCOMPARE(score.code, 0);
        QVERIFY2(score.out.startsWith(QLatin1String("Scored 6 of 6 papers of 2026-04-27 with offline")),
                 qPrintable(score.out));

        const Result list =
            paperboy({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("relevance"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 6);
        QStringList order;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const int r = o.value(QStringLiteral("relevance")).toInt();
            QVERIFY(r >= 1 && r <= 10);
            QVERIFY(!o.value(QStringLiteral("comment")).toString().isEmpty());
            order << o.value(QStringLiteral("id")).toString();
        }
        // Quantization and pruning of transformers ranks above athletics.
        QVERIFY(order.indexOf(QStringLiteral("2604.21952")) < order.indexOf(QStringLiteral("2604.21953")));
        QCOMPARE(order.first(), QStringLiteral("2604.21952"));

        // Scored once: a second run sends nothing.
        const Result again =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("nothing sent")), qPrintable(again.out));

        const Result md =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(md.code, 0);
        for (const char *part :
             {"# Paperboy digest 2026-04-27", "| [offline] | Prompt | Completion | Total |",
              "Total arXiv papers: 6", "Total scanned papers: 6",
              "Total relevant papers:", "## Table of contents", "ArXiv ID: [2604.21952]",
              "Relevance: ", "## Paper selection prompt", "Model compression and efficiency"})
            QVERIFY2(md.out.contains(QLatin1String(part)), part);
        // Sorted by relevance + novelty: the best paper comes first.
        QVERIFY(md.out.indexOf(QLatin1String("## 1. Focus Session")) > 0);

        const Result json = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--relevant")});
        QCOMPARE(json.code, 0);
        const QJsonObject digest = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject totals = digest.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("announced")).toInt(), 6);
        QCOMPARE(digest.value(QStringLiteral("papers")).toArray().size(),
                 totals.value(QStringLiteral("relevant")).toInt());
        QVERIFY(digest.value(QStringLiteral("prompt")).toString().contains(QLatin1String("ARXIVID")));

        // With --relevant the Markdown's contents list the relevant papers, no other.
        const int relevant = totals.value(QStringLiteral("relevant")).toInt();
        QVERIFY(relevant > 0 && relevant < 6);
        const Result mdRelevant = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("markdown"), QStringLiteral("--relevant")});
        QCOMPARE(mdRelevant.code, 0);
        const qsizetype from = mdRelevant.out.indexOf(QLatin1String("## Table of contents"));
        const qsizetype to = mdRelevant.out.indexOf(QLatin1String("\n## "), from + 1);
        QVERIFY(from > 0 && to > from);
        const QStringList contents =
            mdRelevant.out.mid(from, to - from).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
        QCOMPARE(contents.size(), relevant);
        for (const QJsonValue &paper : digest.value(QStringLiteral("papers")).toArray())
            QVERIFY2(mdRelevant.out.mid(from, to - from)
                         .contains(paper.toObject().value(QStringLiteral("title")).toString()),
                     qPrintable(mdRelevant.out));
    }

    // The web page through the real binary: written to -o in one piece, the
    // same papers as the Markdown digest; a folder that does not exist is one
    // line of error and no file.
    void exportHtmlPage()
    {
        QVERIFY(fetchAndScoreOffline());
        const QString page = m_home.filePath(QStringLiteral("day.html"));
        const Result html =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--relevant"), QStringLiteral("-o"), page});
        QCOMPARE(html.code, 0);
        QCOMPARE(html.err.trimmed(), QStringLiteral("Exported the digest of 2026-04-27 to %1").arg(page));
        QVERIFY(html.out.isEmpty());
        const QString text = QString::fromUtf8(readFile(page));
        QVERIFY2(text.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")), qPrintable(text));
        QVERIFY(text.endsWith(QLatin1String("</html>\n")));
        const Result md = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("markdown"), QStringLiteral("--relevant")});
        QCOMPARE(md.code, 0);
        static const QRegularExpression mdPaper(QStringLiteral("^## \\d+\\. "),
                                                QRegularExpression::MultilineOption);
        const qsizetype papers = md.out.count(mdPaper);
        QVERIFY(papers > 0 && papers < 6);
        QCOMPARE(text.count(QLatin1String("<article ")), papers);
        QVERIFY(text.contains(QLatin1String("<a href=\"https://arxiv.org/pdf/2604.21952\">")));

        const QString missing = m_home.filePath(QStringLiteral("no-such-folder/day.html"));
        const Result bad = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("html"), QStringLiteral("-o"), missing});
        QCOMPARE(bad.code, 1);
        QVERIFY2(oneLine(bad.err) && bad.err.contains(missing), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    // The site through the real binary: a page per day that is the day's
    // export (with a link back to the index), one line of outcome, nothing
    // written the second time; options that make no sense with it and a file
    // in the folder's place are one line of error and change nothing.
    void exportSiteOfEveryDay()
    {
        QVERIFY(fetchAndScoreOffline());
        const QDate older(2025, 10, 1);
        QString error;
        QVERIFY2(test::storeDay(m_db, older, test::realDay(older, 8), &error), qPrintable(error));
        const QString dir = m_home.filePath(QStringLiteral("site"));
        const QStringList site{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                               QStringLiteral("--site"), dir};
        const Result first = paperboy(site);
        QCOMPARE(first.code, 0);
        QCOMPARE(first.err, QStringLiteral("Site in %1: 2 days, 4 files updated.\n").arg(dir));
        QVERIFY(first.out.isEmpty());
        for (const char *name : {"index.html", "feed.xml", "2026-04-27.html", "2025-10-01.html"})
            QVERIFY2(QFileInfo(QDir(dir).filePath(QLatin1String(name))).isFile(), name);

        // The day's page is what export --date writes, with the link back.
        const QString single = m_home.filePath(QStringLiteral("day.html"));
        QCOMPARE(
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--date"), QStringLiteral("2026-04-27"), QStringLiteral("-o"), single})
                .code,
            0);
        QByteArray page = readFile(QDir(dir).filePath(QStringLiteral("2026-04-27.html")));
        const QByteArray up = "<p class=\"up\"><a href=\"index.html\">All days</a></p>\n";
        QCOMPARE(page.count(up), 1);
        QCOMPARE(page.replace(up, ""), readFile(single));

        const Result again = paperboy(site);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.err, QStringLiteral("Site in %1: 2 days, 0 files updated.\n").arg(dir));

        const auto refused = [&](const QStringList &extra, int code) {
            const Result r =
                paperboy(QStringList{QStringLiteral("export"), QStringLiteral("--format")} + extra);
            return r.code == code && oneLine(r.err) && r.out.isEmpty();
        };
        const QString other = m_home.filePath(QStringLiteral("other-site"));
        QVERIFY(refused(
            {QStringLiteral("html"), QStringLiteral("--site"), other, QStringLiteral("-o"), single}, 2));
        QVERIFY(refused({QStringLiteral("html"), QStringLiteral("--site"), other, QStringLiteral("--date"),
                         QStringLiteral("2026-04-27")},
                        2));
        QVERIFY(refused({QStringLiteral("markdown"), QStringLiteral("--site"), other}, 2));
        QVERIFY(!QFileInfo::exists(other));
        // A file where the folder should be: one line, the file as it was.
        const QByteArray before = readFile(single);
        QVERIFY(refused({QStringLiteral("html"), QStringLiteral("--site"), single}, 1));
        QCOMPARE(readFile(single), before);
    }

    void pushToSlackOnceUnlessAgain()
    {
        const QStringList relevant = scoredDay();
        QVERIFY(!relevant.isEmpty());
        const QByteArray hook = "/services/T0SECRET/B0SECRET/XXXXSECRETXXXX";
        m_server->route(hook, FakeHttpServer::Response::ok("ok", "text/plain"));
        const QProcessEnvironment env = slackAt(QString::fromLatin1(hook));

        const Result first = push({QStringLiteral("--to"), QStringLiteral("slack")}, env);
        QCOMPARE(first.code, 0);
        QCOMPARE(first.out,
                 QStringLiteral("Pushed %1 of 2026-04-27 to slack (127.0.0.1) in 1 message\n")
                     .arg(relevant.size() == 1 ? QStringLiteral("1 relevant paper")
                                               : QStringLiteral("%1 relevant papers").arg(relevant.size())));
        QList<FakeHttpServer::Request> posts;
        for (const auto &r : m_server->requests())
            if (r.path == hook)
                posts << r;
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts[0].method, QByteArray("POST"));
        QVERIFY(posts[0].headers.value("content-type").startsWith("application/json"));
        const QJsonArray blocks =
            QJsonDocument::fromJson(posts[0].body).object().value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 2 + relevant.size());
        for (int i = 0; i < relevant.size(); ++i)
            QVERIFY(blocks[2 + i]
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .contains(QLatin1String("https://arxiv.org/abs/") + relevant[i]));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM pushes WHERE date = '2026-04-27'"
                                                     " AND target = 'slack' AND messages = 1")),
                 1);
        // The cache holds the day and the kind, never the address.
        QFile cache(m_db);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains("SECRET"));

        const Result second = push({QStringLiteral("--to"), QStringLiteral("slack")}, env);
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QLatin1String("nothing sent (--again pushes it again)")),
                 qPrintable(second.out));
        int after = 0;
        for (const auto &r : m_server->requests())
            after += r.path == hook;
        QCOMPARE(after, 1);

        const Result again =
            push({QStringLiteral("--to"), QStringLiteral("slack"), QStringLiteral("--again")}, env);
        QCOMPARE(again.code, 0);
        after = 0;
        for (const auto &r : m_server->requests())
            after += r.path == hook;
        QCOMPARE(after, 2);
    }

    void aBusyDayGoesToSlackInSeveralMessagesInOrder()
    {
        // 60 papers, all scored relevant: more than one Slack message holds.
        const QByteArray lg = readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"));
        m_server->route("/rss/cs.LG+cs.AI",
                        FakeHttpServer::Response::ok(test::synthesizeListingFeed(lg, 60)));
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        QCOMPARE(
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")}).code,
            0);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM scores")), 60);
        {
            Database db(m_db);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE scores SET status = 'ok', relevance = 9, novelty = 8,"
                                          " relevance_value = NULL")));
        }
        const Result json = paperboy({QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--relevant")});
        QStringList expected;
        for (const QJsonValue &p :
             QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("papers")).toArray())
            expected << p.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(expected.size(), 60);

        const QByteArray hook = "/services/T0SECRET/BUSY";
        m_server->route(hook, FakeHttpServer::Response::ok("ok", "text/plain"));
        const Result r =
            push({QStringLiteral("--to"), QStringLiteral("slack")}, slackAt(QString::fromLatin1(hook)));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral(
                            "Pushed 60 relevant papers of 2026-04-27 to slack (127.0.0.1) in 2 messages\n"));
        QStringList ids;
        int message = 0;
        for (const auto &request : m_server->requests()) {
            if (request.path != hook)
                continue;
            ++message;
            const QJsonArray blocks =
                QJsonDocument::fromJson(request.body).object().value(QStringLiteral("blocks")).toArray();
            QVERIFY(blocks.size() <= 50);
            QVERIFY(blocks[0]
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .endsWith(QStringLiteral("(%1/2)").arg(message)));
            for (const QJsonValue &b : blocks) {
                const QString text = b.toObject()
                                         .value(QStringLiteral("text"))
                                         .toObject()
                                         .value(QStringLiteral("text"))
                                         .toString();
                QVERIFY(text.size() <= 3000);
                const qsizetype at = text.indexOf(QLatin1String("<https://arxiv.org/abs/"));
                if (at >= 0)
                    ids << text.mid(at + 23, text.indexOf(QLatin1Char('|'), at) - at - 23);
            }
        }
        QCOMPARE(message, 2);
        QCOMPARE(ids, expected);
    }

    void pushToMatrixPutsTheEventWithTheToken()
    {
        const QStringList relevant = scoredDay();
        QVERIFY(!relevant.isEmpty());
        m_server->route("/_matrix/client/v3/rooms/*",
                        FakeHttpServer::Response::ok("{\"event_id\":\"$e\"}", "application/json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"), m_server->baseUrl().toString());
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_SECRET_token_123"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!abcdef:example.org"));
        const Result r = push({QStringLiteral("--to"), QStringLiteral("matrix"), QStringLiteral("--date"),
                               QStringLiteral("2026-04-27")},
                              env);
        QCOMPARE(r.code, 0);
        QList<FakeHttpServer::Request> puts;
        for (const auto &q : m_server->requests())
            if (q.path.startsWith("/_matrix/"))
                puts << q;
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts[0].method, QByteArray("PUT"));
        QCOMPARE(puts[0].headers.value("authorization"), QByteArray("Bearer syt_SECRET_token_123"));
        const QString path = QUrl::fromPercentEncoding(puts[0].path);
        QVERIFY2(
            path.startsWith(QLatin1String(
                "/_matrix/client/v3/rooms/!abcdef:example.org/send/m.room.message/paperboy-2026-04-27-")),
            qPrintable(path));
        const QJsonObject body = QJsonDocument::fromJson(puts[0].body).object();
        QCOMPARE(body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("m.text"));
        QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("org.matrix.custom.html"));
        for (const QString &id : relevant) {
            QVERIFY(body.value(QStringLiteral("body")).toString().contains(id));
            QVERIFY(body.value(QStringLiteral("formatted_body"))
                        .toString()
                        .contains(QStringLiteral("<a href=\"https://arxiv.org/abs/%1\">").arg(id)));
        }
    }

    void pushToAWebhookSendsTheDocumentedJson()
    {
        const QStringList relevant = scoredDay();
        QVERIFY(!relevant.isEmpty());
        m_server->route("/hook/SECRETHOOK", FakeHttpServer::Response::ok("", "text/plain"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_WEBHOOK_URL"),
                   m_server->baseUrl().toString() + QStringLiteral("/hook/SECRETHOOK"));
        QCOMPARE(push({QStringLiteral("--to"), QStringLiteral("webhook")}, env).code, 0);
        const auto requests = m_server->requests();
        const QJsonObject body = QJsonDocument::fromJson(requests.last().body).object();
        QCOMPARE(requests.last().path, QByteArray("/hook/SECRETHOOK"));
        QCOMPARE(body.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-27"));
        QCOMPARE(body.value(QStringLiteral("announced")).toInt(), 6);
        QCOMPARE(body.value(QStringLiteral("relevant")).toInt(), relevant.size());
        QStringList ids;
        for (const QJsonValue &p : body.value(QStringLiteral("papers")).toArray())
            ids << p.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, relevant);
    }

    void aRefusedPushIsOneLineAndNotRecorded()
    {
        QVERIFY(!scoredDay().isEmpty());
        const QByteArray hook = "/services/T0SECRET/B0SECRET/FAILING";
        m_server->route(hook,
                        FakeHttpServer::Response::error(500, "<html><body>Internal error</body></html>"));
        const QProcessEnvironment env = slackAt(QString::fromLatin1(hook));
        const Result r = push({QStringLiteral("--to"), QStringLiteral("slack")}, env);
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err,
                 QStringLiteral(
                     "paperboy: 127.0.0.1 refused the message: HTTP 500; the day is not marked as pushed\n"));
        QCOMPARE(pushesRecorded(), 0);
        // Not marked: once the server is back the push goes out.
        m_server->route(hook, FakeHttpServer::Response::ok("ok", "text/plain"));
        QCOMPARE(push({QStringLiteral("--to"), QStringLiteral("slack")}, env).code, 0);
        QCOMPARE(pushesRecorded(), 1);
    }

    void aRateLimitIsWaitedOut()
    {
        QVERIFY(!scoredDay().isEmpty());
        int calls = 0;
        m_server->setHandler([&](const FakeHttpServer::Request &) {
            if (++calls == 1) {
                auto r = FakeHttpServer::Response::error(429, "rate_limited", "text/plain");
                r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
                return r;
            }
            return FakeHttpServer::Response::ok("ok", "text/plain");
        });
        const Result r = push({QStringLiteral("--to"), QStringLiteral("slack")},
                              slackAt(QStringLiteral("/services/T0SECRET/LIMITED")));
        QCOMPARE(r.code, 0);
        QCOMPARE(calls, 2);
        QCOMPARE(pushesRecorded(), 1);
    }

    void noServerIsOneLine()
    {
        QVERIFY(!scoredDay().isEmpty());
        QProcessEnvironment env;
        env.insert(
            QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"),
            QStringLiteral("http://127.0.0.1:%1/services/T0SECRET/GONE").arg(FakeHttpServer::closedPort()));
        const Result r = push({QStringLiteral("--to"), QStringLiteral("slack")}, env);
        QCOMPARE(r.code, 3);
        QCOMPARE(
            r.err,
            QStringLiteral(
                "paperboy: cannot reach 127.0.0.1: connection refused; the day is not marked as pushed\n"));
        QCOMPARE(pushesRecorded(), 0);
    }

    void pushNeedsATargetAndItsAddress()
    {
        QVERIFY(!scoredDay().isEmpty());
        const Result noTarget = push({QStringLiteral("--to"), QStringLiteral("irc")}, {});
        QCOMPARE(noTarget.code, 2);
        QCOMPARE(noTarget.err, QStringLiteral("paperboy: --to takes slack, matrix or webhook\n"));
        const Result noAddress = push({QStringLiteral("--to"), QStringLiteral("matrix")}, {});
        QCOMPARE(noAddress.code, 2);
        QCOMPARE(noAddress.err, QStringLiteral("paperboy: the Matrix homeserver (Settings, Sharing, or"
                                               " PAPERBOY_MATRIX_HOMESERVER) is not set\n"));
        QCOMPARE(pushesRecorded(), 0);
    }

    void editedCriteriaAreANewVersionAndOutdateScores()
    {
        QVERIFY(fetchAndScoreOffline());

        const Result defaults = paperboy({QStringLiteral("criteria"), QStringLiteral("default")});
        QCOMPARE(defaults.code, 0);
        QJsonObject criteria = QJsonDocument::fromJson(defaults.out.toUtf8()).object();
        QCOMPARE(criteria.value(QStringLiteral("relevance_cutoff")).toInt(), 8);
        criteria.insert(QStringLiteral("relevance_cutoff"), 5);
        QJsonArray keywords = criteria.value(QStringLiteral("relevant_keywords")).toArray();
        keywords.append(QStringLiteral("Anomaly detection"));
        criteria.insert(QStringLiteral("relevant_keywords"), keywords);
        const QString path = m_home.filePath(QStringLiteral("criteria.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(criteria).toJson());
        file.close();

        const Result set = paperboy({QStringLiteral("criteria"), QStringLiteral("set"), path});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(QLatin1String("Saved the criteria as version")), qPrintable(set.out));
        const Result outdated = paperboy({QStringLiteral("list"), QStringLiteral("--outdated"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(outdated.out.toUtf8()).array().size(), 6);
        const Result prompt = paperboy({QStringLiteral("criteria"), QStringLiteral("prompt")});
        QVERIFY(prompt.out.contains(QLatin1String("Anomaly detection")));

        // Re-scoring under the new version leaves nothing outdated.
        const Result rescore =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")});
        QVERIFY2(rescore.out.startsWith(QLatin1String("Scored 6 of 6")), qPrintable(rescore.out));
        const Result none = paperboy({QStringLiteral("list"), QStringLiteral("--outdated"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);

        // A broken document changes nothing.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"topics\": [");
        file.close();
        const Result bad = paperboy({QStringLiteral("criteria"), QStringLiteral("set"), path});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("nothing was saved")) && oneLine(bad.err),
                 qPrintable(bad.err));
        const Result show = paperboy({QStringLiteral("criteria"), QStringLiteral("show")});
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())
                     .object()
                     .value(QStringLiteral("relevance_cutoff"))
                     .toInt(),
                 5);
    }

    void presetsEstimatesAndPrices()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        // A local preset needs no key; --estimate sends nothing.
        const Result local = paperboy({QStringLiteral("score"), QStringLiteral("--preset"),
                                       QStringLiteral("ollama"), QStringLiteral("--estimate")});
        QCOMPARE(local.code, 0);
        QVERIFY2(local.out.startsWith(QLatin1String("Estimate: 6 papers")) &&
                     local.out.contains(QLatin1String("llama3.1")),
                 qPrintable(local.out));
        QCOMPARE(paperboy({QStringLiteral("score"), QStringLiteral("--preset"), QStringLiteral("nope")}).code,
                 2);

        // Reasoning effort shows in the estimate: high costs more than low.
        auto cost = [](const QString &text) {
            return text.section(QLatin1Char('$'), 1, 1).section(QLatin1Char('.'), 0, 1).toDouble();
        };
        const Result low =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--model"), QStringLiteral("gpt-5"), QStringLiteral("--estimate")});
        const Result high =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--model"), QStringLiteral("gpt-5"), QStringLiteral("--estimate"),
                      QStringLiteral("--reasoning-effort"), QStringLiteral("high")});
        QVERIFY2(low.out.contains(QLatin1String("(reasoning low)")), qPrintable(low.out));
        QVERIFY2(cost(high.out) > cost(low.out), qPrintable(low.out + high.out));

        // A budget needs a price for the model; the person's own table adds one.
        const Result unpriced =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--model"), QStringLiteral("my-model"), QStringLiteral("--max-cost"),
                      QStringLiteral("1"), QStringLiteral("--estimate")});
        QCOMPARE(unpriced.code, 2);
        QVERIFY2(unpriced.err.contains(QLatin1String("no price for my-model")), qPrintable(unpriced.err));
        // ... except on a server on this machine, which costs nothing, IPv6 loopback included.
        for (const QString &server :
             {QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("http://[::1]:9/v1")}) {
            const Result local = paperboy(
                {QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--base-url"), server, QStringLiteral("--model"), QStringLiteral("my-model"),
                 QStringLiteral("--max-cost"), QStringLiteral("1"), QStringLiteral("--estimate")});
            QVERIFY2(local.code == 0 && local.out.startsWith(QLatin1String("Estimate: 6 papers")),
                     qPrintable(server + local.err + local.out));
        }
        QDir().mkpath(m_home.filePath(QStringLiteral("config/Paperboy/paperboy")));
        QFile prices(m_home.filePath(QStringLiteral("config/Paperboy/paperboy/prices.json")));
        QVERIFY(prices.open(QIODevice::WriteOnly));
        prices.write(R"({"models": {"my-model": {"input": 100, "cached_input": 100, "output": 100}}})");
        prices.close();
        const Result priced =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--model"), QStringLiteral("my-model"), QStringLiteral("--max-cost"),
                      QStringLiteral("1"), QStringLiteral("--estimate")});
        QCOMPARE(priced.code, 0);
        QVERIFY2(cost(priced.out) > 0, qPrintable(priced.out));
    }

    // After one run with a model, the estimate uses what that model spent
    // per paper: a reasoning model's hidden tokens and its comments are its
    // own, and the rules of thumb can be far off (here 25 reasoning tokens a
    // paper where the rule says 120).
    // With the title pass too: its tokens per title, the abstracts' per
    // paper and the share of titles kept are each measured apart.
    void theEstimateUsesTheTokensAModelSpentBefore_data()
    {
        QTest::addColumn<QString>("titleFilter");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("second");
        QTest::newRow("abstracts only") << QStringLiteral("off") << QDate(2025, 10, 1) << QDate(2025, 10, 2);
        QTest::newRow("title pass") << QStringLiteral("on") << QDate(2025, 10, 3) << QDate(2025, 10, 6);
    }
    void theEstimateUsesTheTokensAModelSpentBefore()
    {
        QFETCH(QString, titleFilter);
        QFETCH(QDate, first);
        QFETCH(QDate, second);
        QString error;
        QVERIFY2(test::storeDay(m_db, first, test::realDay(first, 60), &error), qPrintable(error));
        QVERIFY2(test::storeDay(m_db, second, test::realDay(second, 60), &error), qPrintable(error));
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.options().reasoningPerPaper = 25;
        const QProcessEnvironment env = llmEnvironment(llm.baseUrl());
        const auto score = [&](const QDate &day, bool estimate) {
            QStringList args{
                QStringLiteral("score"),   QStringLiteral("--provider"),     QStringLiteral("openai"),
                QStringLiteral("--model"), QStringLiteral("gpt-5"),          QStringLiteral("--date"),
                day.toString(Qt::ISODate), QStringLiteral("--title-filter"), titleFilter};
            if (estimate)
                args << QStringLiteral("--estimate");
            return paperboy(args, true, env);
        };
        static const QRegularExpression tokens(
            QStringLiteral("about (\\d+) prompt and (\\d+) completion tokens.*?about \\$([0-9]+\\.[0-9]+)"));
        const auto estimateOf = [&](const QDate &day) {
            const Result r = score(day, true);
            const QRegularExpressionMatch m = tokens.match(r.out);
            return std::tuple{r.code == 0 && m.hasMatch(), m.captured(1).toDouble(), m.captured(2).toDouble(),
                              m.captured(3).toDouble(), r.out};
        };
        const auto spent = [&](const QDate &day) {
            Database db(m_db);
            QString error;
            db.open(&error);
            const QList<RunRecord> runs = ScoreRepository(db.connection()).runsForDay(day, &error);
            return runs.isEmpty() ? RunRecord() : runs.last();
        };
        const auto near = [](double estimated, double actual) {
            return actual > 0 && qAbs(estimated - actual) <= 0.2 * actual;
        };

        const Result run = score(first, false);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(spent(first).completionTokens > 0);
        const auto [ok, prompt, completion, cost, text] = estimateOf(second);
        QVERIFY2(ok, qPrintable(text));
        // The rows share the cache: the second learns from the first's runs too.
        static const QRegularExpression learnt(
            QStringLiteral(", as the last \\d+ runs? of this model spent per paper"));
        QVERIFY2(text.contains(learnt), qPrintable(text));
        if (titleFilter == QLatin1String("on"))
            QVERIFY2(
                text.contains(QLatin1String("Title pass on (as set; gpt-5, minimal): 60 titles, about ")) &&
                    text.contains(QLatin1String("% kept in the last 1 title pass")),
                qPrintable(text));
        const Result next = score(second, false);
        QVERIFY2(next.code == 0, qPrintable(next.err));
        const RunRecord actual = spent(second);
        QVERIFY2(near(prompt, double(actual.promptTokens)) &&
                     near(completion, double(actual.completionTokens)) && near(cost, actual.costUsd),
                 qPrintable(QStringLiteral("%1 The run: %2 prompt, %3 completion tokens, $%4")
                                .arg(text)
                                .arg(actual.promptTokens)
                                .arg(actual.completionTokens)
                                .arg(actual.costUsd)));
        // Another effort has not run yet: the rules of thumb, said as such.
        const Result high = paperboy({QStringLiteral("score"), QStringLiteral("--provider"),
                                      QStringLiteral("openai"), QStringLiteral("--model"),
                                      QStringLiteral("gpt-5"), QStringLiteral("--reasoning-effort"),
                                      QStringLiteral("high"), QStringLiteral("--estimate")},
                                     true, env);
        QVERIFY2(high.code == 0 && !high.out.contains(QLatin1String("as the last")), qPrintable(high.out));
    }

    // --title-filter chooses the title pass; auto says which it took, and a
    // bad value is refused in one line before anything is sent.
    void theTitleFilterOptionChoosesThePass()
    {
        const QDate day(2025, 10, 1);
        QString error;
        QVERIFY2(test::storeDay(m_db, day, test::realDay(day, 60), &error), qPrintable(error));
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        const QProcessEnvironment env = llmEnvironment(llm.baseUrl());
        const auto estimate = [&](const QString &filter, const QString &effort) {
            return paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai"),
                             QStringLiteral("--model"), QStringLiteral("gpt-5"),
                             QStringLiteral("--reasoning-effort"), effort, QStringLiteral("--title-filter"),
                             filter, QStringLiteral("--estimate")},
                            true, env);
        };
        const Result on = estimate(QStringLiteral("on"), QStringLiteral("medium"));
        QVERIFY2(on.code == 0 &&
                     on.out.contains(QLatin1String("Title pass on (as set; gpt-5, minimal): 60 titles, "
                                                   "about 50% kept (a default")),
                 qPrintable(on.out + on.err));
        const Result off = estimate(QStringLiteral("off"), QStringLiteral("medium"));
        QVERIFY2(off.code == 0 &&
                     off.out.contains(QLatin1String("Title pass off (as set): one over 60 titles")) &&
                     off.out.contains(QLatin1String("saves about $")),
                 qPrintable(off.out + off.err));
        // At medium effort the abstracts cost far more than titles at minimal: auto takes the pass.
        const Result autoOn = estimate(QStringLiteral("auto"), QStringLiteral("medium"));
        QVERIFY2(autoOn.code == 0 &&
                     autoOn.out.contains(QLatin1String("Title pass on (auto; gpt-5, minimal)")),
                 qPrintable(autoOn.out + autoOn.err));
        const Result bad = estimate(QStringLiteral("maybe"), QStringLiteral("medium"));
        QCOMPARE(bad.code, int(cli::ExitUsage));
        QVERIFY2(oneLine(bad.err) && bad.err.contains(QLatin1String("--title-filter takes auto, on or off")),
                 qPrintable(bad.err));
        QCOMPARE(llm.requestCount(), 0);
    }

    // --cascade leaves unsent what the offline scorer ranks at the bottom of
    // the day (5% of 60 real papers with no stars), --estimate says how many,
    // and --set-aside sends them later.
    void theCascadeSetsAsideTheBottomUnsent()
    {
        const QDate day(2025, 10, 1);
        QString error;
        QVERIFY2(test::storeDay(m_db, day, test::realDay(day, 60), &error), qPrintable(error));
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        const QProcessEnvironment env = llmEnvironment(llm.baseUrl());
        const auto score = [&](const QStringList &more) {
            return paperboy(QStringList{QStringLiteral("score"), QStringLiteral("--provider"),
                                        QStringLiteral("openai"), QStringLiteral("--model"),
                                        QStringLiteral("gpt-5-mini"), QStringLiteral("--title-filter"),
                                        QStringLiteral("off")} +
                                more,
                            true, env);
        };
        const auto sent = [&] {
            QStringList ids;
            for (const FakeOpenAi::Exchange &e : llm.exchanges())
                ids << e.ids;
            ids.sort();
            return ids;
        };

        const Result both = score({QStringLiteral("--cascade"), QStringLiteral("--no-cascade")});
        QCOMPARE(both.code, 2);
        QVERIFY2(both.err.contains(QLatin1String("exclude each other")) && oneLine(both.err),
                 qPrintable(both.err));

        const Result estimate = score({QStringLiteral("--cascade"), QStringLiteral("--estimate")});
        QCOMPARE(estimate.code, 0);
        QVERIFY2(estimate.out.startsWith(QLatin1String("Estimate: 57 papers")) &&
                     estimate.out.contains(QLatin1String("sets aside 3 of the 60 papers unsent")),
                 qPrintable(estimate.out));
        QCOMPARE(llm.requestCount(), 0);

        const Result run = score({QStringLiteral("--cascade")});
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("3 set aside by the offline scorer")),
                 qPrintable(run.out + run.err));
        const QStringList first = sent();
        QCOMPARE(first.size(), 57);
        llm.clearRecords();

        // The window's Score These Fully: exactly the three, none sent before.
        const Result fully = score({QStringLiteral("--set-aside")});
        QVERIFY2(fully.code == 0, qPrintable(fully.out + fully.err));
        const QStringList later = sent();
        QCOMPARE(later.size(), 3);
        for (const QString &id : later)
            QVERIFY2(!first.contains(id), qPrintable(id));
    }

    void theDigestShowsOneSourceOfScores()
    {
        QVERIFY(fetchAndScoreOffline());
        {
            // A later LLM run that scored one paper, as the score worker records it.
            Database db(m_db);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT scoring_hash FROM runs")) && q.next());
            const QString hash = q.value(0).toString();
            q.prepare(QStringLiteral(
                "INSERT INTO runs (kind, date, provider, model, scoring_hash, started_at, status,"
                " requests, papers, prompt_tokens, completion_tokens, cost_usd) VALUES ('score',"
                " '2026-04-27', 'openai', 'gpt-4o-mini', ?, '2099-01-01T00:00:00Z', 'done', 1, 1,"
                " 1000, 100, 0.0002)"));
            q.addBindValue(hash);
            QVERIFY(q.exec());
            const int run = q.lastInsertId().toInt();
            q.prepare(QStringLiteral(
                "INSERT INTO scores (paper_id, version, scoring_hash, model, status, relevance,"
                " novelty, comment, scored_at, run_id) VALUES ('2604.21953', 1, ?, 'gpt-4o-mini', 'ok',"
                " 9, 9, 'Model says so', '2099-01-01T00:00:00Z', ?)"));
            q.addBindValue(hash);
            q.addBindValue(run);
            QVERIFY(q.exec());
        }
        const Result json =
            paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonObject digest = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray models = digest.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-4o-mini"));
        QCOMPARE(models.first().toObject().value(QStringLiteral("prompt_tokens")).toInt(), 1000);
        int scored = 0;
        for (const QJsonValue &v : digest.value(QStringLiteral("papers")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("relevance")).isNull())
                continue;
            ++scored;
            QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("2604.21953"));
            QCOMPARE(o.value(QStringLiteral("comment")).toString(), QStringLiteral("Model says so"));
        }
        QCOMPARE(scored, 1); // the offline scores of the other papers are not mixed in
    }

    void scoreNeedsADayAndAKey()
    {
        const Result empty =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")});
        QCOMPARE(empty.code, 1);
        QVERIFY2(empty.err.contains(QLatin1String("fetch one first")) && oneLine(empty.err),
                 qPrintable(empty.err));
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const Result noKey =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("openai")});
        QCOMPARE(noKey.code, 1);
        QVERIFY2(noKey.err.contains(QLatin1String("no API key")) && oneLine(noKey.err),
                 qPrintable(noKey.err));
        const Result bad =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("magic")});
        QCOMPARE(bad.code, 2);
    }

    void aMisbehavingLlmServerStopsTheRunWithExitThree()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        const QProcessEnvironment env = llmEnvironment(llm.baseUrl());
        const QStringList score{QStringLiteral("score"), QStringLiteral("--rescore")};
        const auto errorLine = [](const Result &r) {
            const QStringList lines = r.err.split(QLatin1Char('\n')).filter(QStringLiteral("paperboy:"));
            return lines.size() == 1 ? lines.first() : r.err;
        };

        // An answer of 9 MiB, where a real one is some kilobytes.
        llm.setMode(FakeOpenAi::Mode::Huge);
        llm.options().failures = 1000;
        const Result huge = paperboy(score, true, env);
        QCOMPARE(huge.code, 3);
        QVERIFY2(errorLine(huge).startsWith(
                     QLatin1String("paperboy: Stopped: the server's answer is larger than 8 MiB.")),
                 qPrintable(huge.err));

        // A wait of an hour is not sat through.
        llm.setMode(FakeOpenAi::Mode::RateLimit429);
        llm.options().failures = 1;
        llm.options().retryAfterHeader = "3500";
        llm.resetCounters();
        const Result hour = paperboy(score, true, env);
        QCOMPARE(hour.code, 3);
        QVERIFY2(errorLine(hour).startsWith(QLatin1String(
                     "paperboy: The server asks to wait 58 minutes before the next request; stopped")),
                 qPrintable(hour.err));

        // A short one is, and said on a line of its own.
        llm.options().retryAfterHeader = "1";
        llm.resetCounters();
        const Result second = paperboy(score, true, env);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.err.split(QLatin1Char('\n'))
                     .contains(QStringLiteral("waiting 1 s for the server's rate limit")),
                 qPrintable(second.err));

        // --timeout: a server silent for longer is given up on and asked again.
        llm.setMode(FakeOpenAi::Mode::Hang);
        llm.options().failures = 1;
        llm.resetCounters();
        const Result slow = paperboy(score + QStringList{QStringLiteral("--timeout"), QStringLiteral("5"),
                                                         QStringLiteral("--batch-size"), QStringLiteral("6")},
                                     true, env);
        QVERIFY2(slow.code == 0, qPrintable(slow.err));
        QVERIFY2(
            slow.err.contains(QLatin1String("Cannot reach the server (no answer in 5 s): attempt 1, next "
                                            "try in 1 s")),
            qPrintable(slow.err));
    }

    void anUnreachableLlmServerIsGivenUpOnWithExitThree()
    {
        serveNormalDay();
        QCOMPARE(paperboy({QStringLiteral("fetch")}).code, 0);
        const QString address = QStringLiteral("http://127.0.0.1:%1/v1").arg(FakeHttpServer::closedPort());
        const QProcessEnvironment env = llmEnvironment(QUrl(address));
        const Result r = paperboy({QStringLiteral("score"), QStringLiteral("--give-up-after"),
                                   QStringLiteral("1"), QStringLiteral("--concurrency"), QStringLiteral("3"),
                                   QStringLiteral("--batch-size"), QStringLiteral("2")},
                                  true, env);
        QCOMPARE(r.code, 3);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // One error line, the last, naming the server and the give-up.
        const QStringList errors = lines.filter(QStringLiteral("paperboy:"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(lines.last(), errors.first());
        QVERIFY2(
            errors.first().startsWith(QStringLiteral("paperboy: Could not reach the scoring server at %1 "
                                                     "(connection refused); gave up after 1 s and ")
                                          .arg(address)),
            qPrintable(r.err));
        QVERIFY2(
            errors.first().contains(QLatin1String("Nothing was scored; check that the server is running")),
            qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1String("Could not reach")), 1);
        // Nothing else on stderr: the estimate, the progress, the notices, the error.
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QLatin1String("Estimate: ")) ||
                         line.startsWith(QLatin1String("scored ")) ||
                         line.startsWith(
                             QLatin1String("Cannot reach the server (connection refused): attempt ")) ||
                         line == errors.first(),
                     qPrintable(r.err));
        // While it retried, it said so: the run's first try, not one line per batch.
        QVERIFY2(
            lines.contains(QStringLiteral("Cannot reach the server (connection refused): attempt 1, next "
                                          "try in 1 s")),
            qPrintable(r.err));
        QCOMPARE(lines.filter(QStringLiteral("attempt 1,")).size(), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM scores")), 0);
    }

    void aBadServerOverrideIsAUsageError()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAPERBOY_ARXIV_RSS_URL"), QStringLiteral("localhost:8080"));
        process.setProcessEnvironment(env);
        process.start(test::paperboyBinary(), {QStringLiteral("--db"), m_db, QStringLiteral("fetch")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QLatin1String("PAPERBOY_ARXIV_RSS_URL")));
    }

    void anUnusableCacheFailsBeforeAnyDownload()
    {
        serveNormalDay();
        const Result r = paperboy({QStringLiteral("--db"), m_home.path(), QStringLiteral("fetch")}, false);
        QCOMPARE(r.code, 4);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void theReadmeDemoServerWorks()
    {
        // README "Try it without the internet": the stand-in arXiv serves
        // rss/cs.LG+cs.AI by combining the two captured feeds.
        QProcess fake;
        fake.start(QStringLiteral(PAPERBOY_FAKE_ARXIV_BINARY),
                   {QStringLiteral("--feed"),
                    QStringLiteral("cs.LG=") +
                        test::fixturePath(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")),
                    QStringLiteral("--feed"),
                    QStringLiteral("cs.AI=") + test::fixturePath(QStringLiteral(
                                                   "arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"))});
        QVERIFY(fake.waitForReadyRead(10000));
        const QString banner = QString::fromUtf8(fake.readLine()).trimmed();
        QVERIFY2(banner.startsWith(QLatin1String("Listening on http://127.0.0.1:")), qPrintable(banner));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAPERBOY_ARXIV_RSS_URL"), banner.section(QLatin1Char(' '), 2));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(test::paperboyBinary(), {QStringLiteral("--db"), m_db, QStringLiteral("fetch")});
        QVERIFY(process.waitForFinished(30000));
        fake.kill();
        fake.waitForFinished();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Stored 6 papers")));
        QCOMPARE(paperCount(), 6);
    }

    void aNewerCacheIsRefusedWithExitFour()
    {
        {
            Database db(m_db);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const Result r = paperboy({QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("newer Paperboy")) && oneLine(r.err), qPrintable(r.err));
    }

    // A cache that cannot be read is an error, never an empty list or the
    // default criteria: exit 4 and one line saying so.
    void listOnAnUnreadableCacheExitsFour_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("scores") << QStringLiteral("scores");
        QTest::newRow("criteria") << QStringLiteral("criteria");
    }
    void listOnAnUnreadableCacheExitsFour()
    {
        QFETCH(QString, table);
        m_db = m_home.filePath(QStringLiteral("unreadable-%1.sqlite").arg(table)); // a file per row
        const QDate day(2025, 10, 1);
        QString error;
        QVERIFY2(test::storeDay(m_db, day, test::realDay(day, 5), &error), qPrintable(error));
        {
            Database db(m_db);
            QVERIFY2(db.open(&error), qPrintable(error));
            Criteria mine = Criteria::defaults();
            mine.relevanceCutoff = 5;
            QVERIFY2(ScoreRepository(db.connection()).saveCriteria(mine, &error), qPrintable(error));
        }
        const Result before = paperboy({QStringLiteral("list")});
        QCOMPARE(before.code, 0); // the cache reads before it is broken
        QVERIFY(table == QLatin1String("scores") ? test::makeScoresUnreadable(m_db, &error)
                                                 : test::makeCriteriaUnreadable(m_db, &error));
        const Result r = paperboy({QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("cannot read the")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void defaultCacheLivesInTheDataDirectory()
    {
        serveNormalDay();
        const Result r = paperboy({QStringLiteral("fetch")}, false);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/Paperboy/paperboy/paperboy.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
