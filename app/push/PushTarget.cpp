#include "push/PushTarget.h"

#include "jobs/ScoringRequest.h"

#include <QCoreApplication>

namespace paperboy::push {

namespace {

// An absolute http(s) address with a host, or nothing.
std::optional<QUrl> addressFrom(const TargetValue &from, QString *error)
{
    const QString &name = from.name;
    const QString value = from.value.trimmed();
    if (value.isEmpty()) {
        *error = QCoreApplication::translate("paperboy::push", "%1 is not set").arg(name);
        return std::nullopt;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = QCoreApplication::translate("paperboy::push", "%1 is not an http(s) address").arg(name);
        return std::nullopt;
    }
    // The address (a webhook's) or the request (Matrix's token) carries a
    // secret: in the clear only to this machine.
    if (scheme == QLatin1String("http") && !isLocalServer(url)) {
        *error = QCoreApplication::translate("paperboy::push",
                                             "%1 must be an https address: plain http would send its secret "
                                             "in the clear (http is accepted only for this computer)")
                     .arg(name);
        return std::nullopt;
    }
    return url;
}

} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Slack:
        return QStringLiteral("slack");
    case Kind::Matrix:
        return QStringLiteral("matrix");
    case Kind::Webhook:
        break;
    }
    return QStringLiteral("webhook");
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const Kind k : {Kind::Slack, Kind::Matrix, Kind::Webhook})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString urlVariable(Kind kind)
{
    return kind == Kind::Slack    ? QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL")
           : kind == Kind::Matrix ? QStringLiteral("PAPERBOY_MATRIX_HOMESERVER")
                                  : QStringLiteral("PAPERBOY_WEBHOOK_URL");
}

std::optional<QUrl> homeserverFrom(const TargetValue &value, QString *error)
{
    const auto url = addressFrom(value, error);
    // The homeserver is kept in the settings file: a password in its
    // address would be kept with it. Matrix signs in with the token alone.
    if (url && !url->userInfo().isEmpty()) {
        *error = QCoreApplication::translate(
                     "paperboy::push", "%1 holds a user name or password: Matrix needs only the access token")
                     .arg(value.name);
        return std::nullopt;
    }
    return url;
}

std::optional<Target> targetFrom(Kind kind, const TargetValue &urlValue, const TargetValue &token,
                                 const TargetValue &room, QString *error)
{
    Target t;
    t.kind = kind;
    const auto url = kind == Kind::Matrix ? homeserverFrom(urlValue, error) : addressFrom(urlValue, error);
    if (!url)
        return std::nullopt;
    t.url = *url;
    if (kind != Kind::Matrix)
        return t;
    t.token = token.value.trimmed().toUtf8();
    t.room = room.value.trimmed();
    if (t.token.isEmpty()) {
        *error = QCoreApplication::translate("paperboy::push", "%1 is not set").arg(token.name);
        return std::nullopt;
    }
    // A token goes into a header: a line break would forge another one.
    if (t.token.contains('\n') || t.token.contains('\r')) {
        *error = QCoreApplication::translate("paperboy::push", "%1 holds a line break").arg(token.name);
        return std::nullopt;
    }
    // Room ids look like !opaque:server.
    if (!t.room.startsWith(QLatin1Char('!')) || !t.room.contains(QLatin1Char(':'))) {
        *error =
            QCoreApplication::translate("paperboy::push", "%1 is not a room id (!id:server)").arg(room.name);
        return std::nullopt;
    }
    return t;
}

std::optional<Target> targetFromEnvironment(Kind kind, const QProcessEnvironment &env, QString *error)
{
    const auto variable = [&env](const QString &name) { return TargetValue{env.value(name), name}; };
    return targetFrom(kind, variable(urlVariable(kind)), variable(matrixTokenVariable()),
                      variable(matrixRoomVariable()), error);
}

QList<Message> messagesFor(const Target &target, const QList<QByteArray> &payloads, const QString &txnPrefix)
{
    QList<Message> out;
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        Message m;
        m.method = "POST";
        QUrl url = target.url;
        if (target.kind == Kind::Matrix) {
            m.method = "PUT";
            QString base = url.path(QUrl::FullyEncoded);
            while (base.endsWith(QLatin1Char('/')))
                base.chop(1);
            const QString txn = QStringLiteral("%1-%2").arg(txnPrefix).arg(i + 1);
            url.setPath(base + QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/%2")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(target.room)),
                                        QString::fromLatin1(QUrl::toPercentEncoding(txn))),
                        QUrl::StrictMode);
            m.request.setRawHeader("Authorization", "Bearer " + target.token);
            m.secrets << QString::fromUtf8(target.token);
        } else {
            m.secrets << url.toString() << url.toString(QUrl::FullyEncoded) << url.path() << url.query();
            // Slack's T.../B.../key segments, and any other key in a path.
            for (const QString &segment : url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts))
                if (segment.size() >= 8)
                    m.secrets << segment;
        }
        m.request.setUrl(url);
        m.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m.body = payloads[i];
        out << m;
    }
    return out;
}

} // namespace paperboy::push
