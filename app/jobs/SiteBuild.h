#pragma once

#include "export/StaticSite.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace paperboy {

// site::build on a thread of its own with its own connection to the cache,
// for the window: the pages of hundreds of days take seconds to write, and
// the window must stay responsive (and able to stop it) meanwhile.
// progress() and finished() arrive on the thread that made this object.
// Destruction stops a running build and waits for the page being written.
class SiteBuild : public QObject
{
    Q_OBJECT
public:
    explicit SiteBuild(const QString &databasePath, QObject *parent = nullptr);
    ~SiteBuild() override;

    bool isRunning() const;

    // Builds the site into `folder`; false (nothing started) while a build
    // runs. finished() always arrives later, never within this call.
    bool start(const QString &folder);
    // Stops after the page being written: the pages written stay, each
    // whole, and the index and feed stay as they were.
    void cancel();

signals:
    void progress(int done, int total);
    // Sent when the build's thread has ended: a new build may start.
    void finished(const paperboy::site::Outcome &outcome);
    // From the build's thread, as it ends.
    void built(const paperboy::site::Outcome &outcome, QPrivateSignal);

private:
    QString m_databasePath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::site::Outcome)
