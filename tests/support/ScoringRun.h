#pragma once

#include "jobs/ScoreJob.h"

#include <QString>
#include <QStringList>

namespace paperboy::test {

// What a scoring run said from its start to its end.
struct ScoringRun
{
    ScoreOutcome outcome;
    QStringList notices;     // its waiting() lines, in order
    int finishedSignals = 0; // ends heard: one, for a run that ends once
};

// Runs `request` to its end on a ScoreController of its own over the cache
// at dbPath, the way the window and the command line do.
ScoringRun runScoring(const QString &dbPath, const ScoreRequest &request);

} // namespace paperboy::test
