#include "push/PushSender.h"

#include "core/NetworkWords.h"
#include "core/ShortText.h"
#include "export/SafeOutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace paperboy::push {

namespace {

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

// What a server said about a refusal, on one short line: Slack answers in
// plain text ("invalid_payload"), Matrix in JSON ({"errcode", "error"}).
QString serverSays(const QByteArray &answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer).object();
    QString text = o.isEmpty() ? QString::fromUtf8(answer)
                               : QStringList{o.value(QStringLiteral("errcode")).toString(),
                                             o.value(QStringLiteral("error")).toString(),
                                             o.value(QStringLiteral("message")).toString()}
                                     .join(QLatin1Char(' '));
    text = safe::terminalText(text).simplified();
    // An HTML error page says nothing useful on one line.
    if (text.startsWith(QLatin1Char('<')))
        return QString();
    return shortened(text, 160);
}

} // namespace

PushSender::PushSender(SendLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_deadline.setSingleShot(true);
}

void PushSender::send(const QList<Message> &messages, const QString &host, Callback done)
{
    m_messages = messages;
    m_host = host;
    m_secrets.clear();
    for (const Message &m : messages)
        m_secrets << m.secrets;
    // Longest first, so that a part is never replaced inside a whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_done = std::move(done);
    m_next = 0;
    m_retries = 0;
    sendNext();
}

void PushSender::sendNext()
{
    if (m_next >= m_messages.size()) {
        finish(true);
        return;
    }
    const Message &m = m_messages[m_next];
    QNetworkRequest request = m.request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->sendCustomRequest(request, m.method, m.body);
    m_answer.clear();
    m_tooLarge = false;
    m_timedOut = false;
    // Read as it arrives, up to the cap: a server cannot make us hold more.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        const QByteArray chunk = reply->read(m_limits.maxAnswerBytes + 1 - m_answer.size());
        m_answer += chunk;
        if (m_answer.size() > m_limits.maxAnswerBytes) {
            m_tooLarge = true;
            m_answer.truncate(m_limits.maxAnswerBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_deadline.disconnect();
    connect(&m_deadline, &QTimer::timeout, reply, [this, reply] {
        m_timedOut = true;
        reply->abort();
    });
    m_deadline.start(m_limits.timeoutMs);
}

void PushSender::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_deadline.stop();
    m_deadline.disconnect();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_tooLarge && reply->isOpen())
        m_answer += reply->read(qMax<qint64>(0, m_limits.maxAnswerBytes - m_answer.size()));

    if (status == 429) {
        const qint64 wait = retryAfterMs(reply->rawHeader("Retry-After"));
        if (m_retries >= m_limits.maxRetries) {
            finish(false, tr("%1 kept refusing with 429 Too Many Requests; try again later").arg(m_host));
            return;
        }
        if (wait > m_limits.maxRetryAfterMs) {
            finish(false, tr("%1 asks to wait %2 s (429 Too Many Requests); try again later")
                              .arg(m_host)
                              .arg((wait + 999) / 1000));
            return;
        }
        ++m_retries;
        // No Retry-After: a short pause, as the rate limit's window is unknown.
        QTimer::singleShot(wait < 0 ? 2000 : int(wait), this, [this] { sendNext(); });
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError && !m_tooLarge) {
        ++m_next;
        m_retries = 0;
        sendNext();
        return;
    }
    finish(false, describeFailure(reply, status, m_answer));
}

QString PushSender::describeFailure(QNetworkReply *reply, int status, const QByteArray &answer) const
{
    if (m_timedOut)
        return tr("%1 did not answer within %2 s").arg(m_host).arg(m_limits.timeoutMs / 1000.0);
    if (status >= 300 && status < 400)
        return tr("%1 answered with a redirect (HTTP %2), which is not followed; check the address")
            .arg(m_host)
            .arg(status);
    if (m_tooLarge)
        return tr("%1 answered with more than %2 KiB; not read")
            .arg(m_host)
            .arg(m_limits.maxAnswerBytes / 1024);
    if (status >= 400) {
        const QString said = serverSays(answer);
        const QString base = tr("%1 refused the message: HTTP %2").arg(m_host).arg(status);
        return said.isEmpty() ? base : base + QStringLiteral(" (") + said + QLatin1Char(')');
    }
    return tr("cannot reach %1: %2").arg(m_host, network::problem(reply->error()));
}

void PushSender::finish(bool ok, const QString &error)
{
    Result r;
    r.ok = ok;
    r.sent = m_next;
    r.error = error;
    if (!ok && m_next > 0)
        r.error += tr(" (after %1 of %2 messages)").arg(m_next).arg(m_messages.size());
    // A server may echo what it was sent; the secrets never reach a message.
    for (const QString &secret : std::as_const(m_secrets))
        if (!secret.isEmpty())
            r.error.replace(secret, QStringLiteral("[secret]"));
    if (m_done) {
        Callback done = std::move(m_done);
        m_done = nullptr;
        done(r);
    }
}

} // namespace paperboy::push
