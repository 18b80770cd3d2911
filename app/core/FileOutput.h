#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace paperboy {

// Writes `bytes` to `path` aside and renames the result into place
// (QSaveFile): a full disk or a crash never leaves half a file, and an old
// file stays as it was. A path that is not a regular file (a device such as
// /dev/stdout, a pipe) has nothing to replace and is written into directly,
// never swapped for a file. Every write is checked to the end; returns false
// with a one-line reason in *error ("No space left on device").
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// Writes `bytes` to an already open stream (standard output) and flushes it.
// Returns false with the system's reason in *error.
bool writeStream(std::FILE *stream, const QByteArray &bytes, QString *error);

} // namespace paperboy
