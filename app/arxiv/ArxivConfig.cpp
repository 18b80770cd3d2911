#include "arxiv/ArxivConfig.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSysInfo>

namespace paperboy {

namespace {

QUrl withPath(QUrl base, const QString &suffix)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + suffix);
    return base;
}

} // namespace

QUrl ArxivConfig::rssUrl(const QString &category) const
{
    return withPath(rssBase, QStringLiteral("/rss/") + category);
}

QUrl ArxivConfig::apiUrl(const QUrlQuery &query) const
{
    QUrl url = withPath(apiBase, QStringLiteral("/api/query"));
    url.setQuery(query);
    return url;
}

QString ArxivConfig::defaultUserAgent()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral("dev")
                                : QCoreApplication::applicationVersion();
    return QStringLiteral("Paperboy/%1 (desktop arXiv reader; Qt %2; %3)")
        .arg(version, QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
}

ArxivConfig ArxivConfig::load(const QSettings &settings, QString *error)
{
    ArxivConfig c;
    auto urlFrom = [](const QString &text, const QUrl &fallback) {
        const QUrl url(text.trimmed());
        return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty() ? url : fallback;
    };
    c.rssBase = urlFrom(settings.value(QStringLiteral("arxiv/rssBaseUrl")).toString(), c.rssBase);
    c.apiBase = urlFrom(settings.value(QStringLiteral("arxiv/apiBaseUrl")).toString(), c.apiBase);
    const int timeout = settings.value(QStringLiteral("network/timeoutSeconds"), 30).toInt();
    c.timeoutMs = qBound(1, timeout, 600) * 1000;
    for (const auto &[name, target] :
         {std::pair{"PAPERBOY_ARXIV_RSS_URL", &c.rssBase}, std::pair{"PAPERBOY_ARXIV_API_URL", &c.apiBase}}) {
        if (!qEnvironmentVariableIsSet(name))
            continue;
        const QString value = qEnvironmentVariable(name);
        const QUrl url(value.trimmed());
        if (url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            !url.host().isEmpty()) {
            *target = url;
        } else if (error) {
            *error = QCoreApplication::translate("paperboy::ArxivConfig",
                                                 "%1='%2' is not an http(s) URL like http://127.0.0.1:8080")
                         .arg(QLatin1String(name), value);
        }
    }
    return c;
}

} // namespace paperboy
