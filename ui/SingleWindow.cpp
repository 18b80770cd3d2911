#include "SingleWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace paperboy {

namespace {

constexpr int kConnectMs = 2000;

// Per user and per cache file, short enough for a socket path.
QString socketName(const QString &databasePath)
{
    const QByteArray key =
        (QDir::homePath() + QLatin1Char('\n') + QFileInfo(databasePath).absoluteFilePath()).toUtf8();
    return QStringLiteral("paperboy-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

SingleWindow::SingleWindow(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_lock(databasePath + QStringLiteral(".window.lock"))
    , m_name(socketName(databasePath))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            emit forwardRequested();
        }
    });
}

bool SingleWindow::claim()
{
    if (m_lock.tryLock(0)) {
        // A holder that crashed may have left its socket behind.
        QLocalServer::removeServer(m_name);
        m_server.listen(m_name);
        return true;
    }
    if (m_lock.error() != QLockFile::LockFailedError)
        return true; // the folder cannot hold a lock: nothing to guard with, open as before
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(kConnectMs))
        socket.disconnectFromServer();
    return false;
}

} // namespace paperboy
