#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace paperboy::test {

// How a child process (the real `paperboy`, the fake arXiv) ended.
struct ChildResult
{
    int code = -1; // the exit status; -1 when a signal ended it
    QString out;
    QString err;
};

// Starts `program` with `args` in `env`; a child that does not start ends the test run.
void startChild(QProcess &process, const QString &program, const QStringList &args,
                const QProcessEnvironment &env);
// Waits for it with this thread's event loop running, so that the fake
// servers the test owns keep answering; a child that does not finish within
// `timeoutMs` ends the test run.
ChildResult waitForChild(QProcess &process, int timeoutMs = 60000);

} // namespace paperboy::test
