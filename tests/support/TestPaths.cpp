#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace paperboy::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s", qPrintable(path));
    return f.readAll();
}

} // namespace

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(PAPERBOY_FIXTURES)).filePath(relative);
}

QByteArray readFixture(const QString &relative)
{
    return readAll(fixturePath(relative));
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(PAPERBOY_TEST_DATA)).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    return readAll(dataPath(relative));
}

QString paperboyBinary()
{
    return QStringLiteral(PAPERBOY_BINARY);
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace paperboy::test
