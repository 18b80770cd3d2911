// A scoring server that never answers: a closed port, a server that accepts
// and stays silent, a server that dies in the middle of a run. The run says
// which try failed and when the next comes, gives up once, within the bound
// it was given, and keeps what was scored (issue "Honest exports and a window
// that never misleads").
#include "jobs/ScoreController.h"
#include "jobs/ScoringSettings.h"
#include "support/CacheProbe.h"
#include "support/FakeOpenAi.h"
#include "support/ScoringRun.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::test::FakeOpenAi;

namespace {

const QString kModel = QStringLiteral("gpt-5-mini");
const QDate kDay(2026, 9, 24);
constexpr int kPapers = 20;

// The most tries a run can make before it gives up: one at once, then one
// after each backoff until the backoffs reach the bound, the last as the
// time runs out. A slow machine makes fewer, never more.
int mostTriesWithin(int giveUpMs, int backoffBaseMs)
{
    int tries = 1;
    for (qint64 waited = 0; waited < giveUpMs; ++tries)
        waited += qint64(backoffBaseMs) << qMin(tries - 1, 6);
    return tries;
}

} // namespace

class TestUnreachableServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dbPath;

    ScoreRequest request(const QUrl &baseUrl, int concurrency, int batchSize) const
    {
        ScoreRequest r;
        r.date = kDay;
        r.provider = ScoreRequest::Provider::OpenAI;
        r.llm.baseUrl = baseUrl;
        r.llm.model = kModel;
        r.llm.apiKey = QStringLiteral("sk-test-unreachable-0123456789");
        r.llm.timeoutMs = 5000;
        r.prices = PriceTable::defaults();
        r.concurrency = concurrency;
        r.batchSize = batchSize;
        r.requestsPerMinute = 0;
        r.backoffBaseMs = 20;
        r.titlePass = ScoreRequest::TitlePass::Off;
        return r;
    }

    test::ScoringRun run(const ScoreRequest &r) const { return test::runScoring(m_dbPath, r); }

    int storedScores(const QString &status) const
    {
        return test::queryInt(m_dbPath,
                              QStringLiteral("SELECT COUNT(*) FROM scores WHERE status = '%1'").arg(status));
    }

    // The notices number the run's tries 1, 2, 3 ... once each, in order, and
    // each names the cause and the next try. Returns how many there were.
    static int verifyNotices(const QStringList &notices, const QString &cause)
    {
        static const QRegularExpression shape(
            QStringLiteral("^Cannot reach the server \\((.+)\\): attempt (\\d+), next try in \\d+ s$"));
        for (int i = 0; i < notices.size(); ++i) {
            const auto m = shape.match(notices.at(i));
            if (!m.hasMatch() || m.captured(1) != cause || m.captured(2).toInt() != i + 1) {
                qWarning("notice %d: %s", i + 1, qPrintable(notices.at(i)));
                return -1;
            }
        }
        return int(notices.size());
    }

    // The run ended once, failed on the provider, with the one give-up
    // message of a bound under a second; returns the attempts that message
    // counts, or -1.
    static int gaveUpOnce(const test::ScoringRun &result, const QString &address, const QString &cause,
                          const QString &kept)
    {
        const ScoreOutcome &o = result.outcome;
        if (result.finishedSignals != 1 || o.status != ScoreOutcome::Status::Failed ||
            o.failure != ScoreOutcome::Failure::Provider ||
            o.message.count(QLatin1String("Could not reach")) != 1 || o.message.contains(QLatin1Char('\n')))
            return -1;
        const QRegularExpression shape(
            QStringLiteral("^Could not reach the scoring server at %1 \\(%2\\); gave up after 1 s and (\\d+) "
                           "attempts?\\. %3; check that the server is running and that this is its "
                           "address\\. Scored ")
                .arg(QRegularExpression::escape(address), QRegularExpression::escape(cause),
                     QRegularExpression::escape(kept)));
        const auto m = shape.match(o.message);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private slots:
    void init()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QList<Paper> papers;
        for (int i = 0; i < kPapers; ++i) {
            Paper p;
            p.id = QStringLiteral("2609.%1").arg(30001 + i);
            p.version = 1;
            p.title = QStringLiteral("Robust optimisation under distribution shift, case %1").arg(i);
            p.authors = {QStringLiteral("Ada Example")};
            p.abstract = QStringLiteral("We bound the risk of a learner under shift (case %1).").arg(i);
            p.categories = {QStringLiteral("cs.LG")};
            p.announceType = AnnounceType::New;
            p.announced = p.updated = kDay;
            papers << p;
        }
        QString error;
        QVERIFY2(test::storeDay(m_dbPath, kDay, papers, &error), qPrintable(error));
    }

    void aClosedPortIsGivenUpOnOnceWithinItsBound()
    {
        // Four batches in flight at a time, every one refused at once. The
        // run stops the others as it gives up, without a word from Qt on
        // stderr (where the command line's one error line goes).
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        const QUrl address(QStringLiteral("http://127.0.0.1:%1/v1").arg(test::FakeHttpServer::closedPort()));
        ScoreRequest r = request(address, 4, 5);
        r.giveUpMs = 400;
        const test::ScoringRun result = run(r);
        const ScoreOutcome &o = result.outcome;

        const int attempts = gaveUpOnce(result, address.toString(), QStringLiteral("connection refused"),
                                        QStringLiteral("Nothing was scored"));
        QVERIFY2(attempts > 0, qPrintable(o.message));
        // One notice per try of the run, not one per batch, and none of them the give-up.
        const int notices = verifyNotices(result.notices, QStringLiteral("connection refused"));
        QVERIFY2(notices >= 1, qPrintable(result.notices.join(QLatin1Char('|'))));
        QVERIFY2(attempts == notices || attempts == notices + 1,
                 qPrintable(QStringLiteral("%1 attempts, %2 notices").arg(attempts).arg(notices)));
        QVERIFY2(o.requests >= 4 * attempts - 3, qPrintable(QString::number(o.requests)));
        // Within the bound it was given: no more tries than its backoffs fit in.
        QVERIFY2(attempts <= mostTriesWithin(r.giveUpMs, r.backoffBaseMs), qPrintable(o.message));
        // Nothing was scored, nothing marked failed: the papers wait for a server.
        QCOMPARE(o.scored, 0);
        QCOMPARE(o.failed, 0);
        QCOMPARE(storedScores(QStringLiteral("ok")), 0);
        QCOMPARE(storedScores(QStringLiteral("failed")), 0);
        QCOMPARE(
            test::queryInt(m_dbPath, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'failed'")), 1);
    }

    void aServerThatNeverAnswersIsGivenUpOn()
    {
        // It takes the connections and says nothing: each try ends at the
        // request's timeout, and the run gives up after its bound.
        FakeOpenAi fake;
        QVERIFY(fake.listen());
        fake.setMode(FakeOpenAi::Mode::Hang);
        fake.options().failures = 1000;
        ScoreRequest r = request(fake.baseUrl(), 3, 5);
        r.llm.timeoutMs = 100;
        r.giveUpMs = 350;
        const test::ScoringRun result = run(r);
        const ScoreOutcome &o = result.outcome;

        const QString cause = QStringLiteral("no answer in 0.1 s");
        const int attempts =
            gaveUpOnce(result, fake.baseUrl().toString(), cause, QStringLiteral("Nothing was scored"));
        QVERIFY2(attempts > 0, qPrintable(o.message));
        const int notices = verifyNotices(result.notices, cause);
        QVERIFY2(notices >= 1 && (attempts == notices || attempts == notices + 1),
                 qPrintable(result.notices.join(QLatin1Char('|'))));
        // Each try waits out the timeout: no more of them than fit in the bound, and one after it.
        QVERIFY2(attempts <= r.giveUpMs / r.llm.timeoutMs + 1, qPrintable(o.message));
        QCOMPARE(o.scored, 0);
        QCOMPARE(o.failed, 0);
        QCOMPARE(storedScores(QStringLiteral("failed")), 0);
        // Nothing answered, and the run left no connection behind.
        for (const FakeOpenAi::Exchange &e : fake.exchanges())
            QCOMPARE(e.status, 0);
        QTRY_COMPARE(fake.server().openConnections(), 0);
    }

    void aServerThatDiesMidRunKeepsTheFinishedBatches()
    {
        // One batch at a time; the server dies as the second arrives, before
        // it answers: the first batch stays scored, the rest wait.
        FakeOpenAi fake;
        QVERIFY(fake.listen());
        const QUrl address = fake.baseUrl();
        connect(&fake, &FakeOpenAi::answered, this, [&fake] {
            if (fake.requestCount() == 2)
                QMetaObject::invokeMethod(
                    &fake, [&fake] { fake.server().close(); }, Qt::QueuedConnection);
        });
        ScoreRequest r = request(address, 1, 5);
        r.giveUpMs = 300;
        const test::ScoringRun result = run(r);
        const ScoreOutcome &o = result.outcome;

        QCOMPARE(o.scored, 5);
        // The last try met the closed port, whatever the first one met.
        const int attempts = gaveUpOnce(result, address.toString(), QStringLiteral("connection refused"),
                                        QStringLiteral("Every finished batch was kept"));
        QVERIFY2(attempts > 0, qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("Scored 5 of 20 papers")), qPrintable(o.message));
        const QStringList first = fake.exchanges().first().ids;
        QCOMPARE(first.size(), 5);
        QCOMPARE(storedScores(QStringLiteral("ok")), 5);
        for (const QString &id : first)
            QCOMPARE(test::queryInt(m_dbPath, QStringLiteral("SELECT relevance FROM scores WHERE paper_id = "
                                                             "'%1' AND status = 'ok'")
                                                  .arg(id)),
                     FakeOpenAi::relevanceOf(id));
        QCOMPARE(storedScores(QStringLiteral("failed")), 0);
    }

    void stopDuringTheWaitStopsAtOnce()
    {
        // A minute's wait before the next try: Stop does not sit through it.
        const QUrl address(QStringLiteral("http://127.0.0.1:%1/v1").arg(test::FakeHttpServer::closedPort()));
        ScoreRequest r = request(address, 4, 5);
        r.backoffBaseMs = 60000;
        r.giveUpMs = 600000;
        ScoreController controller(m_dbPath);
        QSignalSpy done(&controller, &ScoreController::finished);
        QSignalSpy waiting(&controller, &ScoreController::waiting);
        controller.start(r);
        QVERIFY(waiting.wait(10000));
        QCOMPARE(waiting.first().first().toString(),
                 QStringLiteral("Cannot reach the server (connection refused): attempt 1, next try in 60 s"));
        controller.cancel();
        QVERIFY(done.wait(10000));
        const auto o = done.first().first().value<ScoreOutcome>();
        QCOMPARE(int(o.status), int(ScoreOutcome::Status::Cancelled));
        QCOMPARE(o.scored, 0);
        QCOMPARE(o.failed, 0);
        QCOMPARE(waiting.size(), 1); // the other batches of the try said nothing
    }

    void aServerSilentOnceIsAskedAgain()
    {
        // Silent once, then answering: one try failed and was said, the run
        // goes on and scores everything.
        FakeOpenAi fake;
        QVERIFY(fake.listen());
        fake.setMode(FakeOpenAi::Mode::Hang);
        fake.options().failures = 1;
        ScoreRequest r = request(fake.baseUrl(), 1, kPapers);
        r.llm.timeoutMs = 150;
        r.giveUpMs = 5000;
        const test::ScoringRun result = run(r);
        QCOMPARE(int(result.outcome.status), int(ScoreOutcome::Status::Done));
        QCOMPARE(result.outcome.scored, kPapers);
        QCOMPARE(result.notices, QStringList{QStringLiteral(
                                     "Cannot reach the server (no answer in 0.15 s): attempt 1, next try "
                                     "in 1 s")});
    }

    void theBoundIsASetting()
    {
        // Saved beside the patience, read back into the run's request, and
        // a hand-edited value out of its bounds is brought within them.
        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ScoringSettings scoring;
            QCOMPARE(scoring.giveUpSeconds, 60);
            scoring.giveUpSeconds = 7;
            scoring.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("scoring/giveUpSeconds")).toInt(), 7);
        QCOMPARE(ScoringSettings::load(settings).request({}, PriceTable::defaults()).giveUpMs, 7000);
        settings.setValue(QStringLiteral("scoring/giveUpSeconds"), 0);
        QCOMPARE(ScoringSettings::load(settings).giveUpSeconds, ScoringSettings::kMinGiveUpSeconds);
        settings.setValue(QStringLiteral("scoring/giveUpSeconds"), 10 * 24 * 3600);
        QCOMPARE(ScoringSettings::load(settings).giveUpSeconds, ScoringSettings::kMaxGiveUpSeconds);
    }
};

QTEST_GUILESS_MAIN(TestUnreachableServer)
#include "tst_unreachableserver.moc"
