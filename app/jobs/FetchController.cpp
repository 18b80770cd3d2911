#include "jobs/FetchController.h"

#include "jobs/FetchWorker.h"

namespace paperboy {

FetchController::FetchController(const ArxivConfig &config, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new FetchWorker(config, databasePath))
{
    qRegisterMetaType<paperboy::FetchRequest>();
    qRegisterMetaType<paperboy::FetchOutcome>();
    m_thread.setObjectName(QStringLiteral("paperboy-fetch"));
    m_worker->moveToThread(&m_thread);
    // The worker (and the database connection it owns) dies on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FetchWorker::progress, this, &FetchController::progress);
    connect(m_worker, &FetchWorker::finished, this, [this](const FetchOutcome &outcome) {
        m_running = false;
        emit finished(outcome);
    });
    m_thread.start();
}

FetchController::~FetchController()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void FetchController::start(const FetchRequest &request)
{
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->fetch(request); }, Qt::QueuedConnection);
}

void FetchController::cancel()
{
    m_worker->cancel();
}

} // namespace paperboy
