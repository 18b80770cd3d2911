// Stand-ins on 127.0.0.1 for the services a day is shared with, for trying
// Paperboy by hand and for scripts (scripts/walkthrough.sh):
//
//   paperboy-standin slack --port 8089 --save messages/
//   PAPERBOY_SLACK_WEBHOOK_URL=http://127.0.0.1:8089/services/T/B/X paperboy push --to slack
//
//   paperboy-standin zotero --port 8090
//   PAPERBOY_ZOTERO_URL=http://127.0.0.1:8090 paperboy zotero --starred
//
// Each prints a line per message or item it receives. --fail STATUS answers
// every message (a Slack post, a Zotero save) with that status; --rate-limit
// SECONDS answers the first one 429 with Retry-After: SECONDS.
#include "support/FakeHttpServer.h"
#include "support/FakeZotero.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <optional>

using paperboy::test::FakeHttpServer;
using paperboy::test::FakeZotero;

namespace {

FakeHttpServer::Response plain(int status, const QByteArray &body, const QByteArray &type = "text/plain")
{
    FakeHttpServer::Response r = FakeHttpServer::Response::ok(body, type);
    r.status = status;
    return r;
}

// The failures asked for on the command line, for the n-th message (from 1).
struct Misbehaviour
{
    int failStatus = 0;
    int rateLimitSeconds = 0;

    std::optional<FakeHttpServer::Response> answerFor(int n, const QByteArray &rateLimitBody) const
    {
        if (rateLimitSeconds > 0 && n == 1) {
            FakeHttpServer::Response r = plain(429, rateLimitBody);
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(rateLimitSeconds));
            return r;
        }
        if (failStatus > 0)
            return plain(failStatus, "paperboy-standin: --fail " + QByteArray::number(failStatus) + "\n");
        return std::nullopt;
    }
};

QString counted(qint64 n, const char *one, const char *many)
{
    // Grouped digits ("3,245 bytes") whatever the locale the stand-in runs in.
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n) + QLatin1Char(' ') +
           QLatin1String(n == 1 ? one : many);
}

// A Slack incoming webhook: a JSON message posted to any path is taken and
// answered 200 "ok"; a body that is not a JSON object is 400
// "invalid_payload" and one with neither text nor blocks 400 "no_text", as
// Slack answers them.
class SlackStandin
{
public:
    SlackStandin(const Misbehaviour &misbehaviour, const QString &saveDir)
        : m_misbehaviour(misbehaviour)
        , m_saveDir(saveDir)
    {
    }

    FakeHttpServer::Response answer(const FakeHttpServer::Request &request)
    {
        if (request.method != "POST")
            return plain(405, "paperboy-standin: a webhook takes POST\n");
        if (const auto failed = m_misbehaviour.answerFor(++m_posts, "rate_limited"))
            return *failed;
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return plain(400, "invalid_payload", "text/html");
        const QJsonObject message = document.object();
        const QJsonArray blocks = message.value(QStringLiteral("blocks")).toArray();
        if (message.value(QStringLiteral("text")).toString().isEmpty() && blocks.isEmpty())
            return plain(400, "no_text", "text/html");
        ++m_messages;
        QTextStream out(stdout);
        out << "slack: message " << m_messages << ", " << counted(blocks.size(), "block", "blocks") << ", "
            << counted(request.body.size(), "byte", "bytes");
        if (!m_saveDir.isEmpty()) {
            const QString path = QDir(m_saveDir).filePath(QStringLiteral("message-%1.json").arg(m_messages));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(request.body) != request.body.size())
                out << " (cannot write " << path << ")";
        }
        out << "\n" << Qt::flush;
        return plain(200, "ok", "text/html");
    }

private:
    Misbehaviour m_misbehaviour;
    QString m_saveDir;
    int m_posts = 0;
    int m_messages = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stand-ins for a Slack incoming webhook (slack) and Zotero's connector (zotero)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("service"), QStringLiteral("slack or zotero"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default: any free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption save(QStringLiteral("save"),
                                  QStringLiteral("slack: write each message's body to DIR/message-N.json."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption fail(QStringLiteral("fail"),
                                  QStringLiteral("Answer every message (post, save) with this HTTP status."),
                                  QStringLiteral("STATUS"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Answer the first message 429 Too Many Requests with Retry-After: SECONDS."),
        QStringLiteral("SECONDS"));
    parser.addOptions({port, save, fail, rateLimit});
    parser.process(app);

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    const QString service = args.value(0);
    if (args.size() != 1 || (service != QLatin1String("slack") && service != QLatin1String("zotero"))) {
        err << "paperboy-standin: say which service: slack or zotero\n";
        return 2;
    }
    Misbehaviour misbehaviour;
    bool ok = true;
    if (parser.isSet(fail)) {
        misbehaviour.failStatus = parser.value(fail).toInt(&ok);
        if (!ok || misbehaviour.failStatus < 400 || misbehaviour.failStatus > 599) {
            err << "paperboy-standin: --fail takes an HTTP error status (400 to 599)\n";
            return 2;
        }
    }
    if (parser.isSet(rateLimit)) {
        misbehaviour.rateLimitSeconds = parser.value(rateLimit).toInt(&ok);
        if (!ok || misbehaviour.rateLimitSeconds < 1) {
            err << "paperboy-standin: --rate-limit takes a number of seconds (1 or more)\n";
            return 2;
        }
    }
    const QString saveDir = parser.value(save);
    if (!saveDir.isEmpty() && !QDir().mkpath(saveDir)) {
        err << "paperboy-standin: cannot make the folder " << saveDir << "\n";
        return 2;
    }
    const quint16 listenPort = quint16(parser.value(port).toUInt());

    FakeHttpServer slackServer;
    SlackStandin slack(misbehaviour, saveDir);
    FakeZotero zotero;
    QUrl listening;
    if (service == QLatin1String("slack")) {
        slackServer.setHandler(
            [&slack](const FakeHttpServer::Request &request) { return slack.answer(request); });
        if (slackServer.listen(listenPort))
            listening = slackServer.baseUrl();
    } else {
        zotero.setSaveFailure([misbehaviour](int save) {
            // Zotero itself never rate-limits; the 429 is a proxy's or a
            // future Zotero's, to see what Paperboy says.
            return misbehaviour.answerFor(save, "Too Many Requests\n");
        });
        QObject::connect(&zotero, &FakeZotero::itemSaved, [](const QJsonObject &item) {
            QString id = item.value(QStringLiteral("archiveID")).toString();
            id.remove(QLatin1String("arXiv:"));
            QTextStream(stdout) << "zotero: saved " << id << " "
                                << item.value(QStringLiteral("title")).toString().simplified() << "\n"
                                << Qt::flush;
        });
        if (zotero.listen(listenPort))
            listening = zotero.baseUrl();
    }
    if (listening.isEmpty()) {
        err << "paperboy-standin: cannot listen on port " << parser.value(port) << "\n";
        return 1;
    }
    QTextStream(stdout) << "Listening on " << listening.toString() << "\n" << Qt::flush;
    return app.exec();
}
