#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace paperboy::test {

QString isolateEnvironment()
{
    static QTemporaryDir root;
    const QString path = root.path();
    for (const char *name : {"config", "data", "cache", "runtime"})
        QDir(path).mkpath(QLatin1String(name));
    qputenv("XDG_CONFIG_HOME", QDir(path).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(path).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(path).filePath(QStringLiteral("cache")).toUtf8());
    const QString runtime = QDir(path).filePath(QStringLiteral("runtime"));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("PAPERBOY_ARXIV_RSS_URL");
    qunsetenv("PAPERBOY_ARXIV_API_URL");
    // No bus, no display to autolaunch one on: no keyring answers.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    return path;
}

} // namespace paperboy::test
