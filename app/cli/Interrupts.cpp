#include "cli/Interrupts.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace paperboy::cli {

namespace {

int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    const ssize_t ignored = ::write(g_pipe[1], &byte, 1);
    (void)ignored;
    std::signal(signal, SIG_DFL); // a second one ends the process
}

void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

Interrupts::Interrupts(std::function<void(int)> stop, QObject *parent)
    : QObject(parent)
    , m_stop(std::move(stop))
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return; // signals keep their default action
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) != 1 || m_received != 0)
            return;
        m_received = byte;
        m_stop(m_received);
    });
    install(&onSignal);
}

Interrupts::~Interrupts()
{
    if (!m_notifier)
        return;
    install(SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

QString Interrupts::explain(const QString &message) const
{
    if (m_received == 0)
        return message;
    const QString name = m_received == SIGINT    ? QStringLiteral("SIGINT")
                         : m_received == SIGTERM ? QStringLiteral("SIGTERM")
                                                 : QStringLiteral("signal %1").arg(m_received);
    return QStringLiteral("interrupted by %1. %2").arg(name, message);
}

} // namespace paperboy::cli
