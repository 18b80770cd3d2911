#pragma once

#include "scoring/Pricing.h"
#include "scoring/PromptBuilder.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy {

// How to reach an OpenAI-compatible server (OpenAI, Ollama, llama.cpp,
// vLLM, LM Studio, OpenRouter, DeepSeek, Gemini's OpenAI endpoint ...).
struct LlmConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1")); // .../chat/completions is appended
    QString model = QStringLiteral("gpt-5-mini");
    QString apiKey;               // never logged, never stored by this class
    QString reasoningEffort;      // minimal, low, medium, high; empty: not sent
    bool structuredOutput = true; // response_format with a JSON schema
    // A request that receives no byte for this long fails as a timeout. A
    // reply is not streamed: the server is silent while the model writes.
    int timeoutMs = 60000;
    // The longest a request may take, bytes or not (a server that trickles);
    // 0: requestDeadlineMs()'s default.
    int deadlineMs = 0;
    // A longer answer is refused: a batch's real reply is about 100 KB.
    qint64 maxReplyBytes = qint64(8) << 20;
    QString userAgent;

    // deadlineMs, or ten times the stall timeout and at least five minutes.
    int requestDeadlineMs() const;
};

struct LlmReply
{
    enum class Error
    {
        None,
        RateLimited,    // 429: wait retryAfterMs, then try again
        Quota,          // insufficient_quota: stop the run
        InvalidKey,     // 401 / invalid_api_key: stop the run
        ContextTooLong, // the batch does not fit: split it
        Unsupported,    // the server rejects response_format: retry without it
        Server,         // 5xx: back off and retry
        Timeout,
        Network,
        Tls,         // the server's certificate was refused: stop the run (never retried, never skipped)
        Redirected,  // sent elsewhere (another origin, or a redirect that drops the body): stop the run
        TooLarge,    // the answer is larger than LlmConfig::maxReplyBytes: stop the run
        BadResponse, // 200 but not a chat completion
        Rejected,    // another 4xx: the request itself is wrong
        Cancelled,
    };
    Error error = Error::None;
    int httpStatus = 0;
    QString content;
    QString model; // as the server names it
    TokenUsage usage;
    int retryAfterMs = -1; // from Retry-After / retry-after-ms / "try again in Xs", at most an hour
    QStringList models;    // listModels(): the ids the server offers
    QString message;       // one line, safe to show (no key)
    // Why no HTTP answer came at all, in a few words ("connection refused",
    // "host not found", "no answer for 60 s"); empty when the server answered,
    // even with an error. A server that never answers is given up on sooner
    // than one that answers with failures.
    QString noAnswer;
};

// Sends chat completions. Lives on the thread that uses it; any number of
// requests may be in flight.
class LlmClient : public QObject
{
    Q_OBJECT
public:
    explicit LlmClient(LlmConfig config, QObject *parent = nullptr);

    const LlmConfig &config() const { return m_config; }
    void setStructuredOutput(bool on) { m_config.structuredOutput = on; }

    using Callback = std::function<void(const LlmReply &)>;
    // `structured`: ask for the scores schema when the config allows it
    // (never for the title-only pass, which answers with ids).
    void complete(const ChatPrompt &prompt, Callback done, bool structured = true);
    // GET /models: whether the server answers and takes the key, and which
    // models it offers (in LlmReply::models). Costs nothing.
    void listModels(Callback done);
    void abortAll();
    int inFlight() const { return int(m_pending.size()); }

    // Exposed for tests: classify a finished HTTP exchange.
    static LlmReply interpret(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
                              const QByteArray &retryAfterMsHeader);

private:
    // Answers `done` with InvalidKey when the key cannot be sent; true then.
    bool refuseBadKey(const Callback &done);
    // Reads an HTTP answer (status, body with the key masked) into a reply.
    using HttpReader = std::function<LlmReply(int status, const QByteArray &body, QNetworkReply *reply)>;
    struct Pending
    {
        Callback done;
        QNetworkAccessManager *manager = nullptr;
        LlmReply refused; // why this client aborted the request, when it did
    };
    QNetworkRequest makeRequest(const QUrl &url) const;
    void track(QNetworkReply *reply, QNetworkAccessManager *manager, Callback done, HttpReader read);
    // Watches a request for what ends it early: a redirect elsewhere, an
    // answer too large, the deadline.
    void guard(QNetworkReply *reply);
    void refuse(QNetworkReply *reply, LlmReply::Error error, const QString &message);
    LlmReply transferFailure(QNetworkReply *reply) const;
    // LlmReply::noAnswer for a request that ended without an HTTP status.
    QString noAnswerCause(QNetworkReply *reply) const;
    QString tooLargeText() const;
    // What a 2xx answer lacks to be a usable completion, in words; empty when
    // it is one, with its text in *content.
    static QString completionProblem(const QJsonDocument &doc, const QByteArray &body, QString *content);
    QNetworkAccessManager *leastBusyManager();
    // Masks the configured key and anything shaped like a key.
    QString scrubbed(const QString &text) const;

    LlmConfig m_config;
    QString m_keyProblem; // why the configured key cannot go into a header; empty when it can
    // Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager, so
    // higher concurrency against a local plain-HTTP server needs several.
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace paperboy
