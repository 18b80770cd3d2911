// The API key in a real Secret Service: GNOME Keyring in a private D-Bus
// session (tests/support/with-keyring.sh starts it), through the app's own
// keychain code: store, read, replace and delete; ApiKeys prefers the
// keychain to the session once a keyring answers; the Settings dialog says
// where the key went.
#include "SettingsDialog.h"
#include "keychain/ApiKeys.h"
#include "keychain/KeyStore.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace paperboy;

namespace {

// A service of the test's own, so nothing of a person's keyring is touched
// even when run outside the private session.
QString testService()
{
    static const QString service =
        QStringLiteral("app.paperboy.Paperboy.test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    return service;
}

const QString kAccount = QStringLiteral("openai-api-key");

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (a private D-Bus session with GNOME Keyring)");
        qunsetenv("OPENAI_API_KEY");
    }

    // A keyring that does not answer says so in words: a cancelled prompt,
    // a locked keyring, no Secret Service, never a bare D-Bus object path.
    void keyringFailuresInWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("text");
        const int noKeyring = int(KeyStore::Result::NoKeyring);
        const int failed = int(KeyStore::Result::Failed);
        QTest::newRow("prompt cancelled")
            << int(QKeychain::AccessDeniedByUser) << QStringLiteral("/org/freedesktop/secrets/prompt/u8")
            << noKeyring << QStringLiteral("the keyring's password prompt was cancelled");
        QTest::newRow("locked") << int(QKeychain::AccessDenied)
                                << QStringLiteral("/org/freedesktop/secrets/collection/login") << noKeyring
                                << QStringLiteral("the keyring refused access (it may be locked)");
        QTest::newRow("no service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << noKeyring << QStringLiteral("no keyring answered");
        QTest::newRow("bare path") << int(QKeychain::OtherError)
                                   << QStringLiteral("/org/freedesktop/secrets/prompt/p3") << failed
                                   << QStringLiteral("the keyring failed without saying why");
        QTest::newRow("words and a path")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not unlock /org/freedesktop/secrets/collection/login") << failed
            << QStringLiteral("the keyring failed: Could not unlock");
    }
    void keyringFailuresInWords()
    {
        QFETCH(int, error);
        QFETCH(QString, message);
        QFETCH(int, result);
        QFETCH(QString, text);
        QString said;
        QCOMPARE(int(KeyStore::describe(error, message, &said)), result);
        QVERIFY2(said.startsWith(text), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("/org/")), qPrintable(said));
    }

    void storesReadsReplacesAndDeletes()
    {
        const KeyStore store(testService());
        QString key, error;
        QCOMPARE(store.read(kAccount, &key, &error), KeyStore::Result::NotFound);
        QCOMPARE(store.write(kAccount, QStringLiteral("sk-first-0123456789"), &error), KeyStore::Result::Ok);
        QCOMPARE(store.read(kAccount, &key, &error), KeyStore::Result::Ok);
        QCOMPARE(key, QStringLiteral("sk-first-0123456789"));
        // Replacing leaves one entry with the new key.
        QCOMPARE(store.write(kAccount, QStringLiteral("sk-second-0123456789"), &error), KeyStore::Result::Ok);
        QCOMPARE(store.read(kAccount, &key, &error), KeyStore::Result::Ok);
        QCOMPARE(key, QStringLiteral("sk-second-0123456789"));
        // Another account of the same service is another entry.
        QCOMPARE(store.read(QStringLiteral("other"), &key, &error), KeyStore::Result::NotFound);
        QCOMPARE(store.remove(kAccount, &error), KeyStore::Result::Ok);
        QCOMPARE(store.read(kAccount, &key, &error), KeyStore::Result::NotFound);
    }

    void apiKeysUseTheKeychainWhenOneAnswers()
    {
        ApiKeys keys{KeyStore(testService()), kAccount};
        ApiKeys::Source source = ApiKeys::Source::Session;
        QString keyringError;
        QVERIFY(keys.key(&source, &keyringError).isEmpty());
        QCOMPARE(source, ApiKeys::Source::None);
        QVERIFY2(keyringError.isEmpty(), qPrintable(keyringError)); // it answered: no key yet
        bool sessionOnly = true;
        QString error;
        QVERIFY(keys.save(QStringLiteral("sk-saved-0123456789"), &sessionOnly, &error));
        QVERIFY(!sessionOnly);
        // A new session (another start of the app) finds it in the keychain.
        ApiKeys later{KeyStore(testService()), kAccount};
        QCOMPARE(later.key(&source), QStringLiteral("sk-saved-0123456789"));
        QCOMPARE(source, ApiKeys::Source::Keychain);
        // The environment still wins, for cron and scripts.
        qputenv("OPENAI_API_KEY", "sk-from-env-0123456789");
        QCOMPARE(later.key(&source), QStringLiteral("sk-from-env-0123456789"));
        QCOMPARE(source, ApiKeys::Source::Environment);
        qunsetenv("OPENAI_API_KEY");
        QVERIFY(later.clear(&error));
        QVERIFY(later.key(&source).isEmpty());
        QCOMPARE(source, ApiKeys::Source::None);
    }

    void settingsDialogSavesToTheKeychain()
    {
        ApiKeys keys{KeyStore(testService()), kAccount};
        SettingsDialog dialog(&keys);
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("keyStatus"));
        QCOMPARE(status->text(), QStringLiteral("No key saved."));
        dialog.findChild<QRadioButton *>(QStringLiteral("llmProvider"))->setChecked(true);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKey")),
                         QStringLiteral("sk-dialog-0123456789"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.keptForSessionOnly());
        QVERIFY(dialog.summary().contains(QStringLiteral("keychain")));
        QString key;
        QCOMPARE(KeyStore(testService()).read(kAccount, &key), KeyStore::Result::Ok);
        QCOMPARE(key, QStringLiteral("sk-dialog-0123456789"));
        // Opened again, it says a key is there, and never shows it.
        SettingsDialog again(&keys);
        QCOMPARE(again.findChild<QLabel *>(QStringLiteral("keyStatus"))->text(),
                 QStringLiteral("A key is saved in the keychain."));
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("apiKey"))->text().isEmpty());
        QString error;
        QVERIFY(keys.clear(&error));
    }
};

PAPERBOY_KEYRING_TEST_MAIN(TestKeychain)

#include "tst_keychain.moc"
