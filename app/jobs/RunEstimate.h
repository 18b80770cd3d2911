#pragma once

#include "jobs/ScoreJob.h"
#include "scoring/CostEstimate.h"

#include <QCoreApplication>

#include <optional>

namespace paperboy {

class ScoreRepository;

// What earlier runs measured, as every estimate reads it: the abstract
// pass's model at its effort, the title pass's at its own, and the share
// of titles kept.
struct RunHistory
{
    MeasuredUsage abstracts;
    MeasuredUsage titles;
    MeasuredKeptShare kept;

    // None, with *error, when the cache cannot be read.
    static std::optional<RunHistory> read(const ScoreRepository &scores, const ScoreRequest &request,
                                          QString *error);
};

// A run priced both ways before anything is sent: a title pass over every
// title, then the abstracts of the share it is expected to keep, against
// the abstracts of every paper. Auto takes the cheaper; the score worker,
// `paperboy score --estimate` and the window say the same.
struct RunEstimate
{
    // Without a measured share, a title pass is expected to keep half the
    // papers (a reference run on a real day kept about half).
    static constexpr double kDefaultKeptShare = 0.5;

    CostEstimate titles;        // the title pass over every paper
    CostEstimate keptAbstracts; // then the abstracts of the kept share
    CostEstimate allAbstracts;  // the abstracts of every paper, no title pass
    double keptShare = kDefaultKeptShare;
    int keptShareRuns = 0; // > 0: keptShare is what the last runs' title passes kept
    ScoreRequest::TitlePass setting = ScoreRequest::TitlePass::Auto;
    bool titlePass = false; // chosen: the setting, or for auto the cheaper way
    QString model, effort;  // the abstract pass's
    QString titleModel, titleEffort;

    double withTitlePassUsd() const { return titles.costUsd + keptAbstracts.costUsd; }
    double abstractsOnlyUsd() const { return allAbstracts.costUsd; }
    // The run as chosen: both passes summed, or the abstracts alone.
    CostEstimate chosen() const;

    // `measured`: the abstract pass's last runs (ScoreRepository::measuredUsage);
    // `measuredTitles`: the title model's at its effort (measuredTitleUsage).
    static RunEstimate estimate(const Criteria &criteria, const QList<Paper> &papers,
                                const ScoreRequest &request, const MeasuredUsage &measured = {},
                                const MeasuredUsage &measuredTitles = {},
                                const MeasuredKeptShare &keptShare = {});
    static RunEstimate estimate(const Criteria &criteria, const QList<Paper> &papers,
                                const ScoreRequest &request, const RunHistory &history)
    {
        return estimate(criteria, papers, request, history.abstracts, history.titles, history.kept);
    }
    // What the worker, `score --estimate` and the window say before a run:
    // the chosen run's tokens and cost, the title pass and its choice, and
    // what the cascade set aside (`setAside` of `dayPapers` to score).
    QString sentence(int setAside, int dayPapers) const;
    // Its part after the tokens and cost: the title pass and its choice,
    // then what the cascade set aside. The criteria form says the first
    // part in its own words.
    QString passesSentence(int setAside, int dayPapers) const;
    // The cascade's part of it; empty when it set nothing aside.
    static QString cascadeSentence(int setAside, int dayPapers);
    // One sentence on the title pass and the choice, e.g. "Title pass on
    // (auto; gpt-5, minimal): 404 titles, about 50% kept (a default: no
    // title pass measured yet); saves about $0.35 against abstracts only."
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(paperboy::RunEstimate)
};

} // namespace paperboy
