#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace paperboy::test {

// Zotero's connector server (the one its browser extension saves through),
// on FakeHttpServer (127.0.0.1): GET /connector/ping answers Zotero's own
// page, POST /connector/saveItems saves the items and answers 201 with an
// empty JSON body, a session id seen before gets 409 SESSION_EXISTS, a body
// that is not JSON 400, any other path 404, as Zotero 7 does. It records
// every item saved. Lives in the thread that created it.
class FakeZotero : public QObject
{
    Q_OBJECT
public:
    // Zotero's answer to GET /connector/ping.
    static const QByteArray kPingPage;

    // A misbehaving Zotero: given the number of the saveItems request (from
    // 1), an answer to give instead of saving, or nothing to save as usual.
    using SaveFailure = std::function<std::optional<FakeHttpServer::Response>(int save)>;

    explicit FakeZotero(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    void close() { m_server.close(); }
    quint16 port() const { return m_server.port(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    void setSaveFailure(SaveFailure failure) { m_failure = std::move(failure); }

    // The body of every saveItems request, saved or not, in order.
    QList<QJsonObject> saveRequests() const { return m_saveRequests; }
    // The items saved, in order.
    QList<QJsonObject> savedItems() const { return m_saved; }
    // Every request of any kind.
    QList<FakeHttpServer::Request> requests() const { return m_server.requests(); }

signals:
    void itemSaved(const QJsonObject &item);

private:
    FakeHttpServer::Response answer(const FakeHttpServer::Request &request);
    FakeHttpServer::Response save(const FakeHttpServer::Request &request);

    FakeHttpServer m_server;
    SaveFailure m_failure;
    QSet<QString> m_sessions;
    QList<QJsonObject> m_saveRequests;
    QList<QJsonObject> m_saved;
};

} // namespace paperboy::test
