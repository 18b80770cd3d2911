#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace paperboy {

// A failed statement in words for a one-line error: SQLite's own text, except
// for a full disk (SQLITE_FULL), which says so and what to do, whatever
// statement or COMMIT ran into it.
QString describeSqlError(const QSqlError &error);
// The last error of a statement, described as above.
QString sqlError(const QSqlQuery &q);
// Runs a prepared statement; on failure says why in *error (when given),
// and clears *error on success.
bool execOrSay(QSqlQuery &q, QString *error);

// One SQLite connection, owned by the thread that created it. Each thread
// that touches the cache makes its own Database (Qt forbids sharing a
// QSqlDatabase across threads); the connection is closed and removed from
// Qt's registry when the object dies.
class Database
{
public:
    // The schema version this build writes. Older files are migrated on
    // open; newer ones are refused so an old build never damages them.
    static int currentSchemaVersion();
    // PRAGMA application_id of a Paperboy cache: a file with another id (or
    // with another application's tables) is refused, never altered.
    static int applicationId();

    // The default cache file: <AppDataLocation>/paperboy.sqlite.
    static QString defaultPath();

    // Why open() failed, so that each front end can say what helps: a
    // damaged file can be moved aside for a new cache, while moving a newer
    // Paperboy's cache or another application's database would lose it, and
    // a permission or a full disk is fixed outside Paperboy.
    enum class Failure
    {
        None,
        Damaged,  // not SQLite, or SQLite that cannot be read (corrupt)
        Foreign,  // another application's SQLite database
        Newer,    // a newer Paperboy's schema
        NoAccess, // the file or its folder cannot be read or written
        DiskFull,
        Other, // anything else (a failed upgrade, a lock held too long)
    };
    // What a failed SQLite call says about the file it ran on.
    static Failure failureOf(const QSqlError &error);

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file (creating it and its folder), applies the connection
    // pragmas and migrates to the current schema. On failure returns false
    // and sets a one-line error; the file is left as it was. Another
    // application's SQLite file, and a cache in a folder that cannot be
    // written, are refused before anything touches them.
    bool open(QString *error);
    // Test seam: open and migrate only up to `version`.
    bool openAtVersion(int version, QString *error);

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Why the last open() failed; None after a success.
    Failure failure() const { return m_failure; }

private:
    bool openConnection(QString *error);
    bool migrate(int target, QString *error);

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    Failure m_failure = Failure::None;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();
    // Why BEGIN or COMMIT failed.
    const QString &error() const { return m_error; }

    // Runs `body` (returning bool, setting *error when it fails) in one
    // transaction and commits when it succeeds: all or nothing, and nothing
    // runs outside a transaction when BEGIN fails.
    template<typename Body> static bool run(QSqlDatabase &db, QString *error, Body &&body)
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        if (!body())
            return false;
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace paperboy
