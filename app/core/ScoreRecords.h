#pragma once

#include "core/Criteria.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace paperboy {

struct CriteriaVersion
{
    int id = 0;          // increases with every saved edit
    QString contentHash; // names this version (Criteria::contentHash)
    QString scoringHash; // what its scores are keyed by (Criteria::scoringHash)
    Criteria criteria;
    QDateTime createdAt;
};

// One scoring (or fetch) run and what it cost.
struct RunRecord
{
    int id = 0;
    QString kind = QStringLiteral("score");
    QDate date;
    QString provider; // offline, openai, ...
    QString model;
    QString scoringHash; // of the criteria the run scored with
    QString effort;      // the reasoning effort asked for; empty: none, or offline
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status = QStringLiteral("running"); // running, done, failed, cancelled
    QString message;
    int requests = 0;
    int asked = 0; // papers the run was asked to score (title pass and abstracts)
    int papers = 0;
    qint64 promptTokens = 0;
    qint64 cachedTokens = 0; // part of promptTokens
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0; // part of completionTokens
    double costUsd = 0;
    // The title pass's share of the above: titles read, titles kept for the
    // abstract pass, and its tokens (part of the totals).
    QString titleModel;
    QString titleEffort;
    int titleAsked = 0;
    int titleKept = 0;
    qint64 titlePromptTokens = 0;
    qint64 titleCachedTokens = 0;
    qint64 titleCompletionTokens = 0;
    qint64 titleReasoningTokens = 0;
};

// What a model's recent finished runs spent per paper asked of them: an
// estimate from what was measured rather than from rules of thumb.
struct MeasuredUsage
{
    int runs = 0; // 0: no run to learn from
    int papers = 0;
    int requests = 0;
    qint64 promptTokens = 0;
    qint64 cachedTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
};

// The share of titles the title pass kept in the last few runs that had one.
struct MeasuredKeptShare
{
    int runs = 0; // 0: no run to learn from
    int asked = 0;
    int kept = 0;
};

// Whose scores a view shows: one scorer (a model, or "offline") under one
// scoring hash. A view never mixes two.
struct ScoreSource
{
    QString model;
    QString scoringHash;
    bool isValid() const { return !model.isEmpty(); }
};

} // namespace paperboy
