#include "push/DayPush.h"

#include "export/DigestSource.h"
#include "push/PushPayload.h"
#include "storage/PushRepository.h"

#include <QCoreApplication>
#include <QTimer>

namespace paperboy::push {

namespace {

QList<QByteArray> payloadsFor(Kind kind, const Digest &d)
{
    switch (kind) {
    case Kind::Slack:
        return slackMessages(d);
    case Kind::Matrix:
        return matrixMessages(d);
    case Kind::Webhook:
        break;
    }
    return webhookMessages(d);
}

// Unique to this push: a retry of one of its messages is the same Matrix event.
QString transactionPrefix(const QDate &day)
{
    return QStringLiteral("paperboy-%1-%2")
        .arg(day.toString(Qt::ISODate))
        .arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

QString DayPush::Outcome::summary() const
{
    const QString name = kindName(kind);
    const QString dayText = day.toString(Qt::ISODate);
    switch (status) {
    case Status::Pushed:
        return QCoreApplication::translate("paperboy::push", "Pushed %n relevant paper(s) of %1 to %2.",
                                           nullptr, papers)
            .arg(dayText, name);
    case Status::AlreadyPushed:
        return QCoreApplication::translate("paperboy::push", "%1 was pushed to %2 at %3; nothing sent.")
            .arg(dayText, name, pushedBefore.toLocalTime().toString(Qt::ISODate));
    case Status::NoDay:
    case Status::StorageFailed:
    case Status::SendFailed:
        break;
    }
    return QCoreApplication::translate("paperboy::push", "The push to %1 failed: %2").arg(name, error);
}

DayPush::DayPush(QSqlDatabase &db, SendLimits limits, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_limits(limits)
{
    qRegisterMetaType<Outcome>();
}

void DayPush::finishLater(const Outcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { emit finished(outcome); });
}

void DayPush::start(const QDate &day, const Target &target, bool again)
{
    Outcome o;
    o.kind = target.kind;
    o.host = target.host();
    o.day = day;
    QString error;
    bool readFailed = false;
    const auto d = digest::collect(m_db, day, true, &error, &readFailed);
    if (!d) {
        o.status = readFailed ? Outcome::Status::StorageFailed : Outcome::Status::NoDay;
        o.error = error;
        return finishLater(o);
    }
    o.day = d->day.date;
    o.papers = int(d->papers.size());
    const QString name = kindName(target.kind);
    const auto before = PushRepository(m_db).pushedAt(o.day, name, &error);
    if (!before) {
        o.status = Outcome::Status::StorageFailed;
        o.error = QCoreApplication::translate("paperboy::push", "cannot read the cache: %1").arg(error);
        return finishLater(o);
    }
    if (before->isValid() && !again) {
        o.status = Outcome::Status::AlreadyPushed;
        o.pushedBefore = *before;
        return finishLater(o);
    }
    const QList<Message> messages =
        messagesFor(target, payloadsFor(target.kind, *d), transactionPrefix(o.day));
    auto *sender = new PushSender(m_limits, this);
    sender->send(messages, target.host(), [this, sender, o, name](const PushSender::Result &r) mutable {
        sender->deleteLater();
        o.sent = r.sent;
        if (!r.ok) {
            o.status = Outcome::Status::SendFailed;
            o.error = r.error;
        } else if (QString error; !PushRepository(m_db).record(o.day, name, QDateTime::currentDateTimeUtc(),
                                                               r.sent, &error)) {
            o.status = Outcome::Status::StorageFailed;
            o.error =
                QCoreApplication::translate("paperboy::push", "pushed, but cannot record it in the cache: %1")
                    .arg(error);
        } else {
            o.status = Outcome::Status::Pushed;
        }
        // The sender may call back from within send() on the first message.
        finishLater(o);
    });
}

void sendTestMessage(const Target &target, const SendLimits &limits, QObject *context,
                     PushSender::Callback done)
{
    auto *sender = new PushSender(limits, context);
    const QString txn = QStringLiteral("paperboy-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
    sender->send(messagesFor(target, {testMessage(target.kind)}, txn), target.host(),
                 [sender, done = std::move(done)](const PushSender::Result &r) {
                     sender->deleteLater();
                     done(r);
                 });
}

} // namespace paperboy::push
