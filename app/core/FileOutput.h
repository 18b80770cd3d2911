#pragma once

#include <QByteArray>
#include <QString>

namespace paperboy {

// Writes `bytes` to `path` aside and renames the result into place
// (QSaveFile): a full disk or a crash never leaves half a file, and an old
// file stays as it was. Returns false with a one-line reason in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace paperboy
