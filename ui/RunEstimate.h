#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/ScoreRecords.h"
#include "jobs/ScoreJob.h"
#include "scoring/CostEstimate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paperboy {

// What a run would cost, for the criteria form and the Settings dialog alike:
// both hand over the run as a ScoreRequest (ScoringSettings::request), so the
// title pass, its model and effort and the cascade travel with it.
class RunEstimate
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::RunEstimate)
public:
    // The window's one estimate of a run over `papers`.
    static CostEstimate estimate(const Criteria &criteria, const QList<Paper> &papers,
                                 const ScoreRequest &run, const MeasuredUsage &measured);
    // One sentence on what the title pass and the cascade do in `run`; empty
    // for the offline scorer, which has neither.
    static QString stagesSentence(const ScoreRequest &run);
};

} // namespace paperboy
