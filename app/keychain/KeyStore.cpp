#include "keychain/KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

namespace paperboy {

namespace {

KeyStore::Result classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeyStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeyStore::Result::NoKeyring;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeyStore::Result::Failed;
}

// Runs a job to completion and reports how it went.
KeyStore::Result run(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    QString text;
    const KeyStore::Result result = KeyStore::describe(job.error(), job.errorString(), &text);
    if (error && result != KeyStore::Result::Ok)
        *error = text;
    return result;
}

} // namespace

KeyStore::Result KeyStore::describe(int keychainError, const QString &message, QString *text)
{
    const auto error = QKeychain::Error(keychainError);
    Result result = classify(error);
    const QString why = message.trimmed();
    const auto say = [text](const char *words) {
        *text = QCoreApplication::translate("paperboy::KeyStore", words);
    };
    if (error == QKeychain::AccessDeniedByUser) {
        say(QT_TRANSLATE_NOOP("paperboy::KeyStore", "the keyring's password prompt was cancelled"));
        return result;
    }
    if (error == QKeychain::AccessDenied) {
        say(QT_TRANSLATE_NOOP("paperboy::KeyStore", "the keyring refused access (it may be locked)"));
        return result;
    }
    // Without a Secret Service on the bus, QtKeychain says only "Unknown
    // error", or passes on libsecret's words about the bus itself ("Cannot
    // autolaunch D-Bus without X11 $DISPLAY", "... was not provided by any
    // .service files"): no keyring answered, which is not a failed write.
    static const QRegularExpression noBus(
        QStringLiteral("D-?Bus|autolaunch|\\.service files|ServiceUnknown|org\\.freedesktop\\.secrets"),
        QRegularExpression::CaseInsensitiveOption);
    // A D-Bus object path ("/org/freedesktop/secrets/prompt/u8") says
    // nothing to a person.
    static const QRegularExpression objectPath(QStringLiteral("(^|\\s)/[A-Za-z0-9_/]+"));
    if (result == Result::Failed &&
        (why.isEmpty() || why == QLatin1String("Unknown error") || noBus.match(why).hasMatch()))
        result = Result::NoKeyring;
    if (result == Result::NoKeyring)
        say(QT_TRANSLATE_NOOP(
            "paperboy::KeyStore",
            "no keyring answered (is GNOME Keyring, KWallet or another Secret Service running?)"));
    else if (result == Result::Failed) {
        const QString words = QString(why).remove(objectPath).simplified();
        *text =
            words.isEmpty() || words == QLatin1String(":")
                ? QCoreApplication::translate("paperboy::KeyStore", "the keyring failed without saying why")
                : QCoreApplication::translate("paperboy::KeyStore", "the keyring failed: %1").arg(words);
    }
    return result;
}

KeyStore::KeyStore(QString service)
    : m_service(std::move(service))
{
}

KeyStore::Result KeyStore::read(const QString &account, QString *key, QString *error) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    const Result result = run(job, error);
    if (result == Result::Ok)
        *key = job.textData();
    return result;
}

KeyStore::Result KeyStore::write(const QString &account, const QString &key, QString *error) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(key);
    return run(job, error);
}

KeyStore::Result KeyStore::remove(const QString &account, QString *error) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    return run(job, error);
}

} // namespace paperboy
