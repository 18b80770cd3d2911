#pragma once

#include <QString>
#include <QStringList>

namespace paperboy::test {

// biber --tool reads a .bib with the same btparse library biblatex users
// run, validates it against the data model and writes it back out; it logs
// problems as lines starting with "WARN -" or "ERROR -".
struct BiberRun
{
    bool ran = false;
    int exitCode = -1;
    QStringList problems; // WARN and ERROR lines
    QString log;
    QString output; // the re-written .bib
};

// The biber executable (found on PATH, else /usr/bin/biber).
QString biberPath();
BiberRun runBiber(const QString &bib);

} // namespace paperboy::test
