#pragma once

#include "arxiv/FetchTypes.h"
#include "scoring/ScoreJob.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QTextBrowser;
class QProgressBar;
class QTableView;

namespace paperboy {

class Database;
class FetchController;
class ScoreController;
class PaperTableModel;

// The daily window: fetch today's announcement, see the day's papers, read
// an abstract. Fetching runs on the fetch thread; this window only reads.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void fetchToday();
    void onFetchFinished(const FetchOutcome &outcome);
    void scoreDay();
    void onScoreFinished(const ScoreOutcome &outcome);
    void setBusy(bool busy);
    void toggleStar();
    void buildMenus();
    void reload();
    void showCurrent();

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    FetchController *m_fetch = nullptr;
    ScoreController *m_score = nullptr;
    PaperTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_reader = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_scoreAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_starAction = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_dayLabel = nullptr;
};

} // namespace paperboy
