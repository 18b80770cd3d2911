#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;
class QMenu;

namespace paperboy {

// Every action of the main window, each with its shortcut, in the menus
// (File, Edit, View, Paper, Help): a person can find every command and
// learn its key from the menu.
struct WindowActions
{
    Q_DECLARE_TR_FUNCTIONS(WindowActions)

public:
    // File
    QAction *fetchToday = nullptr;
    QAction *fetchPastDay = nullptr;
    QAction *score = nullptr;
    QAction *scoreSetAside = nullptr; // "Score these fully": the day's set-aside papers
    QAction *stop = nullptr;
    QAction *exportSelected = nullptr;
    QAction *exportStarred = nullptr;
    QAction *exportDay = nullptr;
    QAction *exportMarkdown = nullptr;
    QAction *exportJson = nullptr;
    QAction *exportHtml = nullptr;
    QAction *exportSite = nullptr;
    QAction *appendToBibliography = nullptr; // every starred paper, to the file of Settings
    QAction *sendStarredToZotero = nullptr;
    QAction *importLibrary = nullptr; // a .bib's arXiv papers starred
    QAction *criteria = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr; // star, hide and read changes
    QAction *redo = nullptr;
    QAction *copyBibtex = nullptr;
    QAction *find = nullptr;
    // View
    QAction *filterAll = nullptr;
    QAction *filterRelevant = nullptr;
    QAction *filterStarred = nullptr;
    QAction *filterUnread = nullptr;
    QAction *showHidden = nullptr;
    QAction *previousDay = nullptr;
    QAction *nextDay = nullptr;
    QAction *charts = nullptr;
    // Paper
    QAction *next = nullptr;
    QAction *previous = nullptr;
    QAction *read = nullptr;
    QAction *star = nullptr;
    QAction *notInterested = nullptr;
    QAction *toggleRead = nullptr;
    QAction *markDayRead = nullptr;
    QAction *openAbstract = nullptr;
    QAction *openPdf = nullptr;
    QAction *sendToZotero = nullptr; // the selected papers
    // Help
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    QMenu *exportMenu = nullptr; // for the toolbar's Export button

    // Creates the actions as children of `window` and fills its menu bar.
    static WindowActions create(QMainWindow *window);
    // The actions that need a paper selected.
    QList<QAction *> paperActions() const;
    QList<QAction *> filters() const;
    // A menu entry's text without its mnemonic, for a toolbar button or a
    // list: "&File" is "File", and Chinese "文件(&F)" is "文件".
    static QString plainText(const QString &menuText);
};

} // namespace paperboy
