#pragma once

#include "core/PaperScore.h"
#include "jobs/ScoreJob.h"
#include "jobs/ScoreRun.h"
#include "storage/ScoreRepository.h"

#include <QList>
#include <QObject>

#include <memory>

namespace paperboy {

class Database;
class LlmClient;

// Scores a day's papers and stores each batch as it returns. Lives on its own
// QThread with its own network manager and database connection; talk to it
// only through queued calls (ScoreController does). One run at a time.
class ScoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit ScoreWorker(QString databasePath);
    ~ScoreWorker() override;

    // Thread-safe: stop sending; what was scored stays.
    void cancel();

public slots:
    void score(const paperboy::ScoreRequest &request);

signals:
    // done/total papers, with the tokens and cost so far.
    void progress(int done, int total, qint64 tokens, double costUsd);
    // Before anything is sent to a paid provider: what the run should cost.
    void estimated(const QString &text, double costUsd);
    // The run waits `waitMs`, for the server's rate limit or to retry after
    // a failure: one line for a person, at most about once a second.
    void waiting(const QString &text, int waitMs);
    void finished(const paperboy::ScoreOutcome &outcome);

private:
    using Batch = ScoreBatch;

    bool prepare(const ScoreRequest &request, QList<Paper> *papers);
    bool lockDay(QString *error);
    void scoreOffline(const QList<Paper> &papers);
    void startLlm(const QList<Paper> &papers);
    // The offline cascade (request.cascade): false when the run has ended.
    bool splitByCascade(QList<Paper> *papers);
    bool storeCascadeSetAside();
    void splitIntoBatches(const QList<Paper> &papers, bool titlesOnly);
    void pump();
    void send(Batch batch);
    void onReply(Batch batch, const LlmReply &reply);
    void onTitleReply(const Batch &batch, const LlmReply &reply);
    void retryLater(Batch batch, int waitMs);
    // After a failure worth another try: retries, or stops a run that has
    // waited long enough.
    void onTransientFailure(Batch batch, const LlmReply &reply);
    // After a request that got no answer at all: the run waits with every
    // batch, says which try failed, and gives up once the server has been
    // silent for the request's giveUpMs.
    void onNoAnswer(Batch batch, const LlmReply &reply);
    void giveUp(const LlmReply &reply);
    // Stops the run when nothing has succeeded for the patience; true then.
    bool outOfPatience(const LlmReply &reply);
    void storeScores(const QList<PaperScore> &scores);
    void markFailed(const QList<Paper> &papers, const QString &reason);
    void checkBudget();
    void saveRunTotals();
    void copyTotalsToRun();
    void stopRun(ScoreOutcome::Status status, const QString &message,
                 ScoreOutcome::Failure failure = ScoreOutcome::Failure::Provider);
    void maybeFinish();
    void finish();
    int relevantOnDay() const;
    PaperScore withAuthorRule(PaperScore score, const Paper &paper) const;
    bool openDatabase(QString *error);
    // A wait in words: seconds up to two minutes, then minutes.
    static QString duration(qint64 ms);
    // Why a batch is tried again, in a few words.
    static QString failureCause(const LlmReply &reply);

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScoreRepository> m_scores;
    LlmClient *m_client = nullptr;
    LlmClient *m_titleClient = nullptr; // the title pass's model and effort, same server and key
    // The run under way; none between runs.
    std::unique_ptr<ScoreRun> m_run;
};

} // namespace paperboy
