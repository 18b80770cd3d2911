#pragma once

#include "export/ZoteroConnector.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace paperboy {

// Papers into the running Zotero without waiting on the caller's thread:
// the exchange with Zotero's connector (zotero::send, which waits for each
// answer) runs on a thread of its own, and finished() arrives on the
// caller's. One sending at a time; destruction stops the one under way
// (Limits::stop) and waits for its thread, which ends at once rather than
// after Zotero's timeout: closing the window never hangs on a silent Zotero.
class ZoteroSend : public QObject
{
    Q_OBJECT
public:
    explicit ZoteroSend(QObject *parent = nullptr);
    ~ZoteroSend() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False, sending nothing, while an earlier sending runs.
    bool start(const QUrl &base, const QList<Paper> &papers, const zotero::Limits &limits = {});

signals:
    // `message`: zotero::describe of the outcome, one line.
    void finished(const paperboy::zotero::Outcome &outcome, const QString &message);

private:
    QThread *m_thread = nullptr;
    // Set when this object goes: the sending thread stops waiting.
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::zotero::Outcome)
