// A damaged cache moved aside: every byte kept under a new name beside it,
// its journals with it, nothing overwritten; offered only where moving helps.
#include "core/Clock.h"
#include "storage/CacheRescue.h"
#include "storage/Database.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestCacheRescue : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void offeredOnlyForADamagedFileAtTheDefaultPath()
    {
        const QString own = Database::defaultPath();
        QVERIFY(cacherescue::canMoveAside(own, Database::Failure::Damaged));
        for (Database::Failure other :
             {Database::Failure::None, Database::Failure::Foreign, Database::Failure::Newer,
              Database::Failure::NoAccess, Database::Failure::DiskFull, Database::Failure::Other})
            QVERIFY(!cacherescue::canMoveAside(own, other));
        QVERIFY(!cacherescue::canMoveAside(m_dir.filePath(QStringLiteral("paperboy.sqlite")),
                                           Database::Failure::Damaged));
        // The same file named another way is still the default one.
        const QFileInfo info(own);
        QVERIFY(cacherescue::canMoveAside(info.absolutePath() + QStringLiteral("/./paperboy.sqlite"),
                                          Database::Failure::Damaged));
    }

    void movesTheFileAndItsJournalsKeepingEveryByte()
    {
        const QString path = m_dir.filePath(QStringLiteral("paperboy.sqlite"));
        QVERIFY(write(path, "damaged main file"));
        QVERIFY(write(path + QStringLiteral("-wal"), "its journal"));
        QVERIFY(write(path + QStringLiteral("-shm"), "its index"));
        // Local time 10:15:00 on 5 December 2026, whatever the zone.
        const QDateTime moment(QDate(2026, 12, 5), QTime(10, 15), Qt::LocalTime);
        clock::ScopedClock clock(moment.toUTC());
        QString error;
        const QString moved = cacherescue::moveAside(path, &error);
        QCOMPARE(moved, path + QStringLiteral(".broken-2026-12-05T101500"));
        QVERIFY(error.isEmpty());
        QCOMPARE(bytes(moved), QByteArray("damaged main file"));
        QCOMPARE(bytes(moved + QStringLiteral("-wal")), QByteArray("its journal"));
        QCOMPARE(bytes(moved + QStringLiteral("-shm")), QByteArray("its index"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QVERIFY(!QFileInfo::exists(path + QLatin1String(suffix)));
        QVERIFY(!QFileInfo::exists(moved + QStringLiteral("-journal")));
    }

    void neverOverwritesAFileMovedBefore()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.sqlite"));
        const QDateTime moment(QDate(2026, 12, 5), QTime(10, 15), Qt::LocalTime);
        clock::ScopedClock clock(moment.toUTC());
        const QString first = path + QStringLiteral(".broken-2026-12-05T101500");
        QVERIFY(write(first, "moved before"));
        // A journal alone at the next name takes that name too.
        QVERIFY(write(first + QStringLiteral("-2-wal"), "a stray journal"));
        QVERIFY(write(path, "damaged now"));
        QString error;
        const QString moved = cacherescue::moveAside(path, &error);
        QCOMPARE(moved, first + QStringLiteral("-3"));
        QCOMPARE(bytes(first), QByteArray("moved before"));
        QCOMPARE(bytes(first + QStringLiteral("-2-wal")), QByteArray("a stray journal"));
        QCOMPARE(bytes(moved), QByteArray("damaged now"));
    }

    void aMissingFileIsAnError()
    {
        QString error;
        QVERIFY(cacherescue::moveAside(m_dir.filePath(QStringLiteral("none.sqlite")), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no file")) && !error.contains(QLatin1Char('\n')),
                 qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    test::isolateEnvironment();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    TestCacheRescue test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cacherescue.moc"
