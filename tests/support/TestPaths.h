#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paperboy::test {

// A file under ../shared/fixtures, e.g. "arxiv-rss/rss_new_....xml".
QString fixturePath(const QString &relative);
QByteArray readFixture(const QString &relative);
// A file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);
// The built paperboy executable.
QString paperboyBinary();
// Every file under root (hidden ones and subfolders included) whose bytes
// contain needle: where a secret must never be found.
QStringList filesContaining(const QString &root, const QByteArray &needle);

} // namespace paperboy::test
