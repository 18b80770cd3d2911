// The real window on the offscreen platform: stars by key and by click,
// read state, the model checked by QAbstractItemModelTester.
#include "MainWindow.h"
#include "PaperTableModel.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

QList<Paper> day()
{
    QList<Paper> papers;
    for (int i = 1; i <= 3; ++i) {
        Paper p;
        p.id = QStringLiteral("2604.0000%1").arg(i);
        p.title = QStringLiteral("Paper %1").arg(i);
        p.abstract = QStringLiteral("Abstract %1").arg(i);
        p.authors = {QStringLiteral("Ada Lovelace")};
        p.categories = {QStringLiteral("cs.LG")};
        p.announced = QDate(2026, 4, 27);
        p.updated = p.announced;
        p.announceType = AnnounceType::New;
        papers << p;
    }
    return papers;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    PaperRow stored(const QString &id)
    {
        Database db(m_db);
        QString error;
        db.open(&error);
        ListQuery q;
        q.ids = {id};
        return PaperRepository(db.connection()).list(q, &error).value(0);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("window.sqlite"));
        Database db(m_db);
        QString error;
        QVERIFY(db.open(&error));
        DayRecord record;
        record.date = QDate(2026, 4, 27);
        record.announced = record.kept = 3;
        record.categories = {QStringLiteral("cs.LG")};
        record.announceTypes = {QStringLiteral("new")};
        record.source = QStringLiteral("rss");
        QList<Announcement> ann;
        for (const Paper &p : day())
            ann.append({p.id, QStringLiteral("cs.LG"), AnnounceType::New});
        QVERIFY(PaperRepository(db.connection()).storeDay(record, day(), ann, nullptr, &error));
    }

    void starsWithTheKeyAndTheMouseAndMarksRead()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("paperTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 3);

        // The first paper is shown on start, so it is read; the others are not.
        const QString first = table->model()->index(0, PaperTableModel::Title).data().toString();
        QCOMPARE(first, QStringLiteral("Paper 1"));
        QVERIFY(stored(QStringLiteral("2604.00001")).read);
        QVERIFY(!stored(QStringLiteral("2604.00002")).read);
        QVERIFY(table->model()->index(1, PaperTableModel::Title).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!table->model()->index(0, PaperTableModel::Title).data(Qt::FontRole).value<QFont>().bold());

        // s stars the current paper, and again unstars it.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_S);
        QVERIFY(stored(QStringLiteral("2604.00001")).starred);
        QCOMPARE(table->model()->index(0, PaperTableModel::Star).data().toString(), QStringLiteral("\u2605"));
        QTest::keyClick(table, Qt::Key_S);
        QVERIFY(!stored(QStringLiteral("2604.00001")).starred);

        // A click on the star column of another row stars that paper and reads it.
        const QRect cell = table->visualRect(table->model()->index(2, PaperTableModel::Star));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(stored(QStringLiteral("2604.00003")).starred);
        QVERIFY(stored(QStringLiteral("2604.00003")).read);
        QVERIFY(!stored(QStringLiteral("2604.00002")).starred);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
