// The window against a 500,000-paper cache: start to the first painted
// table, switching days, sorting, search as you type, resident memory, and
// the longest pause of the GUI thread while a fetch and an offline score run.
//
//   QT_QPA_PLATFORM=offscreen bench_window [--cache FILE] [--papers N] [--per-day N]
//       [--starts N] [--switches N] [--sort-rounds N] [--no-prefixes] [--no-work]
//
// The cache is built once (a child process, so this one's memory stays what
// the window uses) and reused while it holds enough papers: consecutive
// weekdays ending 2026-04-27 of --per-day papers each, every day stored with
// the real PaperRepository::storeDay in one transaction, as a fetch does.
// The papers remix the real titles, abstracts and authors of the captured
// feeds with a long-tailed made-up vocabulary and made-up surnames, so the
// full-text index holds a real-sized, long-tailed vocabulary rather than a
// hundred abstracts repeated. Most days are scored (offline; the latest
// sixty days also by an LLM model, with runs that cost tokens), and some
// papers are starred, read and hidden.
//
// Every interaction is timed from the action (or, for search, from the
// debounce timer firing) to the end of the first frame that repaints the
// table: the event dispatch that painted the table's viewport has returned.
// Search runs twice: each query typed at once, then every prefix of it (a
// pause after each key). The same queries through PaperRepository alone
// give the storage's share. Method and figures: docs/BENCHMARKS.md.
#include "DailyWork.h"
#include "MainWindow.h"
#include "PaperTableModel.h"
#include "WindowApp.h"
#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "core/Criteria.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/FakeHttpServer.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include "BenchDays.h"
#include "BenchStats.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <random>

using namespace paperboy;

namespace {

const QDate kLastDay(2026, 4, 27);
// The day the work phase fetches; removed from the cache afterwards.
const QDate kFetchDay(2026, 4, 28);
const QStringList kFollowed = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
constexpr int kVocabulary = 300000; // made-up words, Zipf-distributed
constexpr int kSurnames = 200000;
constexpr int kSurnameRanks = 400000; // surnames never spell a topic word
constexpr int kWaitMs = 60000;

// Since main() began.
QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

qint64 nowNs()
{
    return sinceMain().nsecsElapsed();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// --- Clock and frames ------------------------------------------------------

// Watches every event dispatch of the GUI thread: when the table's viewport
// was painted, and how long each outermost dispatch (one turn of the event
// loop: a timer, a queued signal, a frame) kept the thread.
class BenchApp : public QApplication
{
public:
    using QApplication::QApplication;

    QWidget *viewport = nullptr;
    bool viewportPainted = false;
    qint64 frameDoneNs = -1;
    std::function<void()> onFrameDone;

    struct Dispatch
    {
        double ms;
        QString what;
        qint64 startNs;
    };
    bool recordDispatches = false;
    QList<Dispatch> longest; // the longest outermost dispatches while recording

    void resetFrame()
    {
        viewportPainted = false;
        frameDoneNs = -1;
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs for the events of every thread: only the GUI
        // thread's count here.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const QEvent::Type type = event->type();
        const bool outermost = m_depth == 0;
        const qint64 start = outermost && recordDispatches ? nowNs() : 0;
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (type == QEvent::Paint && receiver == viewport)
            viewportPainted = true;
        if (!outermost)
            return result;
        if (recordDispatches) {
            const double ms = (nowNs() - start) / 1e6;
            if (ms > 4)
                longest.append({ms,
                                QStringLiteral("%1 to %2 %3")
                                    .arg(eventName(type), QLatin1String(receiver->metaObject()->className()),
                                         receiver->objectName()),
                                start});
        }
        if (viewportPainted && frameDoneNs < 0) {
            frameDoneNs = nowNs();
            if (onFrameDone)
                onFrameDone();
        }
        return result;
    }

    // Turns the event loop until a frame painted the table; the frame's end
    // in ns on the clock, or -1 after `timeoutMs`.
    qint64 waitForFrame(int timeoutMs = kWaitMs)
    {
        if (frameDoneNs >= 0)
            return frameDoneNs;
        QEventLoop loop;
        onFrameDone = [&loop] { loop.quit(); };
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        onFrameDone = nullptr;
        return frameDoneNs;
    }

private:
    static QString eventName(QEvent::Type type)
    {
        switch (type) {
        case QEvent::MetaCall:
            return QStringLiteral("queued call");
        case QEvent::Timer:
            return QStringLiteral("timer");
        case QEvent::UpdateRequest:
            return QStringLiteral("frame");
        default:
            return QStringLiteral("event %1").arg(int(type));
        }
    }

    int m_depth = 0;
};

// The event loop for `ms`; unlike QTest::qWait it never sleeps in between,
// so timers fire on time.
void turnLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

BenchApp *benchApp()
{
    return static_cast<BenchApp *>(QCoreApplication::instance());
}

qint64 rssKiB(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 0);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qBound(qsizetype(0), qsizetype(std::ceil(p * v.size())) - 1, v.size() - 1));
}

void report(const QString &name, const QList<double> &ms, double targetMs)
{
    const bench::Stats s = bench::summarize(ms);
    out() << QStringLiteral("%1 median %2 ms  worst %3 ms  best %4 ms  (n=%5, target < %6 ms%7)\n")
                 .arg(name, -34)
                 .arg(s.median, 0, 'f', 1)
                 .arg(s.max, 0, 'f', 1)
                 .arg(s.min, 0, 'f', 1)
                 .arg(ms.size())
                 .arg(targetMs, 0, 'f', 0)
                 .arg(s.max < targetMs ? QString() : QStringLiteral(", missed"));
    out().flush();
}

// --- The corpus ------------------------------------------------------------

// Every paper of the captured feeds and API answers.
QList<Paper> capturedPapers()
{
    QList<Paper> papers;
    for (const QString &folder : {QStringLiteral("arxiv-rss"), QStringLiteral("arxiv-atom")}) {
        const QDir dir(test::fixturePath(folder));
        for (const QString &file : dir.entryList({QStringLiteral("*.xml")})) {
            const QByteArray bytes = test::readFixture(folder + QLatin1Char('/') + file);
            papers += folder == QLatin1String("arxiv-rss") ? parseListingFeed(bytes).feed.papers
                                                           : parseApiFeed(bytes).papers;
        }
    }
    return papers;
}

// Made-up papers from real pieces: real sentences and titles with a share of
// their words replaced by words of a Zipf-distributed made-up vocabulary,
// real and made-up authors. Deterministic for a seed.
class CorpusMaker
{
public:
    explicit CorpusMaker(const QList<Paper> &real, std::uint64_t seed = 2026)
        : m_rng(seed)
    {
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
        for (const Paper &p : real) {
            m_titles << p.title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &name : p.authors) {
                m_authors << name;
                m_firstNames << name.section(QLatin1Char(' '), 0, 0);
            }
            for (const QString &s : p.abstract.split(sentenceEnd, Qt::SkipEmptyParts))
                m_sentences << s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!p.license.isEmpty())
                m_licenses << p.license;
            if (!p.comment.isEmpty())
                m_comments << p.comment;
        }
        m_licenses << QString();
    }

    // The word of a rank: two to four syllables, lower ranks shorter.
    static QString word(int rank)
    {
        static const char *const syllables[] = {"ba",  "ce",  "di",  "fo",  "gu",  "ha",  "ke",  "li",
                                                "mo",  "nu",  "pa",  "re",  "si",  "to",  "vu",  "za",
                                                "bri", "cla", "dre", "fli", "gro", "pli", "sta", "tro",
                                                "an",  "el",  "in",  "or",  "us",  "ex",  "om",  "ar"};
        QString w;
        for (int r = rank + 32; r > 0; r /= 32)
            w += QLatin1String(syllables[r % 32]);
        return w;
    }
    static QString surname(int rank)
    {
        QString s = word(kSurnameRanks + rank);
        s[0] = s.at(0).toUpper();
        return s;
    }

    int zipf(int n)
    {
        const double u = (m_rng() % 1000000 + 1) / 1000001.0;
        return qMax(1, int(std::pow(double(n), u)));
    }
    int pick(qsizetype n) { return int(m_rng() % std::uint64_t(n)); }
    bool chance(double p) { return (m_rng() % 1000000) < p * 1000000; }

    Paper make(const QString &id, const QDate &day)
    {
        static const QStringList primaries = {QStringLiteral("cs.LG"), QStringLiteral("cs.LG"),
                                              QStringLiteral("cs.LG"), QStringLiteral("cs.AI"),
                                              QStringLiteral("cs.AI"), QStringLiteral("cs.CL"),
                                              QStringLiteral("cs.CV"), QStringLiteral("stat.ML")};
        static const QStringList others = {QStringLiteral("cs.LG"),   QStringLiteral("cs.AI"),
                                           QStringLiteral("cs.CL"),   QStringLiteral("cs.CV"),
                                           QStringLiteral("stat.ML"), QStringLiteral("math.OC"),
                                           QStringLiteral("cs.SE"),   QStringLiteral("cs.RO")};
        Paper p;
        p.id = id;
        p.version = chance(0.06) ? 2 : 1;
        p.title = remix(m_titles.at(pick(m_titles.size())), 0.2);
        const int authors = 1 + pick(4) + pick(5);
        for (int i = 0; i < authors; ++i)
            p.authors << (chance(0.25) ? m_authors.at(pick(m_authors.size()))
                                       : m_firstNames.at(pick(m_firstNames.size())) + QLatin1Char(' ') +
                                             surname(zipf(kSurnames)));
        QStringList abstract;
        const int sentences = 4 + pick(6);
        for (int i = 0; i < sentences; ++i)
            abstract << remix(m_sentences.at(pick(m_sentences.size())), 0.12);
        p.abstract = abstract.join(QLatin1Char(' '));
        p.categories << primaries.at(pick(primaries.size()));
        for (int i = pick(3); i > 0; --i)
            if (const QString c = others.at(pick(others.size())); !p.categories.contains(c))
                p.categories << c;
        if (!kFollowed.contains(p.categories.first()) && !p.categories.contains(kFollowed.first()) &&
            !p.categories.contains(kFollowed.last()))
            p.categories << kFollowed.at(pick(2));
        p.announceType = kFollowed.contains(p.primaryCategory()) ? AnnounceType::New : AnnounceType::Cross;
        p.announced = day;
        p.updated = day.addDays(-1 - pick(3));
        p.license = m_licenses.at(pick(m_licenses.size()));
        if (!m_comments.isEmpty() && chance(0.4))
            p.comment = m_comments.at(pick(m_comments.size()));
        if (chance(0.05))
            p.journalRef =
                QStringLiteral("Proc. %1 %2").arg(surname(zipf(1000)), QString::number(day.year()));
        return p;
    }

    // What a scorer would say, with words that vary.
    QString scoreComment()
    {
        return QStringLiteral("About %1 and %2; %3.")
            .arg(word(zipf(kVocabulary)), word(zipf(kVocabulary)),
                 chance(0.5) ? QStringLiteral("a known method applied") : QStringLiteral("a new angle"));
    }

private:
    QString remix(const QStringList &words, double share)
    {
        QString text;
        for (const QString &w : words) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            const bool plain = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
            text += plain && chance(share) ? word(zipf(kVocabulary)) : w;
        }
        return text;
    }

    std::mt19937_64 m_rng;
    QList<QStringList> m_titles;
    QList<QStringList> m_sentences;
    QStringList m_authors;
    QStringList m_firstNames;
    QStringList m_licenses;
    QStringList m_comments;
};

// --- Building the cache ----------------------------------------------------

QList<Announcement> announcementsOf(const QList<Paper> &papers)
{
    QList<Announcement> announcements;
    for (const Paper &p : papers)
        for (const QString &c : kFollowed)
            if (p.categories.contains(c))
                announcements.append(
                    {p.id, c, c == p.primaryCategory() ? AnnounceType::New : AnnounceType::Cross});
    return announcements;
}

void check(bool ok, const QString &what, const QString &error)
{
    if (!ok)
        qFatal("%s: %s", qPrintable(what), qPrintable(error));
}

// Scores of one day by one model, in batches as the worker stores them, and
// the run that made them.
void scoreDay(ScoreRepository &scores, CorpusMaker &maker, const QDate &date, const QList<Paper> &papers,
              const QString &hash, bool llm)
{
    QString error;
    RunRecord run;
    run.date = date;
    run.provider = llm ? QStringLiteral("openai") : QStringLiteral("offline");
    run.model = llm ? QStringLiteral("gpt-5-mini") : QStringLiteral("offline");
    run.scoringHash = hash;
    run.id = scores.startRun(run, &error);
    check(run.id > 0, QStringLiteral("start a run"), error);
    QList<PaperScore> batch;
    QList<Paper> failed;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        if (llm && maker.chance(0.002)) {
            failed << papers.at(i);
            continue;
        }
        PaperScore s;
        s.paperId = papers.at(i).id;
        s.version = papers.at(i).version;
        s.relevance = qBound(1, 2 + maker.pick(5) + maker.pick(5), 10);
        s.novelty = qBound(1, 2 + maker.pick(4) + maker.pick(5), 10);
        s.comment = maker.scoreComment();
        batch << s;
        if (batch.size() == (llm ? 60 : 1500) || i + 1 == papers.size()) {
            check(scores.storeScores(batch, hash, run.model, run.id, &error), QStringLiteral("store scores"),
                  error);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        check(scores.storeScores(batch, hash, run.model, run.id, &error), QStringLiteral("store scores"),
              error);
    if (!failed.isEmpty())
        check(scores.storeUnscored(failed, QStringLiteral("failed"),
                                   QStringLiteral("no answer after 3 attempts"), hash, run.model, run.id,
                                   &error),
              QStringLiteral("store failures"), error);
    run.status = QStringLiteral("done");
    run.papers = int(papers.size() - failed.size());
    if (llm) {
        run.requests = 24;
        run.promptTokens = 427LL * papers.size();
        run.cachedTokens = run.promptTokens * 3 / 4;
        run.completionTokens = 60LL * papers.size();
        run.reasoningTokens = 20LL * papers.size();
        run.costUsd = 0.31;
    }
    check(scores.finishRun(run, &error), QStringLiteral("finish a run"), error);
}

int buildCache(const QString &path, int wanted, int perDay)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    Database db(path);
    QString error;
    check(db.open(&error), QStringLiteral("open the cache"), error);
    PaperRepository papers(db.connection());
    ScoreRepository scores(db.connection());
    const auto criteria = scores.saveCriteria(Criteria::defaults(), &error);
    check(bool(criteria), QStringLiteral("save the criteria"), error);
    const QString hash = criteria->criteria.scoringHash();

    CorpusMaker maker(capturedPapers());
    const QList<QDate> days = bench::weekdaysEndingAt(kLastDay, (wanted + perDay - 1) / perDay);
    QHash<QString, int> serials; // per YYMM: ids never collide
    double storeMs = 0;
    int stored = 0;
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QDate date = days.at(d);
        const QString prefix = date.toString(QStringLiteral("yyMM"));
        // A partial day, if any, is the oldest: the latest day is a full one.
        const int count = d == 0 ? wanted - perDay * int(days.size() - 1) : perDay;
        QList<Paper> day;
        day.reserve(count);
        for (int i = 0; i < count; ++i)
            day << maker.make(
                QStringLiteral("%1.%2").arg(prefix).arg(++serials[prefix], 5, 10, QLatin1Char('0')), date);
        QElapsedTimer store;
        store.start();
        StoreStats stats;
        check(papers.storeDay(bench::syntheticDay(date, count, kFollowed), day, announcementsOf(day), &stats,
                              &error),
              QStringLiteral("store %1").arg(date.toString(Qt::ISODate)), error);
        storeMs += store.nsecsElapsed() / 1e6;
        stored += count;

        // Most days scored offline; the latest sixty also by an LLM, later.
        const bool recent = d >= days.size() - 60;
        if (d % 23 != 5 || recent)
            scoreDay(scores, maker, date, day, hash, false);
        if (recent && d != days.size() - 1)
            scoreDay(scores, maker, date, day, hash, true);
        // Marks: a few stars and hidden papers; older days mostly read.
        QStringList starred, read, hidden;
        for (const Paper &p : day) {
            if (maker.chance(0.004))
                starred << p.id;
            if (maker.chance(0.006))
                hidden << p.id;
            if (maker.chance(d < days.size() - 10 ? 0.7 : 0.2))
                read << p.id;
        }
        check(papers.setStarred(starred, true, nullptr, &error), QStringLiteral("star"), error);
        check(papers.setHidden(hidden, true, &error), QStringLiteral("hide"), error);
        check(papers.setRead(read, true, &error), QStringLiteral("read"), error);
        if ((d + 1) % 25 == 0 || d + 1 == days.size()) {
            out() << QStringLiteral("  %1 days, %2 papers, %3 s (storeDay %4 ms a day on average)\n")
                         .arg(d + 1)
                         .arg(stored)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                         .arg(storeMs / (d + 1), 0, 'f', 1);
            out().flush();
        }
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out() << QStringLiteral("built %1 papers over %2 days in %3 s (a one-off, not a target)\n")
                 .arg(stored)
                 .arg(days.size())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return 0;
}

int countPapers(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    Database db(path);
    QString error;
    // Opening migrates an older file now, not inside a timed start.
    if (!db.open(&error))
        return 0;
    return PaperRepository(db.connection()).paperCount();
}

// Takes the work phase's day out again (also after an interrupted run), so
// that every run measures the same cache.
void removeFetchedDay(const QString &path)
{
    Database db(path);
    QString error;
    check(db.open(&error), QStringLiteral("open the cache"), error);
    const QString date = kFetchDay.toString(Qt::ISODate);
    const QString ofDay = QStringLiteral("(SELECT paper_id FROM announcements WHERE date = '%1')").arg(date);
    check(
        Transaction::run(db.connection(), &error,
                         [&] {
                             for (const QString &sql :
                                  {QStringLiteral("DELETE FROM scores WHERE paper_id IN %1").arg(ofDay),
                                   QStringLiteral("DELETE FROM paper_state WHERE paper_id IN %1").arg(ofDay),
                                   QStringLiteral("CREATE TEMP TABLE gone AS SELECT DISTINCT paper_id AS id"
                                                  " FROM announcements WHERE date = '%1'")
                                       .arg(date),
                                   QStringLiteral("DELETE FROM announcements WHERE date = '%1'").arg(date),
                                   QStringLiteral("DELETE FROM papers WHERE id IN (SELECT id FROM gone)"),
                                   QStringLiteral("DROP TABLE gone"),
                                   QStringLiteral("DELETE FROM runs WHERE date = '%1'").arg(date),
                                   QStringLiteral("DELETE FROM days WHERE date = '%1'").arg(date)}) {
                                 QSqlQuery q(db.connection());
                                 if (!q.exec(sql)) {
                                     error = sql;
                                     return false;
                                 }
                             }
                             return true;
                         }),
        QStringLiteral("remove the fetched day"), error);
}

// --- The window --------------------------------------------------------------

struct Window
{
    std::unique_ptr<MainWindow> window;
    QTableView *table = nullptr;
    QComboBox *dayBox = nullptr;
    QLineEdit *search = nullptr;
    QTimer *searchTimer = nullptr;
    double startMs = 0; // construction + show to the first painted table
};

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("the window has no %s", name);
    return found;
}

Window openWindow(const QString &cache)
{
    BenchApp *app = benchApp();
    Window w;
    app->resetFrame();
    const qint64 start = nowNs();
    w.window = std::make_unique<MainWindow>(cache);
    w.table = child<QTableView>(w.window.get(), "paperTable");
    app->viewport = w.table->viewport();
    w.window->show();
    const qint64 painted = app->waitForFrame();
    if (painted < 0)
        qFatal("the table was never painted");
    w.startMs = (painted - start) / 1e6;
    w.dayBox = child<QComboBox>(w.window.get(), "dayBox");
    w.search = child<QLineEdit>(w.window.get(), "searchBox");
    // The debounce timer: the window's single-shot timer that a change of
    // the search text starts.
    QList<QTimer *> idle;
    for (QTimer *t : w.window->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        if (t->isSingleShot() && !t->isActive())
            idle << t;
    w.search->setText(QStringLiteral("x"));
    for (QTimer *t : idle)
        if (t->isActive())
            w.searchTimer = w.searchTimer ? nullptr : t;
    if (!w.searchTimer)
        qFatal("no search timer, or more than one");
    w.search->clear();
    w.searchTimer->stop();
    app->resetFrame();
    turnLoop(50);
    return w;
}

// Runs `action` and returns the ms from its start to the end of the frame
// that repainted the table.
double timeToFrame(const std::function<void()> &action)
{
    BenchApp *app = benchApp();
    app->resetFrame();
    const qint64 start = nowNs();
    action();
    const qint64 done = app->waitForFrame();
    if (done < 0)
        qFatal("no frame after the action");
    return (done - start) / 1e6;
}

// Records when the search's debounce timer fires: the work starts there.
class TimerWatch : public QObject
{
public:
    qint64 firedNs = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            benchApp()->resetFrame();
            firedNs = nowNs();
        }
        return false;
    }
};

// The text typed into the search box (or set, per prefix) and the ms from
// the debounce timer firing to the repainted table.
double timeSearch(TimerWatch &watch, const std::function<void()> &type)
{
    watch.firedNs = -1;
    benchApp()->resetFrame();
    type();
    // Waits in the event loop (never spinning: the workers share two cores)
    // for the first frame after the timer fired.
    qint64 done = -1;
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < kWaitMs) {
        done = benchApp()->waitForFrame();
        if (watch.firedNs >= 0 && done >= watch.firedNs)
            break;
        benchApp()->resetFrame();
    }
    if (watch.firedNs < 0 || done < watch.firedNs)
        qFatal("the search never ran");
    return (done - watch.firedNs) / 1e6;
}

void clearSearch(Window &w, TimerWatch &watch)
{
    if (!w.search->text().isEmpty())
        timeSearch(watch, [&] { w.search->clear(); });
}

// --- Phases -----------------------------------------------------------------

// In a fresh process: construct + show to the first painted table.
int measureStartChild(const QString &cache)
{
    Window w = openWindow(cache);
    const double fromMain = nowNs() / 1e6;
    out() << QStringLiteral("START %1 %2 %3\n")
                 .arg(w.startMs, 0, 'f', 2)
                 .arg(fromMain, 0, 'f', 2)
                 .arg(rssKiB());
    out().flush();
    return 0;
}

void measureStarts(const QString &self, const QString &cache, int runs)
{
    QList<double> startMs, mainMs, processMs, rss;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer wall;
        wall.start();
        p.start(self, {QStringLiteral("--measure-start"), QStringLiteral("--cache"), cache});
        QByteArray line;
        while (!line.contains('\n') && p.waitForReadyRead(kWaitMs))
            line += p.readAllStandardOutput();
        const double spawnMs = wall.nsecsElapsed() / 1e6;
        p.waitForFinished(kWaitMs);
        const QList<QByteArray> f = line.mid(line.indexOf("START")).trimmed().split(' ');
        if (f.size() != 4)
            qFatal("the start child said: %s", line.constData());
        startMs << f.at(1).toDouble();
        mainMs << f.at(2).toDouble();
        processMs << spawnMs;
        rss << f.at(3).toDouble();
    }
    out() << "== start, a fresh process each time (the cache file is warm in the OS page cache)\n";
    report(QStringLiteral("MainWindow() + show() -> painted"), startMs, 1000);
    report(QStringLiteral("main() -> painted"), mainMs, 1000);
    report(QStringLiteral("spawn -> painted (parent's clock)"), processMs, 1000);
    out() << QStringLiteral("%1 median %2 (worst %3)\n")
                 .arg(QStringLiteral("VmRSS at the first paint"), -34)
                 .arg(mib(qint64(bench::summarize(rss).median)), mib(qint64(bench::summarize(rss).max)));
}

QList<int> spreadIndexes(int count, int wanted, int skip)
{
    // Spread over the history, visited in a jumping order.
    QList<int> spread;
    for (int k = 0; k < wanted; ++k)
        spread << 1 + int(std::lround(double(k) * (count - 2) / qMax(1, wanted - 1)));
    QList<int> order;
    for (int k = 0; k < wanted; ++k)
        order << spread.at((k * 7) % wanted);
    order.removeAll(skip);
    return order;
}

void measureSwitches(Window &w, int switches, QList<QDate> *visited)
{
    QList<double> ms;
    for (int index : spreadIndexes(w.dayBox->count(), switches, w.dayBox->currentIndex())) {
        ms << timeToFrame([&] {
            // What a pick in the combo box's list does.
            w.dayBox->setCurrentIndex(index);
            emit w.dayBox->activated(index);
        });
        *visited << w.window->shownDay();
    }
    out() << QStringLiteral("== switching days (%1 rows a day)\n").arg(w.window->loadedRows());
    report(QStringLiteral("day picked -> painted"), ms, 100);
}

// Back and forth between the day shown (the day the work phase fetched) and
// its neighbour in the list: what opening the biggest day costs.
void measureSwitchesToShownDay(Window &w, int switches)
{
    const int shown = w.dayBox->currentIndex();
    const int other = shown + 1 < w.dayBox->count() ? shown + 1 : shown - 1;
    QList<double> toShown;
    for (int i = 0; i < switches; ++i) {
        for (const int index : {other, shown}) {
            const double ms = timeToFrame([&] {
                w.dayBox->setCurrentIndex(index);
                emit w.dayBox->activated(index);
            });
            if (index == shown)
                toShown << ms;
        }
    }
    out() << QStringLiteral("== switching to the fetched day (%1 rows)\n").arg(w.window->loadedRows());
    report(QStringLiteral("day picked -> painted"), toShown, 100);
}

void measureSorts(Window &w, int rounds)
{
    QHeaderView *header = w.table->horizontalHeader();
    const QList<std::pair<int, QString>> columns = {{PaperTableModel::Relevance, QStringLiteral("Relevance")},
                                                    {PaperTableModel::Novelty, QStringLiteral("Novelty")},
                                                    {PaperTableModel::Title, QStringLiteral("Title")},
                                                    {PaperTableModel::Authors, QStringLiteral("Authors")}};
    QList<double> all;
    QHash<QString, QList<double>> per;
    for (int round = 0; round < rounds; ++round)
        for (const auto &[section, name] : columns) {
            const double ms = timeToFrame([&, section = section] {
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                                  QPoint(header->sectionViewportPosition(section) + 10, 5));
            });
            all << ms;
            per[name] << ms;
        }
    out() << QStringLiteral("== sorting a day (%1 rows), header clicks\n").arg(w.window->loadedRows());
    for (const auto &[section, name] : columns)
        report(QStringLiteral("  click %1 -> painted").arg(name), per.value(name), 100);
    report(QStringLiteral("any header click -> painted"), all, 100);
}

QStringList searchQueries()
{
    // Common words of the real abstracts, two-word queries, real and
    // made-up surnames, made-up words of the long tail (a rank of a few
    // hundred: frequent; tens of thousands: a handful of papers), and one
    // that matches nothing.
    return {QStringLiteral("learning"),
            QStringLiteral("model"),
            QStringLiteral("language models"),
            QStringLiteral("testing"),
            QStringLiteral("neural network"),
            QStringLiteral("reinforcement learning"),
            QStringLiteral("privacy"),
            QStringLiteral("quantum"),
            QStringLiteral("transformer"),
            QStringLiteral("fuzzing"),
            QStringLiteral("test generation"),
            QStringLiteral("mutation testing"),
            QStringLiteral("Chen"),
            QStringLiteral("Gotlieb"),
            QStringLiteral("Feldt"),
            CorpusMaker::surname(3000),
            CorpusMaker::word(300),
            CorpusMaker::word(40000),
            CorpusMaker::word(40000) + QLatin1Char(' ') + CorpusMaker::word(9),
            QStringLiteral("zzyzzx")};
}

void measureSearch(Window &w, bool prefixes)
{
    TimerWatch watch;
    w.searchTimer->installEventFilter(&watch);
    const QStringList queries = searchQueries();
    QList<double> typed, perPrefix;
    QList<std::pair<double, QString>> slowPrefixes;
    out() << "== search as you type: each query typed at once, then the debounce timer fires\n";
    for (const QString &query : queries) {
        clearSearch(w, watch);
        w.search->setFocus();
        const double ms = timeSearch(watch, [&] { QTest::keyClicks(w.search, query); });
        if (w.search->text() != query)
            qFatal("typed %s, the box says %s", qPrintable(query), qPrintable(w.search->text()));
        typed << ms;
        out() << QStringLiteral("  %1 %2 rows  %3 ms\n")
                     .arg(query, -26)
                     .arg(w.window->loadedRows(), 5)
                     .arg(ms, 0, 'f', 1);
    }
    report(QStringLiteral("timer fired -> painted (20 queries)"), typed, 100);
    if (prefixes) {
        // A slow typist (a pause over the debounce after every key): every
        // prefix is a search of its own, "l*" and "le*" included.
        for (const QString &query : queries) {
            clearSearch(w, watch);
            for (int n = 1; n <= query.size(); ++n) {
                if (query.at(n - 1).isSpace())
                    continue;
                const double ms = timeSearch(watch, [&] { w.search->setText(query.left(n)); });
                perPrefix << ms;
                slowPrefixes.append({ms, query.left(n)});
            }
        }
        std::sort(slowPrefixes.begin(), slowPrefixes.end(), std::greater<>());
        out() << "== search, every prefix (a pause after each key)\n";
        report(QStringLiteral("timer fired -> painted (prefixes)"), perPrefix, 100);
        out() << "  slowest prefixes:";
        for (qsizetype i = 0; i < qMin<qsizetype>(8, slowPrefixes.size()); ++i)
            out() << QStringLiteral(" \"%1\" %2 ms")
                         .arg(slowPrefixes.at(i).second)
                         .arg(slowPrefixes.at(i).first, 0, 'f', 0);
        out() << '\n';
        // By the length of the word being typed: the prefix's cost.
        QMap<int, QList<double>> byLength;
        for (const auto &[ms, text] : std::as_const(slowPrefixes))
            byLength[qMin(5, int(text.section(QLatin1Char(' '), -1).size()))] << ms;
        for (auto it = byLength.cbegin(); it != byLength.cend(); ++it)
            report(QStringLiteral("  last word of %1%2 letters").arg(it.key()).arg(it.key() == 5 ? "+" : ""),
                   it.value(), 100);
    }
    clearSearch(w, watch);
    w.searchTimer->removeEventFilter(&watch);
}

// The storage's share: the window's queries alone, on a connection of their own.
void measureQueries(const QString &cache, const QList<QDate> &days, bool prefixes)
{
    Database db(cache);
    QString error;
    check(db.open(&error), QStringLiteral("open the cache"), error);
    PaperRepository repo(db.connection());
    const Criteria criteria = Criteria::defaults();
    auto timed = [](const std::function<void()> &f) {
        QElapsedTimer t;
        t.start();
        f();
        return t.nsecsElapsed() / 1e6;
    };
    QList<double> dayMs, searchMs, prefixMs;
    for (const QDate &day : days) {
        ListQuery q;
        q.date = day;
        q.criteria = criteria;
        dayMs << timed([&] { repo.list(q, &error); });
    }
    // list() of one text as the window asks it (the newest 501 matches:
    // one more than it shows, to tell "more than 500"), in ms.
    auto search = [&](const QString &text) {
        ListQuery q;
        q.search = text;
        q.searchLimit = 501;
        q.sort = ListQuery::Sort::Date;
        return timed([&] { repo.list(q, &error); });
    };
    out() << "== the storage's share: the same queries, PaperRepository alone\n";
    for (const QString &text : searchQueries()) {
        const double list = search(text);
        searchMs << list;
        out() << QStringLiteral("  %1 list %2 ms\n").arg(text, -26).arg(list, 0, 'f', 1);
        if (prefixes)
            for (int n = 1; n <= text.size(); ++n)
                if (!text.at(n - 1).isSpace())
                    prefixMs << search(text.left(n));
    }
    report(QStringLiteral("list(day)"), dayMs, 100);
    report(QStringLiteral("list(search)"), searchMs, 100);
    if (prefixes)
        report(QStringLiteral("  the same, every prefix"), prefixMs, 100);
}

// A fetch of a 1,500-paper day from a local server on a thread of its own,
// then an offline score of it, through the window's actions, while a 16 ms
// timer on the GUI thread records how long it waits between ticks.
void measureWork(Window &w, int perDay)
{
    BenchApp *app = benchApp();
    auto *work = w.window->findChild<DailyWork *>();
    if (!work)
        qFatal("no DailyWork");
    auto trigger = [&](const QString &text) {
        for (QAction *a : w.window->findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == text) {
                a->trigger();
                return;
            }
        qFatal("no action %s", qPrintable(text));
    };
    auto waitIdle = [&] {
        QEventLoop loop;
        QObject::connect(work, &DailyWork::busyChanged, &loop, [&loop](bool busy) {
            if (!busy)
                loop.quit();
        });
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        if (work->isBusy())
            loop.exec();
        turnLoop(300); // the last refresh and its frame
    };

    QList<double> gaps;
    QList<qint64> gapEnds; // ns, with gaps
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(16);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps << sinceTick.nsecsElapsed() / 1e6;
        gapEnds << nowNs();
        sinceTick.start();
    });
    auto phase = [&](const QString &name, const std::function<void()> &run) {
        gaps.clear();
        gapEnds.clear();
        app->longest.clear();
        app->recordDispatches = true;
        sinceTick.start();
        tick.start();
        QElapsedTimer wall;
        wall.start();
        run();
        const double wallMs = wall.nsecsElapsed() / 1e6;
        tick.stop();
        app->recordDispatches = false;
        // What the GUI thread did inside the longest gap; the rest of it
        // the thread waited for a core.
        const qsizetype worst = std::max_element(gaps.cbegin(), gaps.cend()) - gaps.cbegin();
        QStringList inside;
        double busyMs = 0;
        if (worst < gaps.size()) {
            const qint64 from = gapEnds.at(worst) - qint64(gaps.at(worst) * 1e6);
            for (const BenchApp::Dispatch &d : std::as_const(app->longest))
                if (d.startNs >= from && d.startNs < gapEnds.at(worst)) {
                    inside << QStringLiteral("%1 ms %2").arg(d.ms, 0, 'f', 0).arg(d.what);
                    busyMs += d.ms;
                }
        }
        std::sort(app->longest.begin(), app->longest.end(),
                  [](const BenchApp::Dispatch &a, const BenchApp::Dispatch &b) { return a.ms > b.ms; });
        const int over50 = int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 50; }));
        out()
            << QStringLiteral(
                   "%1 %2 ms wall, %3 ticks: longest gap %4 ms, p99 %5 ms, median %6 ms, gaps > 50 ms: %7\n")
                   .arg(name, -22)
                   .arg(wallMs, 0, 'f', 0)
                   .arg(gaps.size())
                   .arg(percentile(gaps, 1.0), 0, 'f', 1)
                   .arg(percentile(gaps, 0.99), 0, 'f', 1)
                   .arg(percentile(gaps, 0.5), 0, 'f', 1)
                   .arg(over50);
        out() << "  longest turns of the GUI thread:";
        for (qsizetype i = 0; i < qMin<qsizetype>(4, app->longest.size()); ++i)
            out() << QStringLiteral(" [%1 ms %2]")
                         .arg(app->longest.at(i).ms, 0, 'f', 0)
                         .arg(app->longest.at(i).what);
        out() << '\n';
        out() << QStringLiteral("  inside the longest gap: %1 ms of GUI work (turns over 4 ms: %2)\n")
                     .arg(busyMs, 0, 'f', 0)
                     .arg(inside.isEmpty() ? QStringLiteral("none") : inside.join(QStringLiteral("; ")));
        out().flush();
    };
    out() << QStringLiteral("== the window while it works (%1-paper day fetched from a local server, then "
                            "scored offline)\n")
                 .arg(perDay);
    phase(QStringLiteral("idle"), [] { turnLoop(500); });
    phase(QStringLiteral("fetch + store + show"), [&] {
        trigger(QStringLiteral("Fetch Today"));
        waitIdle();
    });
    if (w.window->shownDay() != kFetchDay || w.window->loadedRows() != perDay)
        qFatal("the fetch did not show the day (%s, %d rows)",
               qPrintable(w.window->shownDay().toString(Qt::ISODate)), w.window->loadedRows());
    phase(QStringLiteral("score offline + show"), [&] {
        trigger(QStringLiteral("Score"));
        waitIdle();
    });
}

// The local arXiv, answering on a thread of its own so it never loads the GUI thread.
class ServerThread
{
public:
    explicit ServerThread(const QByteArray &feed)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, feed] {
                m_server = new test::FakeHttpServer;
                const auto rss = test::FakeHttpServer::Response::ok(feed);
                m_server->setHandler([rss](const test::FakeHttpServer::Request &r) {
                    return r.path.startsWith("/rss/") ? rss : test::FakeHttpServer::Response::error(404);
                });
                m_server->listen();
                m_url = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                delete m_server;
                m_context.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    QObject m_context;
    test::FakeHttpServer *m_server = nullptr;
    QUrl m_url;
};

QByteArray fetchFeed(int perDay)
{
    CorpusMaker maker(capturedPapers(), 4242);
    QList<Paper> papers;
    for (int i = 0; i < perDay; ++i)
        papers << maker.make(
            QStringLiteral("%1.%2").arg(kFetchDay.toString(QStringLiteral("yyMM"))).arg(90000 + i),
            kFetchDay);
    return test::listingFeedFromPapers(papers, kFollowed, kFetchDay);
}

} // namespace

int main(int argc, char **argv)
{
    sinceMain().start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    test::isolateEnvironment();
    BenchApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    installTranslations(app);

    QCommandLineParser parser;
    // A count option: --name N.
    const auto count = [](const char *name, const char *help, int value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("N"),
                                  QString::number(value));
    };
    const QCommandLineOption cacheOpt(
        QStringLiteral("cache"), QStringLiteral("The cache file (built when missing)."),
        QStringLiteral("FILE"), QStringLiteral("/tmp/pb-bench/cache-500k.sqlite"));
    const QCommandLineOption papersOpt = count("papers", "Papers in the cache.", 500000);
    const QCommandLineOption perDayOpt = count("per-day", "Papers a day.", 1500);
    const QCommandLineOption workDayOpt =
        count("work-day", "Papers in the day the work phase fetches (default: --per-day).", 0);
    const QCommandLineOption startsOpt = count("starts", "Fresh processes timed for start.", 11);
    const QCommandLineOption switchesOpt = count("switches", "Day switches.", 20);
    const QCommandLineOption sortsOpt =
        count("sort-rounds", "Rounds of clicks on Relevance, Novelty, Title, Authors.", 5);
    const QCommandLineOption noPrefixesOpt(QStringLiteral("no-prefixes"),
                                           QStringLiteral("Skip the search of every prefix."));
    const QCommandLineOption noWorkOpt(QStringLiteral("no-work"),
                                       QStringLiteral("Skip the fetch and score."));
    const QCommandLineOption startChildOpt(QStringLiteral("measure-start"), QStringLiteral("(internal)"));
    const QCommandLineOption buildChildOpt(QStringLiteral("build-cache"), QStringLiteral("(internal)"));
    parser.addHelpOption();
    parser.addOptions({cacheOpt, papersOpt, perDayOpt, workDayOpt, startsOpt, switchesOpt, sortsOpt,
                       noPrefixesOpt, noWorkOpt, startChildOpt, buildChildOpt});
    parser.process(app);
    const QString cache = QFileInfo(parser.value(cacheOpt)).absoluteFilePath();
    const int wanted = parser.value(papersOpt).toInt();
    const int perDay = parser.value(perDayOpt).toInt();
    const int workDay = parser.value(workDayOpt).toInt() > 0 ? parser.value(workDayOpt).toInt() : perDay;
    if (parser.isSet(startChildOpt))
        return measureStartChild(cache);
    if (parser.isSet(buildChildOpt))
        return buildCache(cache, wanted, perDay);

    const QString self = QCoreApplication::applicationFilePath();
    QDir().mkpath(QFileInfo(cache).absolutePath());
    if (countPapers(cache) < wanted) {
        out() << "== building the cache " << cache << '\n';
        out().flush();
        QProcess build;
        build.setProcessChannelMode(QProcess::ForwardedChannels);
        build.start(self, {QStringLiteral("--build-cache"), QStringLiteral("--cache"), cache,
                           QStringLiteral("--papers"), QString::number(wanted), QStringLiteral("--per-day"),
                           QString::number(perDay)});
        if (!build.waitForFinished(-1) || build.exitCode() != 0)
            qFatal("building the cache failed");
    }
    removeFetchedDay(cache);
    {
        Database db(cache);
        QString error;
        db.open(&error);
        const PaperRepository repo(db.connection());
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM days), (SELECT COUNT(*) FROM scores),"
                              " (SELECT COUNT(*) FROM paper_state), (SELECT COUNT(*) FROM runs)"));
        q.next();
        out() << QStringLiteral("cache %1: %2 papers, %3 days, %4 scores, %5 marked, %6 runs, %7 MiB\n")
                     .arg(cache)
                     .arg(repo.paperCount())
                     .arg(q.value(0).toInt())
                     .arg(q.value(1).toInt())
                     .arg(q.value(2).toInt())
                     .arg(q.value(3).toInt())
                     .arg(QFileInfo(cache).size() / 1048576.0, 0, 'f', 0);
        out().flush();
    }

    measureStarts(self, cache, parser.value(startsOpt).toInt());

    // The window in this process, on the local arXiv for the work phase.
    const bool work = !parser.isSet(noWorkOpt);
    std::unique_ptr<ServerThread> server;
    if (work) {
        server = std::make_unique<ServerThread>(fetchFeed(workDay));
        qputenv("PAPERBOY_ARXIV_RSS_URL", server->url().toString().toUtf8());
        qputenv("PAPERBOY_ARXIV_API_URL", server->url().toString().toUtf8());
    }
    const qint64 rssBefore = rssKiB();
    Window w = openWindow(cache);
    const qint64 rssStarted = rssKiB();
    out()
        << QStringLiteral(
               "== this process: window start %1 ms; VmRSS before the window %2, after its first paint %3\n")
               .arg(w.startMs, 0, 'f', 1)
               .arg(mib(rssBefore), mib(rssStarted));
    // The window fits its screen: what is measured depends on the rows it shows.
    const QSize screen = w.window->screen()->availableGeometry().size();
    out() << QStringLiteral("== the window %1x%2 on a %3x%4 screen, %5 rows in view\n")
                 .arg(w.window->width())
                 .arg(w.window->height())
                 .arg(screen.width())
                 .arg(screen.height())
                 .arg(w.table->viewport()->height() / w.table->verticalHeader()->defaultSectionSize());

    QList<QDate> visited;
    measureSwitches(w, parser.value(switchesOpt).toInt(), &visited);
    measureSorts(w, parser.value(sortsOpt).toInt());
    measureSearch(w, !parser.isSet(noPrefixesOpt));
    measureQueries(cache, visited, !parser.isSet(noPrefixesOpt));
    out() << QStringLiteral("== VmRSS after the interactions %1 (peak %2)\n")
                 .arg(mib(rssKiB()), mib(rssKiB("VmHWM:")));
    if (work) {
        measureWork(w, workDay);
        out() << QStringLiteral("== VmRSS after the work %1 (peak %2)\n")
                     .arg(mib(rssKiB()), mib(rssKiB("VmHWM:")));
        if (workDay != perDay) { // the biggest day, on top of the whole history
            measureSorts(w, parser.value(sortsOpt).toInt());
            measureSwitchesToShownDay(w, 10);
        }
    }
    w.window->close();
    w.window.reset();
    server.reset();
    if (work)
        removeFetchedDay(cache);
    return 0;
}
