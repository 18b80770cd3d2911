#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    useOffscreenScreen(QSize(1920, 1200));
    return path;
}

void useOffscreenScreen(const QSize &size, double dpr)
{
    // Only where the offscreen platform is asked for: a test run on a real
    // display keeps its screens.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.startsWith("offscreen"))
        return;
    static QTemporaryDir folder;
    static int count = 0;
    const QString path = folder.filePath(QStringLiteral("screen-%1.json").arg(++count));
    const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("test")},
                             {QStringLiteral("x"), 0},
                             {QStringLiteral("y"), 0},
                             {QStringLiteral("width"), size.width()},
                             {QStringLiteral("height"), size.height()},
                             {QStringLiteral("logicalDpi"), 96},
                             {QStringLiteral("logicalBaseDpi"), 96},
                             {QStringLiteral("dpr"), dpr}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toUtf8());
}

QProcessEnvironment childEnvironment(const QString &home, const QUrl &arxiv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("PAPERBOY_ARXIV_RSS_URL"), arxiv.toString());
    env.insert(QStringLiteral("PAPERBOY_ARXIV_API_URL"), arxiv.toString());
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OPENAI_API_KEY", "OPENAI_BASE_URL",
          "DBUS_SESSION_BUS_ADDRESS", "PAPERBOY_SLACK_WEBHOOK_URL", "PAPERBOY_WEBHOOK_URL",
          "PAPERBOY_MATRIX_HOMESERVER", "PAPERBOY_MATRIX_TOKEN", "PAPERBOY_MATRIX_ROOM"})
        env.remove(QLatin1String(name));
    return env;
}

} // namespace paperboy::test
