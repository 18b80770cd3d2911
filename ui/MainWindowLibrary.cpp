// The main window and the person's reference manager: a .bib imported as
// stars (LibraryImport, as `paperboy import`), papers sent to the running
// Zotero (ZoteroSend, as `paperboy zotero`), and the bibliography file of
// Settings kept in step with stars (bibsync, as `paperboy star`).
#include "DailyWork.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Prompts.h"
#include "WindowActions.h"
#include "WorkProgress.h"
#include "arxiv/ArxivConfig.h"
#include "export/BibliographySync.h"
#include "jobs/LibraryImport.h"
#include "jobs/SiteBuild.h"
#include "jobs/ZoteroSend.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace paperboy {

namespace {

QString documentsFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() || !QFileInfo(docs).isDir() ? QDir::homePath() : docs;
}

QString bibFilter()
{
    return MainWindow::tr("BibTeX files (*.bib);;All files (*)");
}

} // namespace

void MainWindow::connectLibrary()
{
    const WindowActions &a = m_actions;
    m_zotero = new ZoteroSend(this);
    connect(a.importLibrary, &QAction::triggered, this, &MainWindow::importLibrary);
    connect(a.sendToZotero, &QAction::triggered, this, [this] {
        QList<Paper> papers;
        for (const PaperRow *row : selectedRows())
            papers << row->paper;
        sendToZotero(papers);
    });
    connect(a.sendStarredToZotero, &QAction::triggered, this, [this] { sendToZotero(starredPapers()); });
    connect(a.appendToBibliography, &QAction::triggered, this, &MainWindow::appendStarredToBibliography);
    connect(m_zotero, &ZoteroSend::finished, this,
            [this](const zotero::Outcome &outcome, const QString &said) {
                m_actions.sendToZotero->setEnabled(!selectedRows().isEmpty());
                m_actions.sendStarredToZotero->setEnabled(true);
                m_banner->setProperty("action", QString());
                m_banner->showMessage(outcome.ok ? MessageBanner::Level::Info : MessageBanner::Level::Error,
                                      said);
            });
    // Stop ends an import too; what it stored and starred stays. And a site
    // build: the pages written stay.
    connect(a.stop, &QAction::triggered, this, [this] {
        if (m_import)
            m_import->cancel();
        if (m_siteBuild)
            m_siteBuild->cancel();
    });
}

QList<Paper> MainWindow::starredPapers()
{
    ListQuery query;
    query.starredOnly = true;
    query.sort = ListQuery::Sort::Date;
    QString error;
    QList<Paper> papers;
    for (const PaperRow &row : PaperRepository(m_database->connection()).list(query, &error))
        papers << row.paper;
    return papers;
}

// --- Import Library -----------------------------------------------------------

void MainWindow::importLibrary()
{
    if (m_import && m_import->isRunning())
        return;
    const QString path = prompts::openFileName(this, tr("Import Library"), documentsFolder(), bibFilter());
    if (path.isEmpty())
        return;
    m_banner->setProperty("action", QString());
    QString error;
    const ArxivConfig config = ArxivConfig::load(QSettings(), &error);
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, error);
        return;
    }
    // A job per import: it takes the arXiv settings as they are now.
    delete m_import;
    m_import = new LibraryImport(config, m_databasePath, this);
    connect(m_import, &LibraryImport::progress, m_progress, &WorkProgress::update);
    connect(m_import, &LibraryImport::finished, this, &MainWindow::onLibraryImported);
    m_banner->hide();
    m_actions.importLibrary->setEnabled(false);
    m_actions.stop->setEnabled(true);
    const QString name = QFileInfo(path).fileName();
    m_progress->start(tr("Importing %1").arg(name));
    m_import->start(path, name);
}

void MainWindow::onLibraryImported(const LibraryImportOutcome &outcome)
{
    m_actions.importLibrary->setEnabled(true);
    sideJobEnded();
    m_banner->setProperty("action", QString());
    const bool done = outcome.status == LibraryImportOutcome::Status::Done;
    m_banner->showMessage(done ? MessageBanner::Level::Info : MessageBanner::Level::Error, outcome.message);
    // New stars, and papers new to the cache: the table shows them.
    reloadDays();
    reload();
}

// --- Zotero -------------------------------------------------------------------

void MainWindow::sendToZotero(const QList<Paper> &papers)
{
    m_banner->setProperty("action", QString());
    if (papers.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Nothing to send to Zotero: no paper is selected or starred."));
        return;
    }
    QString error;
    const QUrl url = zotero::connectorUrl(&error);
    if (!error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error, error);
        return;
    }
    if (!m_zotero->start(url, papers))
        return; // one sending at a time: its actions are off until it ends
    m_actions.sendToZotero->setEnabled(false);
    m_actions.sendStarredToZotero->setEnabled(false);
    statusBar()->showMessage(tr("Sending %n paper(s) to Zotero\u2026", nullptr, int(papers.size())));
}

// --- The bibliography file ------------------------------------------------------

void MainWindow::appendStarredToBibliography()
{
    QSettings settings;
    QString path = bibsync::file(settings);
    if (path.isEmpty()) {
        path = prompts::saveFileName(this, tr("Append Starred to Bibliography"),
                                     QDir(documentsFolder()).filePath(QStringLiteral("references.bib")),
                                     bibFilter(), false);
        if (path.isEmpty())
            return;
        bibsync::setFile(settings, path);
    }
    m_banner->setProperty("action", QString());
    const QList<Paper> papers = starredPapers();
    if (papers.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Info, tr("Nothing to append: no paper is starred."));
        return;
    }
    const bibsync::Result result = bibsync::appendTo(path, papers, settings);
    if (result.ok)
        showExported(result.message, path);
    else
        m_banner->showMessage(MessageBanner::Level::Error, result.message);
}

void MainWindow::appendNewStars(const QList<Paper> &papers)
{
    const bibsync::Result result = bibsync::starred(QSettings(), papers);
    if (!result.attempted)
        return;
    if (result.ok) {
        statusBar()->showMessage(result.message, 10000);
        return;
    }
    m_banner->setProperty("action", QString());
    m_banner->showMessage(MessageBanner::Level::Error, result.message);
}

} // namespace paperboy
