#include "scoring/LlmClient.h"
#include "scoring/Pricing.h"
#include "support/TestPaths.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace paperboy;
using paperboy::test::readFixture;

class TestPricing : public QObject
{
    Q_OBJECT
private slots:
    void usageCountsReasoningInsideCompletion()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(
                readFixture(QStringLiteral("openai/chat_completion_o3-mini_reasoning_tokens_192.json")))
                .object();
        const TokenUsage u = TokenUsage::fromJson(body.value(QStringLiteral("usage")).toObject());
        QCOMPARE(u.prompt, 13);
        QCOMPARE(u.completion, 238);
        QCOMPARE(u.reasoning, 192);
        QCOMPARE(u.cached, 0);
        TokenUsage total;
        total += u;
        total += u;
        QCOMPARE(total.completion, 476); // reasoning is not added on top
    }

    void costFollowsThePriceTable()
    {
        const PriceTable prices = PriceTable::defaults();
        TokenUsage u;
        u.prompt = 1'000'000;
        u.cached = 400'000;
        u.completion = 100'000;
        // gpt-5-mini: 0.25 in, 0.025 cached, 2.00 out per 1M.
        QCOMPARE(prices.cost(QStringLiteral("gpt-5-mini"), u), 0.6 * 0.25 + 0.4 * 0.025 + 0.1 * 2.0);
        // A dated model name takes its base price; a local model costs nothing.
        QCOMPARE(prices.cost(QStringLiteral("gpt-4o-mini-2024-07-18"), u),
                 prices.cost(QStringLiteral("gpt-4o-mini"), u));
        QVERIFY(prices.has(QStringLiteral("openai/gpt-4o")));
        QCOMPARE(prices.cost(QStringLiteral("llama3.1:8b"), u), 0.0);
        // The reference day: 109,658 prompt and 106,795 completion tokens with gpt-5 cost $1.21.
        TokenUsage day;
        day.prompt = 109658;
        day.completion = 106795;
        QCOMPARE(qRound(prices.cost(QStringLiteral("gpt-5"), day) * 100), 121);
    }

    void editedTablesRoundTrip()
    {
        PriceTable t = PriceTable::defaults();
        t.set(QStringLiteral("my-model"), {1.0, 0.5, 4.0});
        const PriceTable back = PriceTable::fromJson(t.toJson());
        QCOMPARE(back.price(QStringLiteral("my-model")).output, 4.0);
        QCOMPARE(back.price(QStringLiteral("gpt-4o")).cachedInput, 1.25);
    }

    void classifiesRealErrorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("error");
        QTest::newRow("401") << 401 << "openai/error_401_invalid_api_key.json"
                             << int(LlmReply::Error::InvalidKey);
        QTest::newRow("quota") << 429 << "openai/error_429_insufficient_quota.json"
                               << int(LlmReply::Error::Quota);
        QTest::newRow("rate") << 429 << "openai/error_429_rate_limit_exceeded_tokens.json"
                              << int(LlmReply::Error::RateLimited);
        QTest::newRow("context") << 400 << "openai/error_400_context_length_exceeded_4097.json"
                                 << int(LlmReply::Error::ContextTooLong);
        QTest::newRow("context azure") << 400 << "openai/error_400_context_length_exceeded_128000_gpt-4o.json"
                                       << int(LlmReply::Error::ContextTooLong);
    }
    void classifiesRealErrorBodies()
    {
        QFETCH(int, status);
        QFETCH(QString, fixture);
        QFETCH(int, error);
        const LlmReply r = LlmClient::interpret(status, readFixture(fixture), {}, {});
        QCOMPARE(int(r.error), error);
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(!r.message.contains(QLatin1String("sk-VKMIs")),
                 qPrintable(r.message)); // even a masked key is dropped
    }

    void retryAfterFromHeaderOrMessage()
    {
        const QByteArray body =
            readFixture(QStringLiteral("openai/error_429_rate_limit_exceeded_tokens.json"));
        QCOMPARE(LlmClient::interpret(429, body, {}, {}).retryAfterMs, 26604);
        QCOMPARE(LlmClient::interpret(429, body, "7", {}).retryAfterMs, 7000);
        QCOMPARE(LlmClient::interpret(429, body, "7", "1500").retryAfterMs, 1500);
        QCOMPARE(LlmClient::interpret(429, "{}", {}, {}).retryAfterMs, -1);
        QCOMPARE(int(LlmClient::interpret(503, "upstream down", {}, {}).error), int(LlmReply::Error::Server));
    }

    void usageFromAServerIsBounded_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<qint64>("read");
        const qint64 max = TokenUsage::kMaxPerReply;
        QTest::newRow("plain") << QByteArray("1234") << qint64(1234);
        QTest::newRow("integral float") << QByteArray("1234.0") << qint64(1234);
        QTest::newRow("9e18") << QByteArray("9e18") << max;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << max;
        QTest::newRow("past int64") << QByteArray("18446744073709551616") << max;
        QTest::newRow("1e300") << QByteArray("1e300") << max;
        QTest::newRow("just above") << QByteArray::number(max + 1) << max;
        QTest::newRow("negative") << QByteArray("-5") << qint64(0);
        QTest::newRow("fraction") << QByteArray("12.5") << qint64(0);
        QTest::newRow("string") << QByteArray("\"100\"") << qint64(0);
        QTest::newRow("null") << QByteArray("null") << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << qint64(0);
    }
    void usageFromAServerIsBounded()
    {
        QFETCH(QByteArray, count);
        QFETCH(qint64, read);
        const QByteArray json = "{\"prompt_tokens\": " + count + ", \"completion_tokens\": " + count +
                                ", \"prompt_tokens_details\": {\"cached_tokens\": " + count +
                                "}, \"completion_tokens_details\": {\"reasoning_tokens\": " + count + "}}";
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        const TokenUsage u = TokenUsage::fromJson(doc.object());
        QCOMPARE(u.prompt, read);
        QCOMPARE(u.completion, read);
        QCOMPARE(u.cached, read);
        QCOMPARE(u.reasoning, read);
        // However long the run, the sums neither overflow nor turn negative,
        // and the cost stays a finite, non-negative number.
        const PriceTable prices = PriceTable::defaults();
        TokenUsage total;
        for (int i = 0; i < 200; ++i) {
            total += u;
            total += total; // grows faster than any run
            QVERIFY(total.prompt >= 0 && total.cached >= 0 && total.completion >= 0 && total.reasoning >= 0);
            const double cost = prices.cost(QStringLiteral("gpt-5"), total);
            QVERIFY2(std::isfinite(cost) && cost >= 0, qPrintable(QString::number(cost)));
        }
    }

    void absurdPricesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("negative") << QByteArray(R"({"input": -1, "output": 2})");
        QTest::newRow("huge") << QByteArray(R"({"input": 1, "output": 1e300})");
        QTest::newRow("cached negative") << QByteArray(R"({"input": 1, "cached_input": -0.5, "output": 2})");
        QTest::newRow("a word") << QByteArray(R"({"input": "cheap", "output": 2})");
    }
    void absurdPricesAreRefused()
    {
        QFETCH(QByteArray, entry);
        // prices.json is edited by hand: a price that cannot be leaves the
        // shipped one, or none, in place.
        const QByteArray file = R"({"models": {"gpt-5-mini": )" + entry + R"(, "my-model": )" + entry + "}}";
        const QJsonDocument doc = QJsonDocument::fromJson(file);
        QVERIFY2(doc.isObject(), file.constData());
        const PriceTable own = PriceTable::fromJson(doc.object());
        QVERIFY(!own.has(QStringLiteral("my-model")));
        PriceTable table = PriceTable::defaults();
        const ModelPrice shipped = table.price(QStringLiteral("gpt-5-mini"));
        table.merge(own);
        QCOMPARE(table.price(QStringLiteral("gpt-5-mini")), shipped);
        QVERIFY(!table.set(QStringLiteral("gpt-5-mini"), {std::nan(""), 0, 1}));
        QVERIFY(!table.set(QStringLiteral("gpt-5-mini"), {1, 1, HUGE_VAL}));
        QCOMPARE(table.price(QStringLiteral("gpt-5-mini")), shipped);
        QVERIFY(table.set(QStringLiteral("my-model"), {1, 0.5, ModelPrice::kMaxPerMillion}));
    }

    void aCompletionThatIsNotOneSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty body") << QByteArray() << "the server's answer is empty";
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>")
                              << "the server's answer is not a JSON object";
        QTest::newRow("an array") << QByteArray("[]") << "the server's answer is not a JSON object";
        QTest::newRow("no choices") << QByteArray(R"({"object": "chat.completion"})")
                                    << "the server's answer holds no choices";
        QTest::newRow("empty choices")
            << QByteArray(R"({"choices": []})") << "the server's answer holds no choices";
        QTest::newRow("no message") << QByteArray(R"({"choices": [{"index": 0, "finish_reason": "stop"}]})")
                                    << "the server's answer holds no message (finish_reason \"stop\")";
        QTest::newRow("cut off")
            << QByteArray(R"({"choices": [{"message": {"content": ""}, "finish_reason": "length"}]})")
            << "the model's answer is empty: cut off at its length limit (finish_reason \"length\")";
        QTest::newRow("filtered")
            << QByteArray(
                   R"({"choices": [{"message": {"content": null}, "finish_reason": "content_filter"}]})")
            << "the model's answer holds no text: withheld by the content filter (finish_reason "
               "\"content_filter\")";
        QTest::newRow("blank") << QByteArray(R"({"choices": [{"message": {"content": " \n "}}]})")
                               << "the model's answer is empty";
        QTest::newRow("refused")
            << QByteArray(R"({"choices": [{"message": {"content": null, "refusal": "I cannot help."}}]})")
            << "the model refused: I cannot help.";
        QTest::newRow("a key for a reason")
            << QByteArray(R"({"choices": [{"message": {}, "finish_reason": "sk-PLANTED0123456789abcdef"}]})")
            << "the model's answer holds no text (finish_reason \"[key]\")";
    }
    void aCompletionThatIsNotOneSaysWhy()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const LlmReply r = LlmClient::interpret(200, body, {}, {});
        QCOMPARE(int(r.error), int(LlmReply::Error::BadResponse));
        QCOMPARE(r.message, message);
    }

    void readsARealCompletion()
    {
        const LlmReply r = LlmClient::interpret(
            200, readFixture(QStringLiteral("openai/chat_completion_gpt-4o-mini-2024-07-18.json")), {}, {});
        QCOMPARE(int(r.error), int(LlmReply::Error::None));
        QCOMPARE(r.content, QStringLiteral("Hello! How can I assist you today?"));
        QCOMPARE(r.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(r.usage.prompt, 8);
        QCOMPARE(r.usage.completion, 9);
        QCOMPARE(int(LlmClient::interpret(200, "not json", {}, {}).error), int(LlmReply::Error::BadResponse));
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
