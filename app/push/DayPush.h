#pragma once

#include "push/PushSender.h"
#include "push/PushTarget.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

namespace paperboy::push {

// "Push this day to this target", the one way the command line, the window
// and the daily routine do it: the day's relevant papers as the target's
// messages, sent in order, the push recorded in the cache (PushRepository);
// a day already pushed to the target is not sent again unless asked. The
// cache is read on the caller's thread (a short read), the sending is
// asynchronous: finished() comes later from the event loop, never from
// start() itself.
class DayPush : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Status
        {
            Pushed,
            AlreadyPushed, // nothing sent: pushedBefore says when it was
            NoDay,         // nothing to push (no such day in the cache)
            StorageFailed, // the cache could not be read or written
            SendFailed     // the target refused or did not answer: not recorded
        };
        Status status = Status::SendFailed;
        Kind kind = Kind::Webhook;
        QDate day;
        QDateTime pushedBefore;
        int papers = 0; // relevant papers pushed
        int sent = 0;   // messages the target accepted
        QString host;
        QString error; // one line, never a secret (the sender blanks them)
        bool ok() const { return status == Status::Pushed || status == Status::AlreadyPushed; }
        // One line for a person: what happened.
        QString summary() const;
    };

    DayPush(QSqlDatabase &db, SendLimits limits = {}, QObject *parent = nullptr);

    // `day` null: the latest day in the cache.
    void start(const QDate &day, const Target &target, bool again);

signals:
    void finished(const paperboy::push::DayPush::Outcome &outcome);

private:
    void finishLater(const Outcome &outcome);

    QSqlDatabase &m_db;
    SendLimits m_limits;
};

// Sends one test message (push/PushPayload.h testMessage) to `target`, and
// calls `done` with the sender's result from the event loop.
void sendTestMessage(const Target &target, const SendLimits &limits, QObject *context,
                     PushSender::Callback done);

} // namespace paperboy::push

Q_DECLARE_METATYPE(paperboy::push::DayPush::Outcome)
