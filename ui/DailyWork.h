#pragma once

#include "jobs/FetchTypes.h"
#include "jobs/RoutineWork.h"
#include "jobs/ScoreJob.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QElapsedTimer>

class QWidget;

namespace paperboy {

class ApiKeys;
class FetchController;
class ScoreController;

// The window's fetch and scoring runs, on their worker threads: builds the
// requests from the settings and the key, reports progress in words, and
// says plainly why a run cannot start (no key, a budget without a price).
// It is the daily routine's runner too (jobs/RoutineWork.h).
class DailyWork : public RoutineWork
{
    Q_OBJECT
public:
    // `window` parents the questions asked (a key for this session).
    DailyWork(const QString &databasePath, ApiKeys *keys, QWidget *window);
    ~DailyWork() override;

    bool isBusy() const override { return m_busy; }
    bool isScoring() const;

    void fetchToday() override;
    void fetchDay(const QDate &date);
    enum class Papers
    {
        Unscored, // the day's papers without a score from the current scorer
        SetAside  // "Score these fully": those its title pass set aside
    };
    // With SetAside, `model` is the scorer whose set-aside papers to score
    // (the model the view shows); it must be the model in Settings.
    void score(const QDate &day, Papers papers = Papers::Unscored, const QString &model = QString());
    void scoreDay(const QDate &day) override { score(day); }
    void stop();

    // How often, at most, scoresArrived() is emitted while a run stores batches.
    static constexpr int kRefreshMs = 1000;

signals:
    void busyChanged(bool busy);
    void progress(const QString &text, int done, int total);
    // A batch of scores was stored: time to refresh what is shown.
    void scoresArrived();
    // A run could not start; `settings`: the fix is in Settings.
    void cannotStart(const QString &text, bool settings);

private:
    void startFetch(FetchRequest request);
    void setBusy(bool busy);
    bool requestFor(const QDate &day, ScoreRequest *request);
    void showScoring();

    QString m_databasePath;
    ApiKeys *m_keys = nullptr;
    QWidget *m_window = nullptr;
    FetchController *m_fetch = nullptr;
    ScoreController *m_score = nullptr;
    bool m_busy = false;
    QString m_configError;
    QElapsedTimer m_sinceRefresh;
    int m_lastDone = 0;
    // The run's last progress, and why it waits until the wait is over.
    QString m_scoreText;
    int m_scoreDone = 0;
    int m_scoreTotal = 0;
    QString m_waitText;
    QDeadlineTimer m_waitUntil;
};

} // namespace paperboy
