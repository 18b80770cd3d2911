// One window per cache: a second `paperboy` on the same cache brings the
// first forward and quits; another cache, or the same one after the first
// window is gone, opens a window of its own.
#include "SingleWindow.h"
#include "support/ChildProcess.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;

class TestSingleWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env =
            test::childEnvironment(m_home.path(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private slots:
    void aSecondProcessBringsTheFirstForward()
    {
        const QString cache = m_home.filePath(QStringLiteral("cache.sqlite"));
        QProcess first;
        test::startChild(first, test::paperboyBinary(), {QStringLiteral("--db"), cache}, environment());
        // The first window holds the cache once its lock is there.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cache + QStringLiteral(".window.lock")), 30000);
        QProcess second;
        test::startChild(second, test::paperboyBinary(), {QStringLiteral("--db"), cache}, environment());
        const test::ChildResult r = test::waitForChild(second);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("already open on")) &&
                     r.err.contains(QStringLiteral("brought forward")),
                 qPrintable(r.err));
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(30000));
    }

    void theHolderIsAskedToComeForward()
    {
        const QString cache = m_home.filePath(QStringLiteral("asked.sqlite"));
        SingleWindow holder(cache);
        QVERIFY(holder.claim());
        QSignalSpy asked(&holder, &SingleWindow::forwardRequested);
        SingleWindow other(cache);
        QVERIFY(!other.claim());
        QVERIFY(asked.wait(10000));
        // Another cache is another window.
        SingleWindow elsewhere(m_home.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(elsewhere.claim());
    }

    void aWindowThatWentAwayLeavesTheCacheFree()
    {
        const QString cache = m_home.filePath(QStringLiteral("freed.sqlite"));
        {
            SingleWindow gone(cache);
            QVERIFY(gone.claim());
        }
        SingleWindow next(cache);
        QVERIFY(next.claim());
    }
};

PAPERBOY_GUI_TEST_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"
