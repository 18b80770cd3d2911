// The Zotero connector client against a stand-in on 127.0.0.1 that records
// what it gets and misbehaves on purpose: batches, a failure half-way, an
// answer too large, a redirect; and the item it builds from a paper.
#include "arxiv/ApiParser.h"
#include "export/ZoteroConnector.h"
#include "jobs/ZoteroSend.h"
#include "support/FakeHttpServer.h"
#include "support/FakeZotero.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeZotero;

class TestZoteroConnector : public QObject
{
    Q_OBJECT
private:
    QList<Paper> m_papers; // the API capture's first five papers

    static QList<QByteArray> saveBodies(const FakeHttpServer &server)
    {
        QList<QByteArray> bodies;
        for (const FakeHttpServer::Request &r : server.requests())
            if (r.path == "/connector/saveItems")
                bodies << r.body;
        return bodies;
    }

private slots:
    void initTestCase()
    {
        const ApiParseResult parsed = parseApiFeed(
            test::readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")));
        QVERIFY(parsed.ok);
        m_papers = parsed.papers.mid(0, 5);
        QCOMPARE(m_papers.size(), 5);
    }

    void papersGoInBatchesEachItsOwnSession()
    {
        FakeZotero zotero;
        QVERIFY(zotero.listen());
        zotero::Limits limits;
        limits.itemsPerRequest = 2;
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers, limits);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.sent, 5);
        const QList<QJsonObject> requests = zotero.saveRequests();
        QCOMPARE(requests.size(), 3);
        QSet<QString> sessions;
        for (const QJsonObject &request : requests)
            sessions.insert(request.value(QStringLiteral("sessionID")).toString());
        QCOMPARE(sessions.size(), 3);
        QStringList ids;
        for (const QJsonObject &item : zotero.savedItems())
            ids << item.value(QStringLiteral("archiveID")).toString();
        QStringList expected;
        for (const Paper &p : m_papers)
            expected << QStringLiteral("arXiv:") + p.id;
        QCOMPARE(ids, expected);
    }

    void aFailureHalfWaySaysWhatWasSent()
    {
        FakeZotero zotero;
        QVERIFY(zotero.listen());
        zotero.setSaveFailure([](int save) -> std::optional<FakeHttpServer::Response> {
            if (save < 3)
                return std::nullopt;
            return FakeHttpServer::Response::error(500, "Error: database is locked\nat line 3");
        });
        zotero::Limits limits;
        limits.itemsPerRequest = 2;
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers, limits);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.sent, 4);
        QCOMPARE(zotero.savedItems().size(), 4);
        QCOMPARE(outcome.error,
                 QStringLiteral("Zotero at 127.0.0.1:%1 answered HTTP 500: Error: database is locked")
                     .arg(zotero.port()));
    }

    // A connection cut in the middle of an answer is said in words, not in
    // Qt's ("Connection closed" with the address and the reply's internals).
    void aCutConnectionIsSaidInWords()
    {
        FakeZotero zotero;
        QVERIFY(zotero.listen());
        zotero.setSaveFailure([](int) -> std::optional<FakeHttpServer::Response> {
            FakeHttpServer::Response cut = FakeHttpServer::Response::ok(QByteArray(200, 'x'), "text/plain");
            cut.truncateAt = 10;
            return cut;
        });
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 QStringLiteral("cannot reach Zotero at 127.0.0.1:%1: the server closed the connection")
                     .arg(zotero.port()));
    }

    void anAnswerTooLargeIsNoConnector()
    {
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        FakeHttpServer::Response huge = FakeHttpServer::Response::ok("Zotero", "text/html");
        huge.repeat = QByteArray(1024, 'x');
        huge.repeatTimes = 1024 * 1024; // a gigabyte, were it all read
        zotero.route("/connector/ping", huge);
        zotero::Limits limits;
        limits.maxAnswerBytes = 4096;
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers, limits);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("its answer is larger than 4 KiB")),
                 qPrintable(outcome.error));
        QVERIFY(saveBodies(zotero).isEmpty());
        QVERIFY(zotero.streamedBytes() < 64 * 1024 * 1024);
    }

    // Another server on Zotero's port answers the ping, but not as Zotero.
    void anotherServerGetsNoPapers()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.route("/*", FakeHttpServer::Response::ok("<html><body>It works!</body></html>", "text/html"));
        const zotero::Outcome outcome = zotero::send(other.baseUrl(), m_papers);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 QStringLiteral("what answers at 127.0.0.1:%1 is not Zotero's connector").arg(other.port()));
        QVERIFY(saveBodies(other).isEmpty());
    }

    // A redirect is not followed: the papers go nowhere but the address given.
    void aRedirectIsNotFollowed()
    {
        FakeZotero elsewhere;
        QVERIFY(elsewhere.listen());
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        FakeHttpServer::Response moved = FakeHttpServer::Response::error(302);
        moved.headers << qMakePair(QByteArray("Location"),
                                   elsewhere.baseUrl().toEncoded() + "/connector/ping");
        zotero.route("/connector/ping", moved);
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("is not Zotero's connector (HTTP 302)")),
                 qPrintable(outcome.error));
        QVERIFY(elsewhere.requests().isEmpty());
    }

    // TeX in arXiv's metadata becomes the text Zotero shows.
    // The window closing while its sending waits for a Zotero that took the
    // request and never answers (a timeout far longer than any test): the
    // sending stops and its thread ends, rather than holding the window's
    // destruction until the timeout; no outcome is delivered to anyone.
    void aSendingGoingAwayStopsWaiting()
    {
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        FakeHttpServer::Response silent;
        silent.hang = true;
        zotero.route("/connector/ping", silent);
        zotero::Limits limits;
        limits.timeoutMs = 24 * 3600 * 1000;
        auto *sending = new ZoteroSend;
        QSignalSpy finished(sending, &ZoteroSend::finished);
        QVERIFY(sending->start(zotero.baseUrl(), m_papers, limits));
        QTRY_COMPARE(zotero.requests().size(), 1);
        delete sending;
        QCOMPARE(finished.size(), 0);
        // The dropped request's connection closes; nothing else was asked.
        QTRY_COMPARE(zotero.openConnections(), 0);
        QCOMPARE(zotero.requests().size(), 1);
    }

    // Stopped before a batch: nothing more is sent, and the outcome says so.
    void aStoppedSendingSendsNoMore()
    {
        FakeZotero zotero;
        QVERIFY(zotero.listen());
        std::atomic<bool> stop{true};
        zotero::Limits limits;
        limits.stop = &stop;
        const zotero::Outcome outcome = zotero::send(zotero.baseUrl(), m_papers, limits);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.sent, 0);
        QCOMPARE(zotero::describe(outcome, int(m_papers.size())),
                 QStringLiteral("the sending to Zotero was stopped; nothing was sent"));
        QVERIFY(zotero.saveRequests().isEmpty());
    }

    void anItemReadsAsText()
    {
        Paper paper;
        paper.id = QStringLiteral("2510.21614");
        paper.title = QStringLiteral("G\\\"odel machines in $\\mathcal{O}(n)$ time");
        paper.authors = {QStringLiteral("Kurt G\\\"{o}del"), QStringLiteral("Plato")};
        paper.abstract = QStringLiteral("We prove $x^2$ bounds.");
        paper.published = QDate(2025, 10, 24);
        const QJsonObject item = zotero::item(paper);
        QCOMPARE(item.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Gödel machines in 𝒪(n) time"));
        QCOMPARE(item.value(QStringLiteral("abstractNote")).toString(),
                 QStringLiteral("We prove x² bounds."));
        const QJsonArray creators = item.value(QStringLiteral("creators")).toArray();
        QCOMPARE(creators.at(0).toObject().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Gödel"));
        QCOMPARE(creators.at(0).toObject().value(QStringLiteral("firstName")).toString(),
                 QStringLiteral("Kurt"));
        QCOMPARE(creators.at(1).toObject().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Plato"));
        QCOMPARE(creators.at(1).toObject().value(QStringLiteral("firstName")).toString(), QString());
        QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-24"));
    }
};

QTEST_GUILESS_MAIN(TestZoteroConnector)
#include "tst_zoteroconnector.moc"
