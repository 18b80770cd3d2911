#include "jobs/ScoreController.h"

#include "jobs/ScoreWorker.h"

namespace paperboy {

ScoreController::ScoreController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new ScoreWorker(databasePath))
{
    qRegisterMetaType<paperboy::ScoreRequest>();
    qRegisterMetaType<paperboy::ScoreOutcome>();
    m_thread.setObjectName(QStringLiteral("paperboy-score"));
    m_worker->moveToThread(&m_thread);
    // The worker, its network manager and its database connection die on its thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScoreWorker::progress, this, &ScoreController::progress);
    connect(m_worker, &ScoreWorker::estimated, this, &ScoreController::estimated);
    connect(m_worker, &ScoreWorker::waiting, this, &ScoreController::waiting);
    connect(m_worker, &ScoreWorker::finished, this, [this](const ScoreOutcome &outcome) {
        m_running = false;
        emit finished(outcome);
    });
    m_thread.start();
}

ScoreController::~ScoreController()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ScoreController::start(const ScoreRequest &request)
{
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->score(request); }, Qt::QueuedConnection);
}

void ScoreController::cancel()
{
    m_worker->cancel();
}

} // namespace paperboy
