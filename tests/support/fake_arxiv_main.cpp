// A stand-in for rss.arxiv.org and export.arxiv.org on 127.0.0.1, for trying
// Paperboy by hand and for scripts:
//
//   paperboy-fake-arxiv --port 8088 --feed cs.LG=day/cs.LG.xml --feed cs.AI=day/cs.AI.xml
//   PAPERBOY_ARXIV_RSS_URL=http://127.0.0.1:8088 paperboy fetch --categories cs.LG,cs.AI
//   paperboy-fake-arxiv --port 8088 --api-day api_capture.xml   (a day of the capture's papers)
//
// rss/cs.LG+cs.AI combines the categories' feeds, each paper once. A
// category without a --feed gets arXiv's own error channel (HTTP 400), as an
// unknown category does on the real service.
#include "arxiv/ApiParser.h"
#include "support/FakeHttpServer.h"
#include "support/FeedSynthesizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using paperboy::test::FakeHttpServer;

namespace {

QByteArray errorFeed(const QByteArray &query)
{
    return "<?xml version='1.0' encoding='UTF-8'?>\n"
           "<rss version=\"2.0\"><channel><title>Feed error for query: https://rss.arxiv.org/rss/" +
           query + "</title><link>http://rss.arxiv.org/rss/</link><description>Bad archive '" + query +
           "'.</description><managingEditor>rss-help.arxiv.org</managingEditor></channel></rss>\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serve arXiv listing feeds and API answers from files."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default: any free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption feed(QStringLiteral("feed"), QStringLiteral("Serve FILE at /rss/CATEGORY."),
                                  QStringLiteral("CATEGORY=FILE"));
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("Serve FILE for every /api/query."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption apiDay(
        QStringLiteral("api-day"),
        QStringLiteral("Serve the papers of an API capture as the listing of every /rss/ query, dated DATE."),
        QStringLiteral("FILE"));
    const QCommandLineOption dayDate(QStringLiteral("date"),
                                     QStringLiteral("The listing date for --api-day (default 2026-04-27)."),
                                     QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-04-27"));
    parser.addOptions({port, feed, api, apiDay, dayDate});
    parser.process(app);

    QTextStream err(stderr);
    QHash<QByteArray, QByteArray> feeds;
    for (const QString &spec : parser.values(feed)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        QFile file(spec.mid(eq + 1));
        if (eq <= 0 || !file.open(QIODevice::ReadOnly)) {
            err << "paperboy-fake-arxiv: cannot read " << spec << "\n";
            return 2;
        }
        feeds.insert(spec.left(eq).toUtf8(), file.readAll());
    }
    QByteArray apiBody;
    if (parser.isSet(api)) {
        QFile file(parser.value(api));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "paperboy-fake-arxiv: cannot read " << parser.value(api) << "\n";
            return 2;
        }
        apiBody = file.readAll();
    }

    QList<paperboy::Paper> dayPapers;
    if (parser.isSet(apiDay)) {
        QFile file(parser.value(apiDay));
        const paperboy::ApiParseResult parsed = file.open(QIODevice::ReadOnly)
                                                    ? paperboy::parseApiFeed(file.readAll())
                                                    : paperboy::ApiParseResult();
        if (!parsed.ok) {
            err << "paperboy-fake-arxiv: cannot read papers from " << parser.value(apiDay) << "\n";
            return 2;
        }
        dayPapers = parsed.papers;
    }
    const QDate listingDate = QDate::fromString(parser.value(dayDate), Qt::ISODate);

    FakeHttpServer server;
    server.setHandler([&](const FakeHttpServer::Request &request) {
        if (request.path.startsWith("/rss/") && !dayPapers.isEmpty()) {
            const QStringList categories = QString::fromUtf8(request.path.mid(5)).split(QLatin1Char('+'));
            return FakeHttpServer::Response::ok(
                paperboy::test::listingFeedFromPapers(dayPapers, categories, listingDate));
        }
        if (request.path.startsWith("/rss/")) {
            // rss/A+B: the feeds of A and B combined, each paper once, as arXiv does.
            QList<QByteArray> parts;
            for (const QByteArray &category : request.path.mid(5).split('+')) {
                if (!feeds.contains(category))
                    return FakeHttpServer::Response::error(400, errorFeed(category),
                                                           "application/xml; charset=utf-8");
                parts << feeds.value(category);
            }
            return FakeHttpServer::Response::ok(paperboy::test::combineListingFeeds(parts));
        }
        if (request.path == "/api/query" && !apiBody.isEmpty())
            return FakeHttpServer::Response::ok(apiBody, "application/atom+xml; charset=utf-8");
        return FakeHttpServer::Response::error(404, "not found\n", "text/plain");
    });
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        err << "paperboy-fake-arxiv: cannot listen on port " << parser.value(port) << "\n";
        return 1;
    }
    QTextStream(stdout) << "Listening on " << server.baseUrl().toString() << "\n" << Qt::flush;
    return app.exec();
}
