#include "scoring/LlmClient.h"
#include "scoring/Pricing.h"
#include "support/TestPaths.h"

#include <QJsonDocument>
#include <QTest>

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
