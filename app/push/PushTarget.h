#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace paperboy::push {

enum class Kind
{
    Slack,
    Matrix,
    Webhook,
};

// "slack", "matrix", "webhook": the --to value and the name pushes are
// recorded under.
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);

// Where one target's messages go. The URL (a webhook's is its secret) and
// the token are never printed or stored: messages name `host` only.
struct Target
{
    Kind kind = Kind::Webhook;
    QUrl url;         // the webhook; Matrix: the homeserver
    QString room;     // Matrix: the room id
    QByteArray token; // Matrix: the access token
    QString host() const { return url.host(); }
};

// The environment variable that holds the address (a webhook's, or Matrix's
// homeserver), Matrix's token and Matrix's room.
QString urlVariable(Kind kind);
inline QString matrixTokenVariable()
{
    return QStringLiteral("PAPERBOY_MATRIX_TOKEN");
}
inline QString matrixRoomVariable()
{
    return QStringLiteral("PAPERBOY_MATRIX_ROOM");
}

// One value a target is made of, and how to name it in an error (a
// variable, or where the window keeps it), never by its value.
struct TargetValue
{
    QString value;
    QString name;
};

// A Matrix homeserver's address: http(s) as for any target, and without a
// user name or password (the settings file keeps it). Nothing, and *error
// naming it, otherwise.
std::optional<QUrl> homeserverFrom(const TargetValue &value, QString *error);

// The target from its values: the address, and for Matrix the token and the
// room. Nothing, and *error naming the missing or bad value, when one is
// empty, not an http(s) address, or not a room id.
std::optional<Target> targetFrom(Kind kind, const TargetValue &url, const TargetValue &token,
                                 const TargetValue &room, QString *error);

// The target from PAPERBOY_SLACK_WEBHOOK_URL, PAPERBOY_WEBHOOK_URL, or
// PAPERBOY_MATRIX_HOMESERVER + PAPERBOY_MATRIX_TOKEN + PAPERBOY_MATRIX_ROOM.
std::optional<Target> targetFromEnvironment(Kind kind, const QProcessEnvironment &env, QString *error);

// One message ready to send.
struct Message
{
    QByteArray method; // "POST", or "PUT" for Matrix
    QNetworkRequest request;
    QByteArray body;
    // What must never show in a message: a webhook's address and the parts
    // of its path that carry its key, or Matrix's token.
    QStringList secrets;
};

// The requests for a target's payloads (push/PushPayload.h). Matrix gets one
// transaction id per message, which `txnPrefix` makes unique to this push:
// a retry of the same message is then the same event to the homeserver.
QList<Message> messagesFor(const Target &target, const QList<QByteArray> &payloads, const QString &txnPrefix);

} // namespace paperboy::push
