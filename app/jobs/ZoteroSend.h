#pragma once

#include "export/ZoteroConnector.h"

#include <QObject>

class QThread;

namespace paperboy {

// Papers into the running Zotero without waiting on the caller's thread:
// the exchange with Zotero's connector (zotero::send, which waits for each
// answer) runs on a thread of its own, and finished() arrives on the
// caller's. One sending at a time; destruction waits for the one under way,
// which ends within the connector's timeout.
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
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::zotero::Outcome)
