#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "jobs/ScoreJob.h"
#include "storage/ScoreRepository.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QSet>

#include <memory>

namespace paperboy {

// Papers sent together in one request, with what happened to them so far.
struct ScoreBatch
{
    QList<Paper> papers;
    int tries = 0;          // replies that came back without some of these papers
    int transientTries = 0; // 5xx, timeouts, rate limits
    bool titlesOnly = false;
    bool suspicious = false; // its text reads like instructions to the model: sent alone
    bool recheck = false;    // its batch's reply scored the papers as one: sent again alone
    int noAnswerRound = 0;   // ScoreRun::noAnswerRound when it was last sent
};

// Everything one scoring run knows, created when the run starts and destroyed
// when it finishes. Its timers take it as their context and its answers hold
// a QPointer to it, so nothing of an ended run can reach the next one: a
// parked retry simply never fires, a late answer finds the pointer null.
// Plain data; ScoreWorker does the work.
class ScoreRun : public QObject
{
    Q_OBJECT
public:
    explicit ScoreRun(const ScoreRequest &request)
        : request(request)
    {
        sinceSuccess.start();
        sinceAnswer.start();
    }

    ScoreRequest request;
    Criteria criteria;
    QString scoringHash;
    RunRecord record; // the run's row in the cache
    ScoreOutcome outcome;
    QList<ScoreBatch> queue;
    QList<Paper> titleSurvivors;
    QList<Paper> cascadeSetAside; // the offline cascade's, stored when the run starts
    bool titlePass = false;   // chosen before the run (RunEstimate): titles first
    TokenUsage abstractUsage; // the two passes' tokens apart: each is priced at its model
    TokenUsage titleUsage;
    int titleBatchesLeft = 0;
    int inFlight = 0;
    int waiting = 0;                    // batches parked on a timer (backoff, rate limit)
    QList<QDeadlineTimer> recentStarts; // for the requests-per-minute limit
    bool cancelled = false;
    bool stopping = false;
    QDeadlineTimer pausedUntil{0}; // after a 429: nobody sends before this
    bool pauseScheduled = false;
    QElapsedTimer sinceSuccess; // since the run's start or its last completion
    QElapsedTimer sinceNotice;  // since the last waiting() about a retry
    // While the server does not answer at all: since the run's start or the
    // last answer of any kind, the tries that got none since, and the round
    // of requests sent together, moved on by each such try and each answer,
    // so that the batches of one round count as one try.
    QElapsedTimer sinceAnswer;
    int noAnswerTries = 0;
    int noAnswerRound = 0;
    QSet<QString> settled; // ids scored, failed or filtered in this run
    std::unique_ptr<QLockFile>
        dayLock; // held while the run is under way: no second run of this cache and day
};

} // namespace paperboy
