#pragma once

#include "arxiv/ArxivConfig.h"
#include "arxiv/ArxivHttp.h"
#include "arxiv/UnusableItems.h"
#include "jobs/FetchTypes.h"

#include <QObject>

#include <memory>

namespace paperboy {

class Database;

// What one fetch knows, created when it starts and destroyed when it
// finishes: an answer that outlives it finds it gone (FetchWorker::forThisRun).
class FetchRun : public QObject
{
    Q_OBJECT
public:
    FetchRequest request;
    QList<Paper> apiPapers;
    QList<SkippedItem> skipped; // unusable items, named in the outcome
    int apiTotal = 0;
    bool cancelled = false;
};

// Fetches a day or single papers and stores them. Lives on its own QThread
// with its own HTTP client (ArxivHttp) and its own database connection; talk
// to it only through queued calls (FetchController does). One request at a
// time.
class FetchWorker : public QObject
{
    Q_OBJECT
public:
    FetchWorker(ArxivConfig config, QString databasePath);
    ~FetchWorker() override;

    // Thread-safe: asks the running fetch to stop. Nothing is stored after a
    // cancel; a store already under way completes (it is one transaction).
    void cancel();

public slots:
    void fetch(const paperboy::FetchRequest &request);

signals:
    void progress(const QString &message, int done, int total);
    void finished(const paperboy::FetchOutcome &outcome);

private:
    void abortAll();

    void fetchToday();
    void onFeed(const struct ListingFeed &feed);
    void fetchDate();
    void requestApiPage(int start);
    void fetchIds();
    void requestIdChunk(int offset);

    // Stores a fetched day in one transaction and finishes the request.
    void storeDay(FetchOutcome outcome, const QList<Paper> &kept, const QList<Announcement> &announcements,
                  const QString &source);
    // " Skipped 2 unusable items: 2504.00001 (no authors), ...", or nothing.
    QString skippedMessage() const;
    void finish(FetchOutcome outcome);
    void fail(FetchError error, const QString &message);
    bool openDatabase(QString *error);
    // `handle`, called only while the run that asked is still the one under way.
    ArxivHttp::Callback forThisRun(ArxivHttp::Callback handle);

    ArxivConfig m_config;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    ArxivHttp *m_http = nullptr;
    // The fetch under way, touched on the worker's thread only; none between fetches.
    std::unique_ptr<FetchRun> m_run;
};

} // namespace paperboy
