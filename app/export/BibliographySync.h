#pragma once

#include "core/Paper.h"

#include <QList>
#include <QSettings>
#include <QString>

namespace paperboy::bibsync {

// The person's own bibliography file (the .bib their LaTeX cites, or the
// file JabRef keeps) kept in step with their stars. The window's Settings
// choose it; the window and `paperboy star` follow the same rule (starred()).

// The bibliography file; empty when none is chosen.
QString file(const QSettings &s);
// Whether `path` can be the bibliography file: none (empty), or a full
// path. A relative one would name a different file for the window and for
// each `paperboy star`, each in its own working folder; false and *error
// (one line) then.
bool usableFile(const QString &path, QString *error);
void setFile(QSettings &s, const QString &path);
// Whether each paper starred is appended to it at once.
bool appendOnStar(const QSettings &s);
void setAppendOnStar(QSettings &s, bool on);

struct Result
{
    bool attempted = false; // false: no file chosen, the setting is off, or no paper
    bool ok = true;
    QString message; // one line when attempted: what was appended, or why nothing was
};

// `papers` were just starred: when the setting is on, those the file does
// not cite yet (by eprint or arXiv DOI) are appended after everything it
// holds, which is kept byte for byte (bibappend::append), in the encoding
// of Settings' BibTeX choice. The file must exist: one that is gone was
// moved or deleted, and a new one in its place would surprise more than a
// message. A failure changes nothing in the file; the stars are the
// caller's and stay. Taking a star back never removes an entry.
Result starred(const QSettings &s, const QList<Paper> &papers);

// On request ("Append Starred to Bibliography"): `papers` to the file at
// `path`, which is created when it does not exist.
Result appendTo(const QString &path, const QList<Paper> &papers, const QSettings &s);

} // namespace paperboy::bibsync
