// One truth about every paper: a big day scored offline, then by an LLM with
// the title pass on, gives one relevant count and one score per paper in
// every place that shows the day (issue "One truth about every paper").
#include "BarChart.h"
#include "ChartsDialog.h"
#include "MainWindow.h"
#include "PaperTableModel.h"
#include "core/Relevance.h"
#include "jobs/DayCounts.h"
#include "scoring/PromptBuilder.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/StatsRepository.h"
#include "support/CacheProbe.h"
#include "support/ChildProcess.h"
#include "support/FakeOpenAi.h"
#include "support/RealDays.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

using namespace paperboy;
using paperboy::test::FakeOpenAi;

namespace {

// The biggest real day in the fixtures holds 404 papers; two real days
// announced as one make a day of 700, above the title pass's 400.
const QDate kDay(2025, 10, 2);
constexpr int kPapers = 700;
const QString kModel = QStringLiteral("gpt-5-mini");

} // namespace

class TestOneTruth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    FakeOpenAi m_llm;
    int m_relevant = -1; // the run's summary
    QSet<QString> m_setAside;
    int m_papers = 0; // distinct papers of the day

    test::ChildResult paperboy(QStringList args)
    {
        QProcess process;
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        QProcessEnvironment env =
            test::childEnvironment(m_home.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-truth-0123456789abcdef"));
        env.insert(QStringLiteral("OPENAI_BASE_URL"), m_llm.baseUrl().toString());
        test::startChild(process, test::paperboyBinary(), args, env);
        return test::waitForChild(process, 240000);
    }

    QJsonArray listJson(const QStringList &extra = {})
    {
        const auto r =
            paperboy(QStringList{QStringLiteral("list"), QStringLiteral("--date"), kDay.toString(Qt::ISODate),
                                 QStringLiteral("--format"), QStringLiteral("json")} +
                     extra);
        if (r.code != 0)
            qFatal("list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // Each paper's (relevance, novelty, relevant, set aside), as a JSON list gives them.
    static QHash<QString, QString> verdicts(const QJsonArray &papers)
    {
        QHash<QString, QString> out;
        for (const QJsonValue &v : papers) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("id")).toString(),
                       QStringLiteral("%1/%2/%3/%4")
                           .arg(o.value(QStringLiteral("relevance")).toInt(-1))
                           .arg(o.value(QStringLiteral("novelty")).toInt(-1))
                           .arg(o.value(QStringLiteral("relevant")).toBool())
                           .arg(o.value(QStringLiteral("set_aside")).toBool()));
        }
        return out;
    }

    static int relevantIn(const QJsonArray &papers)
    {
        int n = 0;
        for (const QJsonValue &v : papers)
            n += v.toObject().value(QStringLiteral("relevant")).toBool() ? 1 : 0;
        return n;
    }

    Criteria saveCriteria(const std::function<void(Criteria &)> &edit)
    {
        Database db(m_db);
        QString error;
        if (!db.open(&error))
            qFatal("%s", qPrintable(error));
        ScoreRepository repo(db.connection());
        Criteria c = repo.currentCriteria(&error)->criteria;
        edit(c);
        if (!repo.saveCriteria(c, &error))
            qFatal("%s", qPrintable(error));
        return c;
    }

    // What the LLM's scores under `criteria` make relevant, paper by paper.
    int expectedRelevant(const QJsonArray &papers, const Criteria &criteria) const
    {
        int n = 0;
        for (const QJsonValue &v : papers) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (m_setAside.contains(id))
                continue;
            QStringList authors;
            for (const QJsonValue &a : o.value(QStringLiteral("authors")).toArray())
                authors << a.toString();
            n += criteria.meetsCutoffs(FakeOpenAi::relevanceOf(id), FakeOpenAi::noveltyOf(id)) ||
                         !criteria.followedAuthorIn(authors).isEmpty()
                     ? 1
                     : 0;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_llm.listen());
        m_db = m_home.filePath(QStringLiteral("cache.sqlite"));
        QList<Paper> papers = test::realDay(QDate(2025, 10, 1)) + test::realDay(QDate(2025, 10, 2));
        QCOMPARE(papers.size(), kPapers);
        QSet<QString> ids;
        for (const Paper &p : std::as_const(papers))
            ids.insert(p.id);
        m_papers = int(ids.size()); // a paper announced on both days is one paper
        QVERIFY(m_papers > 500);
        QString error;
        QVERIFY2(test::storeDay(m_db, kDay, papers, &error), qPrintable(error));

        // Offline first, then the LLM: its title pass sets papers aside that
        // still hold an offline score.
        const auto offline =
            paperboy({QStringLiteral("score"), QStringLiteral("--provider"), QStringLiteral("offline")});
        QVERIFY2(offline.code == 0, qPrintable(offline.err));
        const auto llm = paperboy({QStringLiteral("score"), QStringLiteral("--model"), kModel});
        QVERIFY2(llm.code == 0, qPrintable(llm.err));
        const QRegularExpression summary(
            QStringLiteral("with %1: (\\d+) relevant, (\\d+) set aside by title").arg(kModel));
        const auto match = summary.match(llm.out);
        QVERIFY2(match.hasMatch(), qPrintable(llm.out));
        m_relevant = match.captured(1).toInt();
        // Set aside: asked about by title, never sent with the abstract.
        QSet<QString> full;
        for (const FakeOpenAi::Exchange &e : m_llm.exchanges())
            (e.titlesOnly ? m_setAside : full).unite(QSet<QString>(e.ids.cbegin(), e.ids.cend()));
        m_setAside.subtract(full);
        QCOMPARE(match.captured(2).toInt(), int(m_setAside.size()));
        QVERIFY(m_setAside.size() > 100);
        qInfo("%d papers: %d relevant, %d set aside by title", m_papers, m_relevant, int(m_setAside.size()));
        QVERIFY(m_relevant > 10);
    }

    void listSaysOneScorerAndMarksSetAside()
    {
        const QJsonArray papers = listJson();
        QCOMPARE(papers.size(), m_papers);
        QCOMPARE(relevantIn(papers), m_relevant);
        int setAside = 0;
        for (const QJsonValue &v : papers) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            // Every paper shows the LLM's verdict, never a leftover offline score.
            QCOMPARE(o.value(QStringLiteral("scored_by")).toString(), kModel);
            QVERIFY(o.value(QStringLiteral("criteria_version")).toInt() > 0);
            if (o.value(QStringLiteral("set_aside")).toBool()) {
                ++setAside;
                QVERIFY2(m_setAside.contains(id), qPrintable(id));
                QVERIFY(o.value(QStringLiteral("relevance")).isNull());
                QVERIFY(!o.value(QStringLiteral("relevant")).toBool());
            } else {
                QCOMPARE(o.value(QStringLiteral("relevance")).toInt(), FakeOpenAi::relevanceOf(id));
                QCOMPARE(o.value(QStringLiteral("novelty")).toInt(), FakeOpenAi::noveltyOf(id));
            }
        }
        QCOMPARE(setAside, int(m_setAside.size()));
        // Set-aside papers sort after every scored one.
        bool seenSetAside = false;
        for (const QJsonValue &v : papers) {
            const bool aside = v.toObject().value(QStringLiteral("set_aside")).toBool();
            QVERIFY(!seenSetAside || aside);
            seenSetAside = seenSetAside || aside;
        }

        const QJsonArray relevant = listJson({QStringLiteral("--relevant")});
        QCOMPARE(relevant.size(), m_relevant);

        // The other scorer stays in the cache and can be chosen, alone.
        const QJsonArray offline = listJson({QStringLiteral("--scores-from"), QStringLiteral("offline")});
        QCOMPARE(offline.size(), m_papers);
        for (const QJsonValue &v : offline) {
            QCOMPARE(v.toObject().value(QStringLiteral("scored_by")).toString(), QStringLiteral("offline"));
            QVERIFY(!v.toObject().value(QStringLiteral("set_aside")).toBool());
        }
        const auto unknown =
            paperboy({QStringLiteral("list"), QStringLiteral("--date"), kDay.toString(Qt::ISODate),
                      QStringLiteral("--scores-from"), QStringLiteral("gpt-4o")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no scores from gpt-4o")) &&
                     unknown.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(unknown.err));
    }

    void digestsSayTheSame()
    {
        const QString md = m_home.filePath(QStringLiteral("day.md"));
        const QString json = m_home.filePath(QStringLiteral("day.json"));
        QCOMPARE(paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"),
                           QStringLiteral("--relevant"), QStringLiteral("-o"), md})
                     .code,
                 0);
        QCOMPARE(paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("-o"), json})
                     .code,
                 0);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.contains(QStringLiteral("Total relevant papers: %1\n").arg(m_relevant)));
        QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("(?m)^## \\d+\\. ")))), m_relevant);

        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject digest = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(digest.value(QStringLiteral("totals")).toObject().value(QStringLiteral("relevant")).toInt(),
                 m_relevant);
        QCOMPARE(relevantIn(digest.value(QStringLiteral("papers")).toArray()), m_relevant);
        // The same verdict on every paper as the list.
        QCOMPARE(verdicts(digest.value(QStringLiteral("papers")).toArray()), verdicts(listJson()));
        QCOMPARE(digest.value(QStringLiteral("scored_by")).toString(), kModel);
        // The criteria version the scores were made with, and its prompt.
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        const auto version = ScoreRepository(db.connection()).currentCriteria(&error);
        QVERIFY(version);
        QCOMPARE(digest.value(QStringLiteral("criteria_version")).toInt(), version->id);
        QCOMPARE(digest.value(QStringLiteral("prompt")).toString(), prompt::render(version->criteria, true));
        const QJsonArray models = digest.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 1); // the offline run's row is not mixed in
    }

    void windowChartsAndNotificationSayTheSame()
    {
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        // The notification's and the run summary's numbers.
        const auto counts = jobs::dayCounts(db.connection(), kDay, QString(), &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->relevant, m_relevant);
        QCOMPARE(counts->setAside, int(m_setAside.size()));
        // The charts.
        const auto criteria = ScoreRepository(db.connection()).currentCriteria(&error)->criteria;
        const auto days = StatsRepository(db.connection()).daysUpTo(kDay, 30, criteria, &error);
        QVERIFY2(days && days->size() == 1, qPrintable(error));
        QCOMPARE(days->first().relevant, m_relevant);
        ChartsDialog charts(db.connection(), kDay, criteria, QString());
        const auto *relevantChart = charts.findChild<BarChart *>(QStringLiteral("relevantChart"));
        QVERIFY(relevantChart);
        QCOMPARE(relevantChart->bars().last().value, double(m_relevant));
        // The day's histogram counts the list's scores.
        const QJsonArray listed = listJson();
        std::array<int, 10> byRelevance{};
        for (const QJsonValue &v : listed)
            if (!v.toObject().value(QStringLiteral("relevance")).isNull())
                ++byRelevance[v.toObject().value(QStringLiteral("relevance")).toInt() - 1];
        const auto histogram = StatsRepository(db.connection()).histogram(kDay, criteria, QString(), &error);
        QVERIFY2(histogram, qPrintable(error));
        QCOMPARE(histogram->relevance, byRelevance);
        QCOMPARE(histogram->unscored, int(m_setAside.size()));

        // The window: status bar and the Relevant filter.
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.loadedRows(), m_papers);
        // The table's rows carry the list's verdict on every paper.
        {
            const auto *table = w.findChild<QTableView *>(QStringLiteral("paperTable"))->model();
            QHash<QString, QString> shown;
            for (int row = 0; row < table->rowCount(); ++row) {
                const auto cell = [&](int column, int role) { return table->index(row, column).data(role); };
                const QVariant r = cell(PaperTableModel::Relevance, PaperTableModel::SortRole);
                const QVariant n = cell(PaperTableModel::Novelty, PaperTableModel::SortRole);
                const bool aside =
                    cell(PaperTableModel::Relevance, Qt::DisplayRole).toString() == QStringLiteral("\u2298");
                shown.insert(cell(0, PaperTableModel::IdRole).toString(),
                             QStringLiteral("%1/%2/%3/%4")
                                 .arg(r.toInt())
                                 .arg(n.toInt())
                                 .arg(cell(0, PaperTableModel::RelevantRole).toBool())
                                 .arg(aside));
            }
            QCOMPARE(shown, verdicts(listed));
        }
        const QString status = w.findChild<QLabel *>(QStringLiteral("dayLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("%1 relevant").arg(QLocale().toString(m_relevant))),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("%1 set aside").arg(QLocale().toString(m_setAside.size()))),
                 qPrintable(status));
        QAction *relevantFilter = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Relevant"))
                relevantFilter = a;
        QVERIFY(relevantFilter);
        relevantFilter->trigger();
        auto *view = w.findChild<QTableView *>(QStringLiteral("paperTable"));
        QTRY_COMPARE(view->model()->rowCount(), m_relevant);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(
                !m_setAside.contains(view->model()->index(row, 0).data(PaperTableModel::IdRole).toString()));

        // "Scores from:" shows the other scorer alone, with its own count.
        auto *scorers = w.findChild<QComboBox *>(QStringLiteral("scorerBox"));
        QVERIFY(scorers && scorers->isVisible());
        const int offline = scorers->findData(QStringLiteral("offline"));
        QVERIFY(offline > 0);
        scorers->setCurrentIndex(offline);
        emit scorers->activated(offline);
        const int offlineRelevant =
            relevantIn(listJson({QStringLiteral("--scores-from"), QStringLiteral("offline")}));
        QVERIFY(offlineRelevant != m_relevant);
        QTRY_COMPARE(view->model()->rowCount(), offlineRelevant);
        const QString offlineStatus = w.findChild<QLabel *>(QStringLiteral("dayLabel"))->text();
        QVERIFY2(offlineStatus.contains(QStringLiteral("%1 relevant").arg(offlineRelevant)) &&
                     offlineStatus.contains(QStringLiteral("scores from the offline scorer")) &&
                     !offlineStatus.contains(QStringLiteral("set aside")),
                 qPrintable(offlineStatus));
        // Each paper once, whatever the filter, after scores changed in place.
        const auto shownOnce = [view] {
            QSet<QString> ids;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                ids.insert(view->model()->index(row, 0).data(PaperTableModel::IdRole).toString());
            return int(ids.size()) == view->model()->rowCount();
        };
        QVERIFY(shownOnce());
        const int latest = scorers->findData(QString());
        scorers->setCurrentIndex(latest);
        emit scorers->activated(latest);
        QTRY_COMPARE(view->model()->rowCount(), m_relevant);
        QVERIFY(shownOnce());
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("All Papers"))
                a->trigger();
        QTRY_COMPARE(view->model()->rowCount(), m_papers);
        scorers->setCurrentIndex(offline);
        emit scorers->activated(offline);
        QTRY_VERIFY(
            w.findChild<QLabel *>(QStringLiteral("dayLabel"))->text().contains(QStringLiteral("offline")));
        QCOMPARE(view->model()->rowCount(), m_papers);
        QVERIFY(shownOnce());
    }

    void aCutoffOrAFollowedAuthorChangesTheRelevantSetWithoutARequest()
    {
        const int requests = m_llm.requestCount();
        const QJsonArray before = listJson();
        // A lower cut-off: more papers relevant, nothing re-scored.
        const Criteria lower = saveCriteria([](Criteria &c) {
            c.relevanceCutoff = 6;
            c.noveltyCutoff = 5;
        });
        const QJsonArray looser = listJson();
        const int expected = expectedRelevant(looser, lower);
        QVERIFY(expected > m_relevant);
        QCOMPARE(relevantIn(looser), expected);
        QCOMPARE(listJson({QStringLiteral("--relevant")}).size(), expected);

        // Following the author of a scored paper below the cut-offs makes it relevant.
        QString followed, paperId;
        for (const QJsonValue &v : looser) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("relevant")).toBool() &&
                !o.value(QStringLiteral("set_aside")).toBool()) {
                followed = o.value(QStringLiteral("authors")).toArray().first().toString();
                paperId = o.value(QStringLiteral("id")).toString();
                break;
            }
        }
        QVERIFY(!followed.isEmpty());
        const Criteria following = saveCriteria([&](Criteria &c) { c.followedAuthors = {followed}; });
        const QJsonArray now = listJson();
        QCOMPARE(relevantIn(now), expectedRelevant(now, following));
        for (const QJsonValue &v : now)
            if (v.toObject().value(QStringLiteral("id")).toString() == paperId) {
                QVERIFY(v.toObject().value(QStringLiteral("relevant")).toBool());
                QCOMPARE(v.toObject().value(QStringLiteral("followed_author")).toString(), followed);
                QCOMPARE(v.toObject().value(QStringLiteral("scored_by")).toString(), kModel);
            }
        // Still the LLM's scores: the same scoring hash, nothing sent.
        QCOMPARE(m_llm.requestCount(), requests);
        const auto again = paperboy({QStringLiteral("score"), QStringLiteral("--model"), kModel});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already has a score")), qPrintable(again.out));
        QCOMPARE(m_llm.requestCount(), requests);
        QCOMPARE(before.size(), now.size());
    }

    void scoreTheseFullySendsExactlyTheSetAsidePapers()
    {
        // The window's Score These Fully, with the LLM of the day in Settings.
        QSettings settings;
        settings.setValue(QStringLiteral("scoring/provider"), QStringLiteral("openai"));
        settings.setValue(QStringLiteral("scoring/baseUrl"), m_llm.baseUrl().toString());
        settings.setValue(QStringLiteral("scoring/model"), kModel);
        settings.sync();
        qputenv("OPENAI_API_KEY", "sk-test-truth-0123456789abcdef");
        m_llm.clearRecords();
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.loadedRows(), m_papers);
        QAction *fully = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Score These Fully"))
                fully = a;
        QVERIFY(fully && fully->isEnabled());
        fully->trigger();
        const auto *status = w.findChild<QLabel *>(QStringLiteral("dayLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QStringLiteral("set aside")), 60000);
        QTRY_VERIFY(!fully->isEnabled());

        // Exactly the set-aside papers went, with their abstracts, once each.
        QStringList sent;
        for (const FakeOpenAi::Exchange &e : m_llm.exchanges()) {
            QVERIFY(!e.titlesOnly);
            sent << e.ids;
        }
        QCOMPARE(int(sent.size()), int(m_setAside.size()));
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()), m_setAside);

        // Now scored by the same model, and judged by the same rule.
        const QJsonArray papers = listJson();
        for (const QJsonValue &v : papers) {
            QVERIFY(!v.toObject().value(QStringLiteral("set_aside")).toBool());
            QCOMPARE(v.toObject().value(QStringLiteral("scored_by")).toString(), kModel);
        }
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        const Criteria criteria = ScoreRepository(db.connection()).currentCriteria(&error)->criteria;
        m_setAside.clear();
        const int relevant = expectedRelevant(papers, criteria);
        QCOMPARE(relevantIn(papers), relevant);
        QVERIFY2(status->text().contains(QStringLiteral("%1 relevant").arg(QLocale().toString(relevant))),
                 qPrintable(status->text()));
        // The command line's --set-aside finds nothing left.
        const auto again = paperboy(
            {QStringLiteral("score"), QStringLiteral("--model"), kModel, QStringLiteral("--set-aside")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("No paper of")), qPrintable(again.out));
    }
};

PAPERBOY_GUI_TEST_MAIN(TestOneTruth)
#include "tst_onetruth.moc"
