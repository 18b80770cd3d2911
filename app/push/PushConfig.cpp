#include "push/PushConfig.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace paperboy::push {

namespace {

// How an error names a value the person can set in two places.
QString savedName(Kind kind)
{
    switch (kind) {
    case Kind::Slack:
        return QCoreApplication::translate("paperboy::push",
                                           "the Slack webhook address (Settings, Sharing, or %1)")
            .arg(urlVariable(kind));
    case Kind::Matrix:
        return QCoreApplication::translate("paperboy::push",
                                           "the Matrix homeserver (Settings, Sharing, or %1)")
            .arg(urlVariable(kind));
    case Kind::Webhook:
        break;
    }
    return QCoreApplication::translate("paperboy::push", "the webhook address (Settings, Sharing, or %1)")
        .arg(urlVariable(kind));
}

} // namespace

PushConfig::PushConfig(KeyStore store, QProcessEnvironment env)
    : m_store(std::move(store))
    , m_env(std::move(env))
{
}

QString PushConfig::secretAccount(Kind kind)
{
    switch (kind) {
    case Kind::Slack:
        return QStringLiteral("push-slack-webhook");
    case Kind::Matrix:
        return QStringLiteral("push-matrix-token");
    case Kind::Webhook:
        break;
    }
    return QStringLiteral("push-webhook");
}

QString PushConfig::secretVariable(Kind kind)
{
    return kind == Kind::Matrix ? matrixTokenVariable() : urlVariable(kind);
}

std::optional<QString> PushConfig::fromEnvironment(const QString &variable) const
{
    const QString value = m_env.value(variable).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

KeyStore::Result PushConfig::savedSecret(Kind kind, QString *secret, QString *error) const
{
    secret->clear();
    return m_store.read(secretAccount(kind), secret, error);
}

PushConfig::Source PushConfig::secretSource(Kind kind, QString *keyringError) const
{
    if (keyringError)
        keyringError->clear();
    if (fromEnvironment(secretVariable(kind)))
        return Source::Environment;
    QString secret;
    QString error;
    const KeyStore::Result r = savedSecret(kind, &secret, &error);
    if (r == KeyStore::Result::Ok && !secret.isEmpty())
        return Source::Keychain;
    if (keyringError && r != KeyStore::Result::Ok && r != KeyStore::Result::NotFound)
        *keyringError = error;
    return Source::None;
}

std::optional<Target> PushConfig::target(Kind kind, QString *error) const
{
    const QSettings settings;
    QString keyringError;
    // The environment, then the keychain; the keychain only when needed.
    const auto secret = [&](const QString &name) {
        if (const auto env = fromEnvironment(secretVariable(kind)))
            return TargetValue{*env, secretVariable(kind)};
        QString value;
        savedSecret(kind, &value, &keyringError);
        return TargetValue{value, name};
    };
    const auto setting = [&](const QString &variable, const QString &saved, const QString &name) {
        if (const auto env = fromEnvironment(variable))
            return TargetValue{*env, variable};
        return TargetValue{saved, name};
    };
    std::optional<Target> t;
    if (kind == Kind::Matrix) {
        const TargetValue server =
            setting(urlVariable(kind), settings::matrixHomeserver(settings), savedName(kind));
        const TargetValue room = setting(
            matrixRoomVariable(), settings::matrixRoom(settings),
            QCoreApplication::translate("paperboy::push", "the Matrix room (Settings, Sharing, or %1)")
                .arg(matrixRoomVariable()));
        // The homeserver first: without a usable one, the keychain is not asked.
        if (!homeserverFrom(server, error))
            return std::nullopt;
        const TargetValue token =
            secret(QCoreApplication::translate("paperboy::push",
                                               "the Matrix access token (Settings, Sharing, or %1)")
                       .arg(matrixTokenVariable()));
        // A saved token goes only to the homeserver it was saved for.
        if (token.name != matrixTokenVariable() && !token.value.trimmed().isEmpty() &&
            !savedTokenGoesTo(server.value, error))
            return std::nullopt;
        t = targetFrom(kind, server, token, room, error);
    } else {
        t = targetFrom(kind, secret(savedName(kind)), {}, {}, error);
    }
    if (!t && !keyringError.isEmpty())
        *error += QStringLiteral("; ") +
                  QCoreApplication::translate("paperboy::push", "the keychain: %1").arg(keyringError);
    return t;
}

void PushConfig::noteSaved(Kind kind, bool saved) const
{
    QSettings settings;
    QStringList names = settings::pushSecretsSaved(settings);
    names.removeAll(kindName(kind));
    if (saved)
        names << kindName(kind);
    settings::setPushSecretsSaved(settings, names);
}

QString PushConfig::origin(const QString &address)
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    // The scheme's own port is left out, so that it is said once either way.
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    const QString host = QStringLiteral("%1://%2").arg(scheme, url.host().toLower());
    return port == defaultPort ? host : host + QStringLiteral(":%1").arg(port);
}

bool PushConfig::savedTokenGoesTo(const QString &homeserver, QString *error)
{
    const QString savedFor = settings::matrixTokenHomeserver(QSettings());
    const QString to = origin(homeserver);
    if (!savedFor.isEmpty() && savedFor == to)
        return true;
    *error = QCoreApplication::translate("paperboy::push",
                                         "the saved Matrix access token is for %1, not %2: type the token "
                                         "for %2 in Settings, Sharing (or set %3)")
                 .arg(savedFor.isEmpty() ? QCoreApplication::translate("paperboy::push", "another homeserver")
                                         : savedFor,
                      to.isEmpty() ? homeserver.trimmed() : to, matrixTokenVariable());
    return false;
}

KeyStore::Result PushConfig::saveSecret(Kind kind, const QString &secret, QString *error,
                                        const QString &homeserver) const
{
    const KeyStore::Result r = m_store.write(secretAccount(kind), secret.trimmed(), error);
    if (r != KeyStore::Result::Ok)
        return r;
    noteSaved(kind, true);
    if (kind == Kind::Matrix) {
        QSettings settings;
        const QString server = !homeserver.trimmed().isEmpty()      ? homeserver
                               : fromEnvironment(urlVariable(kind)) ? *fromEnvironment(urlVariable(kind))
                                                                    : settings::matrixHomeserver(settings);
        settings::setMatrixTokenHomeserver(settings, origin(server));
    }
    return r;
}

KeyStore::Result PushConfig::removeSecret(Kind kind, QString *error) const
{
    const KeyStore::Result r = m_store.remove(secretAccount(kind), error);
    if (r == KeyStore::Result::Ok || r == KeyStore::Result::NotFound) {
        noteSaved(kind, false);
        if (kind == Kind::Matrix) {
            QSettings settings;
            settings::setMatrixTokenHomeserver(settings, QString());
        }
    }
    return r;
}

bool PushConfig::looksConfigured(Kind kind) const
{
    if (fromEnvironment(secretVariable(kind)))
        return true;
    return settings::pushSecretsSaved(QSettings()).contains(kindName(kind));
}

} // namespace paperboy::push
