#include "export/ZoteroConnector.h"

#include "core/NetworkWords.h"
#include "core/Translation.h"
#include "text/TexDisplay.h"
#include "text/TexToUnicode.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUuid>

namespace paperboy::zotero {

namespace {

QString where(const QUrl &base)
{
    return QStringLiteral("%1:%2").arg(base.host()).arg(base.port(kDefaultPort));
}

// Zotero keeps a name as first and last name; arXiv gives one string, whose
// last word is the family name for all but a few.
QJsonObject creator(const QString &name)
{
    const QString full = tex::accentsToUnicode(name).simplified();
    const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
    return QJsonObject{{QStringLiteral("firstName"), space < 0 ? QString() : full.left(space)},
                       {QStringLiteral("lastName"), space < 0 ? full : full.mid(space + 1)},
                       {QStringLiteral("creatorType"), QStringLiteral("author")}};
}

QString dateOf(const Paper &paper)
{
    for (const QDate &date : {paper.published, paper.updated, paper.announced})
        if (date.isValid())
            return date.toString(Qt::ISODate);
    return {};
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;
    bool tooLarge = false;
    bool stopped = false;
};

// How often a waiting request looks at Limits::stop.
constexpr int kStopCheckMs = 50;

bool stopped(const Limits &limits)
{
    return limits.stop && limits.stop->load();
}

QString stoppedText()
{
    return QCoreApplication::translate("paperboy::ZoteroConnector", "the sending to Zotero was stopped");
}

// One request, waited for with a deadline and a bound on what is read.
Answer exchange(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body, const Limits &limits)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Zotero warns about old connectors only when they name their version.
    request.setRawHeader("X-Zotero-Connector-API-Version", "3");
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    Answer answer;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    const auto take = [&] {
        answer.body += reply->read(limits.maxAnswerBytes + 1 - answer.body.size());
        if (answer.body.size() > limits.maxAnswerBytes && !answer.tooLarge) {
            answer.tooLarge = true;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, take);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        answer.timedOut = true;
        reply->abort();
    });
    deadline.start(limits.timeoutMs);
    QTimer stopCheck;
    if (limits.stop) {
        QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
            if (!stopped(limits))
                return;
            answer.stopped = true;
            reply->abort();
        });
        stopCheck.start(kStopCheckMs);
    }
    if (!reply->isFinished())
        loop.exec();
    if (!answer.tooLarge && !answer.timedOut && !answer.stopped)
        take();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

// What went wrong with an answer, in one line; empty when it is a success.
QString problem(const Answer &answer, const QUrl &base, const Limits &limits)
{
    if (answer.stopped)
        return stoppedText();
    if (answer.timedOut)
        return QCoreApplication::translate("paperboy::ZoteroConnector",
                                           "Zotero at %1 did not answer within %2 s")
            .arg(where(base))
            .arg(limits.timeoutMs / 1000.0);
    if (answer.tooLarge)
        return QCoreApplication::translate(
                   "paperboy::ZoteroConnector",
                   "what answers at %1 is not Zotero's connector: its answer is larger than %2 KiB")
            .arg(where(base))
            .arg(limits.maxAnswerBytes / 1024);
    if (answer.status >= 400) {
        QString said = QString::fromUtf8(answer.body).section(QLatin1Char('\n'), 0, 0).simplified().left(200);
        said.removeIf([](QChar c) { return !c.isPrint(); });
        return said.isEmpty()
                   ? QCoreApplication::translate("paperboy::ZoteroConnector", "Zotero at %1 answered HTTP %2")
                         .arg(where(base))
                         .arg(answer.status)
                   : QCoreApplication::translate("paperboy::ZoteroConnector",
                                                 "Zotero at %1 answered HTTP %2: %3")
                         .arg(where(base))
                         .arg(answer.status)
                         .arg(said);
    }
    if (answer.error == QNetworkReply::ConnectionRefusedError)
        return QCoreApplication::translate(
                   "paperboy::ZoteroConnector",
                   "Zotero is not running (nothing answers at %1): start Zotero and try again")
            .arg(where(base));
    if (answer.error != QNetworkReply::NoError)
        return QCoreApplication::translate("paperboy::ZoteroConnector", "cannot reach Zotero at %1: %2")
            .arg(where(base), network::problem(answer.error));
    if (answer.status < 200 || answer.status >= 300)
        return QCoreApplication::translate("paperboy::ZoteroConnector",
                                           "what answers at %1 is not Zotero's connector (HTTP %2)")
            .arg(where(base))
            .arg(answer.status);
    return {};
}

QUrl endpoint(const QUrl &base, const QString &name)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("connector/") + name);
    return url;
}

} // namespace

QUrl connectorUrl(QString *error)
{
    const QString set = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PAPERBOY_ZOTERO_URL"));
    if (set.isEmpty())
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(kDefaultPort));
    const QUrl url(set, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("http") && !url.host().isEmpty())
        return url;
    *error =
        QCoreApplication::translate("paperboy::ZoteroConnector",
                                    "PAPERBOY_ZOTERO_URL='%1' is not an http URL like http://127.0.0.1:23119")
            .arg(set);
    return {};
}

QJsonObject item(const Paper &paper)
{
    QJsonArray creators;
    for (const QString &name : paper.authors)
        creators.append(creator(name));
    const QJsonObject pdf{{QStringLiteral("title"), QStringLiteral("Preprint PDF")},
                          {QStringLiteral("url"), paper.pdfUrl()},
                          {QStringLiteral("mimeType"), QStringLiteral("application/pdf")}};
    return QJsonObject{
        {QStringLiteral("itemType"), QStringLiteral("preprint")},
        {QStringLiteral("title"), tex::toDisplayText(paper.title)},
        {QStringLiteral("creators"), creators},
        {QStringLiteral("abstractNote"), tex::toDisplayText(paper.abstract)},
        {QStringLiteral("date"), dateOf(paper)},
        {QStringLiteral("url"), paper.absUrl()},
        {QStringLiteral("archiveID"), QStringLiteral("arXiv:") + paper.id},
        {QStringLiteral("repository"), QStringLiteral("arXiv")},
        {QStringLiteral("DOI"), QStringLiteral("10.48550/arXiv.") + paper.id},
        {QStringLiteral("libraryCatalog"), QStringLiteral("arXiv.org")},
        {QStringLiteral("attachments"), QJsonArray{pdf}},
    };
}

Outcome send(const QUrl &base, const QList<Paper> &papers, const Limits &limits)
{
    QNetworkAccessManager network;
    Outcome outcome;
    const Answer ping = exchange(network, endpoint(base, QStringLiteral("ping")), {}, limits);
    if (outcome.error = problem(ping, base, limits); !outcome.error.isEmpty())
        return outcome;
    // Zotero's ping page says "Zotero is running": anything else on the port
    // is some other server, which gets no papers.
    if (!ping.body.contains("Zotero")) {
        outcome.error = QCoreApplication::translate("paperboy::ZoteroConnector",
                                                    "what answers at %1 is not Zotero's connector")
                            .arg(where(base));
        return outcome;
    }
    for (qsizetype from = 0; from < papers.size(); from += limits.itemsPerRequest) {
        if (stopped(limits)) {
            outcome.error = stoppedText();
            return outcome;
        }
        QJsonArray items;
        for (const Paper &paper : papers.mid(from, limits.itemsPerRequest))
            items.append(item(paper));
        // A session per request: Zotero refuses a session id it has seen.
        const QJsonObject request{
            {QStringLiteral("items"), items},
            {QStringLiteral("uri"), QStringLiteral("https://arxiv.org/")},
            {QStringLiteral("sessionID"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        const Answer saved = exchange(network, endpoint(base, QStringLiteral("saveItems")),
                                      QJsonDocument(request).toJson(QJsonDocument::Compact), limits);
        if (outcome.error = problem(saved, base, limits); !outcome.error.isEmpty())
            return outcome;
        outcome.sent += int(items.size());
    }
    outcome.ok = true;
    return outcome;
}

QString describe(const Outcome &outcome, int total)
{
    if (outcome.ok)
        return i18n::plural(QCoreApplication::translate("paperboy::ZoteroConnector",
                                                        "Sent %n paper(s) to Zotero.", nullptr, total),
                            total);
    if (outcome.sent == 0)
        return QCoreApplication::translate("paperboy::ZoteroConnector", "%1; nothing was sent")
            .arg(outcome.error);
    return QCoreApplication::translate("paperboy::ZoteroConnector", "%1; %2 of %3 papers were sent before")
        .arg(outcome.error)
        .arg(outcome.sent)
        .arg(total);
}

} // namespace paperboy::zotero
