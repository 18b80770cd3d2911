#pragma once

#include "jobs/ScoreJob.h"

#include <QDate>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace paperboy {

// How the person scores, as the Settings dialog edits it and the command
// line reads its defaults from: the provider, the server and model, and the
// run's limits. The API key is never part of it (keychain or environment).
struct ScoringSettings
{
    ScoreRequest::Provider provider = ScoreRequest::Provider::Offline;
    QString preset;          // a ProviderPreset name; empty for a server of one's own
    QUrl baseUrl;            // empty: the preset's, else OpenAI's
    QString model;           // empty: the preset's default, else gpt-5-mini
    QString reasoningEffort; // minimal, low, medium, high; empty: low for reasoning models
    int concurrency = 0;     // requests in flight; 0: the server's default (defaultConcurrency)
    ScoreRequest::TitlePass titlePass = ScoreRequest::TitlePass::Auto;
    QString titleModel;    // the title pass's model; empty: the same as `model`
    QString titleEffort;   // the title pass's effort; empty: titleEffortFor's default
    bool cascade = false;  // the offline scorer sets aside what it ranks far below the cut
    int batchSize = 0;     // papers per request; 0 picks one from the day's size
    double maxCostUsd = 0; // budget per run; 0: none
    // A request with no byte from the server for this long fails (and is
    // retried): the model writes its whole reply before the server sends it.
    int timeoutSeconds = 60;
    // A run whose requests keep failing stops when none has succeeded for
    // this long, or when the server asks to wait longer.
    int patienceSeconds = 300;
    // A run gives up when the server has not answered at all (refused, not
    // found, silent) for this long: sooner than the patience, which waits
    // for a server that answers with failures.
    int giveUpSeconds = 60;

    // Requests in flight by default. A provider's server: 8, where a real
    // day's wall time levels off (bench_llmday, bench_llmscoring). A server
    // on this machine (Ollama, llama.cpp) runs one request at a time and
    // the others wait there without a byte against the request timeout:
    // it keeps the 4 it always had.
    static constexpr int kRemoteConcurrency = 8;
    static constexpr int kLocalConcurrency = 4;
    static int defaultConcurrency(const QUrl &baseUrl);
    // The concurrency a run gets: the chosen one, else the server's default.
    int runConcurrency() const;

    // Their bounds, for the settings file and the command line.
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 3600;
    static constexpr int kMinPatienceSeconds = 10;
    static constexpr int kMaxPatienceSeconds = 24 * 3600;
    // One second: a script's "fail at once when the server is not there".
    static constexpr int kMinGiveUpSeconds = 1;
    static constexpr int kMaxGiveUpSeconds = 24 * 3600;

    static ScoringSettings load(const QSettings &s);
    void save(QSettings &s) const;

    // The server, model, effort and output mode this resolves to (no key).
    LlmConfig llmConfig() const;
    // A scoring request for `date` (null: the latest day), without the key.
    ScoreRequest request(const QDate &date, const PriceTable &prices) const;

    // The effort sent for `model`: reasoning models (gpt-5, o-series) think
    // at `configured`, or "low" when nothing is configured; others send none.
    static QString effortFor(const QString &model, const QString &configured);
    // The title pass's effort for `model`: `configured`, else the least
    // that model takes ("minimal" for gpt-5 models, "low" for o-series),
    // chosen from bench_llmday (docs/BENCHMARKS.md); none for models
    // without reasoning. A title says little to reason about.
    static QString titleEffortFor(const QString &model, const QString &configured);
    // The title pass's server: the request's, with its title model (empty:
    // the abstract pass's) at its title effort.
    static LlmConfig titlePassConfig(const ScoreRequest &request);

    // "auto", "on", "off": the settings file's and the command line's words.
    static QString titlePassName(ScoreRequest::TitlePass pass);
    static bool parseTitlePass(const QString &name, ScoreRequest::TitlePass *pass);
};

} // namespace paperboy
