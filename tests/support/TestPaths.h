#pragma once

#include <QByteArray>
#include <QString>

namespace paperboy::test {

// A file under ../shared/fixtures, e.g. "arxiv-rss/rss_new_....xml".
QString fixturePath(const QString &relative);
QByteArray readFixture(const QString &relative);
// A file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);
// The built paperboy executable.
QString paperboyBinary();

} // namespace paperboy::test
