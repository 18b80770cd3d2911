// The Settings dialog and the API key, with the real widgets: categories
// and announce types, the provider and its preset, the run's limits and
// prices saved; bad input refused with the dialog left open; "Test
// connection" against a local OpenAI-compatible server; and, with no keyring
// answering (no D-Bus session here), the key kept for the session only and
// written to no file, while the window still scores with it.
#include "MainWindow.h"
#include "PaperTableModel.h"
#include "PriceEditor.h"
#include "Prompts.h"
#include "SettingsDialog.h"
#include "arxiv/ApiParser.h"
#include "core/Settings.h"
#include "keychain/ApiKeys.h"
#include "support/FakeHttpServer.h"
#include "support/FakeOpenAi.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeOpenAi;
using paperboy::test::filesContaining;

namespace {

const QString kRightKey = QStringLiteral("sk-test-settings-right-0123456789abcdef");

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void chooseCombo(QComboBox *box, const QVariant &data)
{
    const int at = box->findData(data);
    QVERIFY(at >= 0);
    box->setCurrentIndex(at);
    emit box->activated(at);
}

// Marks every string of one context and disambiguation it is asked for, so a
// test sees which shown strings went through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (qstrcmp(context, "paperboy::SettingsDialog") != 0 ||
            qstrcmp(disambiguation, "reasoning effort") != 0)
            return {};
        return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void pointAtServer(SettingsDialog &dialog, const QUrl &base, const QString &model)
    {
        child<QRadioButton>(&dialog, "llmProvider")->setChecked(true);
        chooseCombo(child<QComboBox>(&dialog, "preset"), QString()); // another server
        child<QLineEdit>(&dialog, "baseUrl")->setText(base.toString());
        child<QComboBox>(&dialog, "model")->setEditText(model);
    }

private slots:
    void init()
    {
        QSettings().clear();
        qunsetenv("OPENAI_API_KEY");
    }

    void savesWhatTheFormHolds()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        auto *categories = child<QLineEdit>(&dialog, "categories");
        QCOMPARE(categories->text(), QStringLiteral("cs.LG, cs.AI"));
        categories->clear();
        QTest::keyClicks(categories, QStringLiteral("cs.LG, stat.ML"));
        child<QCheckBox>(&dialog, "type_cross")->setChecked(false);
        child<QCheckBox>(&dialog, "type_replace")->setChecked(true);

        QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
        chooseCombo(child<QComboBox>(&dialog, "preset"), QStringLiteral("ollama"));
        QCOMPARE(child<QLineEdit>(&dialog, "baseUrl")->text(), QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(child<QComboBox>(&dialog, "model")->currentText(), QStringLiteral("llama3.1"));
        child<QSpinBox>(&dialog, "concurrency")->setValue(6);
        child<QSpinBox>(&dialog, "batchSize")->setValue(20);
        child<QDoubleSpinBox>(&dialog, "budget")->setValue(0.5);

        auto *prices = dialog.findChild<PriceEditor *>();
        prices->addModel(QStringLiteral("my-model"));
        auto *table = child<QTableWidget>(prices, "priceTable");
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(table->rowCount() - 1, 1))->setValue(1.5);
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(table->rowCount() - 1, 3))->setValue(6);
        chooseCombo(child<QComboBox>(&dialog, "language"), QStringLiteral("de"));
        auto *utf8 = child<QCheckBox>(&dialog, "bibtexUtf8");
        QVERIFY(!utf8->isChecked());
        QTest::mouseClick(utf8, Qt::LeftButton, {}, QPoint(4, utf8->height() / 2));
        QVERIFY(utf8->isChecked());

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSettings s;
        QCOMPARE(settings::categories(s), (QStringList{QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));
        QCOMPARE(settings::announceTypes(s), (QList<AnnounceType>{AnnounceType::New, AnnounceType::Replace}));
        QCOMPARE(settings::language(s), QStringLiteral("de"));
        QVERIFY(settings::bibtexUtf8(s));
        const ScoringSettings saved = ScoringSettings::load(s);
        QCOMPARE(saved.provider, ScoreRequest::Provider::OpenAI);
        QCOMPARE(saved.preset, QStringLiteral("ollama"));
        QCOMPARE(saved.llmConfig().baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QCOMPARE(saved.llmConfig().model, QStringLiteral("llama3.1"));
        QCOMPARE(saved.concurrency, 6);
        QCOMPARE(saved.batchSize, 20);
        QCOMPARE(saved.maxCostUsd, 0.5);
        const PriceTable loaded = PriceTable::load();
        QVERIFY(loaded.has(QStringLiteral("my-model")));
        QCOMPARE(loaded.price(QStringLiteral("my-model")).input, 1.5);
        QCOMPARE(loaded.price(QStringLiteral("my-model")).output, 6.0);
        // The shipped prices are still there, and only the person's own entry was written.
        QVERIFY(loaded.has(QStringLiteral("gpt-5-mini")));
        QFile own(PriceTable::userFile());
        QVERIFY(own.open(QIODevice::ReadOnly));
        const QByteArray ownText = own.readAll();
        QVERIFY(ownText.contains("my-model"));
        QVERIFY(!ownText.contains("gpt-5-mini"));
    }

    // The reasoning efforts are shown in the person's language and saved as
    // the API's words.
    void reasoningEffortsAreTranslated()
    {
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        QCoreApplication::removeTranslator(&marking);
        auto *effort = child<QComboBox>(&dialog, "effort");
        for (const char *word : {"minimal", "low", "medium", "high"}) {
            const int at = effort->findData(QString::fromLatin1(word));
            QVERIFY2(at >= 0, word);
            QCOMPARE(effort->itemText(at), QStringLiteral("[%1]").arg(QLatin1String(word)));
        }
    }

    // The title pass, its model and effort and the cascade go through the
    // form into the settings file and come back in the next dialog.
    void titlePassAndCascadeRoundTrip()
    {
        ApiKeys keys;
        {
            SettingsDialog dialog(&keys);
            dialog.show();
            QCOMPARE(child<QComboBox>(&dialog, "titlePass")->currentData().toString(),
                     QStringLiteral("auto"));
            QVERIFY(!child<QCheckBox>(&dialog, "cascade")->isChecked());
            QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
            chooseCombo(child<QComboBox>(&dialog, "titlePass"), QStringLiteral("on"));
            QTest::keyClicks(child<QComboBox>(&dialog, "titleModel"), QStringLiteral("gpt-5-nano"));
            chooseCombo(child<QComboBox>(&dialog, "titleEffort"), QStringLiteral("minimal"));
            auto *cascade = child<QCheckBox>(&dialog, "cascade");
            QTest::mouseClick(cascade, Qt::LeftButton, {}, QPoint(4, cascade->height() / 2));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("scoring/titlePass")).toString(), QStringLiteral("on"));
        const ScoringSettings saved = ScoringSettings::load(s);
        QCOMPARE(saved.titlePass, ScoreRequest::TitlePass::On);
        QCOMPARE(saved.titleModel, QStringLiteral("gpt-5-nano"));
        QCOMPARE(saved.titleEffort, QStringLiteral("minimal"));
        QVERIFY(saved.cascade);

        SettingsDialog again(&keys);
        again.show();
        QCOMPARE(child<QComboBox>(&again, "titlePass")->currentData().toString(), QStringLiteral("on"));
        QCOMPARE(child<QComboBox>(&again, "titleModel")->currentText(), QStringLiteral("gpt-5-nano"));
        QCOMPARE(child<QComboBox>(&again, "titleEffort")->currentData().toString(),
                 QStringLiteral("minimal"));
        QVERIFY(child<QCheckBox>(&again, "cascade")->isChecked());
        // And back: never, the scoring model at its default effort, no cascade.
        chooseCombo(child<QComboBox>(&again, "titlePass"), QStringLiteral("off"));
        child<QComboBox>(&again, "titleModel")->clearEditText();
        chooseCombo(child<QComboBox>(&again, "titleEffort"), QString());
        child<QCheckBox>(&again, "cascade")->setChecked(false);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        const ScoringSettings back = ScoringSettings::load(QSettings());
        QCOMPARE(back.titlePass, ScoreRequest::TitlePass::Off);
        QCOMPARE(back.titleModel, QString());
        QCOMPARE(back.titleEffort, QString());
        QVERIFY(!back.cascade);
    }

    // The offline scorer sends nothing: no title pass, nothing to skip.
    void passesAreForALanguageModel()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        QVERIFY(child<QRadioButton>(&dialog, "offlineProvider")->isChecked());
        const QList<QWidget *> fields = {
            child<QComboBox>(&dialog, "titlePass"), child<QComboBox>(&dialog, "titleModel"),
            child<QComboBox>(&dialog, "titleEffort"), child<QCheckBox>(&dialog, "cascade")};
        for (QWidget *field : fields)
            QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
        QVERIFY2(dialog.effectText().contains(QLatin1String("offline scorer sends nothing")),
                 qPrintable(dialog.effectText()));
        QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
        for (QWidget *field : fields)
            QVERIFY2(field->isEnabled(), qPrintable(field->objectName()));
        QTest::mouseClick(child<QRadioButton>(&dialog, "offlineProvider"), Qt::LeftButton);
        for (QWidget *field : fields)
            QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
    }

    // Only reasoning models take an effort: the title pass's own model, or
    // the scoring model when it has none.
    void titleEffortOnlyForReasoningModels()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
        auto *model = child<QComboBox>(&dialog, "model");
        auto *titleModel = child<QComboBox>(&dialog, "titleModel");
        auto *titleEffort = child<QComboBox>(&dialog, "titleEffort");
        auto *effort = child<QComboBox>(&dialog, "effort");
        QCOMPARE(model->currentText(), QStringLiteral("gpt-5-mini"));
        QVERIFY(titleModel->currentText().isEmpty());
        QVERIFY(titleEffort->isEnabled());
        QVERIFY(effort->isEnabled());
        QTest::keyClicks(titleModel, QStringLiteral("llama3.1"));
        QVERIFY(!titleEffort->isEnabled());
        QVERIFY(effort->isEnabled());
        titleModel->setEditText(QStringLiteral("openai/o4-mini"));
        QVERIFY(titleEffort->isEnabled());
        // No model of its own: the scoring model's decides.
        titleModel->clearEditText();
        model->setEditText(QStringLiteral("llama3.1"));
        QVERIFY(!titleEffort->isEnabled());
        QVERIFY(!effort->isEnabled());
        titleModel->setEditText(QStringLiteral("gpt-5-nano"));
        QVERIFY(titleEffort->isEnabled());
    }

    // The effect line hands the run the form now describes to the estimate,
    // and shows its sentence (the window's own is checked in tst_mainwindow).
    void effectLineFollowsTheForm()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        QList<ScoreRequest> asked;
        dialog.setEstimator([&asked](const ScoreRequest &run) {
            asked << run;
            return QStringLiteral("[estimate %1]").arg(asked.size());
        });
        QVERIFY(asked.isEmpty()); // offline: nothing to estimate
        QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QCOMPARE(asked.last().provider, ScoreRequest::Provider::OpenAI);
        QCOMPARE(asked.last().titlePass, ScoreRequest::TitlePass::Auto);
        QCOMPARE(dialog.effectText(), QStringLiteral("[estimate %1]").arg(asked.size()));

        chooseCombo(child<QComboBox>(&dialog, "titlePass"), QStringLiteral("on"));
        QTest::keyClicks(child<QComboBox>(&dialog, "titleModel"), QStringLiteral("gpt-5-nano"));
        chooseCombo(child<QComboBox>(&dialog, "titleEffort"), QStringLiteral("low"));
        child<QCheckBox>(&dialog, "cascade")->setChecked(true);
        QTRY_VERIFY(asked.last().cascade);
        QCOMPARE(asked.last().titlePass, ScoreRequest::TitlePass::On);
        QCOMPARE(asked.last().titleModel, QStringLiteral("gpt-5-nano"));
        QCOMPARE(asked.last().titleEffort, QStringLiteral("low"));
        QCOMPARE(asked.last().llm.model, QStringLiteral("gpt-5-mini"));
        QCOMPARE(dialog.effectText(), QStringLiteral("[estimate %1]").arg(asked.size()));

        chooseCombo(child<QComboBox>(&dialog, "titlePass"), QStringLiteral("off"));
        QTRY_COMPARE(asked.last().titlePass, ScoreRequest::TitlePass::Off);
        QCOMPARE(dialog.effectText(), QStringLiteral("[estimate %1]").arg(asked.size()));
    }

    // With the title pass and the cascade in it, every page still fits a
    // laptop's 768 pixels with room for a title bar and a panel.
    void fitsALaptopScreen()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        QTest::mouseClick(child<QRadioButton>(&dialog, "llmProvider"), Qt::LeftButton);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QComboBox>(&dialog, "titlePass")->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, "cascade")->isEnabled());
        QVERIFY2(dialog.height() <= 690, qPrintable(QString::number(dialog.height())));
        QVERIFY2(dialog.minimumSizeHint().height() <= 690,
                 qPrintable(QString::number(dialog.minimumSizeHint().height())));
    }

    void refusesBadInputAndKeepsTheDialogOpen()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        child<QLineEdit>(&dialog, "categories")->setText(QStringLiteral("cs.LG, c$!"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "settingsError")->text().contains(QStringLiteral("c$!")));
        child<QLineEdit>(&dialog, "categories")->setText(QStringLiteral("cs.LG"));
        pointAtServer(dialog, QUrl(QStringLiteral("not a url")), QStringLiteral("m"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(
            child<QLabel>(&dialog, "settingsError")->text().contains(QStringLiteral("not a server address")));
        // Nothing was saved.
        QVERIFY(!QSettings().contains(QStringLiteral("fetch/categories")));
        QVERIFY(!QSettings().contains(QStringLiteral("scoring/provider")));
    }

    void testsTheConnection()
    {
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.options().requiredKey = kRightKey;
        llm.options().models = {QStringLiteral("gpt-5-mini"), QStringLiteral("llama3.1:latest")};
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        pointAtServer(dialog, llm.baseUrl(), QStringLiteral("gpt-5-mini"));
        auto *key = child<QLineEdit>(&dialog, "apiKey");
        auto *test = child<QPushButton>(&dialog, "testConnection");

        key->setText(QStringLiteral("sk-test-wrong-0123456789abcdef"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().contains(QStringLiteral("rejected the key")));
        QVERIFY(!dialog.testResult().contains(QStringLiteral("sk-test")));

        key->setText(kRightKey);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected: 127.0.0.1 offers gpt-5-mini")),
                     qPrintable(dialog.testResult()));
        QCOMPARE(child<QComboBox>(&dialog, "model")->count(), 2);

        // Ollama names "llama3.1" "llama3.1:latest".
        child<QComboBox>(&dialog, "model")->setEditText(QStringLiteral("llama3.1"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().startsWith(QStringLiteral("Connected: 127.0.0.1 offers llama3.1")));
        child<QComboBox>(&dialog, "model")->setEditText(QStringLiteral("gpt-7"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().contains(QStringLiteral("does not offer gpt-7")));

        // A port nobody listens on (9, discard, is closed on these machines).
        child<QLineEdit>(&dialog, "baseUrl")->setText(QStringLiteral("http://127.0.0.1:9/v1"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(dialog.testResult().startsWith(QStringLiteral("Cannot reach 127.0.0.1")),
                     qPrintable(dialog.testResult()));
    }

    void withoutAKeyringTheKeyLivesForTheSessionOnly()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        QVERIFY2(child<QLabel>(&dialog, "keyStatus")->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(child<QLabel>(&dialog, "keyStatus")->text()));
        pointAtServer(dialog, QUrl(QStringLiteral("http://127.0.0.1:9/v1")), QStringLiteral("gpt-5-mini"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "apiKey"), kRightKey);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.keptForSessionOnly());
        QVERIFY(dialog.summary().contains(QStringLiteral("this session only")));
        ApiKeys::Source source = ApiKeys::Source::None;
        QCOMPARE(keys.key(&source), kRightKey);
        QCOMPARE(source, ApiKeys::Source::Session);
        QSettings().sync();
        const QStringList leaks = filesContaining(
            qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/.."), kRightKey.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }

    // The Sharing tab with no keyring: it says so, and Save says the
    // webhook was not kept (never dropped silently, never written elsewhere).
    void withoutAKeyringAWebhookIsNotSavedAndSaysSo()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        auto *tab = dialog.findChild<QWidget *>(QStringLiteral("sharingTab"));
        QVERIFY(tab);
        QCOMPARE(child<QLabel>(tab, "slackStatus")->text(),
                 QStringLiteral("None saved: the keychain cannot be read."));
        const QLabel *problem = child<QLabel>(tab, "keychainProblem");
        QVERIFY(problem->isVisibleTo(tab));
        QVERIFY2(
            problem->text().startsWith(QStringLiteral("The keychain cannot be read: no keyring answered")),
            qPrintable(problem->text()));
        const QByteArray secret = "T0NOKEYRING/B0NOKEYRING/nokeyringsecret";
        QTest::keyClicks(child<QLineEdit>(tab, "slackSecret"),
                         QStringLiteral("https://hooks.slack.com/services/") + QString::fromLatin1(secret));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        const QString error = child<QLabel>(&dialog, "settingsError")->text();
        QVERIFY2(
            error.startsWith(QStringLiteral("The Slack webhook address was not saved: no keyring answered")),
            qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("Set PAPERBOY_SLACK_WEBHOOK_URL in the environment instead.")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QSettings().sync();
        const QStringList leaks =
            filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/.."), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }

    // The homeserver goes to the settings file: one with a password in it
    // is refused, and the password written nowhere.
    void aHomeserverWithAPasswordIsRefused()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        auto *tab = dialog.findChild<QWidget *>(QStringLiteral("sharingTab"));
        QVERIFY(tab);
        QTest::keyClicks(child<QLineEdit>(tab, "matrixHomeserver"),
                         QStringLiteral("https://me:homeserverpassword@matrix.example.org"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(child<QLabel>(&dialog, "settingsError")->text(),
                 QStringLiteral("Sharing: the Matrix homeserver holds a user name or password: Matrix needs "
                                "only the access token."));
        QSettings().sync();
        const QStringList leaks = filesContaining(
            qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/.."), "homeserverpassword");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    }

    void theWindowAsksForTheKeyAndScoresWithIt()
    {
        FakeHttpServer arxiv;
        const QList<Paper> papers =
            parseApiFeed(
                test::readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")))
                .papers.mid(0, 30);
        arxiv.route("/rss/*",
                    FakeHttpServer::Response::ok(test::listingFeedFromPapers(
                        papers, {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}, QDate(2026, 4, 27))));
        QVERIFY(arxiv.listen());
        qputenv("PAPERBOY_ARXIV_RSS_URL", arxiv.baseUrl().toString().toUtf8());
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.options().requiredKey = kRightKey;
        QSettings settings;
        // A preset that needs a key (OpenRouter), moved to the local server.
        ScoringSettings scoring;
        scoring.provider = ScoreRequest::Provider::OpenAI;
        scoring.preset = QStringLiteral("openrouter");
        scoring.baseUrl = llm.baseUrl();
        scoring.model = QStringLiteral("gpt-5-mini");
        // Every paper through the abstract pass: a title pass would set some aside, unscored.
        scoring.titlePass = ScoreRequest::TitlePass::Off;
        scoring.save(settings);

        const QString db = m_dir.filePath(QStringLiteral("window.sqlite"));
        {
            MainWindow window(db);
            window.show();
            auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
            auto button = [&](const QString &text) {
                for (QAction *a : bar->actions())
                    if (a->text().remove(QLatin1Char('&')) == text)
                        return bar->widgetForAction(a);
                return static_cast<QWidget *>(nullptr);
            };
            QTest::mouseClick(button(QStringLiteral("Fetch Today")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(window.loadedRows(), 30, 20000);
            prompts::testing::takeAsked();
            prompts::testing::answerSecret(kRightKey);
            QTest::mouseClick(button(QStringLiteral("Score")), Qt::LeftButton);
            QCOMPARE(prompts::testing::takeAsked(), QStringList{QStringLiteral("API key")});
            auto *view = window.findChild<QTableView *>(QStringLiteral("paperTable"));
            auto scored = [view] {
                for (int r = 0; r < view->model()->rowCount(); ++r)
                    if (!view->model()->index(r, 0).data(PaperTableModel::ScoredRole).toBool())
                        return false;
                return true;
            };
            QTRY_VERIFY_WITH_TIMEOUT(scored(), 20000);
            QCOMPARE(llm.exchanges().first().request.headers.value("authorization"),
                     "Bearer " + kRightKey.toUtf8());
            window.close();
        }
        // The key reached the server and nothing on disk: not the cache, not the settings.
        QStringList leaks = filesContaining(m_dir.path(), kRightKey.toUtf8());
        leaks << filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/.."),
                                 kRightKey.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        qunsetenv("PAPERBOY_ARXIV_RSS_URL");
    }

    // The Bibliography page: the file, chosen through its dialog, and the
    // choice to append each star; the choice waits for a file.
    void savesTheBibliographyFile()
    {
        ApiKeys keys;
        SettingsDialog dialog(&keys);
        dialog.show();
        auto *file = child<QLineEdit>(&dialog, "bibliographyFile");
        auto *onStar = child<QCheckBox>(&dialog, "appendOnStar");
        QVERIFY(file->text().isEmpty());
        QVERIFY(!onStar->isEnabled());
        QTemporaryDir dir;
        const QString bib = dir.filePath(QStringLiteral("refs.bib"));
        prompts::testing::answerFileName(bib);
        QPushButton *choose = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Choose\u2026"))
                choose = b;
        QVERIFY(choose);
        choose->click();
        QCOMPARE(file->text(), QDir::toNativeSeparators(bib));
        QVERIFY(onStar->isEnabled());
        onStar->setChecked(true);
        dialog.accept();
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("bibliography/file")).toString(), bib);
        QVERIFY(s.value(QStringLiteral("bibliography/appendOnStar")).toBool());

        SettingsDialog again(&keys);
        QCOMPARE(child<QLineEdit>(&again, "bibliographyFile")->text(), QDir::toNativeSeparators(bib));
        QVERIFY(child<QCheckBox>(&again, "appendOnStar")->isChecked());

        // A file typed without its folder would be another file for the
        // window and for `paperboy star`: refused on one line, nothing saved.
        again.show();
        auto *typed = child<QLineEdit>(&again, "bibliographyFile");
        typed->setText(QStringLiteral("refs.bib"));
        again.accept();
        QVERIFY(again.isVisible());
        QCOMPARE(
            child<QLabel>(&again, "settingsError")->text(),
            QStringLiteral("Bibliography: the bibliography file refs.bib is not a full path (like %1): the "
                           "window and the command line would each look for it in another folder.")
                .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("refs.bib")))));
        QCOMPARE(QSettings().value(QStringLiteral("bibliography/file")).toString(), bib);
    }
};

PAPERBOY_GUI_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
