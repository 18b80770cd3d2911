// The window on the screen it opens on: a first start sized for that
// screen, and a place saved on a larger screen (or one that is gone)
// brought back inside it. The rules first, then the real window on a small
// high-density screen.
#include "MainWindow.h"
#include "WindowPlacement.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

class TestWindowPlacement : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_caches = 0;

    // The real window on a fresh cache, shown; its frame once placed.
    QRect shownFrame()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)));
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            qWarning("window not exposed");
        return w.frameGeometry();
    }

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    static QString describe(const QRect &frame)
    {
        return QStringLiteral("%1,%2 %3x%4 on %5x%6")
            .arg(frame.x())
            .arg(frame.y())
            .arg(frame.width())
            .arg(frame.height())
            .arg(available().width())
            .arg(available().height());
    }

    static QByteArray savedGeometry(const QRect &rect)
    {
        QWidget widget;
        widget.setGeometry(rect);
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            qWarning("widget not exposed");
        return widget.saveGeometry();
    }

private slots:
    void init() { QSettings().remove(QStringLiteral("window")); }

    void firstFrameIsThePreferredSizeWhereItFits()
    {
        const QRect screen(0, 0, 2560, 1440);
        const QRect frame = placement::firstFrame(QSize(1200, 800), screen);
        QCOMPARE(frame.size(), QSize(1200, 800));
        QCOMPARE(frame.center(), screen.center());
    }

    void firstFrameShrinksToTheScreen()
    {
        // A small laptop screen, beside a larger one on its left.
        const QRect screen(-1366, 0, 1366, 768);
        const QRect frame = placement::firstFrame(QSize(1200, 800), screen);
        QCOMPARE(frame.size(), QSize(1200, 691)); // 90% of 768
        QVERIFY(screen.contains(frame));
        // Centred, to the pixel an odd width allows.
        QVERIFY(qAbs((frame.left() - screen.left()) - (screen.right() - frame.right())) <= 1);
        QVERIFY(qAbs((frame.top() - screen.top()) - (screen.bottom() - frame.bottom())) <= 1);
        QCOMPARE(placement::firstFrame(QSize(1200, 800), QRect()), QRect(0, 0, 1200, 800));
    }

    void fitInsideLeavesAFrameThatFits()
    {
        const QRect screen(0, 0, 1920, 1080);
        const QRect frame(100, 50, 1200, 800);
        QCOMPARE(placement::fitInside(frame, screen), frame);
        QCOMPARE(placement::fitInside(QRect(0, 0, 1920, 1080), screen), screen);
        QCOMPARE(placement::fitInside(frame, QRect()), frame);
    }

    void fitInsideShrinksAndMovesTheLeast()
    {
        const QRect laptop(0, 24, 1280, 776); // below a top panel
        // Saved on a 4K monitor: larger every way.
        QCOMPARE(placement::fitInside(QRect(200, 100, 3000, 1800), laptop), laptop);
        // Saved on a monitor to the right that is gone: moved just inside.
        QCOMPARE(placement::fitInside(QRect(2200, 300, 1000, 600), laptop), QRect(280, 200, 1000, 600));
        // Above and left of the screen: moved down and right, size kept.
        QCOMPARE(placement::fitInside(QRect(-500, -40, 800, 600), laptop), QRect(0, 24, 800, 600));
        // Too tall only: the height shrinks, the left edge stays.
        QCOMPARE(placement::fitInside(QRect(100, 0, 800, 900), laptop), QRect(100, 24, 800, 776));
    }

    void theScreenIsALaptops()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1366, 768));
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
    }

    void theFirstStartFitsTheScreen()
    {
        const QRect frame = shownFrame();
        QVERIFY2(available().contains(frame), qPrintable(describe(frame)));
        // As large as the screen allows: the preferred width, most of the
        // height (90% less the guess of a frame the platform draws thinner).
        QVERIFY2(frame.width() > 1200 && frame.height() > available().height() * 0.85,
                 qPrintable(describe(frame)));
    }

    void aPlaceSavedOnALargerScreenIsBroughtInside()
    {
        QSettings().setValue(QStringLiteral("window/geometry"), savedGeometry(QRect(40, 30, 2400, 1300)));
        QRect frame = shownFrame();
        QVERIFY2(available().contains(frame), qPrintable(describe(frame)));
        // Saved on a monitor that is gone: back on this one, its size kept.
        QSettings().setValue(QStringLiteral("window/geometry"), savedGeometry(QRect(2400, 900, 600, 400)));
        frame = shownFrame();
        QVERIFY2(available().contains(frame), qPrintable(describe(frame)));
        QVERIFY2(frame.width() > 600 && frame.width() < 620 && frame.height() > 400 && frame.height() < 440,
                 qPrintable(describe(frame)));
    }
};

// A laptop's screen at twice the density: 1366x768 logical pixels, smaller
// than the window's preferred 1200x800 and than a desktop's saved frame.
int main(int argc, char **argv)
{
    test::isolateEnvironment();
    test::useOffscreenScreen(QSize(1366, 768), 2.0);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    installTranslations(app);
    TestWindowPlacement test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_windowplacement.moc"
