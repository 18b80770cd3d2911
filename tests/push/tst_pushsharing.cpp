// Where a push target comes from and who pushes, against a real Secret
// Service (GNOME Keyring in a private D-Bus session, started by
// tests/support/with-keyring.sh) and local stand-ins that record what they
// receive and misbehave: the environment overrides the keychain, the
// keychain serves when the environment is silent; `paperboy push` finds a
// Slack webhook saved in the keychain; Settings' Sharing tab sends a test
// message with the form's values and says how it went on one line, and
// saves secrets to the keychain, never to the settings file.
#include "PushSettingsTab.h"
#include "SettingsDialog.h"
#include "core/Settings.h"
#include "keychain/ApiKeys.h"
#include "push/PushConfig.h"
#include "support/CacheProbe.h"
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/RealDays.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace paperboy;
using paperboy::push::Kind;
using paperboy::push::PushConfig;
using paperboy::test::FakeHttpServer;

namespace {

// A service of the test's own for what the test itself keeps.
QString testService()
{
    static const QString service =
        QStringLiteral("app.paperboy.Paperboy.test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    return service;
}

QByteArray settingsFileBytes()
{
    QSettings s;
    s.sync();
    QFile file(s.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPushSharing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeHttpServer m_hook;

    QString hookAt(const char *path) const { return m_hook.baseUrl().toString() + QLatin1String(path); }

    // A cache holding 1 October 2025's real papers.
    QString cacheWithADay()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        if (!test::storeDay(path, QDate(2025, 10, 1), test::realDay(QDate(2025, 10, 1), 12), &error))
            qFatal("cannot store the day: %s", qPrintable(error));
        return path;
    }

    PushSettingsTab *tabIn(QWidget *parent, const QProcessEnvironment &env = {})
    {
        auto *tab = new PushSettingsTab(PushConfig(KeyStore(testService()), env), parent);
        push::SendLimits limits;
        limits.timeoutMs = 2000;
        tab->setTestLimits(limits);
        return tab;
    }

    // Clicks a target's test button and waits for the line beside it.
    QString testMessageResult(PushSettingsTab *tab, Kind kind)
    {
        const QString name = push::kindName(kind);
        tab->findChild<QPushButton *>(name + QStringLiteral("Test"))->click();
        auto *button = tab->findChild<QPushButton *>(name + QStringLiteral("Test"));
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 20000))
            return QStringLiteral("(no result in time)");
        return tab->testResult(kind);
    }

private slots:
    void initTestCase()
    {
        // The command line's keychain entry is the app's own: only ever in
        // the private keyring the wrapper starts.
        QVERIFY2(qEnvironmentVariableIsSet("PAPERBOY_TEST_KEYRING"),
                 "run through tests/support/with-keyring.sh (a private D-Bus session with GNOME Keyring)");
        for (const char *name :
             {"PAPERBOY_SLACK_WEBHOOK_URL", "PAPERBOY_WEBHOOK_URL", "PAPERBOY_MATRIX_HOMESERVER",
              "PAPERBOY_MATRIX_TOKEN", "PAPERBOY_MATRIX_ROOM"})
            qunsetenv(name);
        QVERIFY(m_hook.listen());
    }

    void init()
    {
        QSettings().clear();
        m_hook.clearRequests();
        m_hook.setHandler(
            [](const FakeHttpServer::Request &) { return FakeHttpServer::Response::ok("ok", "text/plain"); });
        for (const Kind kind : {Kind::Slack, Kind::Matrix, Kind::Webhook}) {
            QString error;
            PushConfig(KeyStore(testService())).removeSecret(kind, &error);
            PushConfig().removeSecret(kind, &error);
        }
    }

    void theEnvironmentOverridesTheKeychain()
    {
        const QString saved = hookAt("/services/T0SAVED/B0SAVED/keychainsecret");
        QProcessEnvironment env;
        QString error;
        // Nothing anywhere: one line naming where to set it.
        QVERIFY(!PushConfig(KeyStore(testService()), env).target(Kind::Slack, &error));
        QCOMPARE(error, QStringLiteral("the Slack webhook address (Settings, Sharing, or "
                                       "PAPERBOY_SLACK_WEBHOOK_URL) is not set"));
        // Saved in the keychain, and nothing in the environment: the keychain's.
        const PushConfig fromKeychain(KeyStore(testService()), env);
        QCOMPARE(fromKeychain.saveSecret(Kind::Slack, saved, &error), KeyStore::Result::Ok);
        auto target = fromKeychain.target(Kind::Slack, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->url.toString(), saved);
        QCOMPARE(fromKeychain.secretSource(Kind::Slack), PushConfig::Source::Keychain);
        QVERIFY(fromKeychain.looksConfigured(Kind::Slack));
        // The environment wins over it.
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"), hookAt("/services/T0ENV/B0ENV/envsecret"));
        const PushConfig withEnv(KeyStore(testService()), env);
        target = withEnv.target(Kind::Slack, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->url.path(), QStringLiteral("/services/T0ENV/B0ENV/envsecret"));
        QCOMPARE(withEnv.secretSource(Kind::Slack), PushConfig::Source::Environment);
        // A bad saved address is named, never shown.
        QCOMPARE(fromKeychain.saveSecret(Kind::Webhook,
                                         QStringLiteral("http://example.org/hook/notlocalsecret"), &error),
                 KeyStore::Result::Ok);
        QVERIFY(!fromKeychain.target(Kind::Webhook, &error));
        QVERIFY2(
            error.startsWith(QLatin1String("the webhook address (Settings, Sharing, or PAPERBOY_WEBHOOK_URL) "
                                           "must be an https address")),
            qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("notlocalsecret")));
        // The secrets never reach the settings file.
        const QByteArray file = settingsFileBytes();
        QVERIFY(!file.contains("keychainsecret"));
        QVERIFY(!file.contains("notlocalsecret"));
    }

    void matrixTakesItsTokenFromTheKeychainAndTheRestFromSettings()
    {
        QSettings s;
        settings::setMatrixHomeserver(s, m_hook.baseUrl().toString());
        settings::setMatrixRoom(s, QStringLiteral("!room:example.org"));
        QProcessEnvironment env;
        const PushConfig config(KeyStore(testService()), env);
        QString error;
        QVERIFY(!config.target(Kind::Matrix, &error));
        QCOMPARE(error,
                 QStringLiteral("the Matrix access token (Settings, Sharing, or PAPERBOY_MATRIX_TOKEN) is "
                                "not set"));
        QCOMPARE(config.saveSecret(Kind::Matrix, QStringLiteral("syt_keychain_token"), &error),
                 KeyStore::Result::Ok);
        auto target = config.target(Kind::Matrix, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->token, QByteArray("syt_keychain_token"));
        QCOMPARE(target->room, QStringLiteral("!room:example.org"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_TOKEN"), QStringLiteral("syt_env_token"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_ROOM"), QStringLiteral("!other:example.org"));
        target = PushConfig(KeyStore(testService()), env).target(Kind::Matrix, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->token, QByteArray("syt_env_token"));
        QCOMPARE(target->room, QStringLiteral("!other:example.org"));
        QVERIFY(!settingsFileBytes().contains("syt_keychain_token"));
    }

    // `paperboy push --to slack` with the webhook saved in the keychain,
    // then with the environment's overriding it.
    void theCommandLinePushesWithTheKeychainsWebhook()
    {
        const QString db = cacheWithADay();
        QString error;
        // The app's own entry, as the window's Settings save it.
        QCOMPARE(
            PushConfig().saveSecret(Kind::Slack, hookAt("/services/T0CLI/B0CLI/clikeychainsecret"), &error),
            KeyStore::Result::Ok);
        QTemporaryDir home;
        QProcessEnvironment env =
            test::childEnvironment(home.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        const auto run = [&](const QStringList &args) {
            QProcess process;
            test::startChild(process, test::paperboyBinary(),
                             QStringList{QStringLiteral("--db"), db, QStringLiteral("push"),
                                         QStringLiteral("--to"), QStringLiteral("slack")} +
                                 args,
                             env);
            return test::waitForChild(process);
        };
        const test::ChildResult first = run({});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(
            first.out,
            QStringLiteral("Pushed 0 relevant papers of 2025-10-01 to slack (127.0.0.1) in 1 message\n"));
        QCOMPARE(m_hook.requests().size(), 1);
        QCOMPARE(m_hook.requests().first().path, QByteArray("/services/T0CLI/B0CLI/clikeychainsecret"));
        QVERIFY(m_hook.requests().first().body.contains("\"blocks\""));
        QVERIFY(!first.out.contains(QLatin1String("clikeychainsecret")));
        // The environment overrides the keychain.
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"),
                   hookAt("/services/T0ENV/B0ENV/cliEnvSecret"));
        const test::ChildResult second = run({QStringLiteral("--again")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(m_hook.requests().size(), 2);
        QCOMPARE(m_hook.requests().last().path, QByteArray("/services/T0ENV/B0ENV/cliEnvSecret"));
    }

    void theTestButtonSendsTheFormsValues_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("response");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accepted") << FakeHttpServer::Response::ok("ok", "text/plain")
                                  << QStringLiteral("Sent: the test message reached 127.0.0.1.");
        QTest::newRow("4xx") << FakeHttpServer::Response::error(404, "no_service", "text/plain")
                             << QStringLiteral("127.0.0.1 refused the message: HTTP 404 (no_service)");
        QTest::newRow("5xx echoing the secret")
            << FakeHttpServer::Response::error(500, "failed for /services/T0FORM/B0FORM/formsecret",
                                               "text/plain")
            << QStringLiteral("127.0.0.1 refused the message: HTTP 500 (failed for [secret])");
        FakeHttpServer::Response limited = FakeHttpServer::Response::error(429, {}, "text/plain");
        limited.headers << qMakePair(QByteArray("Retry-After"), QByteArray("3600"));
        QTest::newRow("429 for an hour")
            << limited
            << QStringLiteral("127.0.0.1 asks to wait 3600 s (429 Too Many Requests); try again later");
    }

    void theTestButtonSendsTheFormsValues()
    {
        QFETCH(FakeHttpServer::Response, response);
        QFETCH(QString, expected);
        m_hook.setHandler([response](const FakeHttpServer::Request &) { return response; });
        QWidget window;
        PushSettingsTab *tab = tabIn(&window);
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("slackSecret")),
                         hookAt("/services/T0FORM/B0FORM/formsecret"));
        const QString result = testMessageResult(tab, Kind::Slack);
        QCOMPARE(result, expected);
        QVERIFY(!result.contains(QLatin1Char('\n')));
        QCOMPARE(m_hook.requests().size(), 1);
        QCOMPARE(m_hook.requests().first().path, QByteArray("/services/T0FORM/B0FORM/formsecret"));
        QVERIFY(m_hook.requests().first().body.contains("Paperboy test message"));
        // A test saves nothing.
        QCOMPARE(PushConfig(KeyStore(testService())).secretSource(Kind::Slack), PushConfig::Source::None);
    }

    void theTestButtonWaitsOutAShortRateLimit()
    {
        int calls = 0;
        m_hook.setHandler([&calls](const FakeHttpServer::Request &) {
            if (++calls == 1) {
                auto r = FakeHttpServer::Response::error(429, {}, "text/plain");
                r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("0"));
                return r;
            }
            return FakeHttpServer::Response::ok("ok", "text/plain");
        });
        QWidget window;
        PushSettingsTab *tab = tabIn(&window);
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("webhookSecret")),
                         hookAt("/hook/generic"));
        QCOMPARE(testMessageResult(tab, Kind::Webhook),
                 QStringLiteral("Sent: the test message reached 127.0.0.1."));
        QCOMPARE(m_hook.requests().size(), 2);
        QVERIFY(m_hook.requests().last().body.contains("\"test\":true"));
    }

    void theTestButtonSaysWhatIsWrongOnOneLine()
    {
        QWidget window;
        PushSettingsTab *tab = tabIn(&window);
        // Nothing typed, nothing saved.
        QCOMPARE(testMessageResult(tab, Kind::Slack),
                 QStringLiteral("Not sent: the Slack webhook address is not set."));
        // Nobody listening.
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("slackSecret")),
                         QStringLiteral("http://127.0.0.1:%1/services/T0X/B0X/refusedsecret")
                             .arg(FakeHttpServer::closedPort()));
        QCOMPARE(testMessageResult(tab, Kind::Slack),
                 QStringLiteral("cannot reach 127.0.0.1: connection refused"));
        // Matrix with the token typed and the room missing.
        tab->findChild<QLineEdit *>(QStringLiteral("matrixHomeserver"))->setText(m_hook.baseUrl().toString());
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("matrixSecret")),
                         QStringLiteral("syt_typed"));
        QCOMPARE(testMessageResult(tab, Kind::Matrix),
                 QStringLiteral("Not sent: the room id is not a room id (!id:server)."));
        tab->findChild<QLineEdit *>(QStringLiteral("matrixRoom"))->setText(QStringLiteral("!r:example.org"));
        QCOMPARE(testMessageResult(tab, Kind::Matrix),
                 QStringLiteral("Sent: the test message reached 127.0.0.1."));
        QCOMPARE(m_hook.requests().last().headers.value("authorization"), QByteArray("Bearer syt_typed"));
        QCOMPARE(m_hook.requests().last().method, QByteArray("PUT"));
    }

    // The saved token belongs to the homeserver it was saved with: a
    // homeserver typed or saved later (a typo, or someone at the keyboard)
    // never receives it, from the command line's rule nor from Test.
    void aSavedMatrixTokenGoesOnlyToItsOwnHomeserver()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response::ok("{}", "application/json");
        });
        QWidget window;
        PushSettingsTab *tab = tabIn(&window);
        auto *server = tab->findChild<QLineEdit *>(QStringLiteral("matrixHomeserver"));
        server->setText(m_hook.baseUrl().toString());
        tab->findChild<QLineEdit *>(QStringLiteral("matrixRoom"))->setText(QStringLiteral("!r:example.org"));
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("matrixSecret")),
                         QStringLiteral("syt_saved_for_hook"));
        QString error;
        QVERIFY2(tab->validate(&error), qPrintable(error));
        QVERIFY2(tab->saveSecrets(&error), qPrintable(error));
        QSettings s;
        tab->saveSettings(s);
        const QString hookOrigin = QStringLiteral("http://127.0.0.1:%1").arg(m_hook.baseUrl().port());
        const QString otherOrigin = QStringLiteral("http://127.0.0.1:%1").arg(other.baseUrl().port());
        // Its own homeserver gets it.
        QCOMPARE(testMessageResult(tab, Kind::Matrix),
                 QStringLiteral("Sent: the test message reached 127.0.0.1."));
        QCOMPARE(m_hook.requests().last().headers.value("authorization"),
                 QByteArray("Bearer syt_saved_for_hook"));
        // Another typed next to it: Test refuses, and the other server hears nothing.
        server->setText(other.baseUrl().toString());
        const QString refused =
            QStringLiteral("the saved Matrix access token is for %1, not %2: type the token "
                           "for %2 in Settings, Sharing (or set PAPERBOY_MATRIX_TOKEN)")
                .arg(hookOrigin, otherOrigin);
        QCOMPARE(testMessageResult(tab, Kind::Matrix), QStringLiteral("Not sent: %1.").arg(refused));
        QVERIFY(!tab->validate(&error));
        QCOMPARE(error, refused);
        // Saved anyway behind the tab's back: the rule refuses it too.
        settings::setMatrixHomeserver(s, other.baseUrl().toString());
        QVERIFY(!PushConfig(KeyStore(testService()), QProcessEnvironment()).target(Kind::Matrix, &error));
        QCOMPARE(error, refused);
        QVERIFY(other.requests().isEmpty());
        // The token typed again for the new homeserver: it goes there.
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("matrixSecret")),
                         QStringLiteral("syt_saved_for_other"));
        QVERIFY2(tab->validate(&error), qPrintable(error));
        QVERIFY2(tab->saveSecrets(&error), qPrintable(error));
        const auto target =
            PushConfig(KeyStore(testService()), QProcessEnvironment()).target(Kind::Matrix, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->token, QByteArray("syt_saved_for_other"));
        QVERIFY(!settingsFileBytes().contains("syt_saved_for"));
    }

    void theTabSavesSecretsToTheKeychainOnly()
    {
        QWidget window;
        PushSettingsTab *tab = tabIn(&window);
        auto *status = tab->findChild<QLabel *>(QStringLiteral("slackStatus"));
        QCOMPARE(status->text(), QStringLiteral("None saved."));
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("slackSecret")),
                         hookAt("/services/T0TAB/B0TAB/tabsecret"));
        QString error;
        QVERIFY(tab->validate(&error));
        QVERIFY2(tab->saveSecrets(&error), qPrintable(error));
        QSettings s;
        tab->saveSettings(s);
        QCOMPARE(status->text(), QStringLiteral("One is saved in the keychain."));
        QVERIFY(tab->findChild<QLineEdit *>(QStringLiteral("slackSecret"))->text().isEmpty());
        QString secret;
        QCOMPARE(PushConfig(KeyStore(testService())).savedSecret(Kind::Slack, &secret, &error),
                 KeyStore::Result::Ok);
        QCOMPARE(secret, hookAt("/services/T0TAB/B0TAB/tabsecret"));
        QVERIFY(!settingsFileBytes().contains("tabsecret"));
        // Opened again, it says one is there and never shows it; the
        // test button uses it.
        QWidget again;
        PushSettingsTab *second = tabIn(&again);
        QCOMPARE(second->findChild<QLabel *>(QStringLiteral("slackStatus"))->text(),
                 QStringLiteral("One is saved in the keychain."));
        QVERIFY(second->findChild<QLineEdit *>(QStringLiteral("slackSecret"))->text().isEmpty());
        QCOMPARE(testMessageResult(second, Kind::Slack),
                 QStringLiteral("Sent: the test message reached 127.0.0.1."));
        QCOMPARE(m_hook.requests().last().path, QByteArray("/services/T0TAB/B0TAB/tabsecret"));
        // Forgotten, it is gone.
        second->findChild<QPushButton *>(QStringLiteral("slackForget"))->click();
        QCOMPARE(second->findChild<QLabel *>(QStringLiteral("slackStatus"))->text(),
                 QStringLiteral("None saved."));
        QCOMPARE(PushConfig(KeyStore(testService())).secretSource(Kind::Slack), PushConfig::Source::None);
        // A typed address that is not one is refused before anything is saved.
        QTest::keyClicks(second->findChild<QLineEdit *>(QStringLiteral("webhookSecret")),
                         QStringLiteral("http://example.org/hook/plainsecret"));
        QVERIFY(!second->validate(&error));
        QVERIFY2(error.startsWith(QLatin1String("the webhook address must be an https address")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("plainsecret")));
    }

    void aValueFromTheEnvironmentIsNotEditable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_SLACK_WEBHOOK_URL"), hookAt("/services/T0E/B0E/envonlysecret"));
        env.insert(QStringLiteral("PAPERBOY_MATRIX_HOMESERVER"),
                   QStringLiteral("https://matrix.example.org"));
        QWidget window;
        PushSettingsTab *tab = tabIn(&window, env);
        auto *field = tab->findChild<QLineEdit *>(QStringLiteral("slackSecret"));
        QVERIFY(!field->isEnabled());
        QVERIFY(field->text().isEmpty()); // the secret is not shown
        QCOMPARE(
            tab->findChild<QLabel *>(QStringLiteral("slackStatus"))->text(),
            QStringLiteral("Set by PAPERBOY_SLACK_WEBHOOK_URL in the environment, which overrides what is "
                           "saved here; not editable here."));
        auto *server = tab->findChild<QLineEdit *>(QStringLiteral("matrixHomeserver"));
        QVERIFY(!server->isEnabled());
        QSettings s;
        tab->saveSettings(s);
        QVERIFY(settings::matrixHomeserver(s).isEmpty()); // the environment's stays there
        QCOMPARE(testMessageResult(tab, Kind::Slack),
                 QStringLiteral("Sent: the test message reached 127.0.0.1."));
        QCOMPARE(m_hook.requests().last().path, QByteArray("/services/T0E/B0E/envonlysecret"));
        // A Matrix token saved for another homeserver than the environment's:
        // pushing refuses it, but the rest of Settings still saves, since the
        // homeserver is not the dialog's to change.
        QString error;
        QVERIFY(PushConfig(KeyStore(testService()), QProcessEnvironment())
                    .saveSecret(Kind::Matrix, QStringLiteral("syt_saved"), &error,
                                m_hook.baseUrl().toString()) == KeyStore::Result::Ok);
        PushSettingsTab *again = tabIn(&window, env);
        QVERIFY2(again->validate(&error), qPrintable(error));
        QVERIFY(!PushConfig(KeyStore(testService()), env).target(Kind::Matrix, &error));
        QCOMPARE(error, QStringLiteral("the saved Matrix access token is for http://127.0.0.1:%1, not "
                                       "https://matrix.example.org: type the token for "
                                       "https://matrix.example.org in Settings, Sharing (or set "
                                       "PAPERBOY_MATRIX_TOKEN)")
                            .arg(m_hook.port()));
    }

    // The whole dialog: Save puts the typed webhook in the app's keychain entry.
    void theSettingsDialogSavesTheWebhook()
    {
        ApiKeys keys{KeyStore(testService()), QStringLiteral("openai-api-key")};
        SettingsDialog dialog(&keys);
        auto *tab = dialog.findChild<PushSettingsTab *>(QStringLiteral("sharingTab"));
        QVERIFY(tab);
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("webhookSecret")),
                         hookAt("/hook/dialogsecret"));
        tab->findChild<QCheckBox *>(QStringLiteral("pushAfterRoutine"))->setChecked(true);
        tab->findChild<QCheckBox *>(QStringLiteral("routine_webhook"))->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QString secret, error;
        QCOMPARE(PushConfig().savedSecret(Kind::Webhook, &secret, &error), KeyStore::Result::Ok);
        QCOMPARE(secret, hookAt("/hook/dialogsecret"));
        const QSettings s;
        QVERIFY(settings::routinePushes(s));
        QCOMPARE(settings::routinePushTargets(s), QStringList{QStringLiteral("webhook")});
        QVERIFY(!settingsFileBytes().contains("dialogsecret"));
    }
};

PAPERBOY_KEYRING_TEST_MAIN(TestPushSharing)

#include "tst_pushsharing.moc"
