// The main window's commands that end in a dialog, a file or a message:
// fetch and score outcomes, export, criteria and settings.
#include "ChartsDialog.h"
#include "CriteriaDialog.h"
#include "DailyWork.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PaperFilterProxy.h"
#include "PaperTableModel.h"
#include "Prompts.h"
#include "SettingsDialog.h"
#include "WindowActions.h"
#include "WorkProgress.h"
#include "arxiv/AnnouncementCalendar.h"
#include "core/FileOutput.h"
#include "core/Settings.h"
#include "export/BibtexAppend.h"
#include "export/BibtexWriter.h"
#include "export/DigestSource.h"
#include "export/StaticSite.h"
#include "jobs/OfflineCascadeSplit.h"
#include "jobs/ScoringSettings.h"
#include "jobs/SiteBuild.h"
#include "storage/Database.h"
#include "storage/ScoreRepository.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace paperboy {

namespace {

const QString kExportDir = QStringLiteral("export/lastFolder");

QString exportFolder()
{
    const QString saved = QSettings().value(kExportDir).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() || !QFileInfo(docs).isDir() ? QDir::homePath() : docs;
}

// As Settings chose: UTF-8 for biber, or ASCII LaTeX.
texfield::Encoding bibtexEncoding()
{
    return settings::bibtexUtf8(QSettings()) ? texfield::Encoding::Utf8 : texfield::Encoding::Ascii;
}

// "Saturday 8 Nov"
QString shortDay(const QDate &date)
{
    return QLocale().toString(
        date, MainWindow::tr("dddd d MMM", "date format of QLocale::toString: Saturday 8 Nov"));
}

} // namespace

// --- Fetch and score outcomes ---------------------------------------------

void MainWindow::onFetched(const FetchOutcome &outcome)
{
    switch (outcome.status) {
    case FetchOutcome::Status::Stored:
        reloadDays();
        m_search->clear();
        showDay(outcome.date);
        m_banner->setProperty("action", QStringLiteral("score"));
        m_banner->showMessage(
            MessageBanner::Level::Info,
            tr("%1: %n paper(s) stored (%2 announced in your categories).", nullptr, outcome.kept)
                .arg(QLocale().toString(outcome.date, QLocale::LongFormat),
                     QLocale().toString(outcome.announced)),
            tr("Score them"));
        return;
    case FetchOutcome::Status::NoAnnouncement:
        m_banner->setProperty("action", QString());
        m_banner->showMessage(
            MessageBanner::Level::Info,
            tr("No announcement on %1: %2.")
                .arg(shortDay(outcome.date), calendar::hasListing(outcome.date)
                                                 ? tr("arXiv announced nothing in your categories")
                                                 : tr("arXiv does not announce on weekends")));
        return;
    case FetchOutcome::Status::Cancelled:
        statusBar()->showMessage(tr("Fetch stopped; nothing was stored."), 10000);
        return;
    case FetchOutcome::Status::Failed:
        break;
    }
    QString next;
    bool settings = false;
    switch (outcome.error) {
    case FetchError::Network:
    case FetchError::Timeout:
        next = tr("Check the connection and try again.");
        break;
    case FetchError::Http:
    case FetchError::Format:
        next = tr("arXiv may be busy or in maintenance: try again in a few minutes.");
        break;
    case FetchError::Rejected:
        next = tr("Check the categories in Settings.");
        settings = true;
        break;
    case FetchError::Storage:
        next = tr("Check the free space on the disk.");
        break;
    case FetchError::None:
    case FetchError::Cancelled:
        break;
    }
    m_banner->setProperty("action", settings ? QStringLiteral("settings") : QString());
    m_banner->showMessage(MessageBanner::Level::Error, (outcome.message + QLatin1Char(' ') + next).trimmed(),
                          settings ? tr("Open Settings") : QString());
}

void MainWindow::onScored(const ScoreOutcome &outcome)
{
    reload();
    // Scores reorder the day: a paper the window picked by itself gives way
    // to the new best one; a paper the person chose stays selected.
    if (m_autoSelected && m_proxy->rowCount() > 0 && outcome.scored > 0)
        chooseFirst();
    switch (outcome.status) {
    case ScoreOutcome::Status::Done:
    case ScoreOutcome::Status::NothingToDo:
        statusBar()->showMessage(outcome.message, 15000);
        if (outcome.failed > 0) {
            m_banner->setProperty("action", QString());
            m_banner->showMessage(
                MessageBanner::Level::Warning,
                tr("%n paper(s) could not be scored (%1); Score tries them again.", nullptr, outcome.failed)
                    .arg(outcome.failures.value(0)));
        }
        return;
    case ScoreOutcome::Status::Stopped:
        m_banner->setProperty("action", QStringLiteral("settings"));
        m_banner->showMessage(MessageBanner::Level::Info, outcome.message, tr("Open Settings"));
        return;
    case ScoreOutcome::Status::Cancelled:
        statusBar()->showMessage(tr("Scoring stopped; the scores received so far are kept."), 15000);
        return;
    case ScoreOutcome::Status::Failed:
        break;
    }
    if (outcome.failure == ScoreOutcome::Failure::KeyRejected) {
        m_banner->setProperty("action", QStringLiteral("settings"));
        m_banner->showMessage(
            MessageBanner::Level::Error,
            tr("The API key was rejected: open Settings to enter a valid key. Scores received "
               "before were kept."),
            tr("Open Settings"));
        return;
    }
    m_banner->setProperty("action", outcome.failure == ScoreOutcome::Failure::Provider
                                        ? QStringLiteral("settings")
                                        : QString());
    m_banner->showMessage(MessageBanner::Level::Error, outcome.message,
                          outcome.failure == ScoreOutcome::Failure::Provider ? tr("Open Settings")
                                                                             : QString());
}

void MainWindow::fetchPastDay()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Fetch a Past Day"));
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("pastDayCalendar"));
    calendar->setMaximumDate(calendar::todayInNewYork());
    calendar->setSelectedDate(m_day.isValid() ? m_day.addDays(-1) : calendar::todayInNewYork());
    calendar->setGridVisible(false);
    auto *note =
        new QLabel(tr("A past day is rebuilt from the arXiv API: new submissions and cross-lists of the "
                      "day's submission window (replacements are not included)."),
                   &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_work->fetchDay(calendar->selectedDate());
}

// --- Export ---------------------------------------------------------------

void MainWindow::exportBibtex(const QList<Paper> &papers, const QString &suggestedName)
{
    if (papers.isEmpty()) {
        m_banner->setProperty("action", QString());
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Nothing to export: no paper is selected or starred."));
        return;
    }
    // The file dialog does not ask about an existing file: the question
    // below offers more than replacing it.
    const QString path =
        prompts::saveFileName(this, tr("Export to BibTeX"), QDir(exportFolder()).filePath(suggestedName),
                              tr("BibTeX files (*.bib);;All files (*)"), false);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        const int choice = prompts::choose(
            this, tr("Export to BibTeX"),
            tr("%1 already exists.\n\nAppend only the papers it does not cite yet, after its entries and "
               "keeping everything in it as it is, or replace the whole file with these papers?")
                .arg(QFileInfo(path).fileName()),
            {tr("&Append New Entries"), tr("&Replace")});
        if (choice < 0)
            return;
        if (choice == 0) {
            appendBibtex(papers, path);
            return;
        }
    }
    QString error;
    m_banner->setProperty("action", QString());
    if (!writeFileAtomically(path, BibtexWriter::write(papers, {bibtexEncoding(), {}}).toUtf8(), &error)) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1. Nothing was changed.").arg(error));
        return;
    }
    showExported(
        tr("%n paper(s) exported to %1.", nullptr, int(papers.size())).arg(QDir::toNativeSeparators(path)),
        path);
}

void MainWindow::appendBibtex(const QList<Paper> &papers, const QString &path)
{
    const bibappend::Outcome outcome = bibappend::append(path, papers, bibtexEncoding());
    m_banner->setProperty("action", QString());
    if (!outcome.ok) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1. Nothing was changed.").arg(outcome.error));
        return;
    }
    showExported(bibappend::describe(outcome, QDir::toNativeSeparators(path)), path);
}

void MainWindow::exportDigest(digest::Format format)
{
    QString error;
    bool readFailed = false;
    const auto digest =
        digest::collect(m_database->connection(), m_day, false, &error, &readFailed, m_scoresFrom);
    m_banner->setProperty("action", QString());
    if (!digest) {
        m_banner->showMessage(MessageBanner::Level::Error, error);
        return;
    }
    QString suffix = QStringLiteral("md");
    QString filter = tr("Markdown files (*.md);;All files (*)");
    if (format == digest::Format::Json) {
        suffix = QStringLiteral("json");
        filter = tr("JSON files (*.json);;All files (*)");
    } else if (format == digest::Format::Html) {
        suffix = QStringLiteral("html");
        filter = tr("Web pages (*.html);;All files (*)");
    }
    const QString name = QStringLiteral("paperboy-digest-%1.%2").arg(m_day.toString(Qt::ISODate), suffix);
    const QString path =
        prompts::saveFileName(this, tr("Export the Digest"), QDir(exportFolder()).filePath(name), filter);
    if (path.isEmpty())
        return;
    const QByteArray bytes = digest::toBytes(*digest, format);
    if (!writeFileAtomically(path, bytes, &error)) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1. Nothing was changed.").arg(error));
        return;
    }
    showExported(tr("The digest of %1 was exported to %2.")
                     .arg(QLocale().toString(m_day, QLocale::LongFormat), QDir::toNativeSeparators(path)),
                 path);
}

void MainWindow::exportSite()
{
    if (m_siteBuild && m_siteBuild->isRunning())
        return;
    const QString folder = prompts::folderName(this, tr("Build Web Site of the Cache"), exportFolder());
    if (folder.isEmpty())
        return;
    // Hundreds of days take seconds: on a thread of its own, with progress
    // and Stop, while the window stays usable.
    if (!m_siteBuild) {
        m_siteBuild = new SiteBuild(m_databasePath, this);
        connect(m_siteBuild, &SiteBuild::progress, this, [this](int done, int total) {
            m_progress->update(tr("Building the site: day %1 of %2").arg(done).arg(total), done, total);
        });
        connect(m_siteBuild, &SiteBuild::finished, this, &MainWindow::onSiteBuilt);
    }
    m_siteFolder = folder;
    m_banner->setProperty("action", QString());
    m_banner->hide();
    m_actions.exportSite->setEnabled(false);
    m_actions.stop->setEnabled(true);
    m_progress->start(tr("Building the site"));
    m_siteBuild->start(folder);
}

void MainWindow::onSiteBuilt(const site::Outcome &outcome)
{
    sideJobEnded();
    updateActions(); // Build Web Site again, by the rule that disabled it
    if (!outcome.ok) {
        m_banner->showMessage(outcome.stopped ? MessageBanner::Level::Info : MessageBanner::Level::Error,
                              outcome.error);
        return;
    }
    showExported(tr("The web site of %n day(s) is in %1:", nullptr, outcome.days)
                         .arg(QDir::toNativeSeparators(m_siteFolder)) +
                     QLatin1Char(' ') + tr("%n file(s) updated.", nullptr, outcome.written),
                 QDir(m_siteFolder).filePath(QStringLiteral("index.html")));
}

void MainWindow::showExported(const QString &text, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSettings().setValue(kExportDir, folder);
    m_banner->setProperty("action", QStringLiteral("openFolder"));
    m_banner->setProperty("folder", folder);
    m_banner->showMessage(MessageBanner::Level::Info, text, tr("Open Folder"));
}

void MainWindow::openFolder(const QString &folder)
{
    openOrSay(QUrl::fromLocalFile(folder), tr("No file manager opened %1."));
}

void MainWindow::copyBibtex()
{
    QList<Paper> papers;
    for (const PaperRow *row : selectedRows())
        papers << row->paper;
    if (papers.isEmpty())
        return;
    QApplication::clipboard()->setText(BibtexWriter::write(papers, {bibtexEncoding(), {}}));
    statusBar()->showMessage(tr("BibTeX of %n paper(s) copied.", nullptr, int(papers.size())), 5000);
}

void MainWindow::openLink(bool pdf)
{
    const PaperRow *row = currentRow();
    if (!row)
        return;
    openOrSay(QUrl(pdf ? row->paper.pdfUrl() : row->paper.absUrl()), tr("No web browser opened %1."));
}

// Without a desktop to open it (no browser, no file manager), the person
// still gets the address: in words, and on the clipboard to paste.
void MainWindow::openOrSay(const QUrl &url, const QString &failure)
{
    if (QDesktopServices::openUrl(url))
        return;
    const QString shown = url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toString();
    QApplication::clipboard()->setText(shown);
    m_banner->setProperty("action", QString());
    m_banner->showMessage(MessageBanner::Level::Warning,
                          failure.arg(shown) + QLatin1Char(' ') +
                              tr("The address is copied: paste it where you need it."));
}

// --- Dialogs --------------------------------------------------------------

void MainWindow::previewRun(const ScoreRequest &run, const QList<Paper> &all,
                            std::optional<jobs::CascadeSplit> *cut, CriteriaPreviewContext *context) const
{
    context->run = run;
    context->papers = all;
    context->setAside = 0;
    QString unread;
    context->history =
        RunHistory::read(ScoreRepository(m_database->connection()), run, &unread).value_or(RunHistory());
    if (!run.cascade || run.provider != ScoreRequest::Provider::OpenAI || all.isEmpty() || !m_day.isValid())
        return;
    if (!*cut)
        *cut = jobs::cascadeSplit(m_database->connection(), m_day, m_criteria, all, &unread);
    if (*cut) {
        context->papers = (*cut)->send;
        context->setAside = int((*cut)->setAside.size());
    }
}

void MainWindow::editCriteria()
{
    QSettings settings;
    const ScoringSettings scoring = ScoringSettings::load(settings);
    CriteriaPreviewContext context;
    const QList<Paper> dayPapers =
        m_day.isValid() ? PaperRepository(m_database->connection()).papersOfDay(m_day) : QList<Paper>();
    context.dayLabel = m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : QString();
    std::optional<jobs::CascadeSplit> cut;
    previewRun(scoring.request(m_day, PriceTable::load()), dayPapers, &cut, &context);
    CriteriaDialog dialog(m_criteria, context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Criteria edited = dialog.criteria();
    if (edited.contentHash() == m_criteria.contentHash())
        return;
    QString error;
    const auto saved = ScoreRepository(m_database->connection()).saveCriteria(edited, &error);
    m_banner->setProperty("action", QString());
    if (!saved) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("The criteria could not be saved (%1); nothing was changed.").arg(error));
        return;
    }
    const bool rescore = edited.scoringHash() != m_criteria.scoringHash();
    m_criteria = saved->criteria;
    m_model->setCriteria(m_criteria);
    reload();
    statusBar()->showMessage(tr("Criteria saved as version %1.").arg(saved->id), 10000);
    if (rescore && m_day.isValid() && !dayPapers.isEmpty() && !m_work->isBusy() &&
        prompts::confirm(this, tr("Score Again?"),
                         tr("Your criteria changed. Score the %n paper(s) of %1 against them now?", nullptr,
                            int(dayPapers.size()))
                             .arg(context.dayLabel)))
        m_work->score(m_day);
}

void MainWindow::editSettings(SettingsPage page)
{
    SettingsDialog dialog(m_keys.get(), this);
    if (page == SettingsPage::Sharing)
        dialog.showSharing();
    const QList<Paper> papers =
        m_day.isValid() ? PaperRepository(m_database->connection()).papersOfDay(m_day) : QList<Paper>();
    if (!papers.isEmpty())
        // The cascade's cut is made once, the first time the form asks for it.
        dialog.setEstimator(
            [this, papers, cut = std::optional<jobs::CascadeSplit>()](const ScoreRequest &run) mutable {
                CriteriaPreviewContext preview;
                previewRun(run, papers, &cut, &preview);
                return RunEstimate::estimate(m_criteria, preview.papers, run, preview.history)
                    .sentence(preview.setAside, int(papers.size()));
            });
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyRoutineSettings();
    if (dialog.keptForSessionOnly()) {
        m_banner->setProperty("action", QString());
        m_banner->showMessage(MessageBanner::Level::Warning, dialog.summary());
    } else {
        statusBar()->showMessage(dialog.summary(), 10000);
    }
}

void MainWindow::showCharts()
{
    // Not modal: the charts can stay open beside the papers.
    auto *dialog = new ChartsDialog(m_database->connection(), m_day, m_criteria, m_scoresFrom, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// Every key of every menu, each action once under its first menu, then the
// keys that belong to a place rather than a menu.
void MainWindow::showShortcuts()
{
    QString rows;
    const auto row = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), WindowActions::plainText(what).toHtmlEscaped());
    };
    const auto heading = [&rows](const QString &title) {
        rows += QStringLiteral("<tr><td colspan='2'><br><i>%1</i></td></tr>")
                    .arg(WindowActions::plainText(title).toHtmlEscaped());
    };
    const auto keysOf = [](const QAction *a) {
        QStringList keys;
        for (const QKeySequence &key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        return keys.join(QStringLiteral(", "));
    };
    QSet<const QAction *> listed;
    std::function<void(const QMenu *, bool)> addMenu = [&](const QMenu *menu, bool top) {
        bool titled = !top;
        for (const QAction *a : menu->actions()) {
            if (a->menu()) {
                addMenu(a->menu(), false);
                continue;
            }
            if (a->shortcuts().isEmpty() || listed.contains(a))
                continue;
            if (!titled) {
                heading(menu->title());
                titled = true;
            }
            listed.insert(a);
            row(keysOf(a), a->text());
        }
    };
    for (const QAction *item : menuBar()->actions())
        if (item->menu())
            addMenu(item->menu(), true);
    heading(tr("In the search box"));
    row(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText), tr("Go to the results"));
    for (const QAction *a : m_search->actions())
        if (!a->shortcuts().isEmpty())
            row(keysOf(a), a->text());
    heading(tr("Anywhere"));
    row(tr("Tab, Shift+Tab"), tr("Move between the toolbar, the search box, the table and the reader"));
    // A dialog that scrolls: the list is taller than a laptop's screen.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("shortcutsText"));
    text->setFrameShape(QFrame::NoFrame);
    text->setHtml(QStringLiteral("<table cellspacing='3'>%1</table>").arg(rows));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    const QRect screen = this->screen()->availableGeometry();
    dialog.resize(qMin(560, screen.width() * 9 / 10), qMin(720, screen.height() * 8 / 10));
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Paperboy"),
        tr("<h3>Paperboy %1</h3><p>The day's arXiv papers, scored for relevance and novelty against "
           "your own criteria.</p>")
            .arg(QStringLiteral(PAPERBOY_VERSION)));
}

} // namespace paperboy
