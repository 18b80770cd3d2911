#include "scoring/LlmClient.h"

#include "core/ShortText.h"
#include "scoring/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <climits>

namespace paperboy {

namespace {

// The base URL with `endpoint` appended once ("/chat/completions", "/models").
QUrl endpointUrl(QUrl base, const QString &endpoint)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/chat/completions")))
        path.chop(int(qstrlen("/chat/completions")));
    base.setPath(path + endpoint);
    return base;
}

QUrl completionsUrl(const QUrl &base)
{
    return endpointUrl(base, QStringLiteral("/chat/completions"));
}

// The longest wait a server can ask for: past that the run is better stopped
// by the user than silently paused.
constexpr int MaxRetryMs = 3600000;

// "Please try again in 26.604s", "in 20ms", "in 1m3s".
int retryFromMessage(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("try again in\\s+(?:(\\d+)m)?\\s*([\\d.]+)?(ms|s)?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return -1;
    double ms = m.captured(1).toDouble() * 60000;
    const double value = m.captured(2).toDouble();
    ms += m.captured(3) == QLatin1String("ms") ? value : value * 1000;
    return ms > 0 ? int(qMin(ms, double(MaxRetryMs))) : -1;
}

// Whatever a server says, no secret goes into a message: anything shaped
// like a key is masked.
QString scrub(QString text)
{
    static const QRegularExpression key(
        QStringLiteral("\\b(sk-[A-Za-z0-9_\\-*]{6,}|AIza[A-Za-z0-9_\\-]{20,}|[A-Za-z0-9_\\-]{32,})"));
    text.replace(key, QStringLiteral("[key]"));
    text = text.simplified();
    return shortened(text, 300);
}

// The shortest deadline of a request: time to move the largest answer
// allowed over a slow link, and for proxies that keep a connection alive with
// a byte now and then while the model thinks.
constexpr int kMinDeadlineMs = 5 * 60 * 1000;
// Same-origin redirects followed in a row, at most (Qt's default is 50).
constexpr int kMaxRedirects = 5;

// Where a redirect may lead: the request's own origin (scheme, host, port).
// Anywhere else would receive the key and the papers.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 4);
}

} // namespace

int LlmConfig::requestDeadlineMs() const
{
    if (deadlineMs > 0)
        return deadlineMs;
    return int(qBound(qint64(kMinDeadlineMs), qint64(timeoutMs) * 10, qint64(INT_MAX)));
}

LlmClient::LlmClient(LlmConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    // Callers clean the key where they find it; this is the last line of
    // defence: a key that would break the header is never sent at all.
    if (!m_config.apiKey.isEmpty())
        m_config.apiKey = apikey::clean(m_config.apiKey, &m_keyProblem);
}

bool LlmClient::refuseBadKey(const Callback &done)
{
    if (m_keyProblem.isEmpty())
        return false;
    LlmReply r;
    r.error = LlmReply::Error::InvalidKey;
    r.message = tr("nothing was sent: %1").arg(m_keyProblem);
    // Answered later, as a real request would be: callers count on that.
    QTimer::singleShot(0, this, [done, r] { done(r); });
    return true;
}

QNetworkAccessManager *LlmClient::leastBusyManager()
{
    constexpr int kConnectionsPerManager = 6;
    for (QNetworkAccessManager *m : std::as_const(m_managers)) {
        int busy = 0;
        for (const Pending &p : std::as_const(m_pending))
            busy += p.manager == m;
        if (busy < kConnectionsPerManager)
            return m;
    }
    m_managers << new QNetworkAccessManager(this);
    return m_managers.last();
}

QString LlmClient::scrubbed(const QString &text) const
{
    QString t = text;
    // The key itself first, before anything shortens the text and cuts it.
    if (m_config.apiKey.size() >= 8)
        t.replace(m_config.apiKey, QStringLiteral("[key]"));
    return scrub(t);
}

void LlmClient::complete(const ChatPrompt &prompt, Callback done, bool structured)
{
    if (refuseBadKey(done))
        return;
    QJsonObject body{
        {QStringLiteral("model"), m_config.model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), prompt.system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), prompt.user}}}},
    };
    if (m_config.structuredOutput && structured)
        body.insert(QStringLiteral("response_format"), prompt::responseFormat());
    if (!m_config.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), m_config.reasoningEffort);

    QNetworkAccessManager *manager = leastBusyManager();
    QNetworkReply *reply = manager->post(makeRequest(completionsUrl(m_config.baseUrl)),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    track(reply, manager, std::move(done), [](int status, const QByteArray &answer, QNetworkReply *r) {
        return interpret(status, answer, r->rawHeader("retry-after"), r->rawHeader("retry-after-ms"));
    });
}

void LlmClient::listModels(Callback done)
{
    if (refuseBadKey(done))
        return;
    QNetworkAccessManager *manager = leastBusyManager();
    QNetworkReply *reply =
        manager->get(makeRequest(endpointUrl(m_config.baseUrl, QStringLiteral("/models"))));
    track(reply, manager, std::move(done), [](int status, const QByteArray &answer, QNetworkReply *) {
        if (status < 200 || status >= 300)
            return interpret(status, answer, {}, {});
        LlmReply r;
        r.httpStatus = status;
        const QJsonValue data = QJsonDocument::fromJson(answer).object().value(QStringLiteral("data"));
        if (!data.isArray()) {
            r.error = LlmReply::Error::BadResponse;
            r.message = tr("the server's answer is not a model list");
            return r;
        }
        for (const QJsonValue &m : data.toArray())
            if (const QString id = m.toObject().value(QStringLiteral("id")).toString(); !id.isEmpty())
                r.models << id;
        return r;
    });
}

QNetworkRequest LlmClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setTransferTimeout(m_config.timeoutMs);
    // Qt's default follows a redirect to any host with every header, the key
    // among them; guard() decides each one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    return request;
}

void LlmClient::track(QNetworkReply *reply, QNetworkAccessManager *manager, Callback done, HttpReader read)
{
    m_pending.insert(reply, Pending{std::move(done), manager, {}});
    guard(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, read = std::move(read)] {
        reply->deleteLater();
        const Pending pending = m_pending.take(reply);
        if (!pending.done)
            return; // abortAll() has answered already
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        LlmReply r;
        if (pending.refused.error != LlmReply::Error::None) {
            r = pending.refused;
            r.httpStatus = status;
        } else if (status == 0 || reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            r = transferFailure(reply);
            r.httpStatus = status;
        } else if (reply->bytesAvailable() > m_config.maxReplyBytes) {
            r.error = LlmReply::Error::TooLarge;
            r.message = tooLargeText();
        } else {
            QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
            if (m_config.apiKey.size() >= 8) // a careless server may quote the key back
                body.replace(m_config.apiKey.toUtf8(), "[key]");
            r = read(status, body, reply);
        }
        if (status == 0 && (r.error == LlmReply::Error::Network || r.error == LlmReply::Error::Timeout))
            r.noAnswer = pending.refused.error != LlmReply::Error::None ? r.message : noAnswerCause(reply);
        pending.done(r);
    });
}

void LlmClient::guard(QNetworkReply *reply)
{
    const QUrl from = reply->request().url();
    const QNetworkAccessManager::Operation operation = reply->operation();
    connect(reply, &QNetworkReply::redirected, this, [this, reply, from, operation](const QUrl &to) {
        if (!sameOrigin(from, to))
            return refuse(reply, LlmReply::Error::Redirected,
                          tr("the server redirected the request to %1; Paperboy does not send the key or "
                             "the papers elsewhere")
                              .arg(scrubbed(originOf(to))));
        // Qt keeps a POST and its body for 307 and 308, and turns it into a
        // GET for 301, 302 and 303: a completion without its papers.
        if (reply->operation() != operation)
            return refuse(reply, LlmReply::Error::Redirected,
                          tr("the server moved the request to %1 (HTTP %2), which would lose its content: "
                             "set the server's address to match")
                              .arg(scrubbed(to.toString()))
                              .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        emit reply->redirectAllowed();
    });
    // The size is checked on the headers' word and again as the bytes come:
    // a server may send no length, a false one, or a compressed body.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_config.maxReplyBytes)
            refuse(reply, LlmReply::Error::TooLarge, tooLargeText());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply->bytesAvailable() > m_config.maxReplyBytes)
            refuse(reply, LlmReply::Error::TooLarge, tooLargeText());
    });
    // The transfer timeout cuts silence; the deadline cuts a server that trickles.
    const int deadline = m_config.requestDeadlineMs();
    QTimer::singleShot(deadline, Qt::PreciseTimer, reply, [this, reply, deadline] {
        refuse(reply, LlmReply::Error::Timeout,
               tr("the server did not finish its answer within %1 s").arg(seconds(deadline)));
    });
}

void LlmClient::refuse(QNetworkReply *reply, LlmReply::Error error, const QString &message)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->refused.error != LlmReply::Error::None)
        return;
    it->refused.error = error;
    it->refused.message = message;
    reply->abort(); // finished() follows and reads the reason
}

QString LlmClient::tooLargeText() const
{
    return tr("the server's answer is larger than %1")
        .arg(QLocale::c().formattedDataSize(m_config.maxReplyBytes, 0, QLocale::DataSizeIecFormat));
}

// A request that ended without a whole HTTP answer.
LlmReply LlmClient::transferFailure(QNetworkReply *reply) const
{
    LlmReply r;
    const auto err = reply->error();
    if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        // Only the transfer timeout aborts a request that was neither refused nor cancelled.
        r.error = LlmReply::Error::Timeout;
        r.message = tr("the server sent nothing for %1 s").arg(seconds(m_config.timeoutMs));
    } else if (err == QNetworkReply::SslHandshakeFailedError) {
        r.error = LlmReply::Error::Tls;
        r.message = tr("TLS: %1").arg(scrubbed(reply->errorString()));
    } else {
        r.error = LlmReply::Error::Network;
        r.message = tr("network error: %1").arg(scrubbed(reply->errorString()));
    }
    return r;
}

QString LlmClient::noAnswerCause(QNetworkReply *reply) const
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the connection closed without an answer");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("no answer in %1 s").arg(seconds(m_config.timeoutMs));
    default:
        break;
    }
    // "Network unreachable" and the like, as Qt words it, inside a sentence.
    QString why = shortened(scrubbed(reply->errorString()).simplified(), 120);
    if (!why.isEmpty())
        why[0] = why.at(0).toLower();
    return why;
}

void LlmClient::abortAll()
{
    // Every caller hears "cancelled" now, once; the replies' own finished
    // signals then find no callback.
    const auto pending = std::exchange(m_pending, {});
    LlmReply cancelled;
    cancelled.error = LlmReply::Error::Cancelled;
    cancelled.message = QStringLiteral("cancelled");
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        // Deleted, not aborted: a deleted reply closes its request, and one
        // whose failure is still on its way from Qt's network thread (several
        // requests refused at once) would make abort() warn "Internal
        // problem" on stderr when that failure arrives.
        it.key()->disconnect(this);
        it.key()->deleteLater();
        if (it->done)
            it->done(cancelled);
    }
}

QString LlmClient::completionProblem(const QJsonDocument &doc, const QByteArray &body, QString *content)
{
    if (!doc.isObject())
        return body.trimmed().isEmpty() ? tr("the server's answer is empty")
                                        : tr("the server's answer is not a JSON object");
    const QJsonArray choices = doc.object().value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return tr("the server's answer holds no choices");
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    const QJsonValue text = message.value(QStringLiteral("content"));
    if (text.isString() && !text.toString().trimmed().isEmpty()) {
        *content = text.toString(); // even cut off at its length limit, it may hold scores
        return QString();
    }
    if (const QString refusal = message.value(QStringLiteral("refusal")).toString(); !refusal.isEmpty())
        return tr("the model refused: %1").arg(scrub(refusal));
    QString problem = !choice.contains(QStringLiteral("message")) ? tr("the server's answer holds no message")
                      : text.isString()                           ? tr("the model's answer is empty")
                                                                  : tr("the model's answer holds no text");
    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (finish == QLatin1String("length"))
        problem += tr(": cut off at its length limit (finish_reason \"length\")");
    else if (finish == QLatin1String("content_filter"))
        problem += tr(": withheld by the content filter (finish_reason \"content_filter\")");
    else if (!finish.isEmpty()) // bounded before masking, so the cut cannot leave a key's tail
        problem += QStringLiteral(" (finish_reason \"%1\")").arg(scrub(finish.left(60)));
    return problem;
}

LlmReply LlmClient::interpret(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
                              const QByteArray &retryAfterMsHeader)
{
    LlmReply r;
    r.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject json = doc.object();
    if (status >= 200 && status < 300) {
        // Counted even when the answer is of no use: it may be billed.
        r.usage = TokenUsage::fromJson(json.value(QStringLiteral("usage")).toObject());
        r.model = json.value(QStringLiteral("model")).toString();
        r.message = completionProblem(doc, body, &r.content);
        if (!r.message.isEmpty())
            r.error = LlmReply::Error::BadResponse;
        return r;
    }

    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    const QString type = error.value(QStringLiteral("type")).toString();
    const QString text = scrub(error.value(QStringLiteral("message")).toString());
    r.message = text.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                               : QStringLiteral("HTTP %1: %2").arg(status).arg(text);
    if (code == QLatin1String("insufficient_quota") || type == QLatin1String("insufficient_quota")) {
        r.error = LlmReply::Error::Quota;
    } else if (status == 401 || code == QLatin1String("invalid_api_key")) {
        r.error = LlmReply::Error::InvalidKey;
    } else if (code == QLatin1String("context_length_exceeded") ||
               text.contains(QLatin1String("maximum context length"), Qt::CaseInsensitive)) {
        r.error = LlmReply::Error::ContextTooLong;
    } else if (status == 429) {
        r.error = LlmReply::Error::RateLimited;
        // Header waits get the message's one-hour cap too: a huge (or
        // infinite) value must neither overflow the int nor stall the run.
        bool ok = false;
        const qlonglong ms = retryAfterMsHeader.trimmed().toLongLong(&ok);
        if (ok && ms >= 0)
            r.retryAfterMs = int(qMin(ms, qlonglong(MaxRetryMs)));
        else if (const double s = retryAfterHeader.trimmed().toDouble(&ok); ok && s >= 0)
            r.retryAfterMs = int(qMin(s * 1000, double(MaxRetryMs)));
        else
            r.retryAfterMs = retryFromMessage(text);
    } else if (status >= 500) {
        r.error = LlmReply::Error::Server;
    } else if (status == 400 && (text.contains(QLatin1String("response_format"), Qt::CaseInsensitive) ||
                                 text.contains(QLatin1String("json_schema"), Qt::CaseInsensitive))) {
        r.error = LlmReply::Error::Unsupported;
    } else {
        r.error = LlmReply::Error::Rejected;
    }
    return r;
}

} // namespace paperboy
