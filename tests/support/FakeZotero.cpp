#include "support/FakeZotero.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::test {

namespace {

FakeHttpServer::Response json(int status, const QByteArray &body)
{
    FakeHttpServer::Response r = FakeHttpServer::Response::ok(body, "application/json");
    r.status = status;
    return r;
}

FakeHttpServer::Response text(int status, const QByteArray &body)
{
    FakeHttpServer::Response r = FakeHttpServer::Response::ok(body, "text/plain");
    r.status = status;
    return r;
}

} // namespace

const QByteArray FakeZotero::kPingPage = "<!DOCTYPE html><html><head>"
                                         "<title>Zotero Connector Server is Available</title></head>"
                                         "<body>Zotero Connector Server is Available</body></html>";

FakeZotero::FakeZotero(QObject *parent)
    : QObject(parent)
{
    m_server.setHandler([this](const FakeHttpServer::Request &request) { return answer(request); });
}

bool FakeZotero::listen(quint16 port)
{
    return m_server.listen(port);
}

FakeHttpServer::Response FakeZotero::answer(const FakeHttpServer::Request &request)
{
    if (request.path == "/connector/ping" && request.method == "GET")
        return FakeHttpServer::Response::ok(kPingPage, "text/html");
    if (request.path == "/connector/saveItems" && request.method == "POST")
        return save(request);
    if (request.path == "/connector/ping" || request.path == "/connector/saveItems")
        return text(400, "Endpoint does not support method\n");
    return text(404, "No endpoint found\n");
}

FakeHttpServer::Response FakeZotero::save(const FakeHttpServer::Request &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return text(400, "Invalid JSON provided\n");
    const QJsonObject body = document.object();
    m_saveRequests << body;
    if (m_failure)
        if (const auto failed = m_failure(int(m_saveRequests.size())))
            return *failed;
    const QString session = body.value(QStringLiteral("sessionID")).toString();
    if (m_sessions.contains(session))
        return json(409, R"({"error":"SESSION_EXISTS"})");
    m_sessions.insert(session);
    for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
        m_saved << item.toObject();
        emit itemSaved(item.toObject());
    }
    return json(201, {});
}

} // namespace paperboy::test
