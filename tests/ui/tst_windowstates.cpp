// The real window offscreen: a filter or a search that matches nothing says
// so and leaves the reader empty; a past day fetched is the day every part of
// the window shows; the keyboard goes toolbar -> search -> table -> reader;
// F1 lists every key; a re-sort keeps the paper being read in view.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PaperTableModel.h"
#include "Prompts.h"
#include "ReaderPane.h"
#include "WindowFixture.h"
#include "core/Settings.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

using namespace paperboy;
using namespace paperboy::test;

namespace {

// The past day the fake API serves: the Friday before the RSS day.
const QDate kFriday(2026, 4, 24);

// Runs `answer` on the next modal dialog, then lets the test go on.
void onNextDialog(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        answer(QApplication::activeModalWidget());
    });
}

// The API's answer for any past day: the capture's 100 papers, all of them.
FakeHttpServer::Response apiAnswer()
{
    QByteArray body = readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml"));
    body.replace("<opensearch:totalResults>214881<", "<opensearch:totalResults>100<");
    return FakeHttpServer::Response::ok(body, "application/atom+xml");
}

} // namespace

class TestWindowStates : public QObject, private WindowFixture
{
    Q_OBJECT
private:
    QLabel *emptyState(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("emptyState")); }
    ReaderPane *reader(MainWindow &w) { return w.findChild<ReaderPane *>(); }
    QComboBox *dayBox(MainWindow &w) { return w.findChild<QComboBox *>(QStringLiteral("dayBox")); }
    QLineEdit *searchBox(MainWindow &w) { return w.findChild<QLineEdit *>(QStringLiteral("searchBox")); }

    // Fetch a Past Day, the calendar answered as a person does.
    void fetchPastDay(MainWindow &w, const QDate &day)
    {
        onNextDialog([day](QWidget *dialog) {
            auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("pastDayCalendar"));
            QVERIFY(calendar);
            calendar->setSelectedDate(day);
            qobject_cast<QDialog *>(dialog)->accept();
        });
        action(w, QStringLiteral("Fetch a Past Day\u2026"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(action(w, QStringLiteral("Fetch Today"))->isEnabled(), kFetchTimeoutMs);
        // The window's keys again, as after any dialog.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    // The day shown, as the day selector, the window and the table say it.
    void checkShownDay(MainWindow &w, const QDate &day)
    {
        QCOMPARE(w.shownDay(), day);
        QCOMPARE(dayBox(w)->currentData().toDate(), day);
        QStringList shown = column(table(w)->model(), PaperTableModel::IdRole);
        Database db(m_dbPath);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ListQuery query;
        query.date = day;
        QStringList ofDay;
        for (const PaperRow &row : PaperRepository(db.connection()).list(query, &error))
            ofDay << row.paper.id;
        shown.sort();
        ofDay.sort();
        QCOMPARE(shown, ofDay);
    }

private slots:
    void initTestCase() { QVERIFY(startArxiv()); }

    void init() { startTest(); }

    void aFilterShowsOnlyWhatMatchesAndSaysWhenNothingDoes()
    {
        auto w = openWindow();
        QVERIFY(emptyState(*w));
        QVERIFY(emptyState(*w)->isVisible());
        QVERIFY2(emptyState(*w)->text().contains(QStringLiteral("Fetch Today")),
                 qPrintable(emptyState(*w)->text()));
        STEP(fetchDay(*w, 100));
        QVERIFY(!emptyState(*w)->isVisible());
        QTableView *view = table(*w);
        view->setCurrentIndex(view->model()->index(5, PaperTableModel::Title));
        QVERIFY(!reader(*w)->shownId().isEmpty());

        // Nothing starred: the table says how to star; the reader is empty.
        action(*w, QStringLiteral("Starred"))->trigger();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(emptyState(*w)->isVisible());
        QVERIFY2(emptyState(*w)->text().startsWith(QStringLiteral("No starred papers")) &&
                     emptyState(*w)->text().contains(QStringLiteral("press S")),
                 qPrintable(emptyState(*w)->text()));
        QVERIFY(reader(*w)->shownId().isEmpty());
        QVERIFY2(reader(*w)->browser()->toPlainText().trimmed() ==
                     QStringLiteral("Select a paper to read its abstract."),
                 qPrintable(reader(*w)->browser()->toPlainText()));

        // A star elsewhere: the filter shows that paper, and the reader it.
        action(*w, QStringLiteral("All Papers"))->trigger();
        QCOMPARE(view->model()->rowCount(), 100);
        QVERIFY(!emptyState(*w)->isVisible());
        view->setCurrentIndex(view->model()->index(7, PaperTableModel::Title));
        const QString starred = view->currentIndex().data(PaperTableModel::IdRole).toString();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_S);
        view->setCurrentIndex(view->model()->index(8, PaperTableModel::Title));
        action(*w, QStringLiteral("Starred"))->trigger();
        QCOMPARE(column(view->model(), PaperTableModel::IdRole), QStringList{starred});
        QVERIFY(!emptyState(*w)->isVisible());
        QCOMPARE(reader(*w)->shownId(), starred);

        // Relevant before any score: score first.
        action(*w, QStringLiteral("Relevant"))->trigger();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(emptyState(*w)->text().contains(QStringLiteral("not scored")),
                 qPrintable(emptyState(*w)->text()));
        QVERIFY(reader(*w)->shownId().isEmpty());

        // Every paper read: Unread says so.
        action(*w, QStringLiteral("All Papers"))->trigger();
        action(*w, QStringLiteral("Mark Day as Read"))->trigger();
        action(*w, QStringLiteral("Unread"))->trigger();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(emptyState(*w)->text().contains(QStringLiteral("Every paper of this day is read")),
                 qPrintable(emptyState(*w)->text()));
        QVERIFY(reader(*w)->shownId().isEmpty());
    }

    void aSearchWithoutAMatchSaysSo()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QLineEdit *search = searchBox(*w);
        QTest::keyClick(w.get(), Qt::Key_Slash);
        QTest::keyClicks(search, QStringLiteral("zyxwvqq"));
        QTRY_COMPARE(w->loadedRows(), 0);
        QVERIFY(emptyState(*w));
        QVERIFY(emptyState(*w)->isVisible());
        QVERIFY2(emptyState(*w)->text().contains(
                     QStringLiteral("No paper in the cache matches \u201czyxwvqq\u201d")),
                 qPrintable(emptyState(*w)->text()));
        QVERIFY(reader(*w)->shownId().isEmpty());
        // Escape: the day again, and nothing to say.
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(w->loadedRows(), 100);
        QVERIFY(!emptyState(*w)->isVisible());
        QVERIFY(!reader(*w)->shownId().isEmpty());
    }

    // A past day fetched is the day shown everywhere, and Alt+Left/Right
    // step from it.
    void aPastDayFetchedIsTheDayShownEverywhere()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        m_api = apiAnswer();
        STEP(fetchPastDay(*w, kFriday));
        QVERIFY2(banner(*w)->text().contains(QStringLiteral("paper(s) stored")) ||
                     banner(*w)->text().contains(QStringLiteral("papers stored")),
                 qPrintable(banner(*w)->text()));
        QVERIFY(w->loadedRows() > 0 && w->loadedRows() < 100);
        STEP(checkShownDay(*w, kFriday));
        // The Friday is older: Alt+Right goes to the Monday, Alt+Left back.
        QTest::keyClick(w.get(), Qt::Key_Right, Qt::AltModifier);
        STEP(checkShownDay(*w, kDay));
        QCOMPARE(w->loadedRows(), 100);
        QTest::keyClick(w.get(), Qt::Key_Left, Qt::AltModifier);
        STEP(checkShownDay(*w, kFriday));
    }

    // A past day none of whose papers is in the person's categories: the
    // window shows that day, empty, says why, and scoring it sends nothing.
    void anEmptyDayIsShownAndHasNothingToScore()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        {
            QSettings s;
            settings::setCategories(s, {QStringLiteral("astro-ph.GA")});
        }
        m_api = apiAnswer();
        STEP(fetchPastDay(*w, kFriday));
        QCOMPARE(w->loadedRows(), 0);
        STEP(checkShownDay(*w, kFriday));
        QVERIFY(emptyState(*w));
        QVERIFY(emptyState(*w)->isVisible());
        QVERIFY2(emptyState(*w)->text().contains(QStringLiteral("in your categories")),
                 qPrintable(emptyState(*w)->text()));
        QVERIFY(reader(*w)->shownId().isEmpty());

        clickToolbar(*w, QStringLiteral("Score"));
        QTRY_VERIFY(action(*w, QStringLiteral("Fetch Today"))->isEnabled());
        const QString said = w->statusBar()->currentMessage() + banner(*w)->text();
        QVERIFY2(said.contains(QStringLiteral("nothing to score")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("already has a score")), qPrintable(said));
        // Alt+Right still goes to the Monday.
        QTest::keyClick(w.get(), Qt::Key_Right, Qt::AltModifier);
        STEP(checkShownDay(*w, kDay));
    }

    void tabGoesFromTheToolbarToTheSearchTheTableAndTheReader()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QLineEdit *search = searchBox(*w);
        QTableView *view = table(*w);
        // The toolbar's last control before the search box: the last filter.
        auto *bar = w->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QWidget *unread = bar->widgetForAction(action(*w, QStringLiteral("Unread")));
        QVERIFY(unread);
        unread->setFocus(Qt::TabFocusReason);
        QVERIFY(unread->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(search->hasFocus(), QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(search, Qt::Key_Tab);
        QVERIFY2(view->hasFocus(), QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(reader(*w)->browser()->hasFocus(), QApplication::focusWidget()->metaObject()->className());
        // Shift+Tab goes back through the reader's links to the table.
        for (int i = 0; i < 50 && reader(*w)->browser()->hasFocus(); ++i)
            QTest::keyClick(reader(*w)->browser(), Qt::Key_Backtab);
        QVERIFY2(view->hasFocus(), QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(view, Qt::Key_Backtab);
        QVERIFY(search->hasFocus());
    }

    void downInTheSearchBoxMovesIntoTheResults()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QLineEdit *search = searchBox(*w);
        QTest::keyClick(w.get(), Qt::Key_Slash);
        QTest::keyClicks(search, QStringLiteral("hypothesis"));
        QTRY_VERIFY(w->loadedRows() > 1 && w->loadedRows() < 100);
        QTest::keyClick(search, Qt::Key_Down);
        QTableView *view = table(*w);
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(reader(*w)->shownId(), view->currentIndex().data(PaperTableModel::IdRole).toString());
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        // Straight after typing, before the results came: Down waits for them.
        QTest::keyClick(w.get(), Qt::Key_Slash);
        QTest::keyClicks(search, QStringLiteral("learning"));
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QCOMPARE(w->searchText(), QStringLiteral("learning"));
        QVERIFY(w->loadedRows() > 1);
        QCOMPARE(view->currentIndex().row(), 0);
    }

    void f1ListsEveryShortcut()
    {
        auto w = openWindow();
        QString listed;
        onNextDialog([&listed](QWidget *dialog) {
            auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("shortcutsText"));
            QVERIFY(text);
            listed = text->toPlainText();
            // It fits the screen, scrolling what does not.
            QVERIFY(dialog->height() <= dialog->screen()->availableGeometry().height());
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::keyClick(w.get(), Qt::Key_F1);
        QTRY_VERIFY(!listed.isEmpty());
        QStringList missing;
        for (QAction *a : w->findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                if (!a->text().isEmpty() && !listed.contains(key.toString(QKeySequence::NativeText)))
                    missing << key.toString(QKeySequence::NativeText);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        for (const char *key : {"Ctrl+F", "Alt+Left", "Esc", "Tab"})
            QVERIFY2(listed.contains(QLatin1String(key)), key);
    }

    // On a smaller screen (90% of a 1024-wide one, half of a 1920-wide
    // one) the search box stays in the toolbar, narrower: / must never
    // focus a box the person cannot see in the toolbar's overflow menu.
    void theSearchBoxStaysOnANarrowWindow()
    {
        auto w = openWindow();
        QLineEdit *search = searchBox(*w);
        for (const int width : {1200, 960, 900}) {
            w->resize(width, 600);
            QTRY_COMPARE(w->width(), width);
            QVERIFY2(search->isVisible() && search->width() >= 120,
                     qPrintable(QStringLiteral("%1 px: %2 wide").arg(width).arg(search->width())));
            QTest::keyClick(w.get(), Qt::Key_Slash);
            QVERIFY(search->hasFocus());
            QTest::keyClick(search, Qt::Key_Escape);
        }
    }

    void aResortKeepsThePaperBeingReadInView()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        QTableView *view = table(*w);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, PaperTableModel::Title));
        for (int i = 0; i < 60; ++i)
            QTest::keyClick(view, Qt::Key_J);
        const QString id = view->currentIndex().data(PaperTableModel::IdRole).toString();
        QVERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));
        QHeaderView *header = view->horizontalHeader();
        for (int column : {int(PaperTableModel::Title), int(PaperTableModel::Authors)}) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + 10, 5));
            QCOMPARE(view->currentIndex().data(PaperTableModel::IdRole).toString(), id);
            QVERIFY2(view->viewport()->rect().contains(view->visualRect(view->currentIndex())),
                     qPrintable(QStringLiteral("row %1, scrolled to %2")
                                    .arg(view->currentIndex().row())
                                    .arg(view->verticalScrollBar()->value())));
        }
    }
};

PAPERBOY_GUI_TEST_MAIN(TestWindowStates)
#include "tst_windowstates.moc"
