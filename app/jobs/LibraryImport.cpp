#include "jobs/LibraryImport.h"

#include "core/Translation.h"
#include "export/BibtexAppend.h"
#include "export/BibtexScan.h"
#include "jobs/FetchController.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace paperboy {

LibraryImport::LibraryImport(const ArxivConfig &config, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_databasePath(databasePath)
{
    qRegisterMetaType<paperboy::LibraryImportOutcome>();
}

LibraryImport::~LibraryImport() = default;

void LibraryImport::start(const QString &path, const QString &shownName)
{
    m_running = true;
    m_outcome = {};
    m_shownName = shownName.isEmpty() ? path : shownName;
    m_missing.clear();
    m_next = 0;
    // Everything up to the first request is quick; finished() still comes
    // from the event loop, as it does after a fetch.
    QTimer::singleShot(0, this, [this, path] {
        const QFileInfo info(path);
        if (!info.exists())
            return finish(LibraryImportOutcome::Status::BadFile,
                          tr("cannot read %1: no such file").arg(m_shownName));
        // Checked before opening: opening a named pipe would wait for a writer.
        if (!info.isFile())
            return finish(LibraryImportOutcome::Status::BadFile,
                          tr("cannot import %1: it is not a regular file").arg(m_shownName));
        QByteArray bytes;
        QString error;
        if (!bibappend::readBibliography(path, bibappend::kMaxFileBytes, &bytes, &error))
            return finish(LibraryImportOutcome::Status::BadFile, error);
        const bibscan::Holdings holdings = bibscan::scan(bytes);
        if (holdings.keys.isEmpty() && holdings.arxivIds.isEmpty())
            return finish(LibraryImportOutcome::Status::BadFile,
                          tr("%1 is not a BibTeX file: it holds no entries").arg(m_shownName));
        if (holdings.arxivIds.isEmpty())
            return finish(LibraryImportOutcome::Status::BadFile,
                          tr("%1 cites no arXiv papers; nothing was changed").arg(m_shownName));

        QStringList ids(holdings.arxivIds.cbegin(), holdings.arxivIds.cend());
        std::sort(ids.begin(), ids.end());
        m_outcome.cited = int(ids.size());
        m_database = std::make_unique<Database>(m_databasePath);
        if (!m_database->open(&error))
            return finish(LibraryImportOutcome::Status::Storage, error);
        const QStringList cached = PaperRepository(m_database->connection()).knownIds(ids);
        if (!star(cached))
            return;
        m_outcome.cached = int(cached.size());
        for (const QString &id : std::as_const(ids))
            if (!cached.contains(id))
                m_missing << id;
        m_outcome.leftForLater = int(std::max<qsizetype>(0, m_missing.size() - kMaxFetchedPerRun));
        m_missing = m_missing.mid(0, kMaxFetchedPerRun);
        fetchNext();
    });
}

void LibraryImport::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void LibraryImport::fetchNext()
{
    if (m_next >= m_missing.size())
        return finish(LibraryImportOutcome::Status::Done, doneMessage());
    if (!m_fetch) {
        m_fetch = new FetchController(m_config, m_databasePath, this);
        connect(m_fetch, &FetchController::finished, this, &LibraryImport::onFetched);
    }
    const int total = int(m_missing.size());
    emit progress(
        i18n::plural(tr("Fetching %n paper(s) of %1 from arXiv", nullptr, total), total).arg(m_shownName),
        int(m_next), total);
    FetchRequest request;
    request.kind = FetchRequest::Kind::Ids;
    request.ids = m_missing.mid(m_next, kIdsPerRequest);
    m_next += request.ids.size();
    m_fetch->start(request);
}

void LibraryImport::onFetched(const FetchOutcome &outcome)
{
    if (outcome.status != FetchOutcome::Status::Stored) {
        m_outcome.fetch = outcome;
        return finish(LibraryImportOutcome::Status::Fetch,
                      tr("%1 Kept: %2 of the %3 arXiv papers of %4 are stored and starred; importing it "
                         "again fetches the rest.")
                          .arg(outcome.message)
                          .arg(m_outcome.cached + m_outcome.fetched)
                          .arg(m_outcome.cited)
                          .arg(m_shownName));
    }
    if (!star(outcome.storedIds))
        return;
    m_outcome.fetched += int(outcome.storedIds.size());
    m_outcome.unknownToArxiv += outcome.missingIds;
    fetchNext();
}

bool LibraryImport::star(const QStringList &ids)
{
    QString error;
    if (ids.isEmpty() || PaperRepository(m_database->connection()).setStarred(ids, true, nullptr, &error))
        return true;
    finish(LibraryImportOutcome::Status::Storage, tr("cannot write the cache: %1").arg(error));
    return false;
}

QString LibraryImport::doneMessage() const
{
    const int starred = m_outcome.cached + m_outcome.fetched;
    QString text =
        i18n::plural(tr("Starred %n arXiv paper(s) of %1", nullptr, starred), starred).arg(m_shownName) +
        tr(" (%1 fetched from arXiv, %2 already in the cache).").arg(m_outcome.fetched).arg(m_outcome.cached);
    const QStringList &unknown = m_outcome.unknownToArxiv;
    const QString named = unknown.mid(0, kUnknownNamed).join(QStringLiteral(", "));
    if (unknown.size() > kUnknownNamed)
        text += tr(" arXiv does not know %1 and %2 more.").arg(named).arg(unknown.size() - kUnknownNamed);
    else if (!unknown.isEmpty())
        text += tr(" arXiv does not know %1.").arg(named);
    if (m_outcome.leftForLater > 0)
        text += tr(" %1 more are left for the next import (at most %2 are fetched in one run).")
                    .arg(m_outcome.leftForLater)
                    .arg(kMaxFetchedPerRun);
    return text;
}

void LibraryImport::finish(LibraryImportOutcome::Status status, const QString &message)
{
    m_outcome.status = status;
    m_outcome.message = message;
    m_running = false;
    // The cache is not held between imports: the window keeps its own.
    m_database.reset();
    emit finished(m_outcome);
}

} // namespace paperboy
