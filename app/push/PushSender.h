#pragma once

#include "push/PushTarget.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy::push {

// How long and how much a push waits for and reads from a server, which is
// untrusted like every other.
struct SendLimits
{
    int timeoutMs = 30000;             // per request, from start to the last byte
    qint64 maxAnswerBytes = 64 * 1024; // read of an answer; the rest is dropped
    int maxRetryAfterMs = 60000;       // the longest Retry-After honoured
    int maxRetries = 3;                // 429 answers per message before giving up
};

// Sends a push's messages one after the other, in order, stopping at the
// first failure. Redirects are never followed (a webhook URL or a token
// must not go to another origin). A failure is one line that names the
// target's host, never its URL or token.
class PushSender : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        int sent = 0; // messages the server accepted
        QString error;
    };
    using Callback = std::function<void(const Result &)>;

    explicit PushSender(SendLimits limits, QObject *parent = nullptr);

    // `host` names the target in messages.
    void send(const QList<Message> &messages, const QString &host, Callback done);

private:
    void sendNext();
    void onFinished(QNetworkReply *reply);
    void finish(bool ok, const QString &error = QString());
    QString describeFailure(QNetworkReply *reply, int status, const QByteArray &answer) const;

    SendLimits m_limits;
    QNetworkAccessManager *m_network = nullptr;
    QList<Message> m_messages;
    QString m_host;
    QStringList m_secrets; // the URLs and tokens, kept out of every message
    Callback m_done;
    int m_next = 0;
    int m_retries = 0;
    bool m_timedOut = false;
    QTimer m_deadline;
    QByteArray m_answer;
    bool m_tooLarge = false;
};

} // namespace paperboy::push
