#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace paperboy::test {

// A small HTTP/1.1 server on 127.0.0.1 (random port) for tests: it replays
// captured responses and misbehaves on purpose (errors, slow answers,
// truncated bodies, silence). Runs in the thread that created it; the code
// under test talks to it over real sockets.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // without the query
        QByteArray query;                      // raw, still percent-encoded
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedMs = 0; // since the server started
        QUrl url() const;      // path + query, for QUrlQuery
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/xml; charset=utf-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;     // wait before answering
        bool hang = false;   // never answer (the client's timeout must fire)
        int truncateAt = -1; // send only this many body bytes, then close
        // No Content-Length: the body ends when the server closes the connection.
        bool noContentLength = false;
        // Send the headers (without a length), then a space every trickleMs
        // for ever instead of the body: never silent long enough for a
        // stall timeout, never done.
        int trickleMs = 0;
        // Announce this Content-Length instead of the body's size; when it is
        // more, the connection stays open and silent after the body.
        qint64 announcedLength = -1;
        // A streamed body: `body`, then `repeat` `repeatTimes` times, then
        // `tail`, written as the client takes it (never held whole), without
        // a Content-Length unless announcedLength says one; the connection
        // closes after the tail.
        QByteArray repeat;
        qint64 repeatTimes = 0;
        QByteArray tail;
        static Response ok(const QByteArray &body,
                           const QByteArray &contentType = "application/xml; charset=utf-8");
        static Response error(int status, const QByteArray &body = {},
                              const QByteArray &contentType = "text/html; charset=utf-8");
        qint64 streamedSize() const { return body.size() + repeat.size() * repeatTimes + tail.size(); }
    };

    // A port on 127.0.0.1 that nothing listens on (taken from the system,
    // then let go): a connection to it is refused.
    static quint16 closedPort();

    // `data` in gzip's format (RFC 1952), for Content-Encoding: gzip.
    static QByteArray gzip(const QByteArray &data);

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0);
    // Dies as a server process does: stops listening (new connections are
    // refused) and drops every open connection without a word (requests in
    // flight get no answer, delayed answers are never sent).
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    // Answers everything with the handler (default: 404).
    void setHandler(Handler handler);
    // Answers requests whose path is `path` (or starts with it when it ends
    // in '*') with `response`; later routes win over earlier ones.
    void route(const QByteArray &path, const Response &response);

    QList<Request> requests() const;
    void clearRequests();
    int openConnections() const { return m_open; }
    // How many body bytes the last streamed answer got out before the
    // client hung up or the stream ended.
    qint64 streamedBytes() const { return m_streamedBytes; }
    int maxConcurrentRequests() const { return m_maxInFlight; }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void write(QTcpSocket *socket, const Response &response);
    void stream(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<QPair<QByteArray, Response>> m_routes;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QDateTime m_started;
    int m_open = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    qint64 m_streamedBytes = 0;
};

} // namespace paperboy::test

Q_DECLARE_METATYPE(paperboy::test::FakeHttpServer::Response)
