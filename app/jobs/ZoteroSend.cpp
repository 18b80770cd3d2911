#include "jobs/ZoteroSend.h"

#include <memory>

#include <QThread>

namespace paperboy {

ZoteroSend::ZoteroSend(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<paperboy::zotero::Outcome>();
}

ZoteroSend::~ZoteroSend()
{
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ZoteroSend::start(const QUrl &base, const QList<Paper> &papers, const zotero::Limits &limits)
{
    if (m_thread)
        return false;
    auto result = std::make_shared<zotero::Outcome>();
    // The flag lives as long as the thread's lambda needs it.
    m_stop = std::make_shared<std::atomic<bool>>(false);
    zotero::Limits stoppable = limits;
    stoppable.stop = m_stop.get();
    m_thread = QThread::create([base, papers, stoppable, result, stop = m_stop] {
        *result = zotero::send(base, papers, stoppable);
    });
    m_thread->setObjectName(QStringLiteral("paperboy-zotero"));
    // QThread::finished is emitted on the thread that ends; the lambda runs
    // on this object's thread, after the sending is complete.
    connect(m_thread, &QThread::finished, this, [this, result, total = int(papers.size())] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*result, zotero::describe(*result, total));
    });
    m_thread->start();
    return true;
}

} // namespace paperboy
