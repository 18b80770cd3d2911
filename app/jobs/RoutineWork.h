#pragma once

#include "jobs/FetchTypes.h"
#include "jobs/ScoreJob.h"

#include <QDate>
#include <QObject>

namespace paperboy {

// What the daily routine asks of a front end's runs: fetch today's
// announcement, score a day, and say whether a run of the person's own is
// going. The window's runner implements it, with its questions and progress;
// the routine itself stays free of widgets.
class RoutineWork : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RoutineWork() override = default;

    virtual bool isBusy() const = 0;
    virtual void fetchToday() = 0;
    // The day's papers without a score from the current scorer.
    virtual void scoreDay(const QDate &day) = 0;

signals:
    void fetched(const paperboy::FetchOutcome &outcome);
    void scored(const paperboy::ScoreOutcome &outcome);
};

} // namespace paperboy
