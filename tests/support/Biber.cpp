#include "support/Biber.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace paperboy::test {

QString biberPath()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("biber"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/biber") : found;
}

BiberRun runBiber(const QString &bib)
{
    BiberRun run;
    QTemporaryDir dir;
    if (!dir.isValid())
        return run;
    QFile in(dir.filePath(QStringLiteral("in.bib")));
    if (!in.open(QIODevice::WriteOnly))
        return run;
    in.write(bib.toUtf8());
    in.close();

    QProcess biber;
    biber.setWorkingDirectory(dir.path());
    biber.setProcessChannelMode(QProcess::MergedChannels);
    biber.start(biberPath(),
                {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"),
                 QStringLiteral("--output-file=") + dir.filePath(QStringLiteral("out.bib")), in.fileName()});
    if (!biber.waitForFinished(180000) || biber.exitStatus() != QProcess::NormalExit)
        return run;
    run.ran = true;
    run.exitCode = biber.exitCode();
    run.log = QString::fromUtf8(biber.readAll());
    static const QRegularExpression problem(QStringLiteral("^(WARN|ERROR)\\b.*$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = problem.globalMatch(run.log); it.hasNext();)
        run.problems << it.next().captured(0);
    QFile out(dir.filePath(QStringLiteral("out.bib")));
    if (out.open(QIODevice::ReadOnly))
        run.output = QString::fromUtf8(out.readAll());
    return run;
}

} // namespace paperboy::test
