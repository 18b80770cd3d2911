#pragma once

#include "jobs/ScoreJob.h"

#include <QObject>
#include <QThread>

namespace paperboy {

class ScoreWorker;

// Owns the scoring thread and its worker; used the same way by the window
// and the command line. Destruction cancels what runs and waits.
class ScoreController : public QObject
{
    Q_OBJECT
public:
    explicit ScoreController(const QString &databasePath, QObject *parent = nullptr);
    ~ScoreController() override;

    bool isRunning() const { return m_running; }

public slots:
    void start(const paperboy::ScoreRequest &request);
    void cancel();

signals:
    void progress(int done, int total, qint64 tokens, double costUsd);
    void estimated(const QString &text, double costUsd);
    void waiting(const QString &text, int waitMs);
    void finished(const paperboy::ScoreOutcome &outcome);

private:
    QThread m_thread;
    ScoreWorker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace paperboy
