#include "support/ChildProcess.h"

#include <QElapsedTimer>
#include <QTest>

namespace paperboy::test {

void startChild(QProcess &process, const QString &program, const QStringList &args,
                const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(5000))
        qFatal("%s did not start", qPrintable(program));
}

ChildResult waitForChild(QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (process.state() != QProcess::NotRunning)
        qFatal("%s did not finish", qPrintable(process.program()));
    ChildResult r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace paperboy::test
