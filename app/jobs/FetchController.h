#pragma once

#include "arxiv/ArxivConfig.h"
#include "jobs/FetchTypes.h"

#include <QObject>
#include <QThread>

namespace paperboy {

class FetchWorker;

// Owns the fetch thread and its worker. The window and the command line use
// it the same way: start(), then progress() and finished() arrive on the
// caller's thread. Destruction cancels what runs and waits for the thread.
class FetchController : public QObject
{
    Q_OBJECT
public:
    FetchController(const ArxivConfig &config, const QString &databasePath, QObject *parent = nullptr);
    ~FetchController() override;

    bool isRunning() const { return m_running; }

public slots:
    void start(const paperboy::FetchRequest &request);
    void cancel();

signals:
    void progress(const QString &message, int done, int total);
    void finished(const paperboy::FetchOutcome &outcome);

private:
    QThread m_thread;
    FetchWorker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace paperboy
