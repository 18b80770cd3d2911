#include "core/NetworkWords.h"

#include <QCoreApplication>

namespace paperboy::network {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paperboy::network", text);
}

} // namespace

QString problem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QNetworkReply::TimeoutError:
        return tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is down");
    default:
        break;
    }
    return tr("network error %1").arg(int(error));
}

} // namespace paperboy::network
