#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Paper paper(const QString &id, const QString &title, const QString &abstract)
{
    Paper p;
    p.id = id;
    p.version = 1;
    p.title = title;
    p.abstract = abstract;
    p.authors = {QStringLiteral("Ada Lovelace")};
    p.categories = {QStringLiteral("cs.LG")};
    p.announced = QDate(2026, 4, 27);
    p.updated = p.announced;
    return p;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsCurrentSchemaWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/cache.sqlite"));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QVERIFY(scalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        for (const char *table :
             {"papers", "days", "announcements", "paper_state", "criteria", "scores", "runs", "papers_fts"}) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
            q.addBindValue(QString::fromLatin1(table));
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            Database db(path);
            QVERIFY(db.open(&error));
            PaperRepository repo(db.connection());
            QVERIFY(repo.storePapers(
                {paper(QStringLiteral("2604.00001"), QStringLiteral("A"), QStringLiteral("B"))}, nullptr,
                &error));
        }
        Database again(path);
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(PaperRepository(again.connection()).paperCount(), 1);
    }

    void migratesAnOlderFileKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            // A file as the first release wrote it: papers, no scores, no search index.
            Database old(path);
            QVERIFY2(old.openAtVersion(1, &error), qPrintable(error));
            QCOMPARE(old.schemaVersion(), 1);
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO papers (id, version, title, authors, abstract, categories, first_seen, "
                "last_changed)"
                " VALUES ('2604.21956', 1, 'Conditional anomaly detection using soft harmonic functions',"
                " 'Michal Valko', 'Timely detection of concerning events', 'cs.LG', '2026-04-27', "
                "'2026-04-27')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO paper_state (paper_id, starred) VALUES ('2604.21956', 1)")));
            QVERIFY(!old.connection().tables().contains(QStringLiteral("scores")));
            QCOMPARE(scalar(old.connection(), QStringLiteral("PRAGMA application_id")).toInt(), 0);
        }
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        PaperRepository repo(db.connection());
        // The old row is indexed by the migration that added full-text search.
        ListQuery query;
        query.search = QStringLiteral("harmonic");
        const auto rows = repo.list(query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().paper.id, QStringLiteral("2604.21956"));
        QVERIFY(rows.first().starred);
        QVERIFY(db.connection().tables().contains(QStringLiteral("scores")));
        // A cache from before the application id gets it, and is known by it from then on.
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId());
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            Database db(path);
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 5)));
        }
        Database db(path);
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer Paperboy")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion() + 5); // untouched
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray text = "These are my precious notes, not a database.\n";
        f.write(text.repeated(200));
        f.close();
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QLatin1String("not a usable SQLite file")), qPrintable(error));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), text.repeated(200));
    }

    void aFailedMigrationLeavesTheFileAtItsVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            Database db(path);
            QVERIFY(db.openAtVersion(1, &error));
            // Something in the way of migration 2: a table it wants to create.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE criteria (x)")));
        }
        {
            Database db(path);
            QVERIFY(!db.open(&error));
            QVERIFY2(error.contains(QLatin1String("schema 2")), qPrintable(error));
        }
        Database db(path);
        QString ignored;
        QVERIFY(!db.open(&ignored));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!db.connection().tables().contains(QStringLiteral("runs")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
