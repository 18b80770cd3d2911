#include "MainWindow.h"

#include "PaperTableModel.h"
#include "arxiv/FetchController.h"
#include "core/Settings.h"
#include "scoring/ScoreController.h"
#include "storage/Database.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>

namespace paperboy {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_database(std::make_unique<Database>(databasePath))
    , m_model(new PaperTableModel(this))
{
    setWindowTitle(tr("Paperboy"));
    resize(1100, 720);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fetchAction = toolbar->addAction(tr("Fetch today"), this, &MainWindow::fetchToday);
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_scoreAction = toolbar->addAction(tr("Score"), this, &MainWindow::scoreDay);
    m_scoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_scoreAction->setToolTip(tr("Score the day's papers against your criteria"));
    m_stopAction = toolbar->addAction(tr("Stop"));
    m_stopAction->setEnabled(false);

    m_starAction = new QAction(tr("Star"), this);
    m_starAction->setShortcut(QKeySequence(Qt::Key_S));
    m_starAction->setToolTip(tr("Star or unstar the selected paper"));
    connect(m_starAction, &QAction::triggered, this, &MainWindow::toggleStar);
    addAction(m_starAction);
    buildMenus();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("paperTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(PaperTableModel::Star, 32);
    header->resizeSection(PaperTableModel::Relevance, 84);
    header->resizeSection(PaperTableModel::Novelty, 76);
    header->resizeSection(PaperTableModel::Authors, 220);
    header->resizeSection(PaperTableModel::Category, 90);
    header->resizeSection(PaperTableModel::Type, 70);

    m_reader = new QTextBrowser;
    m_reader->setOpenExternalLinks(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_dayLabel = new QLabel;
    statusBar()->addWidget(m_dayLabel, 1);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    // A click on the star column toggles the star, like a check box.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == PaperTableModel::Star)
            toggleStar();
    });

    QSettings settings;
    m_fetch = new FetchController(ArxivConfig::load(settings), m_databasePath, this);
    connect(m_stopAction, &QAction::triggered, m_fetch, &FetchController::cancel);
    m_score = new ScoreController(m_databasePath, this);
    connect(m_stopAction, &QAction::triggered, m_score, &ScoreController::cancel);
    connect(m_score, &ScoreController::progress, this,
            [this](int done, int total, qint64 tokens, double cost) {
                m_progress->setRange(0, qMax(0, total));
                m_progress->setValue(done);
                statusBar()->showMessage(tr("Scoring: %1 of %2 papers, %3 tokens, $%4")
                                             .arg(done)
                                             .arg(total)
                                             .arg(QLocale().toString(tokens))
                                             .arg(cost, 0, 'f', 4));
            });
    connect(m_score, &ScoreController::finished, this, &MainWindow::onScoreFinished);
    connect(m_fetch, &FetchController::progress, this, [this](const QString &message, int done, int total) {
        statusBar()->showMessage(message);
        m_progress->setRange(0, qMax(0, total));
        m_progress->setValue(done);
    });
    connect(m_fetch, &FetchController::finished, this, &MainWindow::onFetchFinished);

    QString error;
    if (!m_database->open(&error)) {
        m_fetchAction->setEnabled(false);
        m_dayLabel->setText(tr("The cache cannot be opened: %1").arg(error));
        return;
    }
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::fetchToday()
{
    QSettings settings;
    FetchRequest request;
    request.categories = settings::categories(settings);
    request.keep = settings::announceTypes(settings);
    setBusy(true);
    m_fetch->start(request);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fetchAction);
    file->addAction(m_scoreAction);
    file->addAction(m_stopAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    paper->addAction(m_starAction);
}

void MainWindow::toggleStar()
{
    const int rowIndex = m_table->currentIndex().row();
    const PaperRow *row = m_model->rowAt(rowIndex);
    if (!row)
        return;
    const bool star = !row->starred;
    QString error;
    if (!PaperRepository(m_database->connection()).setStarred({row->paper.id}, star, nullptr, &error)) {
        statusBar()->showMessage(tr("Could not save the star: %1").arg(error), 15000);
        return;
    }
    m_model->setStarred(rowIndex, star);
}

void MainWindow::scoreDay()
{
    // The offline scorer unless a key is in the environment; the provider
    // choice and the keychain arrive with the Settings dialog.
    ScoreRequest request;
    request.prices = PriceTable::load();
    const QString key = qEnvironmentVariable("OPENAI_API_KEY");
    if (!key.isEmpty()) {
        request.provider = ScoreRequest::Provider::OpenAI;
        request.llm.apiKey = key;
        if (const QString base = qEnvironmentVariable("OPENAI_BASE_URL"); !base.isEmpty())
            request.llm.baseUrl = QUrl(base);
    }
    setBusy(true);
    m_score->start(request);
}

void MainWindow::onScoreFinished(const ScoreOutcome &outcome)
{
    setBusy(false);
    statusBar()->showMessage(outcome.message, 15000);
    if (outcome.status == ScoreOutcome::Status::Failed)
        QMessageBox::warning(this, tr("Scoring failed"), outcome.message);
    reload();
}

void MainWindow::setBusy(bool busy)
{
    m_fetchAction->setEnabled(!busy);
    m_scoreAction->setEnabled(!busy);
    m_stopAction->setEnabled(busy);
    m_progress->setVisible(busy);
}

void MainWindow::onFetchFinished(const FetchOutcome &outcome)
{
    setBusy(false);
    statusBar()->showMessage(outcome.message, 15000);
    if (outcome.status == FetchOutcome::Status::Failed)
        QMessageBox::warning(this, tr("Fetch failed"), outcome.message);
    if (outcome.status == FetchOutcome::Status::Stored)
        reload();
}

void MainWindow::reload()
{
    PaperRepository repo(m_database->connection());
    QString error;
    ListQuery query;
    query.sort = ListQuery::Sort::Score;
    m_model->setRows(repo.list(query, &error));
    const QDate day = repo.latestDay();
    if (!error.isEmpty()) {
        m_dayLabel->setText(tr("Cannot read the cache: %1").arg(error));
    } else if (!day.isValid()) {
        m_dayLabel->setText(tr("No papers yet: click Fetch today."));
    } else if (const auto record = repo.day(day)) {
        m_dayLabel->setText(tr("%1: %2 announced, %3 kept")
                                .arg(QLocale().toString(day, QLocale::LongFormat))
                                .arg(record->announced)
                                .arg(record->kept));
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::showCurrent()
{
    const PaperRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_reader->clear();
        return;
    }
    // Showing a paper marks it read.
    if (!row->read) {
        QString error;
        const int rowIndex = m_table->currentIndex().row();
        if (PaperRepository(m_database->connection()).setRead({row->paper.id}, true, &error))
            m_model->setRead(rowIndex, true);
        row = m_model->rowAt(rowIndex);
    }
    // Feed text is untrusted: everything is escaped, never interpreted as HTML.
    const Paper &p = row->paper;
    QString score;
    if (row->relevance && row->novelty)
        score = QStringLiteral("<p><b>%1</b> &middot; <b>%2</b><br>%3</p>")
                    .arg(tr("Relevance %1").arg(*row->relevance), tr("Novelty %1").arg(*row->novelty),
                         row->scoreComment.toHtmlEscaped());
    const QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><p style='color:gray'>%3 &middot; %4 &middot; "
                       "<a href='%5'>%6</a> &middot; <a href='%7'>%8</a></p>%9<p>%10</p>")
            .arg(p.title.toHtmlEscaped(), p.authors.join(QStringLiteral(", ")).toHtmlEscaped(),
                 p.id.toHtmlEscaped(), p.categories.join(QStringLiteral(", ")).toHtmlEscaped(),
                 p.absUrl().toHtmlEscaped(), tr("Abstract page").toHtmlEscaped(), p.pdfUrl().toHtmlEscaped(),
                 tr("PDF").toHtmlEscaped(), score, p.abstract.toHtmlEscaped());
    m_reader->setHtml(html);
}

} // namespace paperboy
