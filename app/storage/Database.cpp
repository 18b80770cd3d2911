#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace paperboy {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("paperboy-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, Database::Failure *failure = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = describeSqlError(q.lastError());
    if (failure)
        *failure = Database::failureOf(q.lastError());
    return false;
}

// A file SQLite cannot make sense of: said the same by the command line and
// the window, with the way forward that keeps the file.
QString damagedMessage(const QString &path, const QString &why)
{
    return QCoreApplication::translate(
               "paperboy::Database", "%1 is not a usable SQLite file (%2): it is damaged or not a database; "
                                     "nothing was changed. Move it aside to start a new cache, or choose "
                                     "another file with --db")
        .arg(path, why);
}

// What the file at `path` already is, read through a read-only connection
// of its own, so that looking never changes it.
struct FileIdentity
{
    bool readable = false;
    QString problem;   // why it could not be read
    QSqlError failure; // the same, as SQLite said it
    int applicationId = 0;
    int userVersion = 0;
    QStringList tables;
};

FileIdentity identify(const QString &path)
{
    FileIdentity id;
    const QString name = uniqueConnectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            id.failure = db.lastError();
            id.problem = id.failure.text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                id.failure = q.lastError();
                id.problem = describeSqlError(id.failure);
            } else {
                id.applicationId = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    id.userVersion = q.value(0).toInt();
                if (q.exec(QStringLiteral(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
                    while (q.next())
                        id.tables << q.value(0).toString();
                    id.readable = true;
                } else {
                    id.failure = q.lastError();
                    id.problem = describeSqlError(id.failure);
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

// A Paperboy cache carries Paperboy's application id; one written before the
// id existed is known by its tables. An empty file, or an SQLite file with no
// table yet, becomes a cache. Anything else belongs to someone else.
bool checkOwner(const QString &path, QString *error, Database::Failure *failure)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return true;
    const FileIdentity id = identify(path);
    if (!id.readable) {
        *failure = Database::failureOf(id.failure);
        *error = *failure == Database::Failure::Damaged
                     ? damagedMessage(path, id.problem)
                     : QCoreApplication::translate("paperboy::Database",
                                                   "%1 cannot be read as an SQLite file (%2); nothing was "
                                                   "changed")
                           .arg(path, id.problem);
        return false;
    }
    if (id.applicationId == Database::applicationId())
        return true;
    const bool empty = id.tables.isEmpty() && id.userVersion == 0;
    const bool olderPaperboy =
        id.applicationId == 0 && id.userVersion >= 1 && id.tables.contains(QLatin1String("papers")) &&
        id.tables.contains(QLatin1String("days")) && id.tables.contains(QLatin1String("announcements"));
    if (id.applicationId == 0 && (empty || olderPaperboy))
        return true;
    *failure = Database::Failure::Foreign;
    QStringList shown = id.tables.mid(0, 3);
    if (id.tables.size() > 3)
        shown << QStringLiteral("...");
    *error =
        QCoreApplication::translate("paperboy::Database",
                                    "%1 is not a Paperboy cache but another application's database "
                                    "(%2); it was left as it was: choose another file with --db")
            .arg(path,
                 id.applicationId != 0
                     ? QCoreApplication::translate("paperboy::Database", "application id %1")
                           .arg(QStringLiteral("0x%1").arg(uint(id.applicationId), 8, 16, QLatin1Char('0')))
                     : QCoreApplication::translate("paperboy::Database", "tables %1")
                           .arg(shown.join(QStringLiteral(", "))));
    return false;
}

// SQLite in WAL mode writes two files beside the cache (-wal, -shm), so the
// folder must be writable as well as the file; without this check the error
// would be SQLite's "unable to open database file", which does not say that
// the file is sound and only out of reach.
bool checkAccess(const QString &path, QString *error, Database::Failure *failure)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    *failure = Database::Failure::NoAccess;
    if (info.exists() && !info.isReadable()) {
        *error = QCoreApplication::translate("paperboy::Database",
                                             "the cache %1 cannot be read (no permission): make it readable "
                                             "or choose another file with --db")
                     .arg(path);
        return false;
    }
    if (!folder.isWritable()) {
        *error = QCoreApplication::translate("paperboy::Database",
                                             "the folder %1 is not writable, and SQLite needs it for the "
                                             "cache's journal: make it writable or choose another file "
                                             "with --db")
                     .arg(folder.absoluteFilePath());
        return false;
    }
    if (info.exists() && !info.isWritable()) {
        *error = QCoreApplication::translate("paperboy::Database",
                                             "the cache %1 is read-only: make it writable or choose "
                                             "another file with --db")
                     .arg(path);
        return false;
    }
    *failure = Database::Failure::None;
    return true;
}

// Switching a new file to WAL takes an exclusive lock, and SQLite answers
// "database is locked" at once, without its busy handler, when another
// process is creating the same cache at that moment (a cron job and the
// window): wait for it a little, as the busy timeout does for everything else.
bool execWhenFree(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    constexpr int kTries = 100; // 100 x 50 ms: the busy timeout's 5 s
    for (int i = 0;; ++i) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        const bool busy = q.lastError().nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
        if (!busy || i + 1 == kTries) {
            *error = q.lastError();
            return false;
        }
        QThread::msleep(50);
    }
}

} // namespace

Database::Failure Database::failureOf(const QSqlError &error)
{
    // Qt's SQLite driver reports the primary result code; an extended code
    // carries it in its low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Failure::Other;
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Failure::Damaged;
    case 13: // SQLITE_FULL
        return Failure::DiskFull;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return Failure::NoAccess;
    default:
        return Failure::Other;
    }
}

QString describeSqlError(const QSqlError &error)
{
    // Qt's SQLite driver reports the primary result code; 13 is SQLITE_FULL.
    // The text is the fallback for builds that report extended codes.
    if (error.nativeErrorCode() == QLatin1String("13") ||
        error.databaseText().contains(QLatin1String("database or disk is full")))
        return QCoreApplication::translate("paperboy::Database",
                                           "the disk is full (free some space and try again)");
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString sqlError(const QSqlQuery &q)
{
    return describeSqlError(q.lastError());
}

bool execOrSay(QSqlQuery &q, QString *error)
{
    const bool ok = q.exec();
    if (error)
        *error = ok ? QString() : sqlError(q);
    return ok;
}

int Database::applicationId()
{
    return 0x50424f59; // "PBOY"
}

int Database::currentSchemaVersion()
{
    return int(migrations().size());
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("paperboy.sqlite"));
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_name(uniqueConnectionName())
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Database::open(QString *error)
{
    return openAtVersion(currentSchemaVersion(), error);
}

bool Database::openAtVersion(int version, QString *error)
{
    m_failure = Failure::None;
    if (openConnection(error) && migrate(version, error))
        return true;
    if (m_failure == Failure::None)
        m_failure = Failure::Other;
    return false;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool Database::openConnection(QString *error)
{
    if (m_db.isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("paperboy::Database", "cannot create the folder %1")
                     .arg(info.absolutePath());
        m_failure = Failure::NoAccess;
        return false;
    }
    // Both checks only read: a file that fails them is left byte for byte.
    if (!checkAccess(m_path, error, &m_failure) || !checkOwner(m_path, error, &m_failure))
        return false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QCoreApplication::translate("paperboy::Database", "cannot open the cache %1: %2")
                     .arg(m_path, m_db.lastError().text());
        m_failure = failureOf(m_db.lastError());
        return false;
    }
    // WAL lets the window read while a worker writes; NORMAL is durable
    // across application crashes, which is what matters here.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    for (const QString &sql : pragmas) {
        QSqlError why;
        if (!execWhenFree(m_db, sql, &why)) {
            m_failure = failureOf(why);
            *error = m_failure == Failure::Damaged
                         ? damagedMessage(m_path, describeSqlError(why))
                         : QCoreApplication::translate("paperboy::Database", "cannot open the cache %1: %2")
                               .arg(m_path, describeSqlError(why));
            m_db.close();
            return false;
        }
    }
    return true;
}

bool Database::migrate(int target, QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = damagedMessage(m_path, m_db.lastError().text());
        m_failure = Failure::Damaged;
        return false;
    }
    if (current > currentSchemaVersion()) {
        m_failure = Failure::Newer;
        *error =
            QCoreApplication::translate("paperboy::Database",
                                        "the cache %1 was written by a newer Paperboy (schema %2, this build "
                                        "knows %3); update Paperboy or choose another file with --db")
                .arg(m_path)
                .arg(current)
                .arg(currentSchemaVersion());
        return false;
    }
    const auto &steps = migrations();
    for (int v = current; v < target && v < int(steps.size()); ++v) {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            *error = QCoreApplication::translate("paperboy::Database", "cannot write to the cache %1: %2")
                         .arg(m_path, tx.error());
            return false;
        }
        // Another process may have migrated while this one waited for the lock.
        const int now = schemaVersion();
        if (now > v) {
            v = now - 1;
            continue;
        }
        for (const QString &sql : steps[v].statements) {
            QString why;
            if (!exec(m_db, sql, &why, &m_failure)) {
                *error = QCoreApplication::translate("paperboy::Database",
                                                     "upgrading the cache to schema %1 (%2) failed: %3")
                             .arg(v + 1)
                             .arg(QLatin1String(steps[v].description), why);
                return false;
            }
        }
        if (QString why; steps[v].code && !steps[v].code(m_db, &why)) {
            *error = QCoreApplication::translate("paperboy::Database",
                                                 "upgrading the cache to schema %1 (%2) failed: %3")
                         .arg(v + 1)
                         .arg(QLatin1String(steps[v].description), why);
            return false;
        }
        QString why;
        if (!exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1), &why, &m_failure) ||
            !tx.commit()) {
            *error = QCoreApplication::translate("paperboy::Database",
                                                 "upgrading the cache to schema %1 failed: %2")
                         .arg(v + 1)
                         .arg(why.isEmpty() ? tx.error() : why);
            return false;
        }
    }
    return true;
}

// IMMEDIATE takes the write lock at BEGIN, so a writer that reads first
// (a migration, an upsert) waits on the busy timeout instead of failing with
// SQLITE_BUSY when another process writes at the same moment.
Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = describeSqlError(q.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_error = describeSqlError(q.lastError());
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace paperboy
