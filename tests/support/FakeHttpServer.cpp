#include "support/FakeHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace paperboy::test {

QUrl FakeHttpServer::Request::url() const
{
    QUrl u;
    u.setPath(QString::fromUtf8(path));
    u.setQuery(QString::fromUtf8(query));
    return u;
}

FakeHttpServer::Response FakeHttpServer::Response::ok(const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.body = body;
    r.contentType = contentType;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::error(int status, const QByteArray &body,
                                                         const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_started(QDateTime::currentDateTimeUtc())
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // The sockets are the QTcpServer's children and would die after this
    // object's members; their disconnected() handlers must not run then.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void FakeHttpServer::close()
{
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // a delayed answer's guard finds it gone
    }
    m_buffers.clear();
    m_open = 0;
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::route(const QByteArray &path, const Response &response)
{
    m_routes.prepend({path, response});
}

QList<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void FakeHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_open;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q >= 0 ? target.left(q) : target;
        request.query = q >= 0 ? target.mid(q + 1) : QByteArray();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedMs = m_started.msecsTo(QDateTime::currentDateTimeUtc());
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
        }
        emit requestReceived();
        respond(socket, request);
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    Response response;
    bool matched = false;
    for (const auto &[path, routed] : std::as_const(m_routes)) {
        const bool prefix = path.endsWith('*');
        if (prefix ? request.path.startsWith(path.chopped(1)) : request.path == path) {
            response = routed;
            matched = true;
            break;
        }
    }
    if (!matched)
        response = m_handler ? m_handler(request) : Response::error(404, "not found");
    if (response.hang)
        return; // keep the connection open and say nothing
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, response] {
        --m_inFlight;
        if (guard)
            write(guard, response);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this,
                           send); // coarse timers fire up to 5% early
    else
        send();
}

void FakeHttpServer::write(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ';
    switch (response.status) {
    case 200:
        head += "OK";
        break;
    case 301:
        head += "Moved Permanently";
        break;
    case 302:
        head += "Found";
        break;
    case 303:
        head += "See Other";
        break;
    case 307:
        head += "Temporary Redirect";
        break;
    case 308:
        head += "Permanent Redirect";
        break;
    case 400:
        head += "Bad Request";
        break;
    case 401:
        head += "Unauthorized";
        break;
    case 404:
        head += "Not Found";
        break;
    case 429:
        head += "Too Many Requests";
        break;
    case 500:
        head += "Internal Server Error";
        break;
    case 503:
        head += "Service Unavailable";
        break;
    default:
        head += "Status";
        break;
    }
    const bool streamed = response.repeatTimes > 0;
    head += "\r\nContent-Type: " + response.contentType;
    const bool closeDelimited = response.noContentLength || response.trickleMs > 0 || streamed;
    if (response.announcedLength >= 0)
        head += "\r\nContent-Length: " + QByteArray::number(response.announcedLength);
    else if (!closeDelimited)
        head += "\r\nContent-Length: " + QByteArray::number(response.body.size());
    if (closeDelimited)
        head += "\r\nConnection: close"; // the body ends when the connection does
    for (const auto &[name, value] : response.headers)
        head += "\r\n" + name + ": " + value;
    head += "\r\n\r\n";
    socket->write(head);
    if (response.trickleMs > 0) {
        // Dies with the socket, when the client gives up.
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(response.trickleMs);
        return;
    }
    if (response.noContentLength) {
        socket->write(response.body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (streamed)
        return stream(socket, response);
    if (response.truncateAt >= 0) {
        // Promise the whole body, send part of it, hang up.
        socket->write(response.body.left(response.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
}

void FakeHttpServer::stream(QTcpSocket *socket, const Response &response)
{
    struct State
    {
        qint64 left = 0;
        qint64 sent = 0;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    state->left = response.repeatTimes;
    m_streamedBytes = 0;
    // Keep a little ahead of the client: a client that stops reading stops
    // the stream, and the server never holds more than a few pieces.
    auto pump = [this, socket, response, state] {
        constexpr qint64 kAhead = 256 * 1024;
        while (!state->done && socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < kAhead) {
            if (state->left > 0) {
                --state->left;
                socket->write(response.repeat);
                state->sent += response.repeat.size();
            } else {
                socket->write(response.tail);
                state->sent += response.tail.size();
                state->done = true;
                socket->disconnectFromHost();
            }
            m_streamedBytes = state->sent;
        }
    };
    socket->write(response.body);
    state->sent = response.body.size();
    connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

QByteArray FakeHttpServer::gzip(const QByteArray &data)
{
    // qCompress writes a 4-byte length, a 2-byte zlib header, the raw deflate
    // stream and a 4-byte Adler-32; gzip wants the deflate stream between its
    // own header and a CRC-32 and length trailer.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc = ~crc;
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xFF);
        return b;
    };
    return QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10) + deflate + le32(crc) +
           le32(quint32(data.size()));
}

} // namespace paperboy::test
