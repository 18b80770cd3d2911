// The push's payloads (Slack Block Kit within its limits, Matrix events, the
// generic webhook) and its sender against a local server that misbehaves.
#include "push/PushPayload.h"
#include "push/PushSender.h"
#include "push/PushTarget.h"
#include "support/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy;
using paperboy::test::FakeHttpServer;

namespace {

// A day of `relevant` relevant papers, each with a long comment and a title
// that holds what Slack's mrkdwn and HTML read as syntax.
Digest dayOf(int relevant)
{
    Digest d;
    d.day.date = QDate(2026, 4, 27);
    d.day.announced = relevant + 40;
    for (int i = 0; i < relevant; ++i) {
        PaperRow row;
        row.paper.id = QStringLiteral("2604.%1").arg(20000 + i);
        row.paper.title = QStringLiteral("Paper %1: <b>bold</b> & $x^2$ tricks").arg(i + 1);
        row.paper.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
        row.scoreState = ScoreState::Scored;
        row.relevance = 9;
        row.novelty = 7;
        row.scoreComment = QString(5000, QLatin1Char('c'));
        row.relevant = true;
        d.papers << row;
    }
    return d;
}

QJsonObject objectOf(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

push::Message postTo(const QUrl &url, const QByteArray &body)
{
    push::Target t;
    t.url = url;
    return push::messagesFor(t, {body}, QStringLiteral("txn")).first();
}

} // namespace

class TestPush : public QObject
{
    Q_OBJECT
private:
    push::PushSender::Result send(const QList<push::Message> &messages, push::SendLimits limits = {})
    {
        push::PushSender sender(limits);
        push::PushSender::Result result;
        bool done = false;
        sender.send(messages, QStringLiteral("127.0.0.1"), [&](const push::PushSender::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = QStringLiteral("the sender never called back");
        return result;
    }

private slots:
    void aBusyDayIsSplitWithinSlacksLimits()
    {
        const Digest d = dayOf(60);
        const QList<QByteArray> messages = push::slackMessages(d);
        QCOMPARE(messages.size(), 2);
        QStringList ids;
        for (qsizetype m = 0; m < messages.size(); ++m) {
            const QJsonObject o = objectOf(messages[m]);
            QVERIFY(!o.value(QStringLiteral("text")).toString().isEmpty());
            const QJsonArray blocks = o.value(QStringLiteral("blocks")).toArray();
            QVERIFY(blocks.size() <= 50);
            const QJsonObject header = blocks.first().toObject();
            QCOMPARE(header.value(QStringLiteral("type")).toString(), QStringLiteral("header"));
            const QJsonObject headerText = header.value(QStringLiteral("text")).toObject();
            QCOMPARE(headerText.value(QStringLiteral("type")).toString(), QStringLiteral("plain_text"));
            QVERIFY(headerText.value(QStringLiteral("text")).toString().size() <= 150);
            QVERIFY(headerText.value(QStringLiteral("text"))
                        .toString()
                        .endsWith(QStringLiteral("(%1/2)").arg(m + 1)));
            for (const QJsonValue &b : blocks) {
                const QJsonObject block = b.toObject();
                if (block.value(QStringLiteral("type")) != QLatin1String("section"))
                    continue;
                const QJsonObject text = block.value(QStringLiteral("text")).toObject();
                QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("mrkdwn"));
                const QString t = text.value(QStringLiteral("text")).toString();
                QVERIFY2(t.size() <= 3000, qPrintable(QString::number(t.size())));
                // Escaped for mrkdwn: the title's tags are text, the link is the paper's.
                QVERIFY2(t.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; x² tricks")),
                         qPrintable(t));
                const qsizetype at = t.indexOf(QLatin1String("https://arxiv.org/abs/"));
                QVERIFY(at > 0);
                ids << t.mid(at + 22, 10);
            }
        }
        // Every paper once, in the digest's order.
        QCOMPARE(ids.size(), 60);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(ids[i], d.papers[i].paper.id);
    }

    void aQuietDayIsOneMessageSayingSo()
    {
        const QList<QByteArray> messages = push::slackMessages(dayOf(0));
        QCOMPARE(messages.size(), 1);
        QVERIFY(objectOf(messages.first())
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("0 relevant of 40 papers")));
    }

    void matrixEventsAreEscapedHtmlAndBounded()
    {
        const QList<QByteArray> messages = push::matrixMessages(dayOf(60), 32 * 1024);
        QVERIFY(messages.size() > 1);
        int papers = 0;
        for (const QByteArray &m : messages) {
            QVERIFY(m.size() <= 32 * 1024);
            const QJsonObject o = objectOf(m);
            QCOMPARE(o.value(QStringLiteral("msgtype")).toString(), QStringLiteral("m.text"));
            QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("org.matrix.custom.html"));
            const QString html = o.value(QStringLiteral("formatted_body")).toString();
            QVERIFY(!html.contains(QLatin1String("<b>")));
            QVERIFY(html.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt; &amp;")));
            QVERIFY(o.value(QStringLiteral("body")).toString().contains(QLatin1String("<b>bold</b> &")));
            papers += int(html.count(QLatin1String("<li>")));
        }
        QCOMPARE(papers, 60);
    }

    void theWebhookCarriesEveryPaper()
    {
        const QList<QByteArray> messages = push::webhookMessages(dayOf(60), 50);
        QCOMPARE(messages.size(), 2);
        const QJsonObject first = objectOf(messages.first());
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-27"));
        QCOMPARE(first.value(QStringLiteral("parts")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("relevant")).toInt(), 60);
        QCOMPARE(first.value(QStringLiteral("papers")).toArray().size(), 50);
        QCOMPARE(objectOf(messages.last()).value(QStringLiteral("papers")).toArray().size(), 10);
        const QJsonObject paper = first.value(QStringLiteral("papers")).toArray().first().toObject();
        QCOMPARE(paper.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://arxiv.org/abs/2604.20000"));
        QCOMPARE(paper.value(QStringLiteral("relevance")).toInt(), 9);
    }

    void matrixPutsToTheRoomWithTheToken()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"),
                   QStringLiteral("https://matrix.example.org/"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_secret"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!room/x:example.org"));
        QString error;
        const auto target = push::targetFromEnvironment(push::Kind::Matrix, env, &error);
        QVERIFY2(target, qPrintable(error));
        const QList<push::Message> m = push::messagesFor(*target, {"{}", "{}"}, QStringLiteral("t"));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].method, QByteArray("PUT"));
        QCOMPARE(m[0].request.rawHeader("Authorization"), QByteArray("Bearer syt_secret"));
        const QUrl url = m[1].request.url();
        QCOMPARE(url.host(), QStringLiteral("matrix.example.org"));
        QCOMPARE(url.path(QUrl::FullyDecoded),
                 QStringLiteral("/_matrix/client/v3/rooms/!room/x:example.org/send/m.room.message/t-2"));
        // The room's slash stays inside its path segment.
        QVERIFY(url.path(QUrl::FullyEncoded).contains(QLatin1String("room%2Fx")));

        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("#alias:example.org"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Matrix, env, &error));
        QVERIFY(error.contains(QLatin1String("PAPERBOY_MATRIX_ROOM")));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!r:example.org"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("a\r\nX-Evil: 1"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Matrix, env, &error));
        QVERIFY(!error.contains(QLatin1String("Evil")));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_secret"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"),
                   QStringLiteral("https://me:hunter2@matrix.example.org"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Matrix, env, &error));
        QCOMPARE(error,
                 QStringLiteral("PAPERBOY_MATRIX_HOMESERVER holds a user name or password: Matrix needs only "
                                "the access token"));
    }

    void aBadAddressIsNamedNotShown()
    {
        QProcessEnvironment env;
        QString error;
        QVERIFY(!push::targetFromEnvironment(push::Kind::Slack, env, &error));
        QCOMPARE(error, QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL is not set"));
        env.insert(QStringLiteral("PAPERBOY_WEBHOOK_URL"), QStringLiteral("ftp://secret-host/hook"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Webhook, env, &error));
        QVERIFY(error.contains(QLatin1String("PAPERBOY_WEBHOOK_URL")));
        QVERIFY(!error.contains(QLatin1String("secret")));
    }

    // A webhook address and a Matrix token are secrets: plain http only to
    // this machine, never across a network.
    void plainHttpOnlyToThisComputer()
    {
        QProcessEnvironment env;
        QString error;
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"),
                   QStringLiteral("http://hooks.example.org/services/T0SECRET/B0SECRET"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Slack, env, &error));
        QVERIFY2(error.startsWith(QLatin1String("PAPERBOY_SLACK_WEBHOOK_URL must be an https address")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("SECRET")));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"), QStringLiteral("http://matrix.example.org"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_token"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!r:example.org"));
        QVERIFY(!push::targetFromEnvironment(push::Kind::Matrix, env, &error));
        QVERIFY2(error.contains(QLatin1String("must be an https address")), qPrintable(error));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"),
                   QStringLiteral("https://matrix.example.org"));
        QVERIFY2(push::targetFromEnvironment(push::Kind::Matrix, env, &error), qPrintable(error));
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"), QStringLiteral("http://127.0.0.1:8/hook"));
        QVERIFY2(push::targetFromEnvironment(push::Kind::Slack, env, &error), qPrintable(error));
    }

    void aRateLimitIsWaitedOutThenSent()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const FakeHttpServer::Request &) {
            if (++calls == 1) {
                auto r = FakeHttpServer::Response::error(429, "slow down", "text/plain");
                r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
                return r;
            }
            return FakeHttpServer::Response::ok("ok", "text/plain");
        });
        const auto result =
            send({postTo(server.baseUrl().resolved(QUrl(QStringLiteral("/hook"))), "{\"a\":1}")});
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests[1].receivedMs - requests[0].receivedMs >= 900);
        QCOMPARE(requests[1].body, QByteArray("{\"a\":1}"));
        QCOMPARE(requests[1].method, QByteArray("POST"));
    }

    void aLongRetryAfterIsAnError()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto r = FakeHttpServer::Response::error(429, {}, "text/plain");
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("3600"));
        server.route("/hook", r);
        const auto result = send({postTo(server.baseUrl().resolved(QUrl(QStringLiteral("/hook"))), "{}")});
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 QStringLiteral("127.0.0.1 asks to wait 3600 s (429 Too Many Requests); try again later"));
        QCOMPARE(server.requests().size(), 1);
    }

    void aServerThatKeepsLimitingIsGivenUpOn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        auto r = FakeHttpServer::Response::error(429, {}, "text/plain");
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("0"));
        server.route("/hook", r);
        const auto result = send({postTo(server.baseUrl().resolved(QUrl(QStringLiteral("/hook"))), "{}")});
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 QStringLiteral("127.0.0.1 kept refusing with 429 Too Many Requests; try again later"));
        QCOMPARE(server.requests().size(), 4); // the first try and three retries
    }

    void aMatrixErrorNeverShowsTheToken()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("/_matrix/*",
                     FakeHttpServer::Response::error(
                         401, "{\"errcode\":\"M_UNKNOWN_TOKEN\",\"error\":\"Unknown token syt_SECRET\"}",
                         "application/json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"), server.baseUrl().toString());
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_SECRET"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!r:example.org"));
        QString error;
        const auto target = push::targetFromEnvironment(push::Kind::Matrix, env, &error);
        QVERIFY2(target, qPrintable(error));
        const auto result = send(push::messagesFor(*target, {"{}"}, QStringLiteral("t")));
        QCOMPARE(result.error,
                 QStringLiteral(
                     "127.0.0.1 refused the message: HTTP 401 (M_UNKNOWN_TOKEN Unknown token [secret])"));
    }

    void failuresAreOneLineWithoutTheSecret_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("response");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << FakeHttpServer::Response::error(500, "<html>oops</html>")
                             << QStringLiteral("127.0.0.1 refused the message: HTTP 500");
        QTest::newRow("echoes the secret")
            << FakeHttpServer::Response::error(403, "no_service for /hook/T0SECRETXYZ (T0SECRETXYZ)",
                                               "text/plain")
            << QStringLiteral("127.0.0.1 refused the message: HTTP 403 (no_service for [secret] ([secret]))");
        FakeHttpServer::Response redirect = FakeHttpServer::Response::error(307, {});
        redirect.headers << qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.2:1/elsewhere"));
        QTest::newRow("redirect") << redirect
                                  << QStringLiteral("127.0.0.1 answered with a redirect (HTTP 307), which is"
                                                    " not followed; check the address");
        FakeHttpServer::Response huge = FakeHttpServer::Response::ok({}, "text/plain");
        huge.repeat = QByteArray(1024, 'x');
        huge.repeatTimes = 1024;
        QTest::newRow("endless answer")
            << huge << QStringLiteral("127.0.0.1 answered with more than 64 KiB; not read");
        FakeHttpServer::Response hang;
        hang.hang = true;
        QTest::newRow("silence") << hang << QStringLiteral("127.0.0.1 did not answer within 1 s");
    }

    void failuresAreOneLineWithoutTheSecret()
    {
        QFETCH(FakeHttpServer::Response, response);
        QFETCH(QString, expected);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("/hook/T0SECRETXYZ", response);
        push::SendLimits limits;
        limits.timeoutMs = 1000;
        const auto result = send(
            {postTo(server.baseUrl().resolved(QUrl(QStringLiteral("/hook/T0SECRETXYZ"))), "{}")}, limits);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, expected);
        QCOMPARE(result.sent, 0);
        QCOMPARE(server.requests().size(), 1);
    }

    void noServerIsOneLine()
    {
        const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hook/T0SECRETXYZ").arg(FakeHttpServer::closedPort()));
        const auto result = send({postTo(url, "{}")});
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("cannot reach 127.0.0.1: connection refused"));
    }

    void aFailureMidwayStopsAndSaysHowFar()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.route("/one", FakeHttpServer::Response::ok("ok", "text/plain"));
        server.route("/two", FakeHttpServer::Response::error(500));
        const QUrl base = server.baseUrl();
        const auto result = send({postTo(base.resolved(QUrl(QStringLiteral("/one"))), "1"),
                                  postTo(base.resolved(QUrl(QStringLiteral("/two"))), "2"),
                                  postTo(base.resolved(QUrl(QStringLiteral("/one"))), "3")});
        QVERIFY(!result.ok);
        QCOMPARE(result.sent, 1);
        QVERIFY2(result.error.endsWith(QLatin1String("(after 1 of 3 messages)")), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
