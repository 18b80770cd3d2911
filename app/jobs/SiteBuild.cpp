#include "jobs/SiteBuild.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QThread>

namespace paperboy {

SiteBuild::SiteBuild(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    qRegisterMetaType<paperboy::site::Outcome>();
    connect(
        this, &SiteBuild::built, this,
        [this](const site::Outcome &outcome) {
            m_thread->wait(); // its last step: emitting built()
            delete m_thread;
            m_thread = nullptr;
            emit finished(outcome);
        },
        Qt::QueuedConnection);
}

SiteBuild::~SiteBuild()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool SiteBuild::isRunning() const
{
    return m_thread != nullptr;
}

bool SiteBuild::start(const QString &folder)
{
    if (m_thread)
        return false;
    m_cancel = false;
    // Emitted from the build's thread: queued to this object's thread.
    m_thread = QThread::create([this, folder] {
        site::Outcome outcome;
        Database db(m_databasePath);
        QString error;
        if (!db.open(&error)) {
            outcome.readFailed = true;
            outcome.error =
                QCoreApplication::translate("paperboy::site", "cannot read the cache: %1").arg(error);
        } else {
            outcome = site::build(db.connection(), folder, {}, [this](int done, int total) {
                emit progress(done, total);
                return !m_cancel;
            });
        }
        emit built(outcome, QPrivateSignal());
    });
    m_thread->setParent(this); // waited for and deleted with this object at the latest
    m_thread->setObjectName(QStringLiteral("paperboy-site"));
    m_thread->start();
    return true;
}

void SiteBuild::cancel()
{
    m_cancel = true;
}

} // namespace paperboy
