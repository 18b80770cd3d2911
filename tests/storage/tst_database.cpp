#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QFile>
#include <QSqlError>
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

    // A schema-4 cache keyed its scores by a hash that included the followed
    // authors. Schema 5 leaves them out of the key: the stored scores and
    // runs follow the saved version to its new key, none is lost, and the
    // day still shows them.
    void migratingToSchema5KeepsScoresMadeWithFollowedAuthors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        const QDate day(2026, 4, 27);
        const QString model = QStringLiteral("gpt-5-mini");
        Criteria criteria = Criteria::defaults();
        criteria.followedAuthors = {QStringLiteral("Ada Lovelace")};
        criteria.relevanceCutoff = 6;
        // The key schema 4 wrote: every field but the cut-offs.
        QJsonObject legacy = criteria.toJson();
        legacy.remove(QStringLiteral("relevance_cutoff"));
        legacy.remove(QStringLiteral("novelty_cutoff"));
        const QString oldHash = Criteria::hashOf(legacy);
        QVERIFY(oldHash != criteria.scoringHash()); // else there is nothing to re-key
        QString error;
        {
            Database old(path);
            QVERIFY2(old.openAtVersion(4, &error), qPrintable(error));
            QCOMPARE(old.schemaVersion(), 4);
            Paper followed = paper(QStringLiteral("2604.00001"), QStringLiteral("Analytical engines"),
                                   QStringLiteral("Notes on a machine."));
            Paper strong = paper(QStringLiteral("2604.00002"), QStringLiteral("Sparse attention"),
                                 QStringLiteral("Pruning heads."));
            strong.authors = {QStringLiteral("Bo Sample")};
            DayRecord record;
            record.date = day;
            record.announced = record.kept = 2;
            record.categories = {QStringLiteral("cs.LG")};
            record.announceTypes = {QStringLiteral("new")};
            record.source = QStringLiteral("rss");
            QSqlQuery q(old.connection());
            // Today's repository writes the column schema 6 added: lend it
            // for this store and take it back, leaving a schema-4 file.
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE papers ADD COLUMN published TEXT")));
            QVERIFY2(PaperRepository(old.connection())
                         .storeDay(record, {followed, strong},
                                   {{followed.id, QStringLiteral("cs.LG"), AnnounceType::New},
                                    {strong.id, QStringLiteral("cs.LG"), AnnounceType::New}},
                                   nullptr, &error),
                     qPrintable(error));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE papers DROP COLUMN published")),
                     qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral(
                "INSERT INTO criteria (hash, body, created_at) VALUES (?, ?, '2026-04-26T08:00:00Z')"));
            q.addBindValue(criteria.contentHash());
            q.addBindValue(QString::fromUtf8(criteria.canonicalJson()));
            QVERIFY(q.exec());
            q.prepare(QStringLiteral(
                "INSERT INTO runs (id, kind, date, provider, model, criteria_hash, started_at, finished_at,"
                " status, requests, papers) VALUES (7, 'score', ?, 'openai', ?, ?, '2026-04-27T08:00:00Z',"
                " '2026-04-27T08:01:00Z', 'done', 1, 2)"));
            q.addBindValue(day.toString(Qt::ISODate));
            q.addBindValue(model);
            q.addBindValue(oldHash);
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("INSERT INTO scores (paper_id, version, criteria_hash, model, status,"
                                     " relevance, novelty, comment, run_id, scored_at)"
                                     " VALUES (?, 1, ?, ?, 'ok', ?, ?, ?, 7, '2026-04-27T08:01:00Z')"));
            const QList<QVariantList> scores{
                {followed.id, 3, 2, QStringLiteral("Followed author: Ada Lovelace")},
                {strong.id, 9, 8, QStringLiteral("Structured sparsity in attention.")}};
            for (const QVariantList &s : scores) {
                q.addBindValue(s.at(0));
                q.addBindValue(oldHash);
                q.addBindValue(model);
                q.addBindValue(s.at(1));
                q.addBindValue(s.at(2));
                q.addBindValue(s.at(3));
                QVERIFY(q.exec());
            }
        }
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlDatabase &c = db.connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
        const int versionId = scalar(c, QStringLiteral("SELECT id FROM criteria")).toInt();
        QVERIFY(versionId > 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT scoring_hash FROM criteria")).toString(),
                 criteria.scoringHash());
        QCOMPARE(scalar(c, QStringLiteral("SELECT content_hash FROM criteria")).toString(),
                 criteria.contentHash());
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM scores WHERE scoring_hash = '%1'")
                               .arg(criteria.scoringHash()))
                     .toInt(),
                 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT scoring_hash FROM runs")).toString(),
                 criteria.scoringHash());
        QCOMPARE(scalar(c, QStringLiteral("SELECT author_match FROM scores WHERE paper_id = '2604.00001'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT author_match FROM scores WHERE paper_id = '2604.00002'"))
                     .toInt(),
                 0);

        // The day shows the stored scores, joined to the saved version.
        const auto saved = ScoreRepository(c).currentCriteria(&error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->id, versionId);
        ListQuery query;
        query.date = day;
        query.criteria = saved->criteria;
        ScoreSource source;
        const QList<PaperRow> rows = PaperRepository(c).list(query, &error, &source);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(source.model, model);
        QCOMPARE(source.scoringHash, criteria.scoringHash());
        QCOMPARE(rows.size(), 2);
        QHash<QString, PaperRow> byId;
        for (const PaperRow &row : rows)
            byId.insert(row.paper.id, row);
        for (const PaperRow &row : rows) {
            QCOMPARE(row.scoreState, ScoreState::Scored);
            QCOMPARE(row.scoredBy, model);
            QCOMPARE(row.criteriaVersion, versionId);
        }
        const PaperRow followedRow = byId.value(QStringLiteral("2604.00001"));
        QCOMPARE(followedRow.relevance, std::optional<int>(3));
        QVERIFY(followedRow.authorMatch);
        QCOMPARE(followedRow.followedAuthor, QStringLiteral("Ada Lovelace"));
        QVERIFY(followedRow.relevant); // by the followed author, not the cut-offs
        const PaperRow strongRow = byId.value(QStringLiteral("2604.00002"));
        QCOMPARE(strongRow.relevance, std::optional<int>(9));
        QCOMPARE(strongRow.novelty, std::optional<int>(8));
        QVERIFY(!strongRow.authorMatch);
        QVERIFY(strongRow.relevant);
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

    // Each front end says what helps from the kind of failure: only a damaged
    // file may be moved aside for a new cache.
    void saysWhyAFileCannotBeOpened_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("says");
        QTest::newRow("sound") << "none" << int(Database::Failure::None) << "";
        QTest::newRow("garbage") << "garbage" << int(Database::Failure::Damaged)
                                 << "damaged or not a database";
        QTest::newRow("first page overwritten")
            << "page" << int(Database::Failure::Damaged) << "damaged or not a database";
        QTest::newRow("newer schema") << "newer" << int(Database::Failure::Newer) << "newer Paperboy";
        QTest::newRow("another application")
            << "foreign" << int(Database::Failure::Foreign) << "another application's database";
    }
    void saysWhyAFileCannotBeOpened()
    {
        QFETCH(QString, damage);
        QFETCH(int, failure);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        if (damage == QLatin1String("foreign")) {
            const QString name = QStringLiteral("foreign");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            Database db(path);
            QVERIFY(db.open(&error));
            if (damage == QLatin1String("newer")) {
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("garbage")) {
            file.resize(0);
            file.write(QByteArray(8192, '\x5a'));
        } else if (damage == QLatin1String("page")) {
            // The header stays SQLite's; the schema table after it does not.
            file.seek(100);
            file.write(QByteArray(3996, '\xff'));
        }
        file.close();
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        Database db(path);
        error.clear();
        QCOMPARE(db.open(&error), failure == int(Database::Failure::None));
        QCOMPARE(int(db.failure()), failure);
        QVERIFY2(error.contains(says) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        if (failure != int(Database::Failure::None)) {
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), before);
        }
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
