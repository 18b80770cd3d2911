// The one check both front ends run before a scoring run: a budget needs a
// price, the key is looked up, cleaned and needed only where the server wants
// one. The command line's and the window's wording of each problem are
// checked in tst_cli, tst_clisafety and tst_mainwindow.
#include "jobs/ScoringRequest.h"
#include "jobs/ScoringSettings.h"
#include "scoring/ProviderPresets.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

ScoreRequest openAiRequest(const QString &baseUrl, const QString &model)
{
    ScoreRequest request;
    request.provider = ScoreRequest::Provider::OpenAI;
    request.llm.baseUrl = QUrl(baseUrl);
    request.llm.model = model;
    request.prices = PriceTable::defaults();
    return request;
}

// A lookup that records whether it was asked.
struct Lookup
{
    ScoringKey found;
    int asked = 0;
    ScoringKeyLookup callback()
    {
        return [this] {
            ++asked;
            return found;
        };
    }
};

} // namespace

class TestScoringRequest : public QObject
{
    Q_OBJECT
private slots:
    // The title pass's settings survive the file and reach the request; a
    // hand-edited value the app does not know is auto, never a failed start.
    void theTitlePassSettingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        ScoringSettings saved;
        saved.titlePass = ScoreRequest::TitlePass::Off;
        saved.titleModel = QStringLiteral("gpt-5-nano");
        saved.titleEffort = QStringLiteral("low");
        saved.cascade = true;
        {
            QSettings s(path, QSettings::IniFormat);
            saved.save(s);
        }
        QSettings s(path, QSettings::IniFormat);
        const ScoringSettings loaded = ScoringSettings::load(s);
        QCOMPARE(int(loaded.titlePass), int(ScoreRequest::TitlePass::Off));
        QCOMPARE(loaded.titleModel, saved.titleModel);
        QCOMPARE(loaded.titleEffort, saved.titleEffort);
        QVERIFY(loaded.cascade);
        const ScoreRequest request = loaded.request(QDate(), PriceTable::defaults());
        QCOMPARE(int(request.titlePass), int(ScoreRequest::TitlePass::Off));
        QCOMPARE(request.titleModel, saved.titleModel);
        QCOMPARE(request.titleEffort, saved.titleEffort);
        s.setValue(QStringLiteral("scoring/titlePass"), QStringLiteral("maybe"));
        QCOMPARE(int(ScoringSettings::load(s).titlePass), int(ScoreRequest::TitlePass::Auto));
    }

    // Unset, the concurrency is the server's: 8 at a provider, 4 at a
    // server on this machine, which runs one request at a time; a chosen
    // one is kept, there too.
    void theConcurrencyDefaultsByServer()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("scoring/provider"), QStringLiteral("openai"));
        QCOMPARE(ScoringSettings::load(s).request(QDate(), PriceTable()).concurrency, 8);
        s.setValue(QStringLiteral("scoring/preset"), QStringLiteral("ollama"));
        QCOMPARE(ScoringSettings::load(s).request(QDate(), PriceTable()).concurrency, 4);
        s.setValue(QStringLiteral("scoring/concurrency"), 6);
        QCOMPARE(ScoringSettings::load(s).request(QDate(), PriceTable()).concurrency, 6);
    }

    // The title pass reasons as little as its model allows unless told
    // otherwise, on its own model or the abstract pass's.
    void theTitlePassHasItsOwnModelAndEffort()
    {
        QCOMPARE(ScoringSettings::titleEffortFor(QStringLiteral("gpt-5"), {}), QStringLiteral("minimal"));
        QCOMPARE(ScoringSettings::titleEffortFor(QStringLiteral("openai/gpt-5-mini"), {}),
                 QStringLiteral("minimal"));
        QCOMPARE(ScoringSettings::titleEffortFor(QStringLiteral("o3"), {}), QStringLiteral("low"));
        QCOMPARE(ScoringSettings::titleEffortFor(QStringLiteral("gpt-5"), QStringLiteral("low")),
                 QStringLiteral("low"));
        QCOMPARE(ScoringSettings::titleEffortFor(QStringLiteral("gpt-4o-mini"), QStringLiteral("low")),
                 QString());
        ScoreRequest request =
            openAiRequest(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-5"));
        request.llm.reasoningEffort = QStringLiteral("medium");
        request.llm.apiKey = QStringLiteral("sk-test");
        LlmConfig title = ScoringSettings::titlePassConfig(request);
        QCOMPARE(title.model, QStringLiteral("gpt-5"));
        QCOMPARE(title.reasoningEffort, QStringLiteral("minimal"));
        QCOMPARE(title.baseUrl, request.llm.baseUrl);
        QCOMPARE(title.apiKey, request.llm.apiKey);
        request.titleModel = QStringLiteral("gpt-4o-mini");
        title = ScoringSettings::titlePassConfig(request);
        QCOMPARE(title.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(title.reasoningEffort, QString());
    }

    void anOfflineRequestPassesWithoutAKeyLookup()
    {
        ScoreRequest request;
        request.maxCostUsd = 1;
        Lookup lookup;
        QVERIFY(completeScoringRequest(&request, nullptr, lookup.callback()).ok());
        QCOMPARE(lookup.asked, 0);
    }

    void aBudgetOnAPaidServerNeedsAPrice()
    {
        ScoreRequest request =
            openAiRequest(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("my-model"));
        request.maxCostUsd = 1;
        Lookup lookup;
        lookup.found.key = QStringLiteral("sk-test-0123456789");
        const ScoringProblem problem = completeScoringRequest(&request, nullptr, lookup.callback());
        QCOMPARE(problem.kind, ScoringProblem::Kind::NoPrice);
        QCOMPARE(problem.model, QStringLiteral("my-model"));
        QCOMPARE(lookup.asked, 0); // nothing is asked of the keychain for a run that cannot start

        // A priced model keeps its budget.
        request.llm.model = QStringLiteral("gpt-5-mini");
        QVERIFY(completeScoringRequest(&request, nullptr, lookup.callback()).ok());
        QCOMPARE(request.llm.apiKey, QStringLiteral("sk-test-0123456789"));
    }

    void aServerOnThisMachineNeedsNoPrice_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("local");
        QTest::newRow("localhost") << "http://localhost:11434/v1" << true;
        QTest::newRow("IPv4 loopback") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("IPv6 loopback") << "http://[::1]:8080/v1" << true;
        QTest::newRow("another host") << "http://gpu-box.lan:8080/v1" << false;
        QTest::newRow("a lookalike name") << "http://localhost.example.com/v1" << false;
    }
    void aServerOnThisMachineNeedsNoPrice()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, local);
        QCOMPARE(isLocalServer(QUrl(baseUrl)), local);
        ScoreRequest request = openAiRequest(baseUrl, QStringLiteral("llama3.1:8b-unpriced"));
        request.maxCostUsd = 1;
        const ScoringProblem problem = completeScoringRequest(&request, nullptr, {});
        QCOMPARE(problem.kind, local ? ScoringProblem::Kind::None : ScoringProblem::Kind::NoPrice);
    }

    void theKeyIsCleanedBeforeItIsSent()
    {
        ScoreRequest request =
            openAiRequest(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-5-mini"));
        Lookup lookup;
        lookup.found.key = QStringLiteral("  sk-test-0123456789 \r\n");
        QVERIFY(completeScoringRequest(&request, nullptr, lookup.callback()).ok());
        QCOMPARE(request.llm.apiKey, QStringLiteral("sk-test-0123456789"));
    }

    void aKeyThatCannotStandInAHeaderIsRefusedWithItsOrigin_data()
    {
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("OPENAI_API_KEY") << true;
        QTest::newRow("the keychain") << false;
    }
    void aKeyThatCannotStandInAHeaderIsRefusedWithItsOrigin()
    {
        QFETCH(bool, fromEnvironment);
        // Even a server that wants no key is not sent a broken one.
        ScoreRequest request =
            openAiRequest(QStringLiteral("http://localhost:11434/v1"), QStringLiteral("llama3.1"));
        Lookup lookup;
        lookup.found.key = QStringLiteral("sk-test\n0123456789");
        lookup.found.fromEnvironment = fromEnvironment;
        const ScoringProblem problem =
            completeScoringRequest(&request, findPreset(QStringLiteral("ollama")), lookup.callback());
        QCOMPARE(problem.kind, ScoringProblem::Kind::BadKey);
        QVERIFY2(problem.reason.contains(QLatin1String("line break")), qPrintable(problem.reason));
        QCOMPARE(problem.fromEnvironment, fromEnvironment);
        QVERIFY(request.llm.apiKey.isEmpty());
    }

    void aServerThatWantsAKeyGetsOne()
    {
        ScoreRequest request =
            openAiRequest(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-5-mini"));
        Lookup lookup;
        ScoringProblem problem = completeScoringRequest(&request, nullptr, lookup.callback());
        QCOMPARE(problem.kind, ScoringProblem::Kind::NoKey);
        QCOMPARE(problem.host, QStringLiteral("api.openai.com"));

        // No keyring answered: the front end may ask the person instead.
        lookup.found.keyringError = QStringLiteral("no Secret Service");
        problem = completeScoringRequest(&request, nullptr, lookup.callback());
        QCOMPARE(problem.kind, ScoringProblem::Kind::KeyringUnavailable);
        QCOMPARE(problem.reason, QStringLiteral("no Secret Service"));
        QCOMPARE(problem.host, QStringLiteral("api.openai.com"));
        QCOMPARE(useScoringKey(&request, QStringLiteral(" sk-typed-0123456789 ")).kind,
                 ScoringProblem::Kind::None);
        QCOMPARE(request.llm.apiKey, QStringLiteral("sk-typed-0123456789"));

        // An estimate sends nothing, so it needs no key.
        ScoreRequest estimate =
            openAiRequest(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-5-mini"));
        estimate.estimateOnly = true;
        QVERIFY(completeScoringRequest(&estimate, nullptr, {}).ok());
    }

    void aPresetSaysWhetherItsServerWantsAKey()
    {
        // Ollama's preset at another address wants no key; OpenAI's preset moved elsewhere still does.
        ScoreRequest ollama =
            openAiRequest(QStringLiteral("http://gpu-box.lan:11434/v1"), QStringLiteral("llama3.1"));
        QVERIFY(completeScoringRequest(&ollama, findPreset(QStringLiteral("ollama")), {}).ok());
        ScoreRequest openai =
            openAiRequest(QStringLiteral("https://proxy.example.com/v1"), QStringLiteral("gpt-5-mini"));
        QCOMPARE(completeScoringRequest(&openai, findPreset(QStringLiteral("openai")), {}).kind,
                 ScoringProblem::Kind::NoKey);
        // Without a preset only OpenAI's own server wants one.
        QVERIFY(completeScoringRequest(&openai, nullptr, {}).ok());
        QVERIFY(serverNeedsKey(nullptr, QUrl(QStringLiteral("https://api.openai.com/v1"))));
    }
};

QTEST_GUILESS_MAIN(TestScoringRequest)
#include "tst_scoringrequest.moc"
