#pragma once

#include "WindowActions.h"
#include "core/Criteria.h"
#include "core/ScoreRecords.h"
#include "export/DigestWriter.h"
#include "export/StaticSite.h"
#include "jobs/FetchTypes.h"
#include "jobs/OfflineCascadeSplit.h"
#include "jobs/ScoreJob.h"
#include "push/PushTarget.h"
#include "storage/MarkWriter.h"
#include "storage/PaperRepository.h"

#include <QDate>
#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace paperboy {

class ApiKeys;
class DailyRoutine;
class DailyWork;
class DesktopNotifier;
class TrayIcon;
class Database;
class MessageBanner;
class PaperFilterProxy;
class PaperTableModel;
class SiteBuild;
class ReaderPane;
class EmptyViewNotice;
class LibraryImport;
struct LibraryImportOutcome;
class ZoteroSend;
class WorkProgress;

// The daily window: fetch today's announcement, score it, read the papers
// sorted by relevance and novelty, star what matters, export it. Fetching,
// scoring and writing marks run on worker threads; this window reads what
// it shows (a day, a search result) through its own connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the window, or only the tray icon when Settings say to start there.
    void showAtStart();
    // Shown, raised and activated: a second `paperboy` on this cache asked.
    void bringForward() { showFromTray(); }
    DailyRoutine *routine() const { return m_routine; }
    DesktopNotifier *notifier() const { return m_notifier; }
    TrayIcon *tray() const { return m_tray; }

    // What is shown: a day, or (when not null) a search over the history.
    QDate shownDay() const { return m_day; }
    QString searchText() const;
    // The number of rows from the last load (before quick filters).
    int loadedRows() const;
    // Waits for the marks (stars, read, hidden) asked for so far to be stored.
    void flushMarks();
    const QString &databasePath() const { return m_databasePath; }
    // Says `text` in the banner, for information (MainWindowCache.cpp).
    void showNotice(const QString &text);
    // The one line the last push said (MainWindowShare.cpp), for the status bar or banner.
    QString lastPushResult() const { return m_lastPushResult; }

signals:
    // The person asked for the window on another cache file, or on this one
    // again (a damaged one moved aside): a new window on `path` takes this
    // one's place (WindowHost) and says `notice` when it is not empty.
    void cacheRequested(const QString &path, const QString &notice);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Building
    void buildToolbar();
    void buildCentre();
    void buildStatusBar();
    void connectActions();
    void connectWork();
    void restoreLayout();
    void saveLayout();

    // What is shown
    void loadCriteria();
    void reloadScorers();
    void showReadError(const QString &error);
    void reloadDays();
    void showDay(const QDate &day);
    void stepDay(int delta);
    void reload();
    void updateStatus();
    void updateStatusLine();
    // The table says why it is empty (EmptyView.h).
    void updateEmptyState();
    // After the filter or the hidden papers change what is shown: the reader
    // shows a paper of the table, or nothing.
    void keepReaderInTable();
    void updateActions();
    void showCurrent();
    // The paper the reader has shown for a moment becomes read.
    void markShownRead();
    // Makes the first paper current on the window's own account: a run's
    // end may move such a choice to the new best paper, never the person's.
    void chooseFirst();

    // Selection
    QList<const PaperRow *> selectedRows() const;
    const PaperRow *currentRow() const;
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids, const QString &current);
    void moveCurrent(int delta);
    // Leaves the search box for its results; atFirst: at the first result.
    void enterResults(bool atFirst);

    // Marks
    void toggleStar();
    void toggleHidden();
    void toggleRead();
    void markDayRead();
    // A change the person asked for, undoable: only the papers it changes.
    // Returns how many papers changed.
    int changeMarks(const QString &text, PaperMark mark, const QStringList &ids, bool on);
    // Shows a mark at once and has it written; no undo of its own.
    void applyMark(PaperMark mark, const QStringList &ids, bool on);
    void onMarkFailed(PaperMark mark, const QStringList &ids, bool on, const QString &error);

    // Work
    void fetchPastDay();
    void onFetched(const FetchOutcome &outcome);
    void onScored(const ScoreOutcome &outcome);
    void setBusy(bool busy);
    // An import or a site build runs: it shares the progress area and Stop
    // with fetching and scoring.
    bool sideJobRunning() const;
    // An import or a site build ended: the shared progress and Stop follow.
    void sideJobEnded();

    // Export
    void exportBibtex(const QList<Paper> &papers, const QString &suggestedName);
    // The papers an existing .bib does not cite yet, after what it holds.
    void appendBibtex(const QList<Paper> &papers, const QString &path);
    void exportDigest(digest::Format format);
    // Every day of the cache as a web site in a folder (export/StaticSite.h),
    // built on a thread of its own (jobs/SiteBuild.h).
    void exportSite();
    void onSiteBuilt(const site::Outcome &outcome);
    // Says where an export went, with a button that opens its folder.
    void showExported(const QString &text, const QString &path);

    // The person's library (MainWindowLibrary.cpp): a .bib imported as stars,
    // papers sent to Zotero, the bibliography file kept in step with stars.
    void connectLibrary();
    void importLibrary();
    void onLibraryImported(const LibraryImportOutcome &outcome);
    void sendToZotero(const QList<Paper> &papers);
    void appendStarredToBibliography();
    // Papers just starred by the person go to the bibliography file when
    // Settings say so; a failure is said, the stars stay.
    void appendNewStars(const QList<Paper> &papers);
    // Every starred paper, from all days, by date.
    QList<Paper> starredPapers();
    void copyBibtex();
    void openLink(bool pdf);
    void openFolder(const QString &folder);
    // Opens url on the desktop; when nothing opens it, says `failure` (%1:
    // the address) and copies the address.
    void openOrSay(const QUrl &url, const QString &failure);

    // A cache that cannot be opened: the ways forward in place of the papers
    // (MainWindowCache.cpp).
    void showCacheProblem(const QString &error);

    // The daily routine, the tray and notifications (MainWindowRoutine.cpp)
    void setUpRoutine();
    void applyRoutineSettings();
    void updateTray();
    void showFromTray();
    void onDayReady(const QDate &day, int papers, int relevant);

    // Chat push: File > Share, and the push after the routine's scoring
    // (MainWindowShare.cpp).
    void setUpSharing();
    void updateShareActions();
    void pushDay(push::Kind kind, const QDate &day, bool byRoutine);
    void onRoutineScored(const QDate &day);
    // Dialogs
    void editCriteria();
    enum class SettingsPage
    {
        First,
        Sharing
    };
    void editSettings(SettingsPage page = SettingsPage::First);
    // What both dialogs estimate `run` from, as the run itself would: the
    // day's papers it sends (`all`, less what the cascade sets aside when it
    // is on) and what earlier runs measured. Unreadable, the estimate goes
    // by the rules of thumb and an uncut day, and says nothing of past runs.
    // `cut` keeps the cascade's split from one call to the next: it depends
    // on the day and the criteria, not on the run's model, passes or prices,
    // and costs an offline scoring of the day.
    void previewRun(const ScoreRequest &run, const QList<Paper> &all, std::optional<jobs::CascadeSplit> *cut,
                    struct CriteriaPreviewContext *context) const;
    void showShortcuts();
    void showCharts();
    void showAbout();

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ApiKeys> m_keys;
    bool m_cacheOpen = false;
    DailyWork *m_work = nullptr;
    LibraryImport *m_import = nullptr;
    SiteBuild *m_siteBuild = nullptr;
    QString m_siteFolder; // where the running (or last) site build writes
    ZoteroSend *m_zotero = nullptr;
    MarkWriter *m_marks = nullptr;
    QUndoStack *m_undo = nullptr;
    int m_hideUndoIndex = -1; // the undo stack's index right after the last hide
    WindowActions m_actions;
    PaperTableModel *m_model = nullptr;
    PaperFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ReaderPane *m_reader = nullptr;
    EmptyViewNotice *m_emptyNotice = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBanner *m_banner = nullptr;
    WorkProgress *m_progress = nullptr;
    QComboBox *m_dayBox = nullptr;
    QLabel *m_scorerLabel = nullptr;
    QComboBox *m_scorerBox = nullptr; // "Scores from:"
    QString m_scoresFrom;             // "" for the day's latest, or a model
    ScoreSource m_source;             // whose scores the table shows
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_readTimer = nullptr; // how long a paper is shown before it counts as read
    QLabel *m_dayLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    Criteria m_criteria;
    QDate m_day;
    QString m_loadedSearch;
    int m_searchMatches = 0;
    DailyRoutine *m_routine = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    QList<QAction *> m_pushActions; // File > Share, one per target
    QString m_lastPushResult;
    QStringList m_pushesUnderWay; // "slack/2026-04-27": pushes still sending
    bool m_quitting = false;      // Quit, not the window's close box: really end
    bool m_toldAboutTray = false;
    bool m_choosing = false;     // the window itself is moving the current paper
    bool m_autoSelected = false; // the current paper was the window's choice
};

} // namespace paperboy
