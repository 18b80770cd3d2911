#pragma once

#include "scoring/LlmClient.h"
#include "scoring/Pricing.h"

#include <QDate>
#include <QMetaType>
#include <QStringList>

namespace paperboy {

struct ScoreRequest
{
    // The bounds of what a person may ask for (the command line refuses
    // more, settings are clamped): past them a value is a typo, never a wish.
    static constexpr int kMaxConcurrency = 64;      // requests in flight; providers throttle far below
    static constexpr int kMaxBatchSize = 200;       // papers per request; 200 abstracts fill a context
    static constexpr double kMaxBudgetUsd = 1000.0; // per run; a year of days costs less with any model
    enum class Provider
    {
        Offline,
        OpenAI
    };
    QDate date; // null: the latest day in the cache
    Provider provider = Provider::Offline;
    LlmConfig llm; // for Provider::OpenAI
    PriceTable prices;
    int concurrency = 4; // requests in flight
    int requestsPerMinute = 120;
    int batchSize = 0;     // papers per request; 0 picks one from the day's size
    double maxCostUsd = 0; // stop sending when a run has cost this much; 0: no budget
    // A cheap first pass over the titles alone, whose dropped papers never
    // reach the abstract pass. Auto: on when the estimate says it saves
    // money for this day and these models.
    enum class TitlePass
    {
        Auto,
        On,
        Off
    };
    TitlePass titlePass = TitlePass::Auto;
    QString titleModel;  // the title pass's model; empty: llm.model
    QString titleEffort; // its reasoning effort; empty: ScoringSettings::titleEffortFor's default
    // Papers the offline scorer ranks far below the day's cut are set aside
    // unsent ("set aside by the offline scorer"), under a measured recall guard.
    bool cascade = false;
    bool rescore = false; // score again even where a score exists
    // "Score these fully": only the papers this model's title pass set aside
    // under the current criteria, through the abstract pass.
    bool setAsideOnly = false;
    bool estimateOnly = false; // say what it would cost, send nothing
    int maxTries = 3;          // a paper missing from replies is sent again this often
    int backoffBaseMs = 1000;  // first wait after a 5xx or a timeout, doubled each time
    // The run stops when requests keep failing and none has succeeded for
    // this long, or when the server asks to wait longer than this.
    int patienceMs = 5 * 60 * 1000;
    // The run gives up when the server has not answered at all (connection
    // refused, host not found, silence) for this long, since the run began
    // or since its last answer of any kind.
    int giveUpMs = 60 * 1000;
};

struct ScoreOutcome
{
    enum class Status
    {
        Done,
        NothingToDo,
        Stopped,
        Failed,
        Cancelled
    };
    // Why a run failed: nothing to score against, the provider, the key the
    // provider rejected, or the cache.
    enum class Failure
    {
        None,
        Setup,
        Provider,
        KeyRejected,
        Storage
    };
    Status status = Status::Failed;
    Failure failure = Failure::None;
    QDate date;
    QString model;
    int toScore = 0;   // papers that needed a score
    int scored = 0;    // got one in this run
    int failed = 0;    // marked failed, with a reason
    int filtered = 0;  // dropped by the title pre-filter
    int relevant = 0;  // the day's relevant papers by this scorer (the relevance rule), after the run
    int rechecked = 0; // sent again one by one: their batch's reply scored them as one

    int setAsideOffline = 0; // set aside unsent by the offline cascade
    int requests = 0;
    TokenUsage usage;
    double costUsd = 0;
    QStringList failures; // "id: reason"
    QString message;      // one line for a person
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::ScoreRequest)
Q_DECLARE_METATYPE(paperboy::ScoreOutcome)
