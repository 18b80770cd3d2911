#include "jobs/ScoreWorker.h"

#include "jobs/DayCounts.h"
#include "jobs/OfflineCascadeSplit.h"
#include "jobs/RunEstimate.h"
#include "jobs/ScoringSettings.h"

#include "core/Translation.h"
#include "scoring/BatchPlan.h"
#include "scoring/CostEstimate.h"
#include "scoring/InjectionGuard.h"
#include "scoring/ReplyParser.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <climits>

namespace paperboy {

namespace {

constexpr int kMaxTransientTries = 6;
constexpr int kNoticeGapMs = 1000; // retries said at most this often: a round of failures is one line

using E = LlmReply::Error;

// Errors after which nothing more is sent: the key, the account, or the
// server cannot be used.
bool stopsTheRun(E error)
{
    return error == E::InvalidKey || error == E::Quota || error == E::Tls || error == E::Redirected ||
           error == E::TooLarge;
}

QString money(double usd)
{
    return QStringLiteral("$%1").arg(i18n::locale().toString(usd, 'f', usd < 1 ? 4 : 2));
}

QString count(qint64 n)
{
    return i18n::locale().toString(n);
}

} // namespace

ScoreWorker::ScoreWorker(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

ScoreWorker::~ScoreWorker() = default;

QString ScoreWorker::duration(qint64 ms)
{
    if (ms < 120000)
        return tr("%1 s").arg(count((ms + 999) / 1000));
    const int minutes = int(qMin<qint64>((ms + 30000) / 60000, INT_MAX));
    return i18n::plural(tr("%n minute(s)", nullptr, minutes), minutes);
}

QString ScoreWorker::failureCause(const LlmReply &reply)
{
    switch (reply.error) {
    case E::Timeout:
        return tr("a timeout");
    case E::Server:
        return tr("a server error (HTTP %1)").arg(reply.httpStatus);
    case E::Network:
        return tr("a network error");
    case E::RateLimited:
        return tr("a rate limit");
    default:
        return tr("an unusable answer");
    }
}

void ScoreWorker::cancel()
{
    // Queued behind a score() already posted, so a cancel right after a start is not lost.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_run)
                return;
            m_run->cancelled = true;
            stopRun(ScoreOutcome::Status::Cancelled, tr("Scoring stopped; every finished batch was kept."));
        },
        Qt::QueuedConnection);
}

bool ScoreWorker::openDatabase(QString *error)
{
    if (m_database)
        return true;
    auto db = std::make_unique<Database>(m_databasePath);
    if (!db->open(error))
        return false;
    m_database = std::move(db);
    m_scores = std::make_unique<ScoreRepository>(m_database->connection());
    return true;
}

void ScoreWorker::score(const ScoreRequest &request)
{
    if (m_run) {
        ScoreOutcome o;
        o.message = tr("Scoring is already running.");
        emit finished(o);
        return;
    }
    // A fresh run: nothing of the one before (its timers, its answers) can reach it.
    m_run = std::make_unique<ScoreRun>(request);

    QList<Paper> papers;
    if (!prepare(request, &papers))
        return;
    if (request.provider == ScoreRequest::Provider::Offline)
        scoreOffline(papers);
    else
        startLlm(papers);
}

bool ScoreWorker::prepare(const ScoreRequest &request, QList<Paper> *papers)
{
    QString error;
    if (!openDatabase(&error)) {
        m_run->outcome.message = tr("Cannot open the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    PaperRepository repo(m_database->connection());
    m_run->outcome.date = request.date.isValid() ? request.date : repo.latestDay(&error);
    if (!error.isEmpty()) {
        m_run->outcome.message = tr("Cannot read the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    if (!m_run->outcome.date.isValid()) {
        m_run->outcome.message = tr("There is no day in the cache yet: fetch one first.");
        m_run->outcome.failure = ScoreOutcome::Failure::Setup;
        finish();
        return false;
    }
    const auto day = repo.day(m_run->outcome.date, &error);
    if (!error.isEmpty()) {
        m_run->outcome.message = tr("Cannot read the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    if (!day) {
        m_run->outcome.message =
            tr("%1 is not in the cache: fetch it first.").arg(i18n::dayText(m_run->outcome.date));
        m_run->outcome.failure = ScoreOutcome::Failure::Setup;
        finish();
        return false;
    }
    // A day without papers in the person's categories is not "every paper
    // already has a score".
    if (day->kept == 0) {
        m_run->outcome.status = ScoreOutcome::Status::NothingToDo;
        m_run->outcome.message = tr("There is nothing to score: %1 has no papers in your categories and "
                                    "announce types; nothing sent.")
                                     .arg(i18n::dayText(m_run->outcome.date));
        finish();
        return false;
    }
    // An estimate sends nothing and writes nothing: without saved criteria it
    // prices the defaults without saving them.
    auto current = m_scores->currentCriteria(&error);
    if (!current && error.isEmpty() && request.estimateOnly) {
        const Criteria defaults = Criteria::defaults();
        current = CriteriaVersion{0, defaults.contentHash(), defaults.scoringHash(), defaults, {}};
    }
    if (!current && error.isEmpty())
        current = m_scores->currentOrDefaults(&error);
    if (!current) {
        m_run->outcome.message = tr("Cannot read or store the criteria: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    m_run->criteria = current->criteria;
    m_run->scoringHash = m_run->criteria.scoringHash();
    m_run->outcome.model =
        request.provider == ScoreRequest::Provider::Offline ? QStringLiteral("offline") : request.llm.model;
    const auto pending =
        request.rescore ? std::optional(repo.papersOfDay(m_run->outcome.date, &error))
                        : m_scores->toScore(m_run->outcome.date, m_run->scoringHash, m_run->outcome.model,
                                            request.setAsideOnly ? ScoreRepository::Selection::SetAside
                                                                 : ScoreRepository::Selection::Unscored,
                                            &error);
    // A failed read is not "every paper already has a score".
    if (!pending || !error.isEmpty()) {
        m_run->outcome.message = tr("Cannot read the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    *papers = *pending;
    m_run->outcome.toScore = int(papers->size());
    if (papers->isEmpty()) {
        m_run->outcome.status = ScoreOutcome::Status::NothingToDo;
        m_run->outcome.message =
            request.setAsideOnly
                ? tr("No paper of %1 is set aside by %2 for these criteria; nothing sent.")
                      .arg(m_run->outcome.date.toString(Qt::ISODate), m_run->outcome.model)
                : tr("Every paper of %1 already has a score from %2 for these criteria; nothing sent.")
                      .arg(m_run->outcome.date.toString(Qt::ISODate), m_run->outcome.model);
        finish();
        return false;
    }
    if (request.provider == ScoreRequest::Provider::Offline && request.estimateOnly) {
        m_run->outcome.status = ScoreOutcome::Status::NothingToDo;
        m_run->outcome.message = i18n::plural(tr("Scoring %n paper(s) of %1 offline costs nothing and sends "
                                                 "nothing; nothing was scored.",
                                                 nullptr, m_run->outcome.toScore),
                                              m_run->outcome.toScore)
                                     .arg(m_run->outcome.date.toString(Qt::ISODate));
        finish();
        return false;
    }
    if (!splitByCascade(papers))
        return false;
    if (request.provider == ScoreRequest::Provider::OpenAI) {
        // What each pass's model spent per paper before, and what title passes kept.
        const std::optional<RunHistory> history = RunHistory::read(*m_scores, request, &error);
        if (!history) {
            m_run->outcome.message = tr("Cannot read the cache: %1").arg(error);
            m_run->outcome.failure = ScoreOutcome::Failure::Storage;
            finish();
            return false;
        }
        const RunEstimate estimate = RunEstimate::estimate(m_run->criteria, *papers, request, *history);
        m_run->titlePass = estimate.titlePass;
        const QString text = estimate.sentence(int(m_run->cascadeSetAside.size()), m_run->outcome.toScore);
        emit estimated(text, estimate.chosen().costUsd);
        if (request.estimateOnly) {
            m_run->outcome.status = ScoreOutcome::Status::NothingToDo;
            m_run->outcome.message = text;
            finish();
            return false;
        }
    }
    // One run per cache and day: a second one would pay for the same papers.
    if (!lockDay(&error)) {
        m_run->outcome.message = error;
        m_run->outcome.failure = ScoreOutcome::Failure::Setup;
        finish();
        return false;
    }
    m_run->record = RunRecord();
    m_run->record.date = m_run->outcome.date;
    m_run->record.provider = request.provider == ScoreRequest::Provider::Offline ? QStringLiteral("offline")
                                                                                 : QStringLiteral("openai");
    m_run->record.model = m_run->outcome.model;
    m_run->record.scoringHash = m_run->scoringHash;
    if (request.provider == ScoreRequest::Provider::OpenAI)
        m_run->record.effort = request.llm.reasoningEffort;
    if (m_run->titlePass) {
        const LlmConfig title = ScoringSettings::titlePassConfig(request);
        m_run->record.titleModel = title.model;
        m_run->record.titleEffort = title.reasoningEffort;
    }
    m_run->record.asked = m_run->outcome.toScore;
    m_run->record.id = m_scores->startRun(m_run->record, &error);
    if (m_run->record.id == 0) {
        m_run->outcome.message = tr("Cannot write to the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    emit progress(0, m_run->outcome.toScore, 0, 0);
    return true;
}

bool ScoreWorker::lockDay(QString *error)
{
    // Beside the cache, named by its day: QLockFile sees through a lock whose
    // process died (a kill -9 never blocks the next run), and no age makes a
    // long run's lock stale.
    m_run->dayLock = std::make_unique<QLockFile>(
        QStringLiteral("%1.score-%2.lock").arg(m_databasePath, m_run->outcome.date.toString(Qt::ISODate)));
    m_run->dayLock->setStaleLockTime(0);
    if (m_run->dayLock->tryLock(0))
        return true;
    if (m_run->dayLock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_run->dayLock->getLockInfo(&pid, &host, &app);
        *error = tr("Another Paperboy run (process %1) is scoring %2 in this cache; this one was not started "
                    "and sent nothing: try again when that run has finished.")
                     .arg(pid)
                     .arg(m_run->outcome.date.toString(Qt::ISODate));
    } else {
        *error = tr("Cannot lock %1 for scoring beside the cache (its folder may not be writable).")
                     .arg(m_run->outcome.date.toString(Qt::ISODate));
    }
    m_run->dayLock.reset();
    return false;
}

PaperScore ScoreWorker::withAuthorRule(PaperScore score, const Paper &paper) const
{
    const QString author = m_run->criteria.followedAuthorIn(paper.authors);
    if (author.isEmpty())
        return score;
    // Recorded with the score; the relevance rule (core/Relevance.h) makes
    // the paper relevant when read, for as long as the author is followed.
    score.authorMatch = true;
    if (!score.comment.contains(author))
        score.comment = QStringLiteral("Followed author: %1. %2").arg(author, score.comment).trimmed();
    return score;
}

// What every view will say: the day's relevant papers by this run's scorer,
// read back through the one reader of scores.
int ScoreWorker::relevantOnDay() const
{
    QString error;
    const auto counts =
        jobs::dayCounts(m_database->connection(), m_run->outcome.date, m_run->outcome.model, &error);
    return counts ? counts->relevant : 0;
}

// --- Offline ---------------------------------------------------------------

void ScoreWorker::scoreOffline(const QList<Paper> &papers)
{
    QString error;
    auto offline =
        jobs::offlineScores(m_database->connection(), m_run->outcome.date, m_run->criteria, papers, &error);
    if (!offline)
        return stopRun(ScoreOutcome::Status::Failed, tr("Cannot read the cache: %1").arg(error),
                       ScoreOutcome::Failure::Storage);
    QList<PaperScore> scores = *offline;
    for (qsizetype i = 0; i < scores.size() && i < papers.size(); ++i)
        scores[i] = withAuthorRule(scores[i], papers.at(i));
    const QPointer<ScoreRun> run = m_run.get();
    storeScores(scores);
    if (!run)
        return; // storing failed and finished the run
    m_run->outcome.status = ScoreOutcome::Status::Done;
    finish();
}

// --- LLM ---------------------------------------------------------------------

// The cascade: before anything is priced or sent, the papers the offline
// scorer ranks far below the day's cut leave `papers` (followed authors'
// never). Not for "Score these fully": those papers were set aside already.
bool ScoreWorker::splitByCascade(QList<Paper> *papers)
{
    const ScoreRequest &request = m_run->request;
    if (!request.cascade || request.provider != ScoreRequest::Provider::OpenAI || request.setAsideOnly)
        return true;
    QString error;
    const auto split =
        jobs::cascadeSplit(m_database->connection(), m_run->outcome.date, m_run->criteria, *papers, &error);
    if (!split) {
        m_run->outcome.message = tr("Cannot read the cache: %1").arg(error);
        m_run->outcome.failure = ScoreOutcome::Failure::Storage;
        finish();
        return false;
    }
    *papers = split->send;
    m_run->cascadeSetAside = split->setAside;
    return true;
}

// Stored as set aside, with the reason a person reads; "Score these fully"
// sends them.
bool ScoreWorker::storeCascadeSetAside()
{
    const QList<Paper> aside = std::exchange(m_run->cascadeSetAside, {});
    if (aside.isEmpty())
        return true;
    QString error;
    if (!m_scores->storeUnscored(aside, QStringLiteral("aside"), tr("set aside by the offline scorer"),
                                 m_run->scoringHash, m_run->outcome.model, m_run->record.id, &error)) {
        stopRun(ScoreOutcome::Status::Failed, tr("Cannot write to the cache: %1").arg(error),
                ScoreOutcome::Failure::Storage);
        return false;
    }
    m_run->outcome.setAsideOffline += int(aside.size());
    for (const Paper &p : aside)
        m_run->settled.insert(p.id);
    emit progress(int(m_run->settled.size()), m_run->outcome.toScore, 0, 0);
    return true;
}

void ScoreWorker::startLlm(const QList<Paper> &papers)
{
    if (!storeCascadeSetAside())
        return;
    LlmConfig config = m_run->request.llm;
    delete m_client;
    m_client = new LlmClient(config, this);
    delete m_titleClient;
    m_titleClient = nullptr;
    // Chosen with the estimate (RunEstimate): set, or auto when it is cheaper.
    const bool filter = m_run->titlePass;
    if (filter)
        m_titleClient = new LlmClient(ScoringSettings::titlePassConfig(m_run->request), this);
    splitIntoBatches(papers, filter);
    if (filter)
        m_run->titleBatchesLeft = int(m_run->queue.size());
    pump();
}

void ScoreWorker::splitIntoBatches(const QList<Paper> &papers, bool titlesOnly)
{
    // A paper that reads like instructions to the model goes alone, so it
    // cannot sway the papers it would have shared a request with (the reply
    // parser already keeps it from reaching other requests' papers).
    QList<Paper> plain;
    QList<Paper> suspicious;
    for (const Paper &p : papers)
        (looksLikeInstructionsToTheModel(p) ? suspicious : plain) << p;
    qsizetype start = 0;
    const int size =
        titlesOnly ? titleBatchSize(
                         planBatches(int(plain.size()), m_run->request.batchSize, m_run->request.concurrency)
                             .value(0),
                         CostEstimate::reasoningTokensPerPaper(m_run->request.llm.reasoningEffort),
                         CostEstimate::reasoningTokensPerPaper(m_titleClient->config().reasoningEffort))
                   : m_run->request.batchSize;
    for (const int take : planBatches(int(plain.size()), size, m_run->request.concurrency)) {
        Batch b;
        b.papers = plain.mid(start, take);
        b.titlesOnly = titlesOnly;
        start += take;
        m_run->queue << b;
    }
    for (const Paper &p : std::as_const(suspicious)) {
        Batch b;
        b.papers = {p};
        b.titlesOnly = titlesOnly;
        b.suspicious = true;
        m_run->queue << b;
    }
}

void ScoreWorker::pump()
{
    if (m_run->stopping || m_run->cancelled)
        return maybeFinish();
    if (!m_run->pausedUntil.hasExpired()) {
        if (!m_run->pauseScheduled) {
            m_run->pauseScheduled = true;
            QTimer::singleShot(int(m_run->pausedUntil.remainingTime()), Qt::PreciseTimer, m_run.get(),
                               [this] {
                                   m_run->pauseScheduled = false;
                                   pump();
                               });
        }
        return maybeFinish();
    }
    const QPointer<ScoreRun> run = m_run.get();
    // The per-minute limit: count the starts of the last 60 s.
    m_run->recentStarts.removeIf([](const QDeadlineTimer &t) { return t.hasExpired(); });
    while (!m_run->queue.isEmpty() && m_run->inFlight < qMax(1, m_run->request.concurrency)) {
        if (m_run->request.requestsPerMinute > 0 &&
            m_run->recentStarts.size() >= m_run->request.requestsPerMinute) {
            const qint64 wait = qMax<qint64>(1, m_run->recentStarts.first().remainingTime());
            QTimer::singleShot(int(wait), m_run.get(), [this] { pump(); });
            return;
        }
        send(m_run->queue.takeFirst());
        if (!run)
            return; // refused at once, and that ended the run
    }
    maybeFinish();
}

void ScoreWorker::send(Batch batch)
{
    batch.noAnswerRound = m_run->noAnswerRound;
    ++m_run->inFlight;
    ++m_run->outcome.requests;
    m_run->recentStarts << QDeadlineTimer(60000);
    const ChatPrompt prompt =
        batch.titlesOnly ? prompt::buildTitleFilter(m_run->criteria, batch.papers)
                         : prompt::build(m_run->criteria, batch.papers, m_client->config().structuredOutput);
    const bool structured = m_client->config().structuredOutput && !batch.titlesOnly;
    const QPointer<ScoreRun> run = m_run.get();
    (batch.titlesOnly ? m_titleClient : m_client)
        ->complete(
            prompt,
            [this, batch, structured, run](const LlmReply &reply) {
                if (!run)
                    return; // an answer for a run that has ended
                --m_run->inFlight;
                if (reply.error == LlmReply::Error::None)
                    m_run->sinceSuccess.restart();
                if (reply.error != LlmReply::Error::Cancelled && reply.noAnswer.isEmpty()) {
                    // Any answer, a failure too: the server is there.
                    m_run->sinceAnswer.restart();
                    m_run->noAnswerTries = 0;
                    ++m_run->noAnswerRound;
                }
                if (reply.error == LlmReply::Error::Unsupported && structured) {
                    // The server does not take a JSON schema: plain JSON lines from now on.
                    m_client->setStructuredOutput(false);
                    m_run->queue.prepend(batch);
                    return pump();
                }
                // Count the tokens, store the batch, then check the budget: what
                // crossed it is kept and counted.
                m_run->outcome.usage += reply.usage;
                (batch.titlesOnly ? m_run->titleUsage : m_run->abstractUsage) += reply.usage;
                m_run->outcome.costUsd =
                    m_run->request.prices.cost(m_run->outcome.model, m_run->abstractUsage) +
                    (m_titleClient
                         ? m_run->request.prices.cost(m_titleClient->config().model, m_run->titleUsage)
                         : 0.0);
                if (batch.titlesOnly)
                    onTitleReply(batch, reply);
                else
                    onReply(batch, reply);
                if (!run)
                    return; // the reply ended the run
                saveRunTotals();
                checkBudget();
                if (run) // the budget ends a run at once when nothing else is in flight
                    pump();
            },
            !batch.titlesOnly);
}

// The run's tokens and cost are on disk after every reply, like its scores:
// a killed run still shows what it spent.
void ScoreWorker::saveRunTotals()
{
    if (m_run->record.id <= 0)
        return;
    copyTotalsToRun();
    QString error;
    m_scores->updateRun(m_run->record, &error);
}

void ScoreWorker::copyTotalsToRun()
{
    m_run->record.requests = m_run->outcome.requests;
    m_run->record.papers = m_run->outcome.scored;
    m_run->record.promptTokens = m_run->outcome.usage.prompt;
    m_run->record.cachedTokens = m_run->outcome.usage.cached;
    m_run->record.completionTokens = m_run->outcome.usage.completion;
    m_run->record.reasoningTokens = m_run->outcome.usage.reasoning;
    m_run->record.costUsd = m_run->outcome.costUsd;
    m_run->record.titlePromptTokens = m_run->titleUsage.prompt;
    m_run->record.titleCachedTokens = m_run->titleUsage.cached;
    m_run->record.titleCompletionTokens = m_run->titleUsage.completion;
    m_run->record.titleReasoningTokens = m_run->titleUsage.reasoning;
}

void ScoreWorker::checkBudget()
{
    if (!m_run->stopping && m_run->request.maxCostUsd > 0 &&
        m_run->outcome.costUsd >= m_run->request.maxCostUsd) {
        stopRun(ScoreOutcome::Status::Stopped,
                tr("Stopped at the budget of %1 (spent %2); every finished batch was kept.")
                    .arg(money(m_run->request.maxCostUsd), money(m_run->outcome.costUsd)));
    }
}

void ScoreWorker::retryLater(Batch batch, int waitMs)
{
    ++m_run->waiting;
    // With the run as context: the retry of a run that has ended never fires.
    QTimer::singleShot(qMax(0, waitMs), m_run.get(), [this, batch] {
        --m_run->waiting;
        if (!m_run->stopping)
            m_run->queue.prepend(batch);
        pump();
    });
}

void ScoreWorker::onTransientFailure(Batch batch, const LlmReply &reply)
{
    // A dead or hostile server must not hold a run for hours, whatever the
    // number of batches each retrying on its own.
    if (reply.error == E::RateLimited && reply.retryAfterMs > m_run->request.patienceMs)
        return stopRun(ScoreOutcome::Status::Failed,
                       tr("The server asks to wait %1 before the next request; stopped, every finished "
                          "batch was kept.")
                           .arg(duration(reply.retryAfterMs)));
    if (outOfPatience(reply))
        return;
    if (++batch.transientTries > kMaxTransientTries)
        return markFailed(batch.papers, reply.message);
    if (reply.error == E::RateLimited && reply.retryAfterMs >= 0) {
        // The limit is the account's: nobody sends until it has passed. Said
        // once per pause, not once per batch it holds.
        const int waitMs = reply.retryAfterMs + 50;
        if (m_run->pausedUntil.hasExpired())
            emit waiting(tr("waiting %1 for the server's rate limit").arg(duration(reply.retryAfterMs)),
                         waitMs);
        m_run->pausedUntil = QDeadlineTimer(waitMs, Qt::PreciseTimer);
        return retryLater(batch, waitMs);
    }
    const int waitMs = m_run->request.backoffBaseMs << qMin(batch.transientTries - 1, 6);
    if (!m_run->sinceNotice.isValid() || m_run->sinceNotice.hasExpired(kNoticeGapMs)) {
        m_run->sinceNotice.start();
        const int papers = int(batch.papers.size());
        emit waiting(
            i18n::plural(tr("retrying %n paper(s) in %1 after %2 (retry %3 of %4)", nullptr, papers), papers)
                .arg(duration(waitMs), failureCause(reply))
                .arg(batch.transientTries)
                .arg(kMaxTransientTries),
            waitMs);
    }
    retryLater(batch, waitMs);
}

bool ScoreWorker::outOfPatience(const LlmReply &reply)
{
    if (!m_run->sinceSuccess.hasExpired(m_run->request.patienceMs))
        return false;
    stopRun(ScoreOutcome::Status::Failed,
            tr("No request has succeeded for %1 (the last: %2); stopped, every finished batch was kept.")
                .arg(duration(m_run->request.patienceMs), reply.message));
    return true;
}

void ScoreWorker::onNoAnswer(Batch batch, const LlmReply &reply)
{
    // The batches of a round meet the same dead server: the first of them
    // back counts the try and says so, the others wait with it. No batch
    // counts tries of its own here: its papers stay unscored, not failed,
    // for a run that finds the server.
    const bool firstOfRound = batch.noAnswerRound == m_run->noAnswerRound;
    if (firstOfRound) {
        ++m_run->noAnswerTries;
        ++m_run->noAnswerRound;
    }
    const qint64 left = m_run->request.giveUpMs - m_run->sinceAnswer.elapsed();
    if (left <= 0)
        return giveUp(reply);
    if (outOfPatience(reply))
        return;
    m_run->queue.prepend(batch);
    if (!firstOfRound)
        return;
    // The last try is made as the time runs out, so the run never gives up
    // on a server it has not asked for that long.
    const int waitMs =
        int(qMin<qint64>(qint64(m_run->request.backoffBaseMs) << qMin(m_run->noAnswerTries - 1, 6), left));
    m_run->pausedUntil = qMax(m_run->pausedUntil, QDeadlineTimer(waitMs, Qt::PreciseTimer));
    emit waiting(tr("Cannot reach the server (%1): attempt %2, next try in %3")
                     .arg(reply.noAnswer)
                     .arg(m_run->noAnswerTries)
                     .arg(duration(waitMs)),
                 waitMs);
}

void ScoreWorker::giveUp(const LlmReply &reply)
{
    const int tries = m_run->noAnswerTries;
    const QString address = m_client->config().baseUrl.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString what =
        i18n::plural(tr("Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempt(s).",
                        nullptr, tries),
                     tries)
            .arg(address, reply.noAnswer, duration(m_run->request.giveUpMs));
    const QString kept = m_run->outcome.scored > 0
                             ? tr("Every finished batch was kept; check that the server is running and that "
                                  "this is its address.")
                             : tr("Nothing was scored; check that the server is running and that this is "
                                  "its address.");
    stopRun(ScoreOutcome::Status::Failed, what + QLatin1Char(' ') + kept);
}

void ScoreWorker::onReply(Batch batch, const LlmReply &reply)
{
    switch (reply.error) {
    case E::None:
        break;
    case E::Cancelled:
        return;
    case E::InvalidKey:
        m_run->outcome.failure = ScoreOutcome::Failure::KeyRejected;
        return stopRun(ScoreOutcome::Status::Failed,
                       tr("The API key was rejected (%1): check OPENAI_API_KEY or the key in the "
                          "keychain (paperboy key set).")
                           .arg(reply.message));
    case E::Tls:
        m_run->outcome.failure = ScoreOutcome::Failure::Provider;
        return stopRun(ScoreOutcome::Status::Failed,
                       tr("The server's certificate was not accepted (%1); nothing was sent. Paperboy always "
                          "checks certificates: give the server one this system trusts, or use http:// for a "
                          "server on this machine.")
                           .arg(reply.message));
    case E::Quota:
        return stopRun(
            ScoreOutcome::Status::Failed,
            tr("The account has no quota left (%1): check the plan and billing.").arg(reply.message));
    case E::Redirected:
    case E::TooLarge:
        // Every request would meet the same: the server is not one to score with.
        return stopRun(ScoreOutcome::Status::Failed,
                       tr("Stopped: %1. Every finished batch was kept.").arg(reply.message));
    case E::ContextTooLong:
        if (batch.papers.size() > 1) {
            const qsizetype half = batch.papers.size() / 2;
            Batch a = batch, b = batch;
            a.papers = batch.papers.mid(0, half);
            b.papers = batch.papers.mid(half);
            m_run->queue.prepend(b);
            m_run->queue.prepend(a);
            return;
        }
        return markFailed(batch.papers, tr("too long for the model's context (%1)").arg(reply.message));
    case E::RateLimited:
    case E::Server:
    case E::Timeout:
    case E::Network:
    case E::BadResponse:
        if (!reply.noAnswer.isEmpty())
            return onNoAnswer(batch, reply);
        return onTransientFailure(batch, reply);
    case E::Unsupported:
    case E::Rejected:
        return markFailed(batch.papers, reply.message);
    }

    QSet<QString> ids;
    for (const Paper &p : std::as_const(batch.papers))
        ids.insert(p.id);
    const ReplyParseResult parsed = parseScoreReply(reply.content, ids);
    // A reply that scored the batch as one may have been taken over by one of
    // its papers: nothing of it is kept, and each paper is asked about alone.
    if (replyMovesTogether(parsed.scores, int(batch.papers.size()))) {
        for (const Paper &p : std::as_const(batch.papers)) {
            Batch alone;
            alone.papers = {p};
            alone.recheck = true;
            m_run->queue.prepend(alone);
        }
        m_run->outcome.rechecked += int(batch.papers.size());
        return;
    }
    QHash<QString, ParsedScore> byId;
    for (const ParsedScore &s : parsed.scores)
        byId.insert(s.id, s);
    QList<PaperScore> scores;
    Batch missing = batch;
    missing.papers.clear();
    for (const Paper &p : std::as_const(batch.papers)) {
        const auto it = byId.constFind(p.id);
        if (it == byId.cend()) {
            missing.papers << p;
            continue;
        }
        PaperScore s;
        s.paperId = p.id;
        s.version = p.version;
        s.relevance = it->relevance;
        s.novelty = it->novelty;
        s.comment = it->comment;
        if (batch.suspicious) // the reader shows why this score may say more about the paper's text
            s.comment = tr("Its text addresses the model; scored on its own. %1").arg(s.comment).trimmed();
        scores << withAuthorRule(s, p);
    }
    const QPointer<ScoreRun> run = m_run.get();
    storeScores(scores);
    if (!run || missing.papers.isEmpty())
        return; // a failed write ends the run; nothing more is sent or recorded
    // Papers the reply left out go again, up to maxTries, then fail with why.
    if (++missing.tries >= m_run->request.maxTries) {
        markFailed(missing.papers, tr("no valid score in %1 replies").arg(missing.tries));
        return;
    }
    m_run->queue << missing;
}

void ScoreWorker::onTitleReply(const Batch &batch, const LlmReply &reply)
{
    if (reply.error == LlmReply::Error::Cancelled)
        return;
    QSet<QString> keep;
    if (reply.error == LlmReply::Error::None) {
        QSet<QString> ids;
        for (const Paper &p : batch.papers)
            ids.insert(p.id);
        // The filter answers with ids only; parse them as records with dummy scores.
        static const QRegularExpression idPattern(
            QStringLiteral("\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}"));
        auto it = idPattern.globalMatch(reply.content);
        while (it.hasNext()) {
            const QString id = it.next().captured(0);
            if (ids.contains(id))
                keep.insert(id);
        }
        // A reply naming none of its papers (empty, refused, cut off) says
        // nothing about them: they all go to the full pass.
        if (keep.isEmpty())
            keep = ids;
    } else if (stopsTheRun(reply.error)) {
        onReply(batch, reply); // stops the run with the right message
        return;
    } else if (!reply.noAnswer.isEmpty()) {
        // The pass is tried again when the server answers; the full pass of
        // every paper would cost more than waiting.
        return onNoAnswer(batch, reply);
    } else if (reply.error == LlmReply::Error::RateLimited) {
        // The limit is the account's: the full pass would meet it too, so
        // the titles wait for it (or the run stops at a wait too long).
        return onTransientFailure(batch, reply);
    } else {
        // When the cheap pass fails, everything goes to the full pass.
        for (const Paper &p : batch.papers)
            keep.insert(p.id);
    }
    QList<Paper> dropped;
    for (const Paper &p : batch.papers)
        (keep.contains(p.id) || !m_run->criteria.followedAuthorIn(p.authors).isEmpty() ? m_run->titleSurvivors
                                                                                       : dropped)
            << p;
    m_run->record.titleAsked += int(batch.papers.size());
    m_run->record.titleKept += int(batch.papers.size() - dropped.size());
    if (!dropped.isEmpty()) {
        QString error;
        if (!m_scores->storeUnscored(dropped, QStringLiteral("filtered"),
                                     tr("title pre-filter: not relevant by its title"), m_run->scoringHash,
                                     m_run->outcome.model, m_run->record.id, &error))
            return stopRun(ScoreOutcome::Status::Failed, tr("Cannot write to the cache: %1").arg(error),
                           ScoreOutcome::Failure::Storage);
        m_run->outcome.filtered += int(dropped.size());
        for (const Paper &p : std::as_const(dropped))
            m_run->settled.insert(p.id);
    }
    if (--m_run->titleBatchesLeft == 0) {
        splitIntoBatches(m_run->titleSurvivors, false);
        m_run->titleSurvivors.clear();
    }
}

// --- Shared ------------------------------------------------------------------

void ScoreWorker::storeScores(const QList<PaperScore> &scores)
{
    if (scores.isEmpty())
        return;
    QString error;
    // Each batch is committed as soon as it returns: a crash loses only what is in flight.
    if (!m_scores->storeScores(scores, m_run->scoringHash, m_run->outcome.model, m_run->record.id, &error))
        return stopRun(ScoreOutcome::Status::Failed,
                       tr("Cannot write the scores to the cache: %1; earlier batches were kept.").arg(error),
                       ScoreOutcome::Failure::Storage);
    for (const PaperScore &s : scores) {
        m_run->settled.insert(s.paperId);
        ++m_run->outcome.scored;
    }
    emit progress(int(m_run->settled.size()), m_run->outcome.toScore,
                  m_run->outcome.usage.prompt + m_run->outcome.usage.completion, m_run->outcome.costUsd);
}

void ScoreWorker::markFailed(const QList<Paper> &papers, const QString &reason)
{
    QString error;
    if (!m_scores->storeUnscored(papers, QStringLiteral("failed"), reason, m_run->scoringHash,
                                 m_run->outcome.model, m_run->record.id, &error))
        return stopRun(ScoreOutcome::Status::Failed, tr("Cannot write to the cache: %1").arg(error),
                       ScoreOutcome::Failure::Storage);
    for (const Paper &p : papers) {
        m_run->settled.insert(p.id);
        ++m_run->outcome.failed;
        m_run->outcome.failures << QStringLiteral("%1: %2").arg(p.id, reason);
    }
    emit progress(int(m_run->settled.size()), m_run->outcome.toScore,
                  m_run->outcome.usage.prompt + m_run->outcome.usage.completion, m_run->outcome.costUsd);
}

void ScoreWorker::stopRun(ScoreOutcome::Status status, const QString &message, ScoreOutcome::Failure failure)
{
    if (m_run->stopping)
        return;
    m_run->stopping = true;
    m_run->outcome.status = status;
    if (status == ScoreOutcome::Status::Failed && m_run->outcome.failure == ScoreOutcome::Failure::None)
        m_run->outcome.failure = failure;
    m_run->outcome.message = message;
    m_run->queue.clear();
    // At the budget, requests already sent are answered and billed anyway:
    // let them finish, count them and keep their scores. Cancel and fatal
    // errors stop at once.
    if (status != ScoreOutcome::Status::Stopped) {
        const QPointer<ScoreRun> run = m_run.get();
        if (m_client)
            m_client->abortAll();
        if (run && m_titleClient)
            m_titleClient->abortAll();
        if (!run)
            return; // the last answer aborted has finished the run
        m_run->inFlight = 0;
    }
    maybeFinish();
}

void ScoreWorker::maybeFinish()
{
    if (!m_run || m_run->inFlight > 0 ||
        (!m_run->stopping && (m_run->waiting > 0 || !m_run->queue.isEmpty())))
        return;
    // Parked retries of a stopping run are dropped: finish() takes their timers with the run.
    if (!m_run->stopping)
        m_run->outcome.status = ScoreOutcome::Status::Done;
    finish();
}

void ScoreWorker::finish()
{
    if (!m_run)
        return;
    m_run->dayLock.reset(); // unlocks: the day is free for the next run
    if (m_run->record.id > 0) {
        m_run->record.status =
            m_run->outcome.status == ScoreOutcome::Status::Done        ? QStringLiteral("done")
            : m_run->outcome.status == ScoreOutcome::Status::Cancelled ? QStringLiteral("cancelled")
            : m_run->outcome.status == ScoreOutcome::Status::Stopped   ? QStringLiteral("stopped")
                                                                       : QStringLiteral("failed");
        copyTotalsToRun();
        m_run->record.message = m_run->outcome.message;
        QString error;
        m_scores->finishRun(m_run->record, &error);
        m_run->outcome.relevant = relevantOnDay();
    }
    if (m_run->record.id > 0) {
        QString text = i18n::plural(tr("Scored %1 of %n paper(s) of %2 with %3: %4 relevant", nullptr,
                                       m_run->outcome.toScore),
                                    m_run->outcome.toScore)
                           .arg(count(m_run->outcome.scored), m_run->outcome.date.toString(Qt::ISODate),
                                m_run->outcome.model, count(m_run->outcome.relevant));
        if (m_run->outcome.filtered > 0)
            text += tr(", %1 set aside by title", "continues 'Scored ... relevant'")
                        .arg(count(m_run->outcome.filtered));
        if (m_run->outcome.setAsideOffline > 0)
            text += tr(", %1 set aside by the offline scorer", "continues 'Scored ... relevant'")
                        .arg(count(m_run->outcome.setAsideOffline));
        if (m_run->outcome.failed > 0)
            text += tr(", %1 failed", "continues 'Scored ... relevant'").arg(count(m_run->outcome.failed));
        if (m_run->outcome.rechecked > 0)
            text += tr(", %1 scored again one by one (their batch's reply gave them all the same scores)",
                       "continues 'Scored ... relevant'")
                        .arg(count(m_run->outcome.rechecked));
        if (m_run->outcome.requests > 0)
            text += i18n::plural(tr("; %n request(s), %1 prompt + %2 completion tokens, %3",
                                    "continues 'Scored ... relevant'", m_run->outcome.requests),
                                 m_run->outcome.requests)
                        .arg(count(m_run->outcome.usage.prompt), count(m_run->outcome.usage.completion),
                             money(m_run->outcome.costUsd));
        text += tr(".", "ends 'Scored ... relevant'");
        m_run->outcome.message = m_run->outcome.status == ScoreOutcome::Status::Done
                                     ? text
                                     : m_run->outcome.message + QLatin1Char(' ') + text;
    }
    // The run ends before anyone hears of it: its parked timers die with it
    // and its late answers find it gone, whatever run comes next.
    const ScoreOutcome outcome = m_run->outcome;
    m_run.reset();
    emit finished(outcome);
}

} // namespace paperboy
