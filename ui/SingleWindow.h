#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

namespace paperboy {

// One window per cache file: a second `paperboy` on the same cache brings
// the first window forward and quits, so two windows (and two daily
// routines) never work on one cache. A lock beside the cache says who holds
// it (a crashed holder's lock is taken over: QLockFile checks its process);
// a local socket named after the cache carries the request to come forward.
class SingleWindow : public QObject
{
    Q_OBJECT
public:
    explicit SingleWindow(const QString &databasePath, QObject *parent = nullptr);

    // True when this process now holds the cache's window. False when
    // another process does: it has been asked to come forward.
    bool claim();

signals:
    void forwardRequested();

private:
    QLockFile m_lock;
    QString m_name; // the local socket's
    QLocalServer m_server;
};

} // namespace paperboy
