#include "support/FakeOpenAi.h"

#include "scoring/PromptBuilder.h"

#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <iterator>

namespace paperboy::test {

namespace {

const QString kBegin = QStringLiteral("<<<PAPERS>>>");
const QString kEnd = QStringLiteral("<<<END PAPERS>>>");
// An id that is never part of a synthetic day: Messy's foreign record.
const QString kForeignId = QStringLiteral("1901.00001");

// Messy's ways of writing one record: %1 id, %2 comment, %3 relevance, %4 novelty.
const char *const kMessyRecords[] = {
    // a trailing comma
    "{\"ARXIVID\": \"%1\", \"COMMENT\": \"%2\", \"RELEVANCE\": %3, \"NOVELTY\": %4,}",
    // snake case, a prefixed id, a score as a string
    "{\"arxiv_id\": \"arXiv:%1\", \"relevance\": \"%3\", \"novelty\": %4, \"comment\": \"%2\"}",
    // single quotes, as Python prints a dict
    "{'ARXIVID': '%1', 'RELEVANCE': %3, 'NOVELTY': %4, 'COMMENT': '%2'}",
    // labels with the scale, integral floats
    "{\"Arxiv ID\": \"%1\", \"Relevance (1-10)\": %3.0, \"Novelty (1-10)\": %4.0, \"Comment\": \"%2\"}",
};
const char *const kStubbornRecord =
    "{\"ARXIVID\": \"%1\", \"RELEVANCE\": 11, \"NOVELTY\": 0, \"COMMENT\": \"%2\"}";
const char *const kForeignRecord =
    "{\"ARXIVID\": \"%1\", \"RELEVANCE\": 9, \"NOVELTY\": 9, \"COMMENT\": \"Not in this batch\"}";
const char *const kCutRecord = "{\"ARXIVID\": \"%1\", \"RELEVANCE\": \"high\", \"NOVELTY\": ";

// FNV-1a: stable across runs and platforms, unlike qHash with its seed.
quint32 fnv(const QString &id)
{
    quint32 h = 2166136261u;
    for (const char c : id.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject scoreRecord(const QString &id, int relevance, int novelty, bool terse = false)
{
    return QJsonObject{{QStringLiteral("ARXIVID"), id},
                       {QStringLiteral("COMMENT"), terse ? QString() : FakeOpenAi::commentOf(id)},
                       {QStringLiteral("RELEVANCE"), relevance},
                       {QStringLiteral("NOVELTY"), novelty}};
}

// The message texts of a request, system and user, concatenated in order.
QString messagesText(const QJsonObject &body)
{
    QString text;
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages)
        text += m.toObject().value(QStringLiteral("content")).toString();
    return text;
}

QString userText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            return m.toObject().value(QStringLiteral("content")).toString();
    }
    return QString();
}

} // namespace

FakeOpenAi::FakeOpenAi(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_server.setHandler([this](const FakeHttpServer::Request &request) { return handle(request); });
}

bool FakeOpenAi::listen()
{
    return m_server.listen();
}

QUrl FakeOpenAi::baseUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void FakeOpenAi::clearRecords()
{
    m_exchanges.clear();
    m_total = TokenUsage();
}

void FakeOpenAi::resetCounters()
{
    m_requests = 0;
    m_goodAnswers = 0;
    m_seen.clear();
}

quint32 FakeOpenAi::stableHash(const QString &id)
{
    return fnv(id);
}

int FakeOpenAi::relevanceOf(const QString &id)
{
    return int(1 + fnv(id) % 10);
}

int FakeOpenAi::noveltyOf(const QString &id)
{
    return int(1 + (fnv(id) / 10) % 10);
}

int FakeOpenAi::relevanceFor(const QString &id) const
{
    const auto it = m_options.verdicts.constFind(id);
    return it == m_options.verdicts.constEnd() ? relevanceOf(id) : it->first;
}

int FakeOpenAi::noveltyFor(const QString &id) const
{
    const auto it = m_options.verdicts.constFind(id);
    return it == m_options.verdicts.constEnd() ? noveltyOf(id) : it->second;
}

QString FakeOpenAi::commentOf(const QString &id)
{
    return QStringLiteral("Matches topic %1 of the criteria (paper %2)").arg(fnv(id) % 4 + 1).arg(id);
}

QString FakeOpenAi::defaultCommentOf(const QString &id)
{
    return relevanceOf(id) <= prompt::terseCommentsUpTo(Criteria::defaults()) ? QString() : commentOf(id);
}

int FakeOpenAi::defaultCompletionOf(const QString &id) const
{
    return defaultCommentOf(id).isEmpty() ? m_options.tersePerPaper : m_options.completionPerPaper;
}

bool FakeOpenAi::isStubborn(const QString &id)
{
    return (fnv(id) >> 16) % 9 == 0;
}

QStringList FakeOpenAi::batchIds(const QJsonObject &body, bool *titlesOnly)
{
    const QString user = userText(body);
    const qsizetype begin = user.indexOf(kBegin);
    const qsizetype end = user.indexOf(kEnd, begin);
    QStringList ids;
    bool abstracts = false;
    if (begin >= 0 && end > begin) {
        const QStringList lines =
            user.mid(begin + kBegin.size(), end - begin - kBegin.size()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("ID: ")))
                ids << line.mid(4).trimmed();
            else if (line.startsWith(QLatin1String("Abstract: ")))
                abstracts = true;
        }
    }
    if (titlesOnly)
        *titlesOnly = !ids.isEmpty() && !abstracts;
    return ids;
}

TokenUsage FakeOpenAi::usageFor(const QJsonObject &body, int completionTokens, int papers)
{
    TokenUsage u;
    const QString text = messagesText(body);
    u.prompt = qMax<qint64>(1, text.size() / 4);
    // Like OpenAI's prompt cache: a static prefix served before is cached in
    // 128-token steps. The prefix is the system prompt and the criteria.
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    const QString user = userText(body);
    const QString prefix = messages.first().toObject().value(QStringLiteral("content")).toString() +
                           user.left(qMax<qsizetype>(0, user.indexOf(kBegin)));
    if (m_prefixes.contains(prefix))
        u.cached = qMin<qint64>(u.prompt, prefix.size() / 4 / 128 * 128);
    else
        m_prefixes.insert(prefix);
    const int perPaper =
        m_options.reasoningByEffort.isEmpty()
            ? m_options.reasoningPerPaper
            : m_options.reasoningByEffort.value(body.value(QStringLiteral("reasoning_effort")).toString());
    u.reasoning = qint64(perPaper) * papers;
    u.completion = completionTokens + u.reasoning;
    return u;
}

FakeHttpServer::Response FakeOpenAi::success(Exchange *exchange, const QString &content, int completionTokens)
{
    exchange->usage = usageFor(exchange->body, completionTokens, int(exchange->ids.size()));
    const TokenUsage &u = exchange->usage;
    m_total += u;
    ++m_goodAnswers;
    const QJsonObject usage{
        {QStringLiteral("prompt_tokens"), u.prompt},
        {QStringLiteral("completion_tokens"), u.completion},
        {QStringLiteral("total_tokens"), u.prompt + u.completion},
        {QStringLiteral("prompt_tokens_details"),
         QJsonObject{{QStringLiteral("cached_tokens"), u.cached}, {QStringLiteral("audio_tokens"), 0}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), u.reasoning},
                     {QStringLiteral("audio_tokens"), 0},
                     {QStringLiteral("accepted_prediction_tokens"), 0},
                     {QStringLiteral("rejected_prediction_tokens"), 0}}},
    };
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content},
                              {QStringLiteral("refusal"), QJsonValue::Null},
                              {QStringLiteral("annotations"), QJsonArray()}};
    const bool cutOff = m_options.mode == Mode::CutOff;
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-fake%1").arg(m_exchanges.size() + 1)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), 1781536548},
        {QStringLiteral("model"), exchange->body.value(QStringLiteral("model")).toString()},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), message},
             {QStringLiteral("logprobs"), QJsonValue::Null},
             {QStringLiteral("finish_reason"), cutOff ? QStringLiteral("length") : QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), m_options.usageOverride.isEmpty() ? usage : m_options.usageOverride},
        {QStringLiteral("service_tier"), QStringLiteral("default")},
    };
    FakeHttpServer::Response r = FakeHttpServer::Response::ok(compact(body), "application/json");
    r.delayMs =
        m_options.mode == Mode::Slow
            ? m_options.slowBaseMs + int(double(u.completion) * 1000 / qMax(1.0, m_options.tokensPerSecond))
            : m_options.latencyMs;
    return r;
}

FakeHttpServer::Response FakeOpenAi::goodAnswer(Exchange *exchange, bool asLines)
{
    if (exchange->titlesOnly)
        return titleAnswer(exchange);
    if (m_options.mode == Mode::CutOff) // a model that spent all its tokens thinking
        return success(exchange, QString(), 4096);
    // A model that follows the prompt's request for an empty comment on
    // clearly irrelevant papers, and only when the prompt makes it.
    static const QRegularExpression terseRule(QRegularExpression::escape(prompt::terseCommentInstruction(999))
                                                  .replace(QLatin1String("999"), QLatin1String("(\\d+)")));
    const QRegularExpressionMatch terse = terseRule.match(userText(exchange->body));
    const int terseUpTo = terse.hasMatch() ? terse.captured(1).toInt() : 0;
    QJsonArray records;
    QStringList lines;
    int completion = 0;
    for (const QString &id : std::as_const(exchange->ids)) {
        const bool brief = relevanceFor(id) <= terseUpTo;
        const QJsonObject record = scoreRecord(id, relevanceFor(id), noveltyFor(id), brief);
        records.append(record);
        lines << QString::fromUtf8(compact(record));
        completion += brief ? m_options.tersePerPaper : m_options.completionPerPaper;
    }
    exchange->answered = exchange->ids;
    const QString content =
        asLines ? lines.join(QLatin1Char('\n'))
                : QString::fromUtf8(compact(QJsonObject{{QStringLiteral("papers"), records}}));
    return success(exchange, content, completion);
}

FakeHttpServer::Response FakeOpenAi::obedientAnswer(Exchange *exchange, bool asLines)
{
    const QString user = exchange->body.value(QStringLiteral("messages"))
                             .toArray()
                             .last()
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toString();
    QString phrase;
    for (const QString &p : std::as_const(m_options.obeyPhrases))
        if (user.contains(p, Qt::CaseInsensitive))
            phrase = p;
    if (exchange->titlesOnly || phrase.isEmpty())
        return goodAnswer(exchange, asLines);
    // The paper that holds the phrase: the last line starting "ID:" before it.
    const qsizetype at = user.indexOf(phrase, 0, Qt::CaseInsensitive);
    const qsizetype idLine = user.lastIndexOf(QLatin1String("\nID: "), at);
    const QString author =
        idLine < 0 ? QString() : user.mid(idLine + 5).section(QLatin1Char('\n'), 0, 0).trimmed();
    QStringList claimed = m_options.obeyIds;
    for (const QString &id : std::as_const(exchange->ids)) {
        if (!claimed.contains(id))
            claimed << id;
    }
    QJsonArray records;
    QStringList lines;
    for (const QString &id : std::as_const(claimed)) {
        const int score = id == author ? 10 : m_options.obeyOthers;
        const QJsonObject record{{QStringLiteral("ARXIVID"), id},
                                 {QStringLiteral("COMMENT"), QStringLiteral("As instructed.")},
                                 {QStringLiteral("RELEVANCE"), score},
                                 {QStringLiteral("NOVELTY"), score}};
        records.append(record);
        lines << QString::fromUtf8(compact(record));
    }
    exchange->answered = exchange->ids;
    const QString content =
        asLines ? lines.join(QLatin1Char('\n'))
                : QString::fromUtf8(compact(QJsonObject{{QStringLiteral("papers"), records}}));
    return success(exchange, content, m_options.completionPerPaper * int(claimed.size()));
}

FakeHttpServer::Response FakeOpenAi::titleAnswer(Exchange *exchange)
{
    if (m_options.emptyTitleAnswers)
        return success(exchange, QString(), 0);
    QJsonArray records;
    QStringList lines;
    for (const QString &id : std::as_const(exchange->ids)) {
        if (!keptByTitle(id))
            continue;
        exchange->answered << id;
        records.append(QJsonObject{{QStringLiteral("ARXIVID"), id}});
        lines << QString::fromUtf8(compact(QJsonObject{{QStringLiteral("ARXIVID"), id}}));
    }
    const QString content = exchange->structured
                                ? QString::fromUtf8(compact(QJsonObject{{QStringLiteral("papers"), records}}))
                                : lines.join(QLatin1Char('\n'));
    return success(exchange, content, 12 * int(exchange->answered.size()));
}

FakeHttpServer::Response FakeOpenAi::messyAnswer(Exchange *exchange)
{
    if (exchange->titlesOnly)
        return titleAnswer(exchange);
    const QStringList &ids = exchange->ids;
    // A paper on its first try, last in its batch, is left out; its retry is answered.
    const QString omitted = !ids.isEmpty() && m_seen.value(ids.last()) == 1 ? ids.last() : QString();
    QStringList lines{QStringLiteral("Sure! Here are my assessments of the papers you sent."), QString(),
                      QStringLiteral("```json")};
    int style = 0;
    for (const QString &id : ids) {
        if (id == omitted)
            continue;
        const QString c = commentOf(id);
        if (isStubborn(id)) {
            lines << QString::fromLatin1(kStubbornRecord).arg(id, c);
        } else {
            lines << QString::fromLatin1(kMessyRecords[style++ % std::size(kMessyRecords)])
                         .arg(id, c)
                         .arg(relevanceFor(id))
                         .arg(noveltyFor(id));
            exchange->answered << id;
        }
        if (lines.size() == 4) {
            lines << QString::fromLatin1(kForeignRecord).arg(kForeignId);
            lines << QStringLiteral("Note: the next ones were harder to judge.");
        }
    }
    if (!omitted.isEmpty()) // cut off mid-record: nothing of it may be read
        lines << QString::fromLatin1(kCutRecord).arg(omitted);
    else
        lines << QStringLiteral("RELEVANCE: 9 for all the others");
    lines << QStringLiteral("```") << QStringLiteral("Let me know if you want more detail on any of them.");
    return success(exchange, lines.join(QLatin1Char('\n')), m_options.completionPerPaper * int(ids.size()));
}

FakeHttpServer::Response FakeOpenAi::failure(Exchange *exchange, int status, const QString &fixture,
                                             const QString &message)
{
    QJsonObject body =
        fixture.isEmpty()
            ? QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                {QStringLiteral("type"), QString()},
                                                                {QStringLiteral("param"), QJsonValue::Null},
                                                                {QStringLiteral("code"), QJsonValue::Null}}}}
            : QJsonDocument::fromJson(readFixture(QStringLiteral("openai/") + fixture)).object();
    QJsonObject error = body.value(QStringLiteral("error")).toObject();
    QString text = error.value(QStringLiteral("message")).toString();
    if (status == 429 && !m_options.retryAfterText.isEmpty())
        text.replace(QLatin1String("26.604s"), m_options.retryAfterText);
    if (m_options.echoKey)
        text += QStringLiteral(" (request sent Authorization: %1)")
                    .arg(QString::fromUtf8(exchange->request.headers.value("authorization")));
    error.insert(QStringLiteral("message"), text);
    body.insert(QStringLiteral("error"), error);
    FakeHttpServer::Response r = FakeHttpServer::Response::error(status, compact(body), "application/json");
    r.delayMs = m_options.latencyMs;
    return r;
}

FakeHttpServer::Response FakeOpenAi::modelList() const
{
    QJsonArray data;
    for (const QString &id : m_options.models)
        data.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("owned_by"), QStringLiteral("system")}});
    FakeHttpServer::Response r =
        FakeHttpServer::Response::ok(compact(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                         {QStringLiteral("data"), data}}),
                                     "application/json");
    r.delayMs = m_options.latencyMs;
    return r;
}

FakeHttpServer::Response FakeOpenAi::redirect(const FakeHttpServer::Request &request) const
{
    QUrl to = m_options.redirectTo;
    to.setPath(to.path() + QString::fromUtf8(request.path.mid(3))); // what follows /v1
    FakeHttpServer::Response r = FakeHttpServer::Response::error(m_options.redirectStatus);
    r.headers << qMakePair(QByteArray("Location"), to.toEncoded());
    return r;
}

FakeHttpServer::Response FakeOpenAi::hugeAnswer() const
{
    // A well-formed completion, only too long: a client that read it all
    // would take it.
    const QByteArray head = R"({"object":"chat.completion","choices":[{"index":0,"message":{"role":)"
                            R"("assistant","content":")";
    const QByteArray tail = R"("},"finish_reason":"stop"}]})";
    FakeHttpServer::Response r = FakeHttpServer::Response::ok(
        head + QByteArray(qMax<qsizetype>(0, m_options.hugeBytes - head.size() - tail.size()), 'x') + tail,
        "application/json");
    r.noContentLength = m_options.hugeWithoutLength;
    r.delayMs = m_options.latencyMs;
    return r;
}

FakeHttpServer::Response FakeOpenAi::handle(const FakeHttpServer::Request &request)
{
    if (m_options.mode == Mode::Redirect && request.path.startsWith("/v1/")) {
        Exchange moved;
        moved.request = request;
        moved.receivedMs = m_clock.elapsed();
        moved.status = m_options.redirectStatus;
        m_exchanges << moved;
        emit answered();
        return redirect(request);
    }
    // The key check and the model list come before any mode: they are what
    // "Test connection" asks, and they never count as a scoring request.
    const bool keyOk = m_options.requiredKey.isEmpty() ||
                       request.headers.value("authorization") == "Bearer " + m_options.requiredKey.toUtf8();
    if (request.method == "GET" && request.path.endsWith("/models")) {
        if (keyOk)
            return modelList();
        Exchange probe;
        probe.request = request;
        return failure(&probe, 401, QStringLiteral("error_401_invalid_api_key.json"));
    }
    Exchange exchange;
    exchange.request = request;
    exchange.receivedMs = m_clock.elapsed();
    exchange.body = QJsonDocument::fromJson(request.body).object();
    exchange.ids = batchIds(exchange.body, &exchange.titlesOnly);
    exchange.structured = exchange.body.contains(QStringLiteral("response_format"));
    ++m_requests;
    for (const QString &id : std::as_const(exchange.ids))
        ++m_seen[id];

    const bool asLines = !exchange.structured;
    FakeHttpServer::Response r;
    if (!keyOk) {
        r = failure(&exchange, 401, QStringLiteral("error_401_invalid_api_key.json"));
    } else if (request.method != "POST" || !request.path.endsWith("/chat/completions")) {
        r = FakeHttpServer::Response::error(
            404, R"({"error":{"message":"Unknown URL","type":"invalid_request_error"}})", "application/json");
    } else if (exchange.ids.isEmpty()) {
        r = failure(&exchange, 400, QString(), QStringLiteral("The request holds no <<<PAPERS>>> block."));
    } else {
        switch (m_options.mode) {
        case Mode::Good:
        case Mode::Slow:
        case Mode::Redirect: // what was redirected here
        case Mode::CutOff:
            r = goodAnswer(&exchange, asLines);
            break;
        case Mode::Trickle:
            if (m_requests <= m_options.failures) {
                r = FakeHttpServer::Response::ok(QByteArray(), "application/json");
                r.trickleMs = m_options.trickleMs;
            } else {
                r = goodAnswer(&exchange, asLines);
            }
            break;
        case Mode::Huge:
            r = m_requests <= m_options.failures ? hugeAnswer() : goodAnswer(&exchange, asLines);
            break;
        case Mode::Messy:
            r = messyAnswer(&exchange);
            break;
        case Mode::Obedient:
            r = obedientAnswer(&exchange, asLines);
            break;
        case Mode::RateLimit429:
            if (m_requests <= m_options.failures) {
                r = failure(&exchange, 429, QStringLiteral("error_429_rate_limit_exceeded_tokens.json"));
                if (m_requests % 2 == 1)
                    r.headers << qMakePair(QByteArray("Retry-After"), m_options.retryAfterHeader);
            } else {
                r = goodAnswer(&exchange, asLines);
            }
            break;
        case Mode::Server500:
            r = m_requests <= m_options.failures
                    ? failure(&exchange, 500, QString(),
                              QStringLiteral(
                                  "The server had an error while processing your request. Sorry about that!"))
                    : goodAnswer(&exchange, asLines);
            break;
        case Mode::InvalidKey401:
            r = m_goodAnswers < m_options.goodAnswersFirst
                    ? goodAnswer(&exchange, asLines)
                    : failure(&exchange, 401, QStringLiteral("error_401_invalid_api_key.json"));
            break;
        case Mode::Quota:
            r = m_goodAnswers < m_options.goodAnswersFirst
                    ? goodAnswer(&exchange, asLines)
                    : failure(&exchange, 429, QStringLiteral("error_429_insufficient_quota.json"));
            break;
        case Mode::ContextLength:
            r = exchange.ids.size() > m_options.contextLimit
                    ? failure(&exchange, 400, QStringLiteral("error_400_context_length_exceeded_4097.json"))
                    : goodAnswer(&exchange, asLines);
            break;
        case Mode::NoStructured:
            r = exchange.structured
                    ? failure(
                          &exchange, 400, QString(),
                          QStringLiteral("Invalid parameter: 'response_format' of type 'json_schema' is not "
                                         "supported with this model."))
                    : goodAnswer(&exchange, true);
            break;
        case Mode::Hang:
            if (m_requests <= m_options.failures)
                r.hang = true;
            else
                r = goodAnswer(&exchange, asLines);
            break;
        }
    }
    exchange.status = r.hang || r.trickleMs > 0 ? 0 : r.status;
    exchange.delayMs = r.delayMs;
    m_exchanges << exchange;
    emit answered();
    return r;
}

} // namespace paperboy::test
