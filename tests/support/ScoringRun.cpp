#include "support/ScoringRun.h"

#include "jobs/ScoreController.h"

#include <QCoreApplication>
#include <QSignalSpy>

namespace paperboy::test {

ScoringRun runScoring(const QString &dbPath, const ScoreRequest &request)
{
    ScoringRun out;
    ScoreController controller(dbPath);
    QSignalSpy done(&controller, &ScoreController::finished);
    QSignalSpy waiting(&controller, &ScoreController::waiting);
    controller.start(request);
    if (!done.wait(30000))
        qFatal("the scoring run did not finish");
    // A second end would be queued behind the first.
    QCoreApplication::processEvents();
    out.outcome = done.first().first().value<ScoreOutcome>();
    out.finishedSignals = int(done.size());
    for (const QList<QVariant> &signal : std::as_const(waiting))
        out.notices << signal.first().toString();
    return out;
}

} // namespace paperboy::test
