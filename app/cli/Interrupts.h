#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace paperboy::cli {

// While it lives, SIGINT and SIGTERM do not kill the command: the first one
// calls `stop` on the event loop (the run is cancelled the normal way, its
// finished batches kept and its record marked as stopped), and the default
// action comes back, so a second Ctrl+C ends the process at once. The
// handler only writes a byte to a socket (the one thing a signal handler may
// safely do); a QSocketNotifier turns it into a call on the event loop.
class Interrupts : public QObject
{
    Q_OBJECT
public:
    explicit Interrupts(std::function<void(int signal)> stop, QObject *parent = nullptr);
    ~Interrupts() override;

    // The signal that arrived (SIGINT, SIGTERM), or 0.
    int received() const { return m_received; }
    // A cancelled run's message, saying which signal cancelled it, if one did:
    // "interrupted by SIGTERM. Scoring stopped; ...".
    QString explain(const QString &message) const;

private:
    std::function<void(int)> m_stop;
    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace paperboy::cli
