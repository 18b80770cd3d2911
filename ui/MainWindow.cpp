#include "MainWindow.h"

#include "EmptyView.h"

#include "AppIcon.h"

#include "core/Relevance.h"

#include "DailyWork.h"
#include "MarkCommand.h"
#include "MessageBanner.h"
#include "PaperFilterProxy.h"
#include "PaperTableModel.h"
#include "ReaderPane.h"
#include "TrayIcon.h"
#include "WindowPlacement.h"
#include "WorkProgress.h"
#include "jobs/LibraryImport.h"
#include "jobs/SiteBuild.h"
#include "jobs/ZoteroSend.h"
#include "keychain/ApiKeys.h"
#include "storage/Database.h"
#include "storage/ScoreRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paperboy {

namespace {

// Search results: the newest this many matches. Enough to find a paper by a
// few words; a refinement narrows further. Keeps every keystroke cheap on a
// history of hundreds of thousands of papers (docs/BENCHMARKS.md: 1,000
// rows cost half again as much as 500 on a 500,000-paper cache).
constexpr int kSearchLimit = 500;
// Typing pauses this long before a search runs.
constexpr int kSearchDelayMs = 150;

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kHeader = QStringLiteral("window/header");
const QString kLastDay = QStringLiteral("window/lastDay");
const QString kFilter = QStringLiteral("window/filter");
// How long the reader shows a paper before it counts as read: long enough
// to take in a title, so that running through the table with j/k or the
// arrows marks nothing; at most a minute, so that a stray setting cannot
// turn reading off without saying so.
const QString kReadAfter = QStringLiteral("window/readAfterMs");
constexpr int kReadAfterMs = 2000;
constexpr int kReadAfterMaxMs = 60000;

int readAfterMs()
{
    bool ok = false;
    const int ms = QSettings().value(kReadAfter, kReadAfterMs).toInt(&ok);
    return ok && ms >= 0 ? qMin(ms, kReadAfterMaxMs) : kReadAfterMs;
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_database(std::make_unique<Database>(databasePath))
    , m_keys(std::make_unique<ApiKeys>())
    , m_model(new PaperTableModel(this))
    , m_proxy(new PaperFilterProxy(this))
{
    setWindowTitle(tr("Paperboy"));
    setWindowIcon(appIcon()); // also for About, which shows its parent's icon
    setObjectName(QStringLiteral("mainWindow"));
    placement::placeAtFirstStart(this, QSize(1200, 800));
    m_proxy->setSourceModel(m_model);

    m_actions = WindowActions::create(this);
    buildToolbar();
    buildCentre();
    buildStatusBar();
    // Tab reads the window top-down: the toolbar, the search, the table,
    // then the paper in the reader.
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_reader->browser());

    m_marks = new MarkWriter(databasePath, this);
    connect(m_marks, &MarkWriter::failed, this, &MainWindow::onMarkFailed);
    m_undo = new QUndoStack(this);
    m_work = new DailyWork(databasePath, m_keys.get(), this);
    connectWork();
    connectActions();
    setUpRoutine();
    setUpSharing();

    QString error;
    m_cacheOpen = m_database->open(&error);
    if (!m_cacheOpen) {
        showCacheProblem(error);
        return;
    }
    loadCriteria();
    restoreLayout();
    reloadDays();
    QSettings settings;
    const QDate last = QDate::fromString(settings.value(kLastDay).toString(), Qt::ISODate);
    showDay(last.isValid() && PaperRepository(m_database->connection()).day(last) ? last : QDate());
    // Keys act on the papers from the start: j, k, s without a click first.
    m_table->setFocus(Qt::OtherFocusReason);
    applyRoutineSettings();
}

MainWindow::~MainWindow() = default;

// --- Building ---------------------------------------------------------------

void MainWindow::buildToolbar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_actions.fetchToday);
    bar->addAction(m_actions.score);
    bar->addAction(m_actions.stop);
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setMenu(m_actions.exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(exportButton);
    bar->addSeparator();

    m_dayBox = new QComboBox(bar);
    m_dayBox->setObjectName(QStringLiteral("dayBox"));
    m_dayBox->setToolTip(tr("The day shown: every day in the cache"));
    m_dayBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dayBox->setMinimumContentsLength(22);
    bar->addWidget(m_dayBox);
    bar->addSeparator();
    for (QAction *filter : m_actions.filters())
        bar->addAction(filter);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search all papers  ( / )"));
    m_search->setClearButtonEnabled(true);
    // Wide enough to read a query; it gives way before anything leaves the
    // toolbar for its overflow menu, where / would focus a hidden box.
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(readAfterMs());
    connect(m_readTimer, &QTimer::timeout, this, &MainWindow::markShownRead);
}

void MainWindow::buildCentre()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("paperTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Tab leaves the table for the reader, like in any other list; rows move
    // with j/k and the arrows.
    m_table->setTabKeyNavigation(false);
    m_table->addActions(m_actions.paperActions());
    // Uniform rows: the view never measures 2,000 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(PaperTableModel::Star, 34);
    header->resizeSection(PaperTableModel::Relevance, 86);
    header->resizeSection(PaperTableModel::Novelty, 76);
    header->resizeSection(PaperTableModel::Authors, 230);
    header->resizeSection(PaperTableModel::Category, 90);
    header->resizeSection(PaperTableModel::Type, 80);
    header->setSortIndicator(PaperTableModel::Relevance, Qt::DescendingOrder);
    m_emptyNotice = new EmptyViewNotice(m_table->viewport());

    m_reader = new ReaderPane;
    m_reader->setActions({m_actions.star, m_actions.openAbstract, m_actions.openPdf, m_actions.copyBibtex,
                          m_actions.notInterested});

    m_banner = new MessageBanner;
    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_banner);
    tableLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::buildStatusBar()
{
    m_dayLabel = new QLabel;
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_dayLabel, 1);
    m_progress = new WorkProgress(m_actions.stop);
    statusBar()->addPermanentWidget(m_progress);
    // One scorer per view: the day's latest, or one the person picks. Beside
    // the numbers it decides; shown when the day has more than one scorer.
    m_scorerLabel = new QLabel(tr("Scores from:"));
    m_scorerBox = new QComboBox;
    m_scorerBox->setObjectName(QStringLiteral("scorerBox"));
    m_scorerBox->setToolTip(tr("Whose scores the day shows: the latest run's under the current criteria, or "
                               "another model that scored the day"));
    m_scorerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scorerLabel->setBuddy(m_scorerBox);
    statusBar()->addPermanentWidget(m_scorerLabel);
    statusBar()->addPermanentWidget(m_scorerBox);
    m_costLabel = new QLabel;
    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    m_costLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_costLabel);
}

void MainWindow::connectActions()
{
    const WindowActions &a = m_actions;
    connect(a.fetchToday, &QAction::triggered, m_work, &DailyWork::fetchToday);
    connect(a.fetchPastDay, &QAction::triggered, this, &MainWindow::fetchPastDay);
    connect(a.score, &QAction::triggered, this, [this] { m_work->score(m_day); });
    // The set-aside papers of the scorer shown, through the abstract pass.
    connect(a.scoreSetAside, &QAction::triggered, this,
            [this] { m_work->score(m_day, DailyWork::Papers::SetAside, m_source.model); });
    connect(a.stop, &QAction::triggered, m_work, &DailyWork::stop);
    connect(a.exportSelected, &QAction::triggered, this, [this] {
        QList<Paper> papers;
        for (const PaperRow *row : selectedRows())
            papers << row->paper;
        exportBibtex(papers, QStringLiteral("paperboy-selection.bib"));
    });
    connect(a.exportStarred, &QAction::triggered, this,
            [this] { exportBibtex(starredPapers(), QStringLiteral("paperboy-starred.bib")); });
    connect(a.exportDay, &QAction::triggered, this, [this] {
        QList<Paper> papers;
        for (int i = 0; i < m_proxy->rowCount(); ++i)
            papers << m_model->rowAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row())->paper;
        exportBibtex(papers, QStringLiteral("paperboy-%1.bib").arg(m_day.toString(Qt::ISODate)));
    });
    connect(a.exportMarkdown, &QAction::triggered, this, [this] { exportDigest(digest::Format::Markdown); });
    connect(a.exportJson, &QAction::triggered, this, [this] { exportDigest(digest::Format::Json); });
    connect(a.exportHtml, &QAction::triggered, this, [this] { exportDigest(digest::Format::Html); });
    connect(a.exportSite, &QAction::triggered, this, &MainWindow::exportSite);
    connect(a.copyBibtex, &QAction::triggered, this, &MainWindow::copyBibtex);
    connectLibrary();
    connect(a.criteria, &QAction::triggered, this, &MainWindow::editCriteria);
    connect(a.settings, &QAction::triggered, this, [this] { editSettings(); });
    connect(a.quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    const QList<QAction *> filters = a.filters();
    for (int i = 0; i < filters.size(); ++i)
        connect(filters.at(i), &QAction::triggered, this, [this, i] {
            m_proxy->setFilter(PaperFilterProxy::Filter(i));
            keepReaderInTable();
            updateStatus();
        });
    connect(a.showHidden, &QAction::toggled, this, [this](bool on) {
        m_proxy->setShowHidden(on);
        keepReaderInTable();
        updateStatus();
    });
    connect(a.previousDay, &QAction::triggered, this, [this] { stepDay(+1); });
    connect(a.nextDay, &QAction::triggered, this, [this] { stepDay(-1); });

    connect(a.next, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(a.previous, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(a.read, &QAction::triggered, this,
            [this] { m_reader->browser()->setFocus(Qt::ShortcutFocusReason); });
    connect(a.star, &QAction::triggered, this, &MainWindow::toggleStar);
    connect(a.notInterested, &QAction::triggered, this, &MainWindow::toggleHidden);
    connect(a.toggleRead, &QAction::triggered, this, &MainWindow::toggleRead);
    connect(a.markDayRead, &QAction::triggered, this, &MainWindow::markDayRead);
    connect(a.undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(a.redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    // The menu says what Ctrl+Z takes back: "Undo Star".
    // The actions are the context: the stack outlives them when the window goes.
    connect(m_undo, &QUndoStack::undoTextChanged, a.undo, [undo = a.undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, a.redo, [redo = a.redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(a.openAbstract, &QAction::triggered, this, [this] { openLink(false); });
    connect(a.openPdf, &QAction::triggered, this, [this] { openLink(true); });
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.charts, &QAction::triggered, this, &MainWindow::showCharts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_scorerBox, &QComboBox::activated, this, [this](int index) {
        m_scoresFrom = m_scorerBox->itemData(index).toString();
        m_proxy->setPinnedId(QString()); // other scores: the filter decides afresh
        reload();
    });
    connect(m_dayBox, &QComboBox::activated, this, [this](int index) {
        m_search->clear();
        showDay(m_dayBox->itemData(index).toDate());
    });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::reload);
    // Enter in the search box goes to the results; Escape clears it and goes
    // back to the day, with the paper being read still selected.
    auto *clearSearch = new QAction(tr("Clear the search and go back to the day"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_searchTimer->stop();
        reload();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { enterResults(false); });
    // Down goes into the results too, at the first one, as in a browser's
    // address bar.
    auto *intoResults = new QAction(tr("Go to the first result"), m_search);
    intoResults->setShortcut(QKeySequence(Qt::Key_Down));
    intoResults->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(intoResults);
    connect(intoResults, &QAction::triggered, this, [this] { enterResults(true); });
    // A new sort keeps the paper being read in view.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (m_table->currentIndex().isValid())
            m_table->scrollTo(m_table->currentIndex());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    // The reader shows the paper as it is now: scores landing during a run,
    // a star, a hide change it at once, not when the person moves on.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                const int at = m_model->rowOf(m_reader->shownId());
                if (at >= top.row() && at <= bottom.row())
                    m_reader->showPaper(*m_model->rowAt(at));
            });
    // A click on the star column toggles that paper's star, like a check box.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == PaperTableModel::Star)
            toggleStar();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openLink(false); });
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        // The banner's button does what its message says next.
        const QString action = m_banner->property("action").toString();
        if (action == QLatin1String("settings"))
            editSettings();
        else if (action == QLatin1String("score"))
            m_work->score(m_day);
        else if (action == QLatin1String("unhide") && m_undo->index() == m_hideUndoIndex)
            m_undo->undo(); // the hide is still the last change: the same as Ctrl+Z
        else if (action == QLatin1String("unhide"))
            changeMarks(tr("Show Again"), PaperMark::Hidden, m_banner->property("ids").toStringList(), false);
        else if (action == QLatin1String("openFolder"))
            openFolder(m_banner->property("folder").toString());
    });
}

void MainWindow::connectWork()
{
    connect(m_work, &DailyWork::busyChanged, this, &MainWindow::setBusy);
    connect(m_work, &DailyWork::progress, this,
            [this](const QString &text, int done, int total) { m_progress->update(text, done, total); });
    connect(m_work, &DailyWork::fetched, this, &MainWindow::onFetched);
    connect(m_work, &DailyWork::scored, this, &MainWindow::onScored);
    connect(m_work, &DailyWork::scoresArrived, this, [this] {
        if (searchText().isEmpty())
            reload();
    });
    connect(m_work, &DailyWork::cannotStart, this, [this](const QString &text, bool settings) {
        m_banner->setProperty("action", settings ? QStringLiteral("settings") : QString());
        m_banner->showMessage(MessageBanner::Level::Warning, text,
                              settings ? tr("Open Settings") : QString());
    });
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (restoreGeometry(s.value(kGeometry).toByteArray()))
        placement::keepOnScreen(this); // the screen may be smaller than when it was saved
    restoreState(s.value(kState).toByteArray());
    if (!m_splitter->restoreState(s.value(kSplitter).toByteArray()))
        m_splitter->setSizes({480, 320});
    m_table->horizontalHeader()->restoreState(s.value(kHeader).toByteArray());
    const int filter = qBound(0, s.value(kFilter, 0).toInt(), 3);
    m_actions.filters().at(filter)->setChecked(true);
    m_proxy->setFilter(PaperFilterProxy::Filter(filter));
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kSplitter, m_splitter->saveState());
    s.setValue(kHeader, m_table->horizontalHeader()->saveState());
    s.setValue(kFilter, int(m_proxy->filter()));
    if (m_day.isValid())
        s.setValue(kLastDay, m_day.toString(Qt::ISODate));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cacheOpen)
        saveLayout();
    // With the daily routine on, closing the window leaves it in the tray.
    if (m_tray && m_tray->isVisible() && !m_quitting) {
        hide();
        if (!m_toldAboutTray)
            m_tray->showMessage(
                tr("Paperboy keeps running"),
                tr("It fetches and scores each weekday evening. Quit from the tray icon's menu."));
        m_toldAboutTray = true;
        event->ignore();
        return;
    }
    // A run in progress stops; what it stored stays.
    m_work->stop();
    m_marks->flush();
    event->accept();
}

// Back from the tray or the taskbar: the paper shown starts its moment again.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_reader && !m_reader->shownId().isEmpty())
        m_readTimer->start();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && !isMinimized() && m_reader &&
        !m_reader->shownId().isEmpty())
        m_readTimer->start();
}

void MainWindow::flushMarks()
{
    m_marks->flush();
}

// --- What is shown ------------------------------------------------------------

void MainWindow::loadCriteria()
{
    QString error;
    const auto saved = ScoreRepository(m_database->connection()).currentCriteria(&error);
    // A failed read keeps what is shown: it is not "no criteria".
    if (!error.isEmpty()) {
        m_banner->setProperty("action", QString());
        m_banner->showMessage(MessageBanner::Level::Error, tr("The criteria cannot be read: %1").arg(error));
        return;
    }
    m_criteria = saved ? saved->criteria : Criteria::defaults();
    m_model->setCriteria(m_criteria);
}

// What is shown stays; the banner says why nothing changed.
void MainWindow::showReadError(const QString &error)
{
    m_banner->setProperty("action", QString());
    m_banner->showMessage(MessageBanner::Level::Error, tr("The cache cannot be read: %1").arg(error));
}

// The scorers of the shown day, the latest first; the choice survives
// while that scorer is there.
void MainWindow::reloadScorers()
{
    m_scorerBox->clear();
    m_scorerBox->addItem(tr("Latest run"), QString());
    QString error;
    const auto scorers = m_day.isValid()
                             ? ScoreRepository(m_database->connection()).scorersOfDay(m_day, &error)
                             : QStringList();
    for (const QString &model : scorers.value_or(QStringList()))
        m_scorerBox->addItem(model == QLatin1String("offline") ? tr("Offline scorer") : model, model);
    const int at = m_scorerBox->findData(m_scoresFrom);
    if (at < 0)
        m_scoresFrom.clear();
    m_scorerBox->setCurrentIndex(qMax(0, at));
    const bool choice = m_scorerBox->count() > 2;
    m_scorerLabel->setVisible(choice);
    m_scorerBox->setVisible(choice);
}

void MainWindow::reloadDays()
{
    QString error;
    const QList<DayRecord> days = PaperRepository(m_database->connection()).days(&error);
    if (!error.isEmpty()) { // the days shown stay: a failed read is not "no days yet"
        showReadError(error);
        return;
    }
    m_dayBox->clear();
    // Every day in the cache, the ones without papers in the person's
    // categories too: a past day fetched is the day shown, empty or not.
    for (const DayRecord &d : days) {
        const QString day = QLocale().toString(
            d.date, tr("ddd d MMM yyyy", "date format of QLocale::toString: Mon 27 Apr 2026"));
        m_dayBox->addItem(tr("%1 \u00b7 %2 papers").arg(day, QLocale().toString(d.kept)), d.date);
    }
    if (m_dayBox->count() == 0)
        m_dayBox->addItem(tr("No days yet"));
    m_dayBox->setEnabled(!days.isEmpty());
}

QString MainWindow::searchText() const
{
    return m_search->text().trimmed();
}

int MainWindow::loadedRows() const
{
    return m_model->rowCount();
}

void MainWindow::showDay(const QDate &day)
{
    PaperRepository repo(m_database->connection());
    m_day = day.isValid() ? day : repo.latestDay();
    if (const int at = m_dayBox->findData(m_day); at >= 0)
        m_dayBox->setCurrentIndex(at);
    reloadScorers();
    reload();
    if (m_proxy->rowCount() > 0)
        chooseFirst();
    else
        m_reader->clear();
}

void MainWindow::chooseFirst()
{
    m_choosing = true;
    m_table->setCurrentIndex(m_proxy->index(0, PaperTableModel::Title));
    m_choosing = false;
    m_autoSelected = true;
    m_table->scrollToTop();
}

void MainWindow::stepDay(int delta)
{
    const int at = m_dayBox->currentIndex() + delta;
    if (at < 0 || at >= m_dayBox->count() || !m_dayBox->itemData(at).toDate().isValid())
        return;
    m_search->clear();
    showDay(m_dayBox->itemData(at).toDate());
}

void MainWindow::reload()
{
    const QStringList keep = selectedIds();
    const PaperRow *current = currentRow();
    const QString currentId = current ? current->paper.id : QString();

    PaperRepository repo(m_database->connection());
    ListQuery query;
    query.criteria = m_criteria;
    m_loadedSearch = searchText();
    if (!m_loadedSearch.isEmpty()) {
        query.search = m_loadedSearch;
        // One more than is shown tells "more than 500" without a second
        // full-text query.
        query.searchLimit = kSearchLimit + 1;
        query.sort = ListQuery::Sort::Date;
    } else if (m_day.isValid()) {
        query.date = m_day;
        query.scoresFrom = m_scoresFrom;
    } else {
        m_model->setRows({});
        updateStatus();
        updateActions();
        return;
    }
    QString error;
    QList<PaperRow> rows = repo.list(query, &error, &m_source);
    if (!error.isEmpty()) {
        showReadError(error);
        return;
    }
    m_searchMatches = 0;
    if (!m_loadedSearch.isEmpty()) {
        m_searchMatches = int(rows.size());
        if (rows.size() > kSearchLimit)
            rows.resize(kSearchLimit);
    }
    m_model->setRows(std::move(rows));
    if (selectedIds() != keep || !current)
        selectIds(keep, currentId);
    // Something is always selected when there is something to show: the
    // current paper, else the first, so keys act at once.
    QItemSelectionModel *sm = m_table->selectionModel();
    if (sm->selectedRows().isEmpty() && m_proxy->rowCount() > 0) {
        const QModelIndex before = m_table->currentIndex();
        if (before.isValid()) {
            sm->setCurrentIndex(before, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_choosing = m_autoSelected; // whoever chose it still has
            showCurrent();
            m_choosing = false;
        } else {
            chooseFirst();
        }
    }
    keepReaderInTable(); // a reset says nothing to the reader when no row is left
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    updateStatusLine();
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_emptyNotice->say(QString());
        return;
    }
    EmptyViewFacts facts;
    facts.search = m_loadedSearch;
    facts.matches = m_searchMatches;
    facts.filter = m_proxy->filter();
    facts.counts = relevance::count(m_model->rows());
    facts.relevanceCutoff = m_criteria.relevanceCutoff;
    facts.noveltyCutoff = m_criteria.noveltyCutoff;
    if (!m_proxy->showsHidden())
        for (const PaperRow &row : m_model->rows())
            facts.hiddenLeftOut += row.hidden;
    QString error;
    if (m_day.isValid() && m_loadedSearch.isEmpty())
        facts.day = PaperRepository(m_database->connection()).day(m_day, &error);
    // A failed read says so in the banner; the table says nothing false.
    m_emptyNotice->say(error.isEmpty() ? emptyViewText(facts) : QString());
}

void MainWindow::keepReaderInTable()
{
    if (m_table->currentIndex().isValid())
        return;
    if (m_proxy->rowCount() > 0)
        chooseFirst();
    else
        showCurrent(); // nothing current: the reader clears
}

void MainWindow::updateStatusLine()
{
    updateTray();
    const QLocale locale;
    const relevance::Counts counts = relevance::count(m_model->rows());
    const int shown = m_proxy->rowCount();
    if (!m_loadedSearch.isEmpty()) {
        const QString count =
            m_searchMatches > kSearchLimit
                ? tr("the newest %1 of more than %1 matches").arg(locale.toString(kSearchLimit))
                : tr("%n match(es)", nullptr, m_searchMatches);
        m_dayLabel->setText(tr("\u201c%1\u201d in all papers: %2 \u00b7 %3 shown")
                                .arg(m_loadedSearch, count, locale.toString(shown)));
        m_costLabel->clear();
        return;
    }
    QString error;
    const auto day =
        m_day.isValid() ? PaperRepository(m_database->connection()).day(m_day, &error) : std::nullopt;
    if (!error.isEmpty()) {
        showReadError(error);
        return;
    }
    if (!day) {
        m_dayLabel->setText(tr("No papers yet: click Fetch Today."));
        m_costLabel->clear();
        return;
    }
    QString text = tr("%1: %2 announced \u00b7 %3 scanned \u00b7 %4 relevant")
                       .arg(locale.toString(day->date, QLocale::LongFormat), locale.toString(day->announced),
                            locale.toString(day->kept), locale.toString(counts.relevant));
    if (const int byTitle = counts.setAside - counts.setAsideOffline; byTitle > 0)
        text += tr(" \u00b7 %1 set aside by title").arg(locale.toString(byTitle));
    if (counts.setAsideOffline > 0)
        text += tr(" \u00b7 %1 set aside by the offline scorer").arg(locale.toString(counts.setAsideOffline));
    text += tr(" \u00b7 %1 shown", "continues the status line").arg(locale.toString(shown));
    if (m_source.isValid())
        text +=
            tr(" \u00b7 scores from %1")
                .arg(m_source.model == QLatin1String("offline") ? tr("the offline scorer") : m_source.model);
    m_dayLabel->setText(text);
    qint64 tokens = 0;
    double cost = 0;
    bool llm = false;
    for (const RunRecord &run : ScoreRepository(m_database->connection()).runsForDay(m_day)) {
        tokens += run.promptTokens + run.completionTokens;
        cost += run.costUsd;
        llm = llm || run.provider != QLatin1String("offline");
    }
    m_costLabel->setText(llm ? tr("%1 tokens \u00b7 $%2")
                                   .arg(locale.toString(tokens), locale.toString(cost, 'f', cost < 1 ? 4 : 2))
                             : QString());
}

void MainWindow::updateActions()
{
    const bool any = !selectedRows().isEmpty();
    for (QAction *a : m_actions.paperActions())
        a->setEnabled(any);
    // One sending to Zotero at a time.
    if (m_zotero && m_zotero->isRunning())
        m_actions.sendToZotero->setEnabled(false);
    const PaperRow *row = currentRow();
    m_actions.star->setChecked(row && row->starred);
    m_actions.notInterested->setChecked(row && row->hidden);
    m_actions.toggleRead->setText(row && !row->read ? tr("Mark R&ead") : tr("Mark &Unread"));
    const bool busy = m_work->isBusy();
    m_actions.score->setEnabled(!busy && m_day.isValid());
    m_actions.scoreSetAside->setEnabled(!busy && m_loadedSearch.isEmpty() &&
                                        relevance::count(m_model->rows()).setAside > 0);
    m_actions.exportDay->setEnabled(m_day.isValid());
    m_actions.markDayRead->setEnabled(m_day.isValid() && m_loadedSearch.isEmpty());
    m_actions.exportMarkdown->setEnabled(m_day.isValid());
    m_actions.exportJson->setEnabled(m_day.isValid());
    m_actions.exportHtml->setEnabled(m_day.isValid());
    // A day shown: the cache holds one. One build at a time.
    m_actions.exportSite->setEnabled(m_day.isValid() && !(m_siteBuild && m_siteBuild->isRunning()));
}

bool MainWindow::sideJobRunning() const
{
    return (m_import && m_import->isRunning()) || (m_siteBuild && m_siteBuild->isRunning());
}

void MainWindow::sideJobEnded()
{
    // The progress area and Stop are shared: they go once nothing runs.
    if (!m_work->isBusy() && !sideJobRunning()) {
        m_progress->finish();
        m_actions.stop->setEnabled(false);
    }
}

void MainWindow::showCurrent()
{
    const PaperRow *row = currentRow();
    if (!row) {
        m_readTimer->stop();
        m_reader->clear();
        updateActions();
        return;
    }
    const QString id = row->paper.id;
    m_autoSelected = m_choosing;
    m_proxy->setPinnedId(id);
    // Selecting is not reading: the paper becomes read once it has been shown
    // for a moment. A refresh of the paper already shown keeps its clock.
    if (id != m_reader->shownId())
        m_readTimer->start();
    m_reader->showPaper(*row);
    updateActions();
}

void MainWindow::markShownRead()
{
    // Nobody reads a window left in the tray or minimized.
    if (!isVisible() || isMinimized())
        return;
    const PaperRow *row = currentRow();
    if (row && !row->read && row->paper.id == m_reader->shownId())
        applyMark(PaperMark::Read, {row->paper.id}, true);
}

// --- Selection ----------------------------------------------------------------

QList<const PaperRow *> MainWindow::selectedRows() const
{
    QList<const PaperRow *> rows;
    QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : indexes)
        if (const PaperRow *row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            rows << row;
    return rows;
}

const PaperRow *MainWindow::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->rowAt(m_proxy->mapToSource(index).row()) : nullptr;
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    for (const PaperRow *row : selectedRows())
        ids << row->paper.id;
    return ids;
}

void MainWindow::selectIds(const QStringList &ids, const QString &current)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *sm = m_table->selectionModel();
    const QModelIndex currentIndex =
        m_proxy->mapFromSource(m_model->index(m_model->rowOf(current), PaperTableModel::Title));
    if (currentIndex.isValid())
        sm->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (currentIndex.isValid())
        m_table->scrollTo(currentIndex);
}

// From the search box to the table: the results of what was typed, even
// when the search has not run yet.
void MainWindow::enterResults(bool atFirst)
{
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        reload();
    }
    m_table->setFocus(Qt::OtherFocusReason);
    if (atFirst && !m_loadedSearch.isEmpty() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, PaperTableModel::Title));
}

void MainWindow::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int to = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    m_table->setCurrentIndex(m_proxy->index(to, PaperTableModel::Title));
    m_table->scrollTo(m_table->currentIndex());
}

// --- Marks --------------------------------------------------------------------

int MainWindow::changeMarks(const QString &text, PaperMark mark, const QStringList &ids, bool on)
{
    QStringList changing;
    for (const QString &id : ids) {
        const PaperRow *row = m_model->rowAt(m_model->rowOf(id));
        if (!row)
            continue;
        const bool now = mark == PaperMark::Star   ? row->starred
                         : mark == PaperMark::Read ? row->read
                                                   : row->hidden;
        if (now != on)
            changing << id;
    }
    if (changing.isEmpty())
        return 0;
    m_undo->push(new MarkCommand(WindowActions::plainText(text), mark, changing, on,
                                 [this](PaperMark m, const QStringList &changed, bool value) {
                                     // Read or unread by hand, or taken back: the
                                     // paper shown no longer becomes read by itself.
                                     if (m == PaperMark::Read)
                                         m_readTimer->stop();
                                     applyMark(m, changed, value);
                                 }));
    return int(changing.size());
}

void MainWindow::applyMark(PaperMark mark, const QStringList &ids, bool on)
{
    if (ids.isEmpty())
        return;
    // Shown at once; the writer stores it on its own thread and says only
    // when that failed (then the mark is taken back).
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        switch (mark) {
        case PaperMark::Star:
            m_model->setStarred(row, on);
            break;
        case PaperMark::Read:
            m_model->setRead(row, on);
            break;
        case PaperMark::Hidden:
            m_model->setHidden(row, on);
            break;
        }
    }
    m_marks->write(mark, ids, on);
    updateStatus();
    updateActions();
    // A star made, redone or an unstar undone: the bibliography follows,
    // after the star, which stays whatever becomes of the file.
    if (mark == PaperMark::Star && on) {
        QList<Paper> starred;
        for (const QString &id : ids)
            if (const PaperRow *row = m_model->rowAt(m_model->rowOf(id)))
                starred << row->paper;
        appendNewStars(starred);
    }
}

void MainWindow::onMarkFailed(PaperMark mark, const QStringList &ids, bool on, const QString &error)
{
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        switch (mark) {
        case PaperMark::Star:
            m_model->setStarred(row, !on);
            break;
        case PaperMark::Read:
            m_model->setRead(row, !on);
            break;
        case PaperMark::Hidden:
            m_model->setHidden(row, !on);
            break;
        }
    }
    m_banner->setProperty("action", QString());
    m_banner->showMessage(
        MessageBanner::Level::Error,
        tr("The cache did not take the change (%1); it was undone. Check the disk.").arg(error));
}

void MainWindow::toggleStar()
{
    const QList<const PaperRow *> rows = selectedRows();
    if (rows.isEmpty()) {
        updateActions(); // the button's check follows the paper, not the click
        return;
    }
    // Any unstarred paper in the selection: star them all; else unstar.
    bool star = false;
    QStringList ids;
    for (const PaperRow *row : rows) {
        star = star || !row->starred;
        ids << row->paper.id;
    }
    changeMarks(m_actions.star->text(), PaperMark::Star, ids, star);
}

void MainWindow::toggleHidden()
{
    const PaperRow *current = currentRow();
    if (!current)
        return;
    const bool hide = !current->hidden;
    const QStringList ids = selectedIds();
    const int at = m_table->currentIndex().row();
    changeMarks(m_actions.notInterested->text(), PaperMark::Hidden, ids, hide);
    if (hide) {
        m_hideUndoIndex = m_undo->index();
        m_banner->setProperty("action", QStringLiteral("unhide"));
        m_banner->setProperty("ids", ids);
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("%n paper(s) hidden as not interesting; the offline scorer learns from it.",
                                 nullptr, int(ids.size())),
                              tr("Undo"));
        // The next paper takes the hidden one's place.
        if (!m_proxy->showsHidden() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(
                m_proxy->index(qMin(at, m_proxy->rowCount() - 1), PaperTableModel::Title));
    }
}

void MainWindow::toggleRead()
{
    const PaperRow *current = currentRow();
    if (current)
        changeMarks(m_actions.toggleRead->text(), PaperMark::Read, selectedIds(), !current->read);
}

void MainWindow::markDayRead()
{
    if (!m_day.isValid() || !m_loadedSearch.isEmpty())
        return;
    QStringList ids;
    for (const PaperRow &row : m_model->rows())
        ids << row.paper.id;
    const int marked = changeMarks(m_actions.markDayRead->text(), PaperMark::Read, ids, true);
    statusBar()->showMessage(marked > 0
                                 ? tr("%n paper(s) marked read; Ctrl+Z takes it back.", nullptr, marked)
                                 : tr("Every paper of the day was read already."),
                             10000);
}

// --- Work ---------------------------------------------------------------------

void MainWindow::setBusy(bool busy)
{
    m_actions.fetchToday->setEnabled(!busy);
    m_actions.fetchPastDay->setEnabled(!busy);
    m_actions.stop->setEnabled(busy || sideJobRunning());
    if (busy) {
        m_banner->hide(); // what it said was about the last run
        m_progress->start(QString());
    } else if (!sideJobRunning()) {
        m_progress->finish();
    }
    updateActions();
}

} // namespace paperboy
