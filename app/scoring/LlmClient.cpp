#include "scoring/LlmClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

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
    return text.size() > 300 ? text.left(299) + QChar(0x2026) : text;
}

} // namespace

LlmClient::LlmClient(LlmConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

QNetworkAccessManager *LlmClient::leastBusyManager()
{
    constexpr int kConnectionsPerManager = 6;
    for (QNetworkAccessManager *m : std::as_const(m_managers)) {
        int busy = 0;
        for (QNetworkAccessManager *used : std::as_const(m_replyManager))
            busy += used == m;
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
    return request;
}

void LlmClient::track(QNetworkReply *reply, QNetworkAccessManager *manager, Callback done, HttpReader read)
{
    m_pending.insert(reply, std::move(done));
    m_replyManager.insert(reply, manager);
    connect(reply, &QNetworkReply::finished, this, [this, reply, read = std::move(read)] {
        reply->deleteLater();
        m_replyManager.remove(reply);
        Callback callback = m_pending.take(reply);
        if (!callback)
            return;
        LlmReply r;
        const auto err = reply->error();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 &&
            (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError)) {
            r.error = LlmReply::Error::Timeout;
            r.message = tr("the server did not answer within %1 s").arg(m_config.timeoutMs / 1000);
        } else if (status == 0 && err == QNetworkReply::SslHandshakeFailedError) {
            r.error = LlmReply::Error::Tls;
            r.message = tr("TLS: %1").arg(scrubbed(reply->errorString()));
        } else if (status == 0) {
            r.error = LlmReply::Error::Network;
            r.message = tr("network error: %1").arg(scrubbed(reply->errorString()));
        } else {
            QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
            if (m_config.apiKey.size() >= 8) // a careless server may quote the key back
                body.replace(m_config.apiKey.toUtf8(), "[key]");
            r = read(status, body, reply);
        }
        callback(r);
    });
}

void LlmClient::abortAll()
{
    // Every caller hears "cancelled" now, once; the replies' own finished
    // signals then find no callback.
    const auto pending = std::exchange(m_pending, {});
    m_replyManager.clear();
    LlmReply cancelled;
    cancelled.error = LlmReply::Error::Cancelled;
    cancelled.message = QStringLiteral("cancelled");
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        // A reply that has already failed (its finished signal still queued)
        // needs no abort: aborting it makes Qt warn "Internal problem".
        if (it.key()->isRunning() && it.key()->error() == QNetworkReply::NoError)
            it.key()->abort();
        if (it.value())
            it.value()(cancelled);
    }
}

LlmReply LlmClient::interpret(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
                              const QByteArray &retryAfterMsHeader)
{
    LlmReply r;
    r.httpStatus = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status >= 200 && status < 300) {
        const QJsonArray choices = json.value(QStringLiteral("choices")).toArray();
        const QJsonObject message = choices.first().toObject().value(QStringLiteral("message")).toObject();
        if (choices.isEmpty() || !message.value(QStringLiteral("content")).isString()) {
            r.error = LlmReply::Error::BadResponse;
            const QString refusal = message.value(QStringLiteral("refusal")).toString();
            r.message = refusal.isEmpty() ? tr("the server's answer holds no message")
                                          : tr("the model refused: %1").arg(scrub(refusal));
        }
        r.content = message.value(QStringLiteral("content")).toString();
        r.model = json.value(QStringLiteral("model")).toString();
        r.usage = TokenUsage::fromJson(json.value(QStringLiteral("usage")).toObject());
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
