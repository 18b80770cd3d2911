// The real window on the offscreen platform, against local fake arXiv and
// OpenAI-compatible servers: fetch today, score offline and with an LLM,
// sort by relevance, read an abstract with its math, star with the keyboard,
// search the history, export a .bib that biber accepts, hide a paper, and
// say plainly what went wrong when a server misbehaves.
#include "CriteriaDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PaperTableModel.h"
#include "Prompts.h"
#include "ReaderPane.h"
#include "SettingsDialog.h"
#include "WindowFixture.h"
#include "WorkProgress.h"
#include "arxiv/ApiParser.h"
#include "core/Criteria.h"
#include "core/Relevance.h"
#include "core/Settings.h"
#include "jobs/OfflineCascadeSplit.h"
#include "jobs/ScoringSettings.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/Biber.h"
#include "support/CacheProbe.h"
#include "support/FakeHttpServer.h"
#include "support/FakeOpenAi.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::FakeOpenAi;
using namespace paperboy::test;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Stands in for the desktop's browser or file manager: records what it was
// asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }
};

} // namespace

// Runs `act` on the modal dialog of type Dialog once it is the one shown.
// Settings asks the keyring as it opens, which runs events: a single shot
// could find no dialog yet, so this polls (every 10 ms) until it shows.
template<typename Dialog, typename Act> void whenModal(QTimer &poll, QObject *context, Act act)
{
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, context, [&poll, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        act(dialog);
    });
    poll.start();
}

class TestMainWindow : public QObject, private test::WindowFixture
{
    Q_OBJECT

private:
    // What the banner's "Open Folder" button opens when clicked; none when
    // the banner offers no such button.
    QList<QUrl> openFolderOffered(MainWindow &w)
    {
        auto *open = banner(w)->findChild<QPushButton *>(QStringLiteral("messageAction"));
        if (!open || !open->isVisible() || open->text() != QLatin1String("Open Folder"))
            return {};
        UrlCatcher files;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
        QTest::mouseClick(open, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        return files.opened;
    }

    QList<PaperRow> storedStarred()
    {
        Database db(m_dbPath);
        QString error;
        db.open(&error);
        ListQuery q;
        q.starredOnly = true;
        return PaperRepository(db.connection()).list(q, &error);
    }

    // The papers of the test's day, read or not, as the cache has them.
    QStringList storedReadOfDay()
    {
        Database db(m_dbPath);
        QString error;
        db.open(&error);
        ListQuery q;
        q.date = kDay;
        QStringList read;
        for (const PaperRow &row : PaperRepository(db.connection()).list(q, &error))
            if (row.read)
                read << row.paper.id;
        read.sort();
        return read;
    }

    static QStringList shownRead(const QTableView *view)
    {
        QStringList read;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(PaperTableModel::ReadRole).toBool())
                read << view->model()->index(r, 0).data(PaperTableModel::IdRole).toString();
        read.sort();
        return read;
    }

    // An OpenAI-compatible server at `address`, saved as the Settings
    // dialog saves it, and `key` in the environment.
    static void scoreWith(const QUrl &address, const QByteArray &key, int giveUpSeconds = 60)
    {
        QSettings settings;
        ScoringSettings scoring;
        scoring.provider = ScoreRequest::Provider::OpenAI;
        scoring.baseUrl = address;
        scoring.model = QStringLiteral("gpt-5-mini");
        scoring.giveUpSeconds = giveUpSeconds;
        // Every paper through the abstract pass, so that every row gets a score.
        scoring.titlePass = ScoreRequest::TitlePass::Off;
        scoring.save(settings);
        qputenv("OPENAI_API_KEY", key);
    }

private slots:
    void initTestCase() { QVERIFY(startArxiv()); }

    void init() { startTest(); }

    // The "done when", as a person does it.
    void fetchScoreSortReadStarAndExport()
    {
        auto w = openWindow();
        QTableView *view = table(*w);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("dayLabel"))
                    ->text()
                    .contains(QStringLiteral("Fetch Today")));

        STEP(fetchDay(*w, 100));
        QCOMPARE(w->shownDay(), kDay);
        QVERIFY(banner(*w)->text().contains(QStringLiteral("100 papers stored")));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("dayLabel"))
                    ->text()
                    .contains(QStringLiteral("100 announced")));

        STEP(scoreDay(*w));
        // The paper the window picked after the fetch gives way to the best one.
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(banner(*w)->text().isEmpty()); // "stored, score them" was about the fetch

        // Sort by title, then by relevance: best first, numerically.
        QHeaderView *header = view->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(PaperTableModel::Title) + 10, 5));
        QCOMPARE(header->sortIndicatorSection(), int(PaperTableModel::Title));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(PaperTableModel::Relevance) + 10, 5));
        QCOMPARE(header->sortIndicatorSection(), int(PaperTableModel::Relevance));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QList<int> relevance;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            relevance << view->model()->index(r, PaperTableModel::Relevance).data().toInt();
        QVERIFY(std::is_sorted(relevance.crbegin(), relevance.crend()));
        QVERIFY(relevance.first() > relevance.last());

        // Star the first three with the keyboard: s, j, s, j, s.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, PaperTableModel::Title));
        QStringList expected;
        for (int i = 0; i < 3; ++i) {
            expected << view->currentIndex().data(PaperTableModel::IdRole).toString();
            QTest::keyClick(view, Qt::Key_S);
            QTest::keyClick(view, Qt::Key_J);
        }
        QCOMPARE(view->currentIndex().row(), 3);
        w->flushMarks();
        QStringList starred;
        for (const PaperRow &row : storedStarred())
            starred << row.paper.id;
        starred.sort();
        expected.sort();
        QCOMPARE(starred, expected);
        // Moving on at once read nothing on the way (the first paper was
        // on screen while the day was scored).
        for (const QString &id : expected.mid(1))
            QVERIFY(!stored(id).read);

        // Export the starred papers: a .bib biber accepts, with those three.
        const QString bib = m_dir.filePath(QStringLiteral("starred.bib"));
        prompts::testing::answerFileName(bib);
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QFile::exists(bib), qPrintable(banner(*w)->text()));
        QVERIFY(banner(*w)->text().contains(QStringLiteral("3 papers exported")));
        QCOMPARE(banner(*w)->findChild<QPushButton *>(QStringLiteral("messageAction"))->text(),
                 QStringLiteral("Open Folder"));
        const QString text = readFile(bib);
        QCOMPARE(text.count(QStringLiteral("@misc{")), 3);
        for (const QString &id : expected)
            QVERIFY2(text.contains(QStringLiteral("eprint={%1}").arg(id)), qPrintable(text));
        const test::BiberRun biber = test::runBiber(text);
        QVERIFY2(biber.ran && biber.exitCode == 0, qPrintable(biber.log));
        QVERIFY2(biber.problems.isEmpty(), qPrintable(biber.problems.join(QLatin1Char('\n'))));
    }

    void readsAbstractsWithReadableMath()
    {
        QSettings().setValue(QStringLiteral("window/readAfterMs"), 50);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        // The capture's paper with "$0 \le \alpha, \beta\le 1/8$" in its abstract.
        QString id;
        for (const Paper &p : capturePapers())
            if (p.abstract.contains(QStringLiteral("\\le 1/8")))
                id = p.id;
        QVERIFY(!id.isEmpty());
        QTableView *view = table(*w);
        const QStringList ids = column(view->model(), PaperTableModel::IdRole);
        view->setCurrentIndex(view->model()->index(int(ids.indexOf(id)), PaperTableModel::Title));
        auto *reader = w->findChild<ReaderPane *>();
        QCOMPARE(reader->shownId(), id);
        const QString text = reader->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("0 \u2264 \u03b1")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("\\le")));
        QVERIFY(!text.contains(QLatin1Char('$')));
        // Shown for a moment, it is read; marks are written on their own thread.
        QTRY_VERIFY(view->currentIndex().data(PaperTableModel::ReadRole).toBool());
        w->flushMarks();
        QVERIFY(stored(id).read);
        // Enter moves to the abstract; the pane's actions work on the paper shown.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(reader->browser()->hasFocus());
        QTest::keyClick(reader->browser(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("eprint={%1}").arg(id)));
    }

    // Running through the table marks nothing; the paper the reader shows
    // for a moment is read.
    void aPaperIsReadAfterAMomentNotWhenPassedBy()
    {
        QSettings().setValue(QStringLiteral("window/readAfterMs"), 50);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, PaperTableModel::Title));
        // Keys go out back to back, without the event loop between them:
        // the moment never passes on the papers in the way.
        QStringList passed;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(view, Qt::Key_J);
            passed << view->currentIndex().data(PaperTableModel::IdRole).toString();
        }
        QCOMPARE(view->currentIndex().row(), 5);
        const QString kept = passed.takeLast();
        w->flushMarks();
        for (const QString &id : std::as_const(passed))
            QVERIFY2(!stored(id).read, qPrintable(id));
        QVERIFY(!stored(kept).read);
        QTRY_VERIFY(view->currentIndex().data(PaperTableModel::ReadRole).toBool());
        w->flushMarks();
        QVERIFY(stored(kept).read);
        for (const QString &id : std::as_const(passed))
            QVERIFY2(!stored(id).read, qPrintable(id));

        // A window in the tray shows nobody anything: back on screen, it does.
        w->hide();
        view->setCurrentIndex(view->model()->index(8, PaperTableModel::Title));
        const QString away = view->currentIndex().data(PaperTableModel::IdRole).toString();
        QTest::qWait(200);
        w->flushMarks();
        QVERIFY(!stored(away).read);
        w->show();
        QTRY_VERIFY(view->currentIndex().data(PaperTableModel::ReadRole).toBool());
        w->flushMarks();
        QVERIFY(stored(away).read);
    }

    void tabLeavesTheTableInsteadOfMovingTheRow()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        QVERIFY(view->hasFocus());
        const QModelIndex before = view->currentIndex();
        QVERIFY(before.isValid());
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentIndex(), before);
        QVERIFY(!view->hasFocus());
    }

    // The reader shows the paper as it is now: its Star button says whether
    // it is starred, and new scores and a hide show without moving on.
    void readerShowsThePaperAsItIsNow()
    {
        // Cut-offs every scored paper meets: the paper read becomes relevant.
        m_dbPath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_db));
        {
            Database db(m_dbPath);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            Criteria criteria = Criteria::defaults();
            criteria.relevanceCutoff = 1;
            criteria.noveltyCutoff = 1;
            QVERIFY2(ScoreRepository(db.connection()).saveCriteria(criteria, &error), qPrintable(error));
        }
        auto w = openWindow(false);
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setCurrentIndex(view->model()->index(5, PaperTableModel::Title));
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        auto *reader = w->findChild<ReaderPane *>();
        QCOMPARE(reader->shownId(), id);
        QVERIFY(reader->browser()->toPlainText().contains(QStringLiteral("Not scored yet.")));

        auto *bar = reader->findChild<QToolBar *>(QStringLiteral("readerToolbar"));
        auto *star = qobject_cast<QToolButton *>(bar->widgetForAction(action(*w, QStringLiteral("Star"))));
        QVERIFY(star);
        QVERIFY(!star->isChecked());
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(star->isChecked());
        w->flushMarks();
        QVERIFY(stored(id).starred);
        // Another paper: the button shows that one's state.
        QTest::keyClick(view, Qt::Key_J);
        QVERIFY(!star->isChecked());
        QTest::keyClick(view, Qt::Key_K);
        QVERIFY(star->isChecked());
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(!star->isChecked());
        w->flushMarks();
        QVERIFY(!stored(id).starred);

        // Scores land while the paper is read.
        STEP(scoreDay(*w));
        QCOMPARE(reader->shownId(), id);
        const int relevance = view->currentIndex().siblingAtColumn(PaperTableModel::Relevance).data().toInt();
        QVERIFY2(reader->browser()->toPlainText().contains(QStringLiteral("Relevance %1").arg(relevance)),
                 qPrintable(reader->browser()->toPlainText()));

        // Hidden, with hidden papers shown: no longer relevant.
        const QString isRelevant = QStringLiteral("\u00b7 relevant");
        QVERIFY2(reader->browser()->toPlainText().contains(isRelevant),
                 qPrintable(reader->browser()->toPlainText()));
        action(*w, QStringLiteral("Show Hidden Papers"))->trigger();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_X);
        QCOMPARE(reader->shownId(), id);
        QVERIFY(action(*w, QStringLiteral("Not Interested"))->isChecked());
        QVERIFY2(!reader->browser()->toPlainText().contains(isRelevant),
                 qPrintable(reader->browser()->toPlainText()));
    }

    // Ctrl+Z takes back a star, a hide and a read change, in the table and
    // in the cache; Ctrl+Shift+Z does it again.
    void undoTakesBackStarsHidesAndReads()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(3, PaperTableModel::Title));
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        const QString next = view->model()->index(4, 0).data(PaperTableModel::IdRole).toString();
        auto starredInTable = [&](const QString &paper) {
            const QStringList ids = column(view->model(), PaperTableModel::IdRole);
            return view->model()
                ->index(int(ids.indexOf(paper)), 0)
                .data(PaperTableModel::StarredRole)
                .toBool();
        };
        // A click on a row: the one paper selected, whatever modifiers the
        // keys before left in the application's state.
        auto pick = [&](int row) {
            view->selectionModel()->setCurrentIndex(view->model()->index(row, PaperTableModel::Title),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        };
        auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
            QTest::keyClick(view, key, modifiers);
            w->flushMarks();
        };

        press(Qt::Key_S);
        QVERIFY(stored(id).starred);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!starredInTable(id));
        QVERIFY(!stored(id).starred);
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(starredInTable(id));
        QVERIFY(stored(id).starred);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!stored(id).starred);

        // Starring two papers, one starred before: undo unstars only the other.
        pick(4);
        press(Qt::Key_S);
        QVERIFY(stored(next).starred);
        QVERIFY(!stored(id).starred);
        view->selectionModel()->select(view->model()->index(3, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        press(Qt::Key_S);
        QVERIFY(stored(id).starred && stored(next).starred);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!starredInTable(id) && starredInTable(next));
        QVERIFY(!stored(id).starred);
        QVERIFY(stored(next).starred);

        // Read by hand, then taken back: it stays unread while it is shown.
        pick(3);
        QCOMPARE(view->currentIndex().data(PaperTableModel::IdRole).toString(), id);
        QVERIFY(!stored(id).read);
        press(Qt::Key_U);
        QVERIFY(view->currentIndex().data(PaperTableModel::ReadRole).toBool());
        QVERIFY(stored(id).read);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!view->currentIndex().data(PaperTableModel::ReadRole).toBool());
        QVERIFY(!stored(id).read);

        // Not interested, then back.
        press(Qt::Key_X);
        QCOMPARE(view->model()->rowCount(), 99);
        QVERIFY(stored(id).hidden);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->model()->rowCount(), 100);
        QVERIFY(column(view->model(), PaperTableModel::IdRole).contains(id));
        QVERIFY(!stored(id).hidden);
    }

    void marksTheDayReadAndTakesItBack()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, PaperTableModel::Title));
        QTest::keyClick(view, Qt::Key_U); // one read before: it stays read
        w->flushMarks();
        const QStringList before = storedReadOfDay();
        QVERIFY(!before.isEmpty() && before.size() < 100);
        QCOMPARE(shownRead(view), before);

        QTest::keyClick(view, Qt::Key_U, Qt::ShiftModifier);
        w->flushMarks();
        QCOMPARE(shownRead(view).size(), 100);
        QCOMPARE(storedReadOfDay().size(), 100);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("marked read")));

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        w->flushMarks();
        QCOMPARE(shownRead(view), before);
        QCOMPARE(storedReadOfDay(), before);
    }

    void searchesTheHistoryAsYouType()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QTest::keyClick(w.get(), Qt::Key_Slash);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("hypothesis"));
        Database db(m_dbPath);
        QString error;
        QVERIFY(db.open(&error));
        ListQuery query;
        query.search = QStringLiteral("hypothesis");
        const QList<PaperRow> expected = PaperRepository(db.connection()).list(query, &error);
        QVERIFY(expected.size() > 1 && expected.size() < 100);
        QTRY_COMPARE(w->loadedRows(), int(expected.size()));
        QCOMPARE(w->searchText(), QStringLiteral("hypothesis"));
        QStringList expectedIds;
        for (const PaperRow &row : expected)
            expectedIds << row.paper.id;
        QStringList shownIds = column(table(*w)->model(), PaperTableModel::IdRole);
        expectedIds.sort();
        shownIds.sort();
        QCOMPARE(shownIds, expectedIds);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("dayLabel"))
                    ->text()
                    .contains(QStringLiteral("hypothesis")));
        // Enter goes to the results; Escape in the box brings the day back
        // with the paper being read still selected and in view.
        QTest::keyClick(search, Qt::Key_Return);
        QTableView *view = table(*w);
        QVERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid()); // the first result, ready for j, k, s
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(view, Qt::Key_J);
        const QString chosen = view->currentIndex().data(PaperTableModel::IdRole).toString();
        QVERIFY(!chosen.isEmpty());
        QTest::keyClick(w.get(), Qt::Key_Slash);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(w->loadedRows(), 100);
        QVERIFY(search->text().isEmpty());
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().data(PaperTableModel::IdRole).toString(), chosen);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(w->findChild<ReaderPane *>()->shownId(), chosen);
        // Clearing the search by hand does the same.
        QTest::keyClicks(search, QStringLiteral("hypothesis"));
        QTRY_COMPARE(w->loadedRows(), int(expected.size()));
        search->clear();
        QTRY_COMPARE(w->loadedRows(), 100);
    }

    void saysPlainlyWhenThereIsNoAnnouncementOrArxivFails()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        m_rss = FakeHttpServer::Response::ok(test::readData(QStringLiteral("feeds/empty_saturday.xml")));
        clickToolbar(*w, QStringLiteral("Fetch Today"));
        QTRY_VERIFY(!banner(*w)->text().contains(QStringLiteral("stored")) && !banner(*w)->text().isEmpty());
        QVERIFY2(banner(*w)->text().startsWith(QStringLiteral("No announcement on Saturday")),
                 qPrintable(banner(*w)->text()));
        QVERIFY(banner(*w)->text().contains(QStringLiteral("arXiv does not announce on weekends")));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        QCOMPARE(w->loadedRows(), 100);

        // A weekday without papers is only that: Paperboy knows no holidays.
        QTRY_VERIFY(action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        m_rss = FakeHttpServer::Response::ok(test::readData(QStringLiteral("feeds/empty_saturday.xml"))
                                                 .replace("Sat, 07 Nov 2026", "Tue, 10 Nov 2026"));
        clickToolbar(*w, QStringLiteral("Fetch Today"));
        QTRY_VERIFY2(banner(*w)->text().startsWith(QStringLiteral("No announcement on Tuesday")),
                     qPrintable(banner(*w)->text()));
        QVERIFY2(banner(*w)->text().contains(QStringLiteral("arXiv announced nothing in your categories")) &&
                     !banner(*w)->text().contains(QStringLiteral("holiday")),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(w->loadedRows(), 100);

        m_rss =
            FakeHttpServer::Response::error(503, test::readData(QStringLiteral("feeds/maintenance.html")));
        QTRY_VERIFY(action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        clickToolbar(*w, QStringLiteral("Fetch Today"));
        QTRY_COMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QVERIFY2(banner(*w)->text().contains(QStringLiteral("try again")), qPrintable(banner(*w)->text()));
        // Nothing the person had is lost.
        QCOMPARE(w->loadedRows(), 100);
        QCOMPARE(stored(capturePapers().first().id).paper.id, capturePapers().first().id);
    }

    void staysUsableWhileFetchingAndStops()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        m_rss.delayMs = 4000;
        clickToolbar(*w, QStringLiteral("Fetch Today"));
        auto *progress = w->findChild<WorkProgress *>();
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(action(*w, QStringLiteral("Stop"))->isEnabled());
        QVERIFY(!action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        // The window answers while the fetch waits: a star lands in the cache.
        QTableView *view = table(*w);
        view->setFocus();
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        QTest::keyClick(view, Qt::Key_S);
        w->flushMarks();
        QVERIFY(stored(id).starred);
        QVERIFY(progress->isVisible());
        // Stop, from the progress bar's own button.
        QTest::mouseClick(progress->findChild<QToolButton *>(), Qt::LeftButton);
        QTRY_VERIFY(!progress->isVisible());
        QCOMPARE(w->loadedRows(), 100);
    }

    void scoresWithAnLlmAndCountsTokensAndCost()
    {
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.options().requiredKey = QStringLiteral("sk-test-right-key-0123456789");
        // A wrong key: said once, with the way out.
        scoreWith(llm.baseUrl(), "sk-test-wrong-key-0123456789");
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        clickToolbar(*w, QStringLiteral("Score"));
        QTRY_COMPARE_WITH_TIMEOUT(banner(*w)->level(), MessageBanner::Level::Error, kFetchTimeoutMs);
        QVERIFY2(banner(*w)->text().startsWith(QStringLiteral("The API key was rejected: open Settings")),
                 qPrintable(banner(*w)->text()));
        QVERIFY(banner(*w)->findChild<QPushButton *>(QStringLiteral("messageAction"))->isVisible());
        QVERIFY(!banner(*w)->text().contains(QStringLiteral("sk-test")));

        // The right key: every paper scored, the day's tokens and cost shown.
        qputenv("OPENAI_API_KEY", "sk-test-right-key-0123456789");
        STEP(scoreDay(*w));
        const QString cost = w->findChild<QLabel *>(QStringLiteral("costLabel"))->text();
        QVERIFY2(cost.contains(QStringLiteral("tokens")) && cost.contains(QLatin1Char('$')),
                 qPrintable(cost));
        const QTableView *view = table(*w);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString id = view->model()->index(r, 0).data(PaperTableModel::IdRole).toString();
            QCOMPARE(view->model()->index(r, PaperTableModel::Relevance).data().toInt(),
                     FakeOpenAi::relevanceOf(id));
        }
        qunsetenv("OPENAI_API_KEY");
    }

    void showsWhyScoringWaits()
    {
        // The server's rate limit holds the run for two seconds: the status
        // bar says so instead of standing still.
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        llm.setMode(FakeOpenAi::Mode::RateLimit429);
        llm.options().failures = 1;
        llm.options().retryAfterHeader = "2";
        scoreWith(llm.baseUrl(), "sk-test-right-key-0123456789");
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        clickToolbar(*w, QStringLiteral("Score"));
        auto *progress = w->findChild<WorkProgress *>();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->text().contains(QStringLiteral("waiting 2 s for the server's rate limit")),
            kFetchTimeoutMs);
        QVERIFY2(progress->text().startsWith(QStringLiteral("Scoring")), qPrintable(progress->text()));
        QVERIFY(progress->isVisible());
        STEP(scoreDay(*w));
        qunsetenv("OPENAI_API_KEY");
    }

    void theStatusLineSaysWhichPassSetPapersAside()
    {
        // A run with the cascade and no title pass: the papers it set aside
        // are the offline scorer's, and the day's line must not credit a
        // title pass that never ran.
        FakeOpenAi llm;
        QVERIFY(llm.listen());
        scoreWith(llm.baseUrl(), "sk-test-right-key-0123456789");
        {
            QSettings settings;
            ScoringSettings scoring = ScoringSettings::load(settings);
            scoring.titlePass = ScoreRequest::TitlePass::Off;
            scoring.cascade = true;
            scoring.save(settings);
        }
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        clickToolbar(*w, QStringLiteral("Score"));
        // The run is over when Fetch Today is back; the set-aside papers stay unscored.
        QTRY_VERIFY(!action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(action(*w, QStringLiteral("Fetch Today"))->isEnabled(), kFetchTimeoutMs);
        qunsetenv("OPENAI_API_KEY");
        QVERIFY(!llm.exchanges().isEmpty());
        Database db(m_dbPath);
        QString error;
        QVERIFY(db.open(&error));
        ListQuery query;
        query.date = kDay;
        const relevance::Counts counts =
            relevance::count(PaperRepository(db.connection()).list(query, &error));
        QVERIFY(counts.setAsideOffline > 0);
        QCOMPARE(counts.setAside, counts.setAsideOffline);
        const QString line = w->findChild<QLabel *>(QStringLiteral("dayLabel"))->text();
        QVERIFY2(
            line.contains(QStringLiteral("%1 set aside by the offline scorer").arg(counts.setAsideOffline)),
            qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("by title")), qPrintable(line));
    }

    void saysWhenTheScoringServerCannotBeReached()
    {
        // Nothing listens at the saved address: the status bar says which
        // try failed and when the next comes, and the run's one message,
        // naming the server and the give-up, ends in the banner.
        const QString address = QStringLiteral("http://127.0.0.1:%1/v1").arg(FakeHttpServer::closedPort());
        scoreWith(QUrl(address), "sk-test-right-key-0123456789", 1);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        clickToolbar(*w, QStringLiteral("Score"));
        auto *progress = w->findChild<WorkProgress *>();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->text().contains(
                QStringLiteral("Cannot reach the server (connection refused): attempt 1, next try in 1 s")),
            kFetchTimeoutMs);
        QVERIFY2(progress->text().startsWith(QStringLiteral("Scoring")), qPrintable(progress->text()));
        QTRY_COMPARE_WITH_TIMEOUT(banner(*w)->level(), MessageBanner::Level::Error, kFetchTimeoutMs);
        const QString text = banner(*w)->text();
        QVERIFY2(
            text.startsWith(QStringLiteral("Could not reach the scoring server at %1 (connection refused); "
                                           "gave up after 1 s and ")
                                .arg(address)),
            qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Could not reach")), 1);
        QVERIFY(banner(*w)->findChild<QPushButton *>(QStringLiteral("messageAction"))->isVisible());
        QTRY_VERIFY(action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        QVERIFY(!progress->isVisible());
        qunsetenv("OPENAI_API_KEY");
    }

    void notInterestedHidesAndUndoes()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        QTest::keyClick(view, Qt::Key_X);
        QCOMPARE(view->model()->rowCount(), 99);
        QVERIFY(!column(view->model(), PaperTableModel::IdRole).contains(id));
        QVERIFY(view->currentIndex().isValid()); // the next paper took its place
        w->flushMarks();
        QVERIFY(stored(id).hidden);
        QVERIFY(banner(*w)->text().contains(QStringLiteral("hidden")));
        QTest::mouseClick(banner(*w)->findChild<QPushButton *>(QStringLiteral("messageAction")),
                          Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 100);
        w->flushMarks();
        QVERIFY(!stored(id).hidden);
    }

    void selectionSurvivesSortingAndRefreshing()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setCurrentIndex(view->model()->index(17, PaperTableModel::Title));
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        view->sortByColumn(PaperTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(view->currentIndex().data(PaperTableModel::IdRole).toString(), id);
        // Scoring refreshes the rows under the selection.
        STEP(scoreDay(*w));
        QCOMPARE(view->currentIndex().data(PaperTableModel::IdRole).toString(), id);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }

    void layoutAndLastDayPersist()
    {
        {
            auto w = openWindow();
            STEP(fetchDay(*w, 100));
            QHeaderView *header = table(*w)->horizontalHeader();
            header->moveSection(header->visualIndex(PaperTableModel::Authors), 1);
            header->resizeSection(PaperTableModel::Category, 140);
            action(*w, QStringLiteral("Unread"))->trigger();
            w->close();
        }
        auto w = openWindow(false);
        QHeaderView *header = table(*w)->horizontalHeader();
        QCOMPARE(header->visualIndex(PaperTableModel::Authors), 1);
        QCOMPARE(header->sectionSize(PaperTableModel::Category), 140);
        QVERIFY(action(*w, QStringLiteral("Unread"))->isChecked());
        QCOMPARE(w->shownDay(), kDay);
    }

    void showsEveryPaperOfABigDayAndCapsSearches()
    {
        // 1,600 papers, 1,200 of them new or cross-listed (the announce types
        // kept by default): more than a search shows, all of them in the day.
        m_rss = FakeHttpServer::Response::ok(test::synthesizeListingFeed(
            test::readFixture(
                QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml")),
            1600));
        auto w = openWindow();
        STEP(fetchDay(*w, 1200));
        QCOMPARE(table(*w)->model()->rowCount(), 1200);
        // Every one of them matches a word of its repeated abstract: the newest 500 show.
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setText(QStringLiteral("the"));
        QTRY_COMPARE(w->loadedRows(), 500);
        QVERIFY2(
            w->findChild<QLabel *>(QStringLiteral("dayLabel"))->text().contains(QStringLiteral("more than")),
            qPrintable(w->findChild<QLabel *>(QStringLiteral("dayLabel"))->text()));
        search->clear();
        QTRY_COMPARE(w->loadedRows(), 1200);
    }

    // The criteria form and Settings estimate the day with the title pass
    // and the cascade the settings hold.
    void estimatesCarryTheTitlePassAndCascade()
    {
        ScoringSettings scoring;
        scoring.provider = ScoreRequest::Provider::OpenAI;
        scoring.model = QStringLiteral("gpt-5-mini");
        scoring.titlePass = ScoreRequest::TitlePass::On;
        scoring.titleModel = QStringLiteral("gpt-5-nano");
        scoring.cascade = true;
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        // Set after the fetch, which scores offline; the dialogs read them when they open.
        QSettings settings;
        scoring.save(settings);
        settings.sync();
        QString criteriaEstimate;
        QTimer::singleShot(0, this, [&criteriaEstimate] {
            auto *dialog = qobject_cast<CriteriaDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            criteriaEstimate = dialog->estimateText();
            dialog->reject();
        });
        action(*w, QStringLiteral("Criteria\u2026"))->trigger();
        // The cascade's own count of the day: the estimate is for the rest.
        Database db(m_dbPath);
        QString error;
        QVERIFY(db.open(&error));
        const std::optional<int> aside =
            jobs::cascadeSetAsideCount(db.connection(), kDay, scoring.model, &error);
        QVERIFY2(aside && *aside > 0, qPrintable(error));
        const QString sent = QString::number(100 - *aside);
        const QString cascade = QStringLiteral("sets aside %1 of the 100 papers unsent").arg(*aside);
        const QString titles =
            QStringLiteral("Title pass on (as set; gpt-5-nano, minimal): %1 titles").arg(sent);
        QVERIFY2(criteriaEstimate.contains(QStringLiteral("the %1 papers").arg(sent)),
                 qPrintable(criteriaEstimate));
        QVERIFY2(criteriaEstimate.contains(titles), qPrintable(criteriaEstimate));
        QVERIFY2(criteriaEstimate.contains(cascade), qPrintable(criteriaEstimate));

        QString settingsEffect;
        QString afterNever;
        QTimer poll;
        whenModal<SettingsDialog>(poll, this, [&](SettingsDialog *dialog) {
            settingsEffect = dialog->effectText();
            auto *pass = dialog->findChild<QComboBox *>(QStringLiteral("titlePass"));
            pass->setCurrentIndex(pass->findData(QStringLiteral("off")));
            QTRY_VERIFY(dialog->effectText().contains(QLatin1String("Title pass off")));
            afterNever = dialog->effectText();
            dialog->reject();
        });
        action(*w, QStringLiteral("Settings\u2026"))->trigger();
        const QString estimate = QStringLiteral("Estimate: %1 papers").arg(sent);
        QVERIFY2(settingsEffect.startsWith(estimate), qPrintable(settingsEffect));
        QVERIFY2(settingsEffect.contains(titles), qPrintable(settingsEffect));
        QVERIFY2(settingsEffect.contains(cascade), qPrintable(settingsEffect));
        QVERIFY2(afterNever.startsWith(estimate) && afterNever.contains(cascade), qPrintable(afterNever));
        // Nothing was saved by looking.
        QCOMPARE(ScoringSettings::load(QSettings()).titlePass, ScoreRequest::TitlePass::On);
    }

    void savedCriteriaAreANewVersionAndOfferARescore()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        // The dialog is modal: edit it once it shows, as a person would.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<CriteriaDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *keywords = dialog->findChild<QPlainTextEdit *>(QStringLiteral("relevantKeywords"));
            QVERIFY(keywords);
            keywords->appendPlainText(QStringLiteral("metamorphic testing"));
            QTRY_VERIFY(dialog->estimateText().contains(QStringLiteral("100 papers")) ||
                        dialog->estimateText().contains(QStringLiteral("offline")));
            dialog->accept();
        });
        prompts::testing::answerConfirm(true);
        action(*w, QStringLiteral("Criteria\u2026"))->trigger();
        QCOMPARE(prompts::testing::takeAsked(), QStringList{QStringLiteral("Score Again?")});
        Database db(m_dbPath);
        QString error;
        QVERIFY(db.open(&error));
        const auto saved = ScoreRepository(db.connection()).currentCriteria();
        QVERIFY(saved);
        QVERIFY(saved->criteria.relevantKeywords.contains(QStringLiteral("metamorphic testing")));
        // The re-score it offered runs, against the new version.
        QTRY_VERIFY_WITH_TIMEOUT(
            !column(table(*w)->model(), PaperTableModel::ScoredRole).contains(QStringLiteral("false")),
            kFetchTimeoutMs);
        QTRY_VERIFY(action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        QString readError;
        const auto left = ScoreRepository(db.connection())
                              .toScore(kDay, saved->criteria.scoringHash(), QStringLiteral("offline"),
                                       ScoreRepository::Selection::Unscored, &readError);
        QVERIFY2(left, qPrintable(readError));
        QVERIFY(left->isEmpty());
    }

    // Exporting to a .bib that exists asks whether to append the papers it
    // does not cite yet or to replace it; the question is answered as a
    // person does, by its buttons.
    void exportToAnExistingBibAsksToAppendOrReplace()
    {
        const QList<Paper> all = capturePapers();
        const auto gotz = std::find_if(all.cbegin(), all.cend(), [](const Paper &p) {
            return p.authors.contains(QStringLiteral("Katharina G\u00f6tz"));
        });
        QVERIFY(gotz != all.cend() && gotz - all.cbegin() >= 3);
        const QList<Paper> papers = all.mid(0, 3) << *gotz;
        m_dbPath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_db));
        QString error;
        QVERIFY2(test::storeDay(m_dbPath, kDay, papers, &error), qPrintable(error));
        auto w = openWindow(false);
        QTRY_COMPARE(w->loadedRows(), 4);
        table(*w)->selectAll();

        const QString bib = m_dir.filePath(QStringLiteral("refs.bib"));
        const QString shown = QDir::toNativeSeparators(bib);
        const QByteArray mine =
            "@book{Knuth1984,\r\n  title = {The {\\TeX}book},\r\n  author = {Donald E. Knuth},\r\n"
            "  year = 1984\r\n}\r\n\r\n@misc{cited,\r\n  eprint = {" +
            papers.at(1).id.toUtf8() + "v2}\r\n}\r\n";
        {
            QFile file(bib);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(mine) == mine.size());
        }
        // Clicks the button named `answer` in the question the export asks,
        // or presses Escape for an empty answer.
        const auto exportSelected = [&](const QString &answer) {
            prompts::testing::answerFileName(bib);
            QTimer person;
            connect(&person, &QTimer::timeout, this, [&person, answer] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                person.stop();
                if (answer.isEmpty()) {
                    QTest::keyClick(box, Qt::Key_Escape);
                    return;
                }
                for (QAbstractButton *button : box->buttons())
                    if (button->text().remove(QLatin1Char('&')) == answer) {
                        QTest::mouseClick(button, Qt::LeftButton);
                        return;
                    }
                box->reject();
                QFAIL(qPrintable(QStringLiteral("no button ") + answer));
            });
            person.start(10);
            action(*w, QStringLiteral("Export Selected to BibTeX\u2026"))->trigger();
            QVERIFY2(!person.isActive(), "the export asked nothing");
        };

        STEP(exportSelected(QStringLiteral("Append New Entries")));
        QCOMPARE(banner(*w)->text(), QStringLiteral("3 papers appended to %1; 1 already there.").arg(shown));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        const QByteArray appended = readFile(bib).toUtf8();
        QVERIFY2(appended.startsWith(mine + "\r\n@misc{"), appended.constData());
        QCOMPARE(appended.count("@misc{"), 4);
        QVERIFY(appended.contains("G{\\\"{o}}tz"));

        // Nothing new: said so, and the file is not touched.
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
        {
            QFile file(bib);
            QVERIFY(file.open(QIODevice::ReadWrite) &&
                    file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        STEP(exportSelected(QStringLiteral("Append New Entries")));
        QCOMPARE(
            banner(*w)->text(),
            QStringLiteral("Nothing to append: 4 papers already in %1, none new; the file was not changed.")
                .arg(shown));
        QCOMPARE(readFile(bib).toUtf8(), appended);
        QCOMPARE(QFileInfo(bib).fileTime(QFileDevice::FileModificationTime), old);

        // Cancel: nothing happens.
        STEP(exportSelected(QString()));
        QCOMPARE(QFileInfo(bib).fileTime(QFileDevice::FileModificationTime), old);

        // Replace: these papers alone.
        STEP(exportSelected(QStringLiteral("Replace")));
        QCOMPARE(banner(*w)->text(), QStringLiteral("4 papers exported to %1.").arg(shown));
        const QString replaced = readFile(bib);
        QVERIFY(!replaced.contains(QStringLiteral("Knuth")));
        QCOMPARE(replaced.count(QStringLiteral("@misc{")), 4);
        QCOMPARE(prompts::testing::takeAsked().count(QStringLiteral("Export to BibTeX")), 8);

        // With UTF-8 chosen in Settings, the letters as written.
        {
            QSettings s;
            settings::setBibtexUtf8(s, true);
        }
        STEP(exportSelected(QStringLiteral("Replace")));
        QVERIFY(readFile(bib).contains(QStringLiteral("Katharina G\u00f6tz")));
    }

    void exportsTheDigest()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        STEP(scoreDay(*w));
        const QString md = m_dir.filePath(QStringLiteral("digest.md"));
        prompts::testing::answerFileName(md);
        action(*w, QStringLiteral("Export the Day's Digest as Markdown\u2026"))->trigger();
        // The message offers the folder, and its button opens that folder.
        QCOMPARE(openFolderOffered(*w), QList<QUrl>{QUrl::fromLocalFile(m_dir.path())});
        const QString text = readFile(md);
        QVERIFY2(text.contains(QStringLiteral("2026-04-27")), qPrintable(text.left(400)));
        for (const Paper &p : capturePapers().mid(0, 5))
            QVERIFY(text.contains(p.id));
        const QString json = m_dir.filePath(QStringLiteral("digest.json"));
        prompts::testing::answerFileName(json);
        action(*w, QStringLiteral("Export the Day's Digest as JSON\u2026"))->trigger();
        QJsonParseError parseError;
        QVERIFY(QJsonDocument::fromJson(readFile(json).toUtf8(), &parseError).isObject());
        // The web page: the same digest, the day's papers linked to arXiv.
        const QString page = m_dir.filePath(QStringLiteral("digest.html"));
        prompts::testing::answerFileName(page);
        action(*w, QStringLiteral("Export the Day's Digest as a Web Page\u2026"))->trigger();
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        const QString html = readFile(page);
        QVERIFY2(html.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(html.left(200)));
        QCOMPARE(html.count(QStringLiteral("<article ")),
                 text.count(QRegularExpression(QStringLiteral("^## \\d+\\. "),
                                               QRegularExpression::MultilineOption)));
        for (const Paper &p : capturePapers().mid(0, 5))
            QVERIFY(html.contains(QStringLiteral("href=\"https://arxiv.org/pdf/%1\"").arg(p.id)));
        // A folder that cannot be written: a clear message, nothing written.
        prompts::testing::answerFileName(QStringLiteral("/proc/paperboy/digest.md"));
        action(*w, QStringLiteral("Export the Day's Digest as Markdown\u2026"))->trigger();
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QVERIFY(banner(*w)->text().contains(QStringLiteral("Nothing was changed")));
        // The core's error starts the message: as a sentence, capitalised.
        QVERIFY2(banner(*w)->text().startsWith(QStringLiteral("Cannot write /proc/paperboy/")),
                 qPrintable(banner(*w)->text()));
    }

    // File > Export > Build Web Site: the folder chosen gets the index, the
    // day's page and the feed, the message offers that folder; a file in the
    // folder's place is an error and stays as it was.
    void buildsTheWebSite()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        STEP(scoreDay(*w));
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkdir(dir));
        prompts::testing::answerFileName(dir);
        action(*w, QStringLiteral("Build Web Site of the Cache\u2026"))->trigger();
        QCOMPARE(prompts::testing::takeAsked(), QStringList{QStringLiteral("Build Web Site of the Cache")});
        QTRY_VERIFY2(banner(*w)->isVisible() && banner(*w)->text().contains(dir),
                     qPrintable(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        const QString page = readFile(QDir(dir).filePath(QStringLiteral("2026-04-27.html")));
        QCOMPARE(page.count(QStringLiteral("<article ")), capturePapers().size());
        QVERIFY(page.contains(QStringLiteral("<a href=\"index.html\">")));
        QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("index.html")))
                    .contains(QStringLiteral("<a href=\"2026-04-27.html\">2026-04-27</a>")));
        QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("feed.xml")))
                    .contains(QStringLiteral("http://www.w3.org/2005/Atom")));
        QCOMPARE(openFolderOffered(*w), QList<QUrl>{QUrl::fromLocalFile(dir)});

        const QString file = out.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("keep") == 4);
        f.close();
        prompts::testing::answerFileName(file);
        action(*w, QStringLiteral("Build Web Site of the Cache\u2026"))->trigger();
        QTRY_VERIFY2(banner(*w)->isVisible() && banner(*w)->text().contains(file),
                     qPrintable(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QCOMPARE(readFile(file), QStringLiteral("keep"));
    }

    // The site is built off the GUI thread: the action returns before the
    // build ends, with the build in the progress area and a second build
    // refused until it ends; the pages' progress and the result banner
    // arrive afterwards.
    void buildsTheWebSiteWithoutBlocking()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("site"));
        prompts::testing::answerFileName(dir);
        QAction *build = action(*w, QStringLiteral("Build Web Site of the Cache\u2026"));
        build->trigger();
        auto *progress = w->findChild<WorkProgress *>();
        QVERIFY(!banner(*w)->isVisible());
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(), QStringLiteral("Building the site"));
        QVERIFY(!build->isEnabled());
        QVERIFY(action(*w, QStringLiteral("Stop"))->isEnabled());

        QTRY_VERIFY2(banner(*w)->isVisible() && banner(*w)->text().contains(dir),
                     qPrintable(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        QCOMPARE(progress->text(), QStringLiteral("Building the site: day 1 of 1"));
        QVERIFY(!progress->isVisible());
        QVERIFY(build->isEnabled());
        QVERIFY(!action(*w, QStringLiteral("Stop"))->isEnabled());
        QVERIFY(QFileInfo(QDir(dir).filePath(QStringLiteral("index.html"))).isFile());
    }

    // A banner shows the core's lowercase errors as sentences, and leaves
    // words that are not plain lowercase as they are written.
    void bannerMessagesStartWithACapital()
    {
        QCOMPARE(sentence(QStringLiteral("cannot write a.bib: disk full")),
                 QStringLiteral("Cannot write a.bib: disk full"));
        QCOMPARE(sentence(QStringLiteral("the server's answer is not a model list")),
                 QStringLiteral("The server's answer is not a model list"));
        QCOMPARE(sentence(QStringLiteral("\u00e9chec: x")), QStringLiteral("\u00c9chec: x"));
        for (const char *kept : {"arXiv returned HTTP 503", "gpt-5-mini answered nothing", "/tmp/x: gone",
                                 "iOS", "Already", "", " leading space"})
            QCOMPARE(sentence(QString::fromUtf8(kept)), QString::fromUtf8(kept));
    }

    // A dark theme gets a dark banner, tinted by its level, and its text in
    // the theme's text colour: never a light strip with dark text.
    void bannerFollowsThePalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        MessageBanner banner;
        banner.setPalette(dark);
        banner.resize(480, 48);
        banner.showMessage(MessageBanner::Level::Error, QStringLiteral("The cache cannot be read."));
        const QImage image = banner.grab().toImage();
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        QRgb dominant = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > counts.value(dominant))
                dominant = it.key();
        const QColor background(dominant);
        QVERIFY2(background.lightness() < 80, qPrintable(background.name()));
        QVERIFY2(background.red() > background.green() + 10, qPrintable(background.name())); // an error's red
        auto *text = banner.findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(text->styleSheet().isEmpty());
        QCOMPARE(text->palette().color(QPalette::WindowText), QColor(0xee, 0xee, 0xee));
    }

    // o and p open the paper's pages in the browser; without one, the window
    // says so and puts the address on the clipboard.
    void opensLinksOrSaysWhyNot()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString id = view->model()->index(0, 0).data(PaperTableModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        const QString abs = QStringLiteral("https://arxiv.org/abs/") + id;
        QTest::keyClick(view, Qt::Key_O);
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Warning);
        QVERIFY2(banner(*w)->text().startsWith(QStringLiteral("No web browser opened ") + abs),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(QApplication::clipboard()->text(), abs);
        // With a browser, the PDF opens and nothing is said.
        banner(*w)->hide();
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        QTest::keyClick(view, Qt::Key_P);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(browser.opened.size(), 1);
        QVERIFY2(browser.opened.at(0).toString().startsWith(QStringLiteral("https://arxiv.org/pdf/") + id),
                 qPrintable(browser.opened.at(0).toString()));
        QVERIFY(banner(*w)->text().isEmpty());
    }

    // With nothing set up, File > Share's pushes are grey; its last item
    // opens Settings where they are set up.
    void shareMenuLeadsToItsSettings()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        auto *share = w->findChild<QMenu *>(QStringLiteral("shareMenu"));
        QVERIFY(share);
        emit share->aboutToShow();
        for (QAction *a : share->actions())
            if (a->objectName().startsWith(QLatin1String("push_")))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QString shown;
        QTimer poll;
        whenModal<SettingsDialog>(poll, this, [&shown](SettingsDialog *dialog) {
            shown = dialog->findChild<QTabWidget *>()->currentWidget()->objectName();
            dialog->reject();
        });
        share->findChild<QAction *>(QStringLiteral("setUpSharing"))->trigger();
        QCOMPARE(shown, QStringLiteral("sharingTab"));
    }

    void everyActionIsInAMenuWithItsShortcut()
    {
        auto w = openWindow();
        QStringList missing;
        for (const char *name : {"Fetch Today", "Score", "Stop", "Star", "Not Interested", "Next Paper",
                                 "Previous Paper", "Open Abstract Page", "Open PDF", "Copy BibTeX", "Search",
                                 "Read", "Export Selected to BibTeX\u2026", "Export Starred to BibTeX\u2026",
                                 "Settings\u2026", "Criteria\u2026", "Undo", "Redo", "Mark Day as Read"}) {
            QAction *a = action(*w, QString::fromUtf8(name));
            if (a->associatedObjects().size() < 2) // the window and at least one menu
                missing << QString::fromUtf8(name);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QCOMPARE(action(*w, QStringLiteral("Star"))->shortcut(), QKeySequence(Qt::Key_S));
        QCOMPARE(action(*w, QStringLiteral("Next Paper"))->shortcut(), QKeySequence(Qt::Key_J));
        QCOMPARE(action(*w, QStringLiteral("Previous Paper"))->shortcut(), QKeySequence(Qt::Key_K));
        QCOMPARE(action(*w, QStringLiteral("Open Abstract Page"))->shortcut(), QKeySequence(Qt::Key_O));
        QVERIFY(action(*w, QStringLiteral("Undo"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        QCOMPARE(action(*w, QStringLiteral("Mark Day as Read"))->shortcut(),
                 QKeySequence(Qt::SHIFT | Qt::Key_U));
        // Every shortcut is one key combination: a multi-key sequence is a
        // status tip taken for a shortcut (a QString converts to one).
        QStringList chords;
        for (QAction *a : w->findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                if (key.count() > 1)
                    chords << a->text() + QStringLiteral(": ") + key.toString();
        QVERIFY2(chords.isEmpty(), qPrintable(chords.join(QStringLiteral("; "))));
        QCOMPARE(action(*w, QStringLiteral("Export the Day's Digest as a Web Page\u2026"))->statusTip(),
                 QStringLiteral("One page that opens in any browser, offline, on a phone or printed"));
    }
};

PAPERBOY_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
