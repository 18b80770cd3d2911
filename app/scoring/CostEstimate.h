#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/ScoreRecords.h"
#include "scoring/Pricing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paperboy {

// What scoring a set of papers should cost, before anything is sent:
// papers x expected tokens x price. Prompt tokens are counted from the text
// that will be sent (about 4 characters a token for English); completion
// tokens from the size of a record, plus the hidden reasoning a reasoning
// model spends per paper at the chosen effort.
struct CostEstimate
{
    int papers = 0;
    int requests = 0;
    TokenUsage usage; // expected; cached assumes the provider caches the static prefix
    double costUsd = 0;
    int measuredRuns = 0; // > 0: completion, reasoning and caching as those runs', not rules of thumb

    // batchSize 0: the worker's own choice for this concurrency (planBatches).
    // With `measured` runs of this model at this effort, their completion
    // and reasoning tokens per paper, and the share of the prompt the
    // provider cached, replace the rules of thumb: a model's reasoning and
    // its comments' length are its own, and only a run shows them.
    static CostEstimate estimate(const Criteria &criteria, const QList<Paper> &papers, int batchSize,
                                 int concurrency, const QString &model, const QString &reasoningEffort,
                                 const PriceTable &prices, const MeasuredUsage &measured = {});
    // The title pass over `papers`: their titles in requests of
    // titleBatchSize, about 12 tokens written per title kept (keptShare of
    // them) plus the reasoning at `titleEffort` over every title; as
    // `measured` title passes of this model at this effort spent, when any.
    static CostEstimate estimateTitles(const Criteria &criteria, const QList<Paper> &papers,
                                       int abstractBatchSize, int concurrency, const QString &abstractEffort,
                                       const QString &titleModel, const QString &titleEffort,
                                       double keptShare, const PriceTable &prices,
                                       const MeasuredUsage &measured = {});
    // Hidden reasoning tokens per paper at an effort ("" for non-reasoning models).
    static int reasoningTokensPerPaper(const QString &effort);
    QString describe(const QString &model, const QString &effort) const;

    Q_DECLARE_TR_FUNCTIONS(paperboy::CostEstimate)
};

} // namespace paperboy
