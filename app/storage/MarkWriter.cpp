#include "storage/MarkWriter.h"

#include "storage/Database.h"
#include "storage/PaperRepository.h"

namespace paperboy {

// Touched only on the writer's thread (the connection belongs to it).
struct MarkWriter::State
{
    QString path;
    std::unique_ptr<Database> db;

    bool apply(PaperMark mark, const QStringList &ids, bool on, QString *error)
    {
        if (!db) {
            auto opened = std::make_unique<Database>(path);
            if (!opened->open(error))
                return false;
            db = std::move(opened);
        }
        PaperRepository repo(db->connection());
        switch (mark) {
        case PaperMark::Star:
            return repo.setStarred(ids, on, nullptr, error);
        case PaperMark::Read:
            return repo.setRead(ids, on, error);
        case PaperMark::Hidden:
            return repo.setHidden(ids, on, error);
        }
        return false;
    }
};

MarkWriter::MarkWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_state(std::make_unique<State>())
{
    qRegisterMetaType<paperboy::PaperMark>();
    m_state->path = databasePath;
    m_thread.setObjectName(QStringLiteral("paperboy-marks"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

MarkWriter::~MarkWriter()
{
    // Every queued write lands, and the connection closes on its own thread.
    QMetaObject::invokeMethod(
        m_context, [state = m_state.get()] { state->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MarkWriter::write(PaperMark mark, const QStringList &ids, bool on)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, state = m_state.get(), mark, ids, on] {
            QString error;
            // Signals cross back to the owner's thread (queued).
            if (state->apply(mark, ids, on, &error))
                emit written(mark, ids, on);
            else
                emit failed(mark, ids, on, error);
        },
        Qt::QueuedConnection);
}

void MarkWriter::flush()
{
    QMetaObject::invokeMethod(
        m_context, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace paperboy
