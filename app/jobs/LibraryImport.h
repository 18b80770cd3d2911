#pragma once

#include "arxiv/ArxivConfig.h"
#include "jobs/FetchTypes.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace paperboy {

class Database;
class FetchController;

struct LibraryImportOutcome
{
    enum class Status
    {
        Done,
        BadFile, // not found, not a regular file, unreadable, no BibTeX, no arXiv paper
        Storage, // the cache could not be opened or written
        Fetch,   // the arXiv API failed or the import was cancelled: see `fetch`
    };
    Status status = Status::BadFile;
    int cited = 0;   // distinct arXiv papers the file cites
    int cached = 0;  // of those, already in the cache (starred without asking arXiv)
    int fetched = 0; // fetched from the arXiv API, stored and starred
    int leftForLater = 0;
    QStringList unknownToArxiv;
    FetchOutcome fetch; // the failed request when status is Fetch
    QString message;    // one line for a person, success or not
};

// A .bib someone keeps (Zotero's export, JabRef's own file) taken as their
// library: the arXiv papers it cites are starred, so the offline scorer
// learns from them; those the cache lacks are fetched from the arXiv API
// first, on the fetch thread (FetchController). The window and the command
// line run the same job: start(), then progress() and finished() arrive on
// the caller's thread. Stars are written as soon as papers are stored, so an
// import that fails half-way keeps what it did, and a second run goes on.
class LibraryImport : public QObject
{
    Q_OBJECT
public:
    // The most papers one import fetches. At the API's pace (100 ids a
    // request, one request every 3 s) that is a minute; a larger library is
    // imported over several runs, each starting where the last stopped.
    static constexpr int kMaxFetchedPerRun = 2000;
    // Ids per API request: a failure loses at most this many, the earlier
    // ones being stored.
    static constexpr int kIdsPerRequest = 100;
    // Ids arXiv does not know named in the outcome's one line; the rest are
    // counted (a library of typos would make it thousands of characters).
    static constexpr int kUnknownNamed = 10;

    LibraryImport(const ArxivConfig &config, const QString &databasePath, QObject *parent = nullptr);
    ~LibraryImport() override;

    bool isRunning() const { return m_running; }

    // Imports the .bib at `path`, naming it `shownName` in messages (the
    // path itself when empty). finished() always arrives later, never
    // within this call, even when the file is refused at once.
    void start(const QString &path, const QString &shownName = QString());
    void cancel();

signals:
    void progress(const QString &message, int done, int total);
    void finished(const paperboy::LibraryImportOutcome &outcome);

private:
    void fetchNext();
    void onFetched(const FetchOutcome &outcome);
    bool star(const QStringList &ids);
    void finish(LibraryImportOutcome::Status status, const QString &message);
    QString doneMessage() const;

    ArxivConfig m_config;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    FetchController *m_fetch = nullptr;
    QString m_shownName;
    QStringList m_missing; // to fetch, in requests of kIdsPerRequest
    qsizetype m_next = 0;
    LibraryImportOutcome m_outcome;
    bool m_running = false;
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::LibraryImportOutcome)
