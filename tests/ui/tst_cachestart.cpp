// The real window on a cache it cannot open: Help and Quit stay usable; a
// damaged cache at the default path can be moved aside (every byte kept) for
// a new one that works at once; the move is not offered where it would not
// help or would lose a sound file; another cache file can be chosen, and the
// window then holds that file's single-window claim.
#include "CacheProblemPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Prompts.h"
#include "SingleWindow.h"
#include "WindowHost.h"
#include "storage/Database.h"
#include "support/CacheProbe.h"
#include "support/RealDays.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

const QDate kDay(2025, 10, 1);
const QByteArray kGarbage = QByteArray("SQLite format 3").append(QByteArray(8177, '\x5a'));

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QAction *action(QWidget *w, const QString &text)
{
    for (QAction *a : w->findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

QAction *menu(MainWindow *w, const QString &title)
{
    for (QAction *a : w->menuBar()->actions())
        if (a->text().remove(QLatin1Char('&')) == title)
            return a;
    return nullptr;
}

QString panelText(MainWindow *w)
{
    auto *text = w->findChild<QLabel *>(QStringLiteral("cacheProblemText"));
    return text ? text->text() : QString();
}

} // namespace

class TestCacheStart : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_default;

    // The window on `path`, shown, through the host that can replace it.
    MainWindow *start(WindowHost &host, const QString &path)
    {
        if (!host.open(path))
            return nullptr;
        host.window()->show();
        if (!QTest::qWaitForWindowExposed(host.window()))
            qWarning("window not exposed");
        return host.window();
    }

    // Waits for the host to replace `old` and returns the new window.
    static MainWindow *replaced(WindowHost &host, MainWindow *old)
    {
        QPointer<MainWindow> gone(old);
        if (!QTest::qWaitFor([&] { return host.window() != old && !gone; }, 10000))
            return nullptr;
        return host.window();
    }

    static QString sqlite(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("setup");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                error = QStringLiteral("cannot open");
            QSqlQuery q(db);
            for (const QString &sql : statements)
                if (error.isEmpty() && !q.exec(sql))
                    error = sql;
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    // A sound cache holding one real day.
    static void storeDay(const QString &path, int papers)
    {
        QString error;
        QVERIFY2(test::storeDay(path, kDay, test::realDay(kDay, papers), &error), qPrintable(error));
    }

    void removeDefault()
    {
        QDir folder = QFileInfo(m_default).absoluteDir();
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
            if (name.startsWith(QLatin1String("paperboy.sqlite")))
                folder.remove(name);
    }

private slots:
    void initTestCase() { m_default = Database::defaultPath(); }

    void init()
    {
        removeDefault();
        prompts::testing::takeAsked();
    }

    void aDamagedCacheIsMovedAsideForANewOne()
    {
        QVERIFY(write(m_default, kGarbage));
        QVERIFY(write(m_default + QStringLiteral("-wal"), "its journal"));
        WindowHost host;
        MainWindow *w = start(host, m_default);
        QVERIFY(w);
        QVERIFY(w->findChild<CacheProblemPanel *>());
        QVERIFY2(panelText(w).contains(QLatin1String("damaged")), qPrintable(panelText(w)));
        QVERIFY(!w->findChild<QTableView *>(QStringLiteral("paperTable"))->isVisible());
        // Help and Quit stay within reach; what needs the cache does not.
        for (const QString &title : {QStringLiteral("File"), QStringLiteral("Help")}) {
            QAction *m = menu(w, title);
            QVERIFY2(m && m->isEnabled(), qPrintable(title));
        }
        for (const QString &text :
             {QStringLiteral("Quit"), QStringLiteral("About Paperboy"), QStringLiteral("Keyboard Shortcuts")})
            QVERIFY2(action(w, text)->isEnabled(), qPrintable(text));
        QVERIFY(!action(w, QStringLiteral("Fetch Today"))->isEnabled());
        QVERIFY(!action(w, QStringLiteral("Criteria…"))->isEnabled());

        auto *move = w->findChild<QPushButton *>(QStringLiteral("moveAsideButton"));
        QVERIFY(move && move->isVisible());
        QTest::mouseClick(move, Qt::LeftButton);
        MainWindow *fresh = replaced(host, w);
        QVERIFY(fresh);

        // The old bytes, and its journal, under the new name beside it; a
        // -shm too when SQLite made one while it looked at the -wal.
        const QDir folder = QFileInfo(m_default).absoluteDir();
        const QStringList moved = folder.entryList({QStringLiteral("paperboy.sqlite.broken-*")}, QDir::Files);
        const QRegularExpression name(
            QStringLiteral("^paperboy\\.sqlite\\.broken-\\d{4}-\\d\\d-\\d\\dT\\d{6}$"));
        const QStringList main = moved.filter(name);
        QVERIFY2(main.size() == 1, qPrintable(moved.join(QLatin1Char(' '))));
        const QString movedPath = folder.filePath(main.at(0));
        QCOMPARE(bytes(movedPath), kGarbage);
        QCOMPARE(bytes(movedPath + QStringLiteral("-wal")), QByteArray("its journal"));
        for (const QString &file : moved)
            QVERIFY2(file == main.at(0) || file == main.at(0) + QStringLiteral("-wal") ||
                         file == main.at(0) + QStringLiteral("-shm"),
                     qPrintable(file));
        auto *banner = fresh->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QVERIFY2(banner->isVisible() && banner->text().contains(QDir::toNativeSeparators(movedPath)),
                 qPrintable(banner->text()));

        // A new cache in its place that works at once.
        QCOMPARE(fresh->databasePath(), m_default);
        QVERIFY(!fresh->findChild<CacheProblemPanel *>());
        QVERIFY(fresh->isVisible());
        QVERIFY(fresh->findChild<QTableView *>(QStringLiteral("paperTable"))->isVisible());
        QCOMPARE(fresh->loadedRows(), 0);
        QVERIFY(action(fresh, QStringLiteral("Fetch Today"))->isEnabled());
        QVERIFY(action(fresh, QStringLiteral("Criteria…"))->isEnabled());
        Database db(m_default);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        // The window still holds its cache: a second one is turned away.
        SingleWindow second(m_default);
        QVERIFY(!second.claim());
    }

    // Moving would lose a sound file from view, or the file is the person's.
    void notOfferedWhereMovingWouldNotHelp_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("damaged, given with --db") << "elsewhere"
                                                  << "stays where it is";
        QTest::newRow("another application's database") << "foreign"
                                                        << "another application's database";
        QTest::newRow("a newer Paperboy's cache") << "newer"
                                                  << "newer Paperboy";
    }
    void notOfferedWhereMovingWouldNotHelp()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QString path = m_default;
        if (kind == QLatin1String("elsewhere")) {
            path = m_dir.filePath(QStringLiteral("mine.sqlite"));
            QVERIFY(write(path, kGarbage));
        } else if (kind == QLatin1String("foreign")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QCOMPARE(
                sqlite(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")}),
                QString());
        } else {
            storeDay(path, 3);
            QCOMPARE(
                sqlite(
                    path,
                    {QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)}),
                QString());
        }
        const QByteArray before = bytes(path);
        const QStringList files = QFileInfo(path).absoluteDir().entryList(QDir::Files);
        {
            WindowHost host;
            MainWindow *w = start(host, path);
            QVERIFY(w);
            QVERIFY(w->findChild<CacheProblemPanel *>());
            QVERIFY2(panelText(w).contains(says), qPrintable(panelText(w)));
            QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("moveAsideButton")));
            auto *choose = w->findChild<QPushButton *>(QStringLiteral("chooseCacheButton"));
            QVERIFY(choose && choose->isVisible());
            QVERIFY(action(w, QStringLiteral("Quit"))->isEnabled());
            QVERIFY(menu(w, QStringLiteral("Help"))->isEnabled());
        }
        QCOMPARE(bytes(path), before);
        QStringList after = QFileInfo(path).absoluteDir().entryList(QDir::Files);
        QCOMPARE(after, files);
    }

    void anotherFileCanBeChosen()
    {
        QVERIFY(write(m_default, kGarbage));
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        storeDay(other, 7);
        WindowHost host;
        MainWindow *w = start(host, m_default);
        QVERIFY(w);
        prompts::testing::answerFileName(other);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("chooseCacheButton")), Qt::LeftButton);
        QCOMPARE(prompts::testing::takeAsked(), QStringList{QStringLiteral("Choose a Cache File")});
        MainWindow *chosen = replaced(host, w);
        QVERIFY(chosen);
        QCOMPARE(chosen->databasePath(), other);
        QVERIFY(chosen->isVisible());
        QVERIFY(!chosen->findChild<CacheProblemPanel *>());
        QCOMPARE(chosen->shownDay(), kDay);
        QCOMPARE(chosen->loadedRows(), 7);
        // The damaged file stays as it was, and free; the chosen one is held.
        QCOMPARE(bytes(m_default), kGarbage);
        {
            SingleWindow onChosen(other);
            QVERIFY(!onChosen.claim());
        }
        SingleWindow onDefault(m_default);
        QVERIFY(onDefault.claim());
    }

    // The chosen file has a window of its own already: it comes forward and
    // this window stays as it is.
    void aChosenFileWithAWindowOfItsOwnIsBroughtForward()
    {
        QVERIFY(write(m_default, kGarbage));
        const QString other = m_dir.filePath(QStringLiteral("held.sqlite"));
        storeDay(other, 2);
        SingleWindow holder(other);
        QVERIFY(holder.claim());
        QSignalSpy asked(&holder, &SingleWindow::forwardRequested);
        WindowHost host;
        MainWindow *w = start(host, m_default);
        QVERIFY(w);
        prompts::testing::answerFileName(other);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("chooseCacheButton")), Qt::LeftButton);
        QVERIFY(asked.wait(10000));
        auto *banner = w->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QTRY_VERIFY2(banner->text().contains(QLatin1String("already open")), qPrintable(banner->text()));
        QCOMPARE(host.window(), w);
        QVERIFY(w->findChild<CacheProblemPanel *>());
    }
};

PAPERBOY_GUI_TEST_MAIN(TestCacheStart)
#include "tst_cachestart.moc"
