// The real `paperboy` executable against what a careless or hostile world
// hands it: someone else's SQLite file, a folder it cannot write, a full
// device behind -o or standard output, absurd options, a key with a line
// break, a second run on the same day, SIGINT and SIGTERM, an estimate that
// must not touch anything.
#include "storage/Database.h"
#include "support/CacheProbe.h"
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/FakeOpenAi.h"
#include "support/RealDays.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeOpenAi;

namespace {

const QDate kDay(2025, 10, 1);
const QString kDayText = QStringLiteral("2025-10-01");
constexpr int kPapers = 20;

using Result = test::ChildResult;

bool oneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
}

// A run prints its estimate and progress on stderr before it ends; the
// error, if any, is its last line.
QString lastLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), -1);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under a folder, by name: what a command left behind.
QStringList filesUnder(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(dir).relativeFilePath(it.next());
    names.sort();
    return names;
}

bool isCharacterDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// An SQLite file written by another application, closed.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;
    FakeHttpServer m_arxiv;

    QProcessEnvironment environment() const
    {
        return test::childEnvironment(m_home.path(), m_arxiv.baseUrl());
    }

    void start(QProcess &process, const QStringList &args, const QProcessEnvironment &env,
               const QString &program = test::paperboyBinary())
    {
        test::startChild(process, program, args, env);
    }

    static Result finish(QProcess &process) { return test::waitForChild(process); }

    Result paperboy(const QStringList &args, QProcessEnvironment env = {}, const QString &stdoutFile = {},
                    const QByteArray &stdinBytes = {})
    {
        if (env.isEmpty())
            env = environment();
        QProcess process;
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
        start(process, QStringList{QStringLiteral("--db"), m_db} + args, env);
        if (!stdinBytes.isNull()) {
            process.write(stdinBytes);
            process.closeWriteChannel();
        }
        return finish(process);
    }

    void storeRealDay(const QString &path)
    {
        QString error;
        QVERIFY2(test::storeDay(path, kDay, test::realDay(kDay, kPapers), &error), qPrintable(error));
    }

    static QStringList scoreArgs(const FakeOpenAi &llm)
    {
        return {QStringLiteral("score"),      QStringLiteral("--provider"),
                QStringLiteral("openai"),     QStringLiteral("--base-url"),
                llm.baseUrl().toString(),     QStringLiteral("--model"),
                QStringLiteral("gpt-5-mini"), QStringLiteral("--concurrency"),
                QStringLiteral("1"),          QStringLiteral("--batch-size"),
                QStringLiteral("5"),          QStringLiteral("--title-filter"),
                QStringLiteral("off")};
    }

    // A slow model: a run of four requests takes a few seconds, time enough
    // to start a second run, or to interrupt this one, while it works.
    static void makeSlow(FakeOpenAi &llm)
    {
        llm.setMode(FakeOpenAi::Mode::Slow);
        llm.options().slowBaseMs = 700;
        llm.options().tokensPerSecond = 2000;
    }

    // A day in the cache and a scoring run of it under way against a slow
    // model, `requests` requests into it.
    void startSlowRun(FakeOpenAi &llm, QProcess &run, int requests)
    {
        storeRealDay(m_db);
        QVERIFY(llm.listen());
        makeSlow(llm);
        start(run, QStringList{QStringLiteral("--db"), m_db} + scoreArgs(llm), environment());
        QVERIFY(waitFor([&] { return llm.requestCount() >= requests; }));
    }

    static bool waitFor(const std::function<bool()> &condition)
    {
        for (int i = 0; i < 600 && !condition(); ++i)
            QTest::qWait(25);
        return condition();
    }

private slots:
    void initTestCase() { QVERIFY(m_arxiv.listen()); }

    void init()
    {
        m_db = m_home.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(m_db);
    }

    // --- What the command line prints about itself ------------------------

    void helpNamesTheCommandNotTheBinary()
    {
        for (const char *command :
             {"fetch", "add", "list", "star", "unstar", "score", "criteria", "key", "export"}) {
            const Result r = paperboy({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: paperboy %1 ").arg(QLatin1String(command))),
                     qPrintable(r.out.left(80)));
            QVERIFY2(!r.out.contains(test::paperboyBinary()), qPrintable(r.out.left(200)));
        }
    }

    void criteriaThatAreNotAnObjectAreNamed()
    {
        const QString file = m_home.filePath(QStringLiteral("criteria.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[\"graph neural networks\"]");
        f.close();
        const Result r = paperboy({QStringLiteral("criteria"), QStringLiteral("set"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not an object")) && oneLine(r.err), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("no error occurred")), qPrintable(r.err));
    }

    // --- Options past any sense are usage errors, before anything happens --

    void absurdOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QStringList score = {QStringLiteral("score"), QStringLiteral("--provider"),
                                   QStringLiteral("openai"), QStringLiteral("--base-url"),
                                   QStringLiteral("http://127.0.0.1:9/v1")};
        QTest::newRow("concurrency 100000")
            << score + QStringList{"--concurrency", "100000"} << "--concurrency";
        QTest::newRow("concurrency 0") << score + QStringList{"--concurrency", "0"} << "--concurrency";
        QTest::newRow("batch 5000") << score + QStringList{"--batch-size", "5000"} << "--batch-size";
        QTest::newRow("budget nan") << score + QStringList{"--max-cost", "nan"} << "--max-cost";
        QTest::newRow("budget inf") << score + QStringList{"--max-cost", "inf"} << "--max-cost";
        QTest::newRow("budget -1") << score + QStringList{"--max-cost", "-1"} << "--max-cost";
        QTest::newRow("budget 9e13") << score + QStringList{"--max-cost", "9e13"} << "--max-cost";
        QTest::newRow("empty model") << score + QStringList{"--model", ""} << "--model";
        QTest::newRow("model with a line break") << score + QStringList{"--model", "gpt\nx"} << "--model";
        QTest::newRow("not http") << QStringList{"score", "--base-url", "file:///etc/passwd"}
                                  << "not a server address";
        QTest::newRow("fetch timeout of years")
            << QStringList{"fetch", "--timeout", "99999999"} << "--timeout";
        QTest::newRow("fetch timeout of 0") << QStringList{"fetch", "--timeout", "0"} << "--timeout";
        QTest::newRow("fetch before arXiv") << QStringList{"fetch", "--date", "1991-08-13"} << "before arXiv";
        QTest::newRow("list before arXiv") << QStringList{"list", "--date", "1985-01-01"} << "before arXiv";
        QTest::newRow("export before arXiv")
            << QStringList{"export", "--date", "1900-01-01"} << "before arXiv";
        QTest::newRow("score in the future")
            << QStringList{"score", "--date", "2999-01-01"} << "in the future";
        QTest::newRow("list in the future") << QStringList{"list", "--date", "2999-12-31"} << "in the future";
    }
    void absurdOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = paperboy(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says) && oneLine(r.err), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_db)); // refused before the cache was touched
    }

    // --- The key goes into one header, whole, or not at all ---------------

    void aKeyThatWouldBreakTheHeaderIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("a second header") << "sk-test-1234567890\r\nX-Injected: yes"
                                         << "line break";
        QTest::newRow("a line feed inside") << "sk-test\n1234567890"
                                            << "line break";
        QTest::newRow("a carriage return inside") << "sk-test\r1234567890"
                                                  << "line break";
        QTest::newRow("a control character")
            << QStringLiteral("sk-test-12345%1890").arg(QChar(1)) << "control character";
        QTest::newRow("a space inside") << "sk-test 1234567890"
                                        << "space";
        QTest::newRow("not ASCII") << QStringLiteral("sk-t\u00e9st-1234567890") << "not plain ASCII";
    }
    void aKeyThatWouldBreakTheHeaderIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, says);
        storeRealDay(m_db);
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), key);
        const Result r = paperboy(scoreArgs(llm), env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says) && r.err.contains(QLatin1String("OPENAI_API_KEY")) && oneLine(r.err),
                 qPrintable(r.err));
        QCOMPARE(llm.requestCount(), 0);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM runs")), 0);

        // `key set` refuses it before the keychain is asked.
        const Result set =
            paperboy({QStringLiteral("key"), QStringLiteral("set")}, environment(), {}, key.toUtf8() + '\n');
        if (!key.contains(QLatin1Char('\n'))) { // readLine takes the first line only
            QCOMPARE(set.code, 2);
            QVERIFY2(set.err.contains(says) && oneLine(set.err), qPrintable(set.err));
        }
    }

    void surroundingWhitespaceIsTrimmedFromTheKey()
    {
        storeRealDay(m_db);
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.options().requiredKey = QStringLiteral("sk-test-1234567890"); // anything else is a 401
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("  sk-test-1234567890 \r\n"));
        const Result r = paperboy(scoreArgs(llm), env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(llm.requestCount() > 0);
        for (const FakeOpenAi::Exchange &e : llm.exchanges())
            QCOMPARE(e.request.headers.value("authorization"), QByteArray("Bearer sk-test-1234567890"));
    }

    // --- Someone else's database is not ours to change ---------------------

    void anotherApplicationsDatabaseIsLeftByteForByte_data()
    {
        QTest::addColumn<QStringList>("schema");
        QTest::addColumn<QString>("says");
        QTest::newRow("a browser's history")
            << QStringList{"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                           "INSERT INTO moz_places (url) VALUES ('https://example.org/')",
                           "PRAGMA user_version = 7"}
            << "moz_places";
        QTest::newRow("another application id, no table yet")
            << QStringList{"PRAGMA application_id = 1598903374"} << "application id 0x5f4d544e";
        QTest::newRow("a table named like ours")
            << QStringList{"CREATE TABLE papers (doi TEXT)", "INSERT INTO papers VALUES ('10.1/x')"}
            << "papers";
    }
    void anotherApplicationsDatabaseIsLeftByteForByte()
    {
        QFETCH(QStringList, schema);
        QFETCH(QString, says);
        QTemporaryDir dir;
        m_db = dir.filePath(QStringLiteral("places.sqlite"));
        writeForeignDatabase(m_db, schema);
        const QByteArray before = fileBytes(m_db);
        const QStringList files = filesUnder(dir.path());
        QVERIFY(!before.isEmpty());
        for (const QStringList &args :
             {QStringList{"list"}, QStringList{"fetch"}, QStringList{"star", "2510.00001"},
              QStringList{"score", "--provider", "offline"}, QStringList{"criteria", "show"},
              QStringList{"export", "--format", "json"}}) {
            const Result r = paperboy(args);
            QVERIFY2(r.code == 4, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String("not a Paperboy cache")) && r.err.contains(says) &&
                         oneLine(r.err),
                     qPrintable(r.err));
            QCOMPARE(fileBytes(m_db), before);
            QCOMPARE(filesUnder(dir.path()), files); // no -wal, -shm or lock left beside it
        }
    }

    // A damaged cache is named as such, with the way forward that keeps it.
    void aDamagedCacheIsNamedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        m_db = dir.filePath(QStringLiteral("cache.sqlite"));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3").append(QByteArray(4081, '\x13')));
        file.close();
        const QByteArray before = fileBytes(m_db);
        const QStringList files = filesUnder(dir.path());
        const Result r = paperboy({QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("damaged or not a database")) &&
                     r.err.contains(QLatin1String("Move it aside")) && oneLine(r.err),
                 qPrintable(r.err));
        QCOMPARE(fileBytes(m_db), before);
        QCOMPARE(filesUnder(dir.path()), files);
    }

    // --- A cache in a folder SQLite cannot write to -------------------------

    void aReadOnlyFolderIsNamed()
    {
        // SQLite keeps its journal (-wal, -shm) beside the cache. root writes
        // anywhere, so as root the command runs as nobody.
        const bool root = ::geteuid() == 0;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("library"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("home"))));
        m_db = QDir(folder).filePath(QStringLiteral("cache.sqlite"));
        storeRealDay(m_db);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
        const QByteArray before = fileBytes(m_db);
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("chown"),
                                       {QStringLiteral("-R"), QStringLiteral("65534:65534"), dir.path()}),
                     0);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QProcess process;
        const QProcessEnvironment env =
            test::childEnvironment(dir.filePath(QStringLiteral("home")), m_arxiv.baseUrl());
        const QStringList args = {QStringLiteral("--db"), m_db, QStringLiteral("list")};
        if (root)
            start(process,
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--"),
                              test::paperboyBinary()} +
                      args,
                  env, QStringLiteral("setpriv"));
        else
            start(process, args, env);
        const Result r = finish(process);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("is not writable")) && r.err.contains(folder) && oneLine(r.err),
                 qPrintable(r.err));
        QCOMPARE(fileBytes(m_db), before);
    }

    // --- Every write is checked to the end ----------------------------------

    void exportToAFullDeviceFailsAndLeavesTheDevice()
    {
        storeRealDay(m_db);
        // As root a file renamed over /dev/full would replace the device: a
        // device node of the test's own stands in for it then.
        QString device = QStringLiteral("/dev/full");
        QTemporaryDir dir;
        if (::geteuid() == 0) {
            device = dir.filePath(QStringLiteral("full"));
            QCOMPARE(QProcess::execute(QStringLiteral("mknod"), {device, QStringLiteral("c"),
                                                                 QStringLiteral("1"), QStringLiteral("7")}),
                     0);
        }
        QVERIFY(isCharacterDevice(device));
        for (const QString &format :
             {QStringLiteral("bibtex"), QStringLiteral("markdown"), QStringLiteral("json")}) {
            const Result r = paperboy({QStringLiteral("export"), QStringLiteral("--format"), format,
                                       QStringLiteral("--date"), kDayText, QStringLiteral("-o"), device});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("No space left on device")) && oneLine(r.err),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("Exported")), qPrintable(r.err));
            QVERIFY(isCharacterDevice(device));
        }
    }

    void aFullStandardOutputIsAFailure_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{"list", "--date", kDayText};
        QTest::newRow("list as json") << QStringList{"list", "--format", "json"};
        QTest::newRow("export bibtex") << QStringList{"export", "--date", kDayText};
        QTest::newRow("export digest") << QStringList{"export", "--format", "markdown"};
        QTest::newRow("criteria") << QStringList{"criteria", "default"};
    }
    void aFullStandardOutputIsAFailure()
    {
        QFETCH(QStringList, args);
        storeRealDay(m_db);
        const Result r = paperboy(args, {}, QStringLiteral("/dev/full"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot write to standard output: No space left on device")) &&
                     oneLine(r.err),
                 qPrintable(r.err));
    }

    // --- An estimate sends nothing and writes nothing -----------------------

    void anEstimateSendsAndWritesNothing_data()
    {
        QTest::addColumn<bool>("llm");
        QTest::newRow("offline, no key") << false;
        QTest::newRow("an OpenAI-compatible server") << true;
    }
    void anEstimateSendsAndWritesNothing()
    {
        QFETCH(bool, llm);
        QTemporaryDir dir;
        m_db = dir.filePath(QStringLiteral("cache.sqlite"));
        storeRealDay(m_db);
        const QByteArray before = fileBytes(m_db);
        const QStringList files = filesUnder(dir.path());
        FakeOpenAi server;
        QVERIFY(server.listen());
        const QStringList args = llm ? scoreArgs(server) + QStringList{QStringLiteral("--estimate")}
                                     : QStringList{QStringLiteral("score"), QStringLiteral("--estimate")};
        const Result r = paperboy(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(llm ? QLatin1String("$") : QLatin1String("costs nothing and sends nothing")),
                 qPrintable(r.out));
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(fileBytes(m_db), before);
        QCOMPARE(filesUnder(dir.path()), files);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM scores")), 0);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM criteria")), 0);
    }

    // --- One run per cache and day ------------------------------------------

    void aSecondRunOnTheSameDayIsRefused()
    {
        FakeOpenAi llm;
        QProcess first;
        startSlowRun(llm, first, 1);
        if (QTest::currentTestFailed())
            return;

        const Result second = paperboy(scoreArgs(llm));
        QCOMPARE(second.code, 1);
        QVERIFY2(lastLine(second.err)
                     .startsWith(QStringLiteral("paperboy: Another Paperboy run (process %1) is scoring %2")
                                     .arg(first.processId())
                                     .arg(kDayText)),
                 qPrintable(second.err));

        const Result done = finish(first);
        QVERIFY2(done.code == 0, qPrintable(done.err));
        // Every paper was asked for once: the second run paid for nothing.
        QStringList asked;
        for (const FakeOpenAi::Exchange &e : llm.exchanges())
            asked << e.ids;
        QCOMPARE(asked.size(), kPapers);
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), kPapers);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM runs")), 1);

        // Once the first has finished the day is free again (and complete).
        const Result again = paperboy(scoreArgs(llm));
        QVERIFY2(again.code == 0 && again.out.contains(QLatin1String("nothing sent")), qPrintable(again.err));
        QCOMPARE(llm.requestCount(), 4);
    }

    void aKilledRunDoesNotLockTheDay()
    {
        FakeOpenAi llm;
        QProcess first;
        startSlowRun(llm, first, 1);
        if (QTest::currentTestFailed())
            return;
        ::kill(pid_t(first.processId()), SIGKILL);
        QCOMPARE(finish(first).code, -1);

        llm.setMode(FakeOpenAi::Mode::Good);
        const Result next = paperboy(scoreArgs(llm));
        QVERIFY2(next.code == 0, qPrintable(next.err));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM scores WHERE status = 'ok'")),
                 kPapers);
    }

    // --- SIGINT and SIGTERM stop a run the normal way -----------------------

    void anInterruptStopsTheScoringRun_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
    }
    void anInterruptStopsTheScoringRun()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        FakeOpenAi llm;
        QProcess run;
        // The first batch is in the cache, the second on its way.
        startSlowRun(llm, run, 2);
        if (QTest::currentTestFailed())
            return;
        ::kill(pid_t(run.processId()), signal);
        const Result r = finish(run);
        QCOMPARE(r.code, 1);
        QVERIFY2(lastLine(r.err).startsWith(QStringLiteral("paperboy: interrupted by %1").arg(name)),
                 qPrintable(r.err));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'cancelled'")),
                 1);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'running'")),
                 0);
        const int kept =
            test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM scores WHERE status = 'ok'"));
        QVERIFY2(kept >= 5 && kept < kPapers, qPrintable(QString::number(kept)));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT papers FROM runs")), kept);
    }

    void anInterruptStopsTheFetch()
    {
        FakeHttpServer::Response silent;
        silent.hang = true;
        m_arxiv.route("/rss/*", silent);
        QProcess run;
        start(run, {QStringLiteral("--db"), m_db, QStringLiteral("fetch")}, environment());
        QSignalSpy asked(&m_arxiv, &FakeHttpServer::requestReceived);
        QVERIFY(asked.wait(10000));
        ::kill(pid_t(run.processId()), SIGINT);
        const Result r = finish(run);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("interrupted by SIGINT")) &&
                     r.err.contains(QLatin1String("nothing was stored")) && oneLine(r.err),
                 qPrintable(r.err));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM days")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
