// The app icon is compiled in and shown: window, tray (with and without the
// unread count) and About (which shows its parent window's icon).
#include "AppIcon.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;

namespace {

// Pixels that are not transparent: a drawn icon, not an empty square.
int visiblePixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void everySizeIsCompiledIn()
    {
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 64, 128, 256}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            QVERIFY2(visiblePixels(icon, size) > size * size / 4, qPrintable(QString::number(size)));
        }
    }

    void theWindowAndTheTrayShowIt()
    {
        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(!w.windowIcon().isNull());
        QCOMPARE(w.windowIcon().pixmap(32, 32).toImage(), appIcon().pixmap(32, 32).toImage());
        // The tray: never blank, with or without unread papers, and the count shows.
        const QIcon none = TrayIcon::iconWith(0);
        const QIcon five = TrayIcon::iconWith(5);
        QVERIFY(visiblePixels(none, 22) > 22 * 22 / 4);
        QVERIFY(visiblePixels(five, 22) > 22 * 22 / 4);
        QVERIFY(none.pixmap(22, 22).toImage() != five.pixmap(22, 22).toImage());
    }
};

PAPERBOY_GUI_TEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
