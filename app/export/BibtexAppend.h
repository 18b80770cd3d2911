#pragma once

#include "core/Paper.h"
#include "export/TexField.h"

#include <QList>
#include <QString>

namespace paperboy::bibappend {

// The most of an existing .bib read to append to it. A large shared
// bibliography runs to tens of megabytes; the file is held in memory twice
// while the new one is written, so a bound keeps a wrong path (a disk image
// named .bib) from taking the machine's memory.
inline constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// How long an append waits for another program's lock on the file (an
// advisory flock, which another Paperboy appending takes too: the window and
// `paperboy star` from a script) before giving up, changing nothing. The
// window waits on the thread that draws it: a short wait, then one line.
inline constexpr int kLockWaitMs = 2000;

// The bytes of the .bib at `path`, or false with one line in *error: it
// cannot be read, is larger than `maxBytes`, or holds a NUL byte (binary).
// Shared by appending to a bibliography and importing one.
bool readBibliography(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

struct Outcome
{
    bool ok = false;
    int appended = 0;     // entries written after the file's own text
    int alreadyThere = 0; // papers the file already cites, not written again
    bool changed = false; // false when nothing was new: the file was not touched
    QString error;        // one line when !ok; the file is as it was
};

// Adds to the .bib at `path` an entry for each paper it does not cite yet
// (by arXiv id: its eprint, or an arXiv DOI, address or key; see
// bibscan::scan), after everything it holds, which is kept byte for byte;
// the new entries follow a blank line, with the file's own line ends, and
// never take one of its keys. The file is replaced in one step, so a failed
// write leaves it as it was; it is locked from the read to the replace, so
// two appends at once never write over each other's entries. A file that
// does not exist is written with every paper. Refused, changing nothing: a
// path that is not a regular file, a file that cannot be read, is larger
// than `maxBytes`, holds a NUL byte (binary), is not UTF-8 when the entries
// are, ends inside an unfinished entry, or stays locked for `lockWaitMs`.
Outcome append(const QString &path, const QList<Paper> &papers, texfield::Encoding encoding,
               qint64 maxBytes = kMaxFileBytes, int lockWaitMs = kLockWaitMs);

// The outcome in one line, naming the file as `shownPath`:
// "3 papers appended to refs.bib; 2 already there."
QString describe(const Outcome &outcome, const QString &shownPath);

} // namespace paperboy::bibappend
