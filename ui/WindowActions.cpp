#include "WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

namespace paperboy {

namespace {

// A QString converts to a QKeySequence: make(w, text, tip) would turn the tip
// into a shortcut (", ," for a sentence with commas). Refused at compile time.
QAction *make(QMainWindow *window, const QString &text, const QString &tip) = delete;

QAction *make(QMainWindow *window, const QString &text, const QKeySequence &key = {}, const QString &tip = {})
{
    auto *a = new QAction(text, window);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    const QString plain = WindowActions::plainText(text);
    // Qt strips only the "&" from a toolbar button's text, which leaves "(F)".
    if (plain != QString(text).remove(QLatin1Char('&')))
        a->setIconText(plain);
    a->setToolTip(key.isEmpty() ? (tip.isEmpty() ? plain : tip)
                                : QStringLiteral("%1 (%2)").arg(tip.isEmpty() ? plain : tip,
                                                                key.toString(QKeySequence::NativeText)));
    // Window-wide: single-letter keys still type in the search box, which
    // takes printable keys before shortcuts.
    window->addAction(a);
    return a;
}

} // namespace

WindowActions WindowActions::create(QMainWindow *w)
{
    WindowActions a;
    a.fetchToday = make(w, tr("&Fetch Today"), QKeySequence(Qt::CTRL | Qt::Key_R),
                        tr("Fetch today's announcement for your categories"));
    a.fetchPastDay = make(w, tr("Fetch a &Past Day\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                          tr("Rebuild an earlier day's announcement from the arXiv API"));
    a.score = make(w, tr("&Score"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   tr("Score the day's papers against your criteria"));
    a.scoreSetAside =
        make(w, tr("Score These F&ully"), QKeySequence(),
             tr("Send the papers the title pass set aside through the full scoring, abstract and "
                "all"));
    a.scoreSetAside->setEnabled(false);
    a.stop = make(w, tr("St&op"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                  tr("Stop the running fetch, scoring, library import or site build"));
    a.stop->setEnabled(false);
    a.exportSelected = make(w, tr("Export &Selected to BibTeX\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportStarred =
        make(w, tr("Export S&tarred to BibTeX\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             tr("Every starred paper, from all days"));
    a.exportDay = make(w, tr("Export the &Day to BibTeX\u2026"));
    a.exportMarkdown = make(w, tr("Export the Day's Digest as &Markdown\u2026"));
    a.exportJson = make(w, tr("Export the Day's Digest as &JSON\u2026"));
    a.exportHtml = make(w, tr("Export the Day's Digest as a &Web Page\u2026"), QKeySequence(),
                        tr("One page that opens in any browser, offline, on a phone or printed"));
    a.exportSite =
        make(w, tr("&Build Web Site of the Cache\u2026"), QKeySequence(),
             tr("A page for every day in the cache, a list of the days and a feed, in one folder"));
    a.appendToBibliography =
        make(w, tr("&Append Starred to Bibliography"), QKeySequence(),
             tr("Add the starred papers your bibliography file does not cite yet, keeping what it holds"));
    a.sendStarredToZotero = make(w, tr("Send Starred to &Zotero"), QKeySequence(),
                                 tr("Save every starred paper into the collection selected in Zotero"));
    a.importLibrary = make(w, tr("&Import Library\u2026"), QKeySequence(),
                           tr("Star the arXiv papers a .bib from Zotero or JabRef cites, fetching those "
                              "not cached"));
    a.criteria = make(w, tr("&Criteria\u2026"), QKeySequence(Qt::CTRL | Qt::Key_K),
                      tr("Edit what you are looking for"));
    a.settings = make(w, tr("Se&ttings\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.settings->setMenuRole(QAction::PreferencesRole);
    a.quit = make(w, tr("&Quit"), QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.undo = make(w, tr("&Undo"), QKeySequence::Undo, tr("Take back the last star, hide or read change"));
    a.undo->setShortcuts(QKeySequence::Undo); // every key the platform knows, not only the first
    a.undo->setEnabled(false);
    a.redo = make(w, tr("&Redo"), QKeySequence::Redo);
    a.redo->setShortcuts(QKeySequence::Redo); // Ctrl+Y and Ctrl+Shift+Z where both are usual
    a.redo->setEnabled(false);
    a.copyBibtex = make(w, tr("&Copy BibTeX"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                        tr("Copy the BibTeX of the selected papers"));
    a.find = make(w, tr("&Search"), QKeySequence(Qt::Key_Slash), tr("Search every paper in the cache"));
    a.find->setShortcuts({QKeySequence(Qt::Key_Slash), QKeySequence::Find});

    a.filterAll = make(w, tr("&All Papers"), QKeySequence(Qt::CTRL | Qt::Key_1));
    a.filterRelevant = make(w, tr("&Relevant"), QKeySequence(Qt::CTRL | Qt::Key_2),
                            tr("Papers above your relevance and novelty cut-offs"));
    a.filterStarred = make(w, tr("S&tarred"), QKeySequence(Qt::CTRL | Qt::Key_3));
    a.filterUnread = make(w, tr("&Unread"), QKeySequence(Qt::CTRL | Qt::Key_4));
    auto *group = new QActionGroup(w);
    for (QAction *f : a.filters()) {
        f->setCheckable(true);
        group->addAction(f);
    }
    a.filterAll->setChecked(true);
    a.showHidden =
        make(w, tr("Show &Hidden Papers"), {}, tr("Show the papers marked \u201cnot interested\u201d"));
    a.showHidden->setCheckable(true);
    a.previousDay = make(w, tr("&Previous Day"), QKeySequence(Qt::ALT | Qt::Key_Left));
    a.nextDay = make(w, tr("&Next Day"), QKeySequence(Qt::ALT | Qt::Key_Right));
    a.charts = make(w, tr("&Charts\u2026"), QKeySequence(Qt::CTRL | Qt::Key_G),
                    tr("The day's scores, and papers, relevant papers and cost over the last 30 days"));

    a.next = make(w, tr("&Next Paper"), QKeySequence(Qt::Key_J));
    a.previous = make(w, tr("&Previous Paper"), QKeySequence(Qt::Key_K));
    a.read = make(w, tr("&Read"), QKeySequence(Qt::Key_Return), tr("Move to the abstract to read it"));
    // Enter belongs to whatever has focus (the search box, a dialog's
    // default button); it reads only from the paper table, which adds it.
    w->removeAction(a.read);
    a.read->setShortcutContext(Qt::WidgetShortcut);
    a.star = make(w, tr("&Star"), QKeySequence(Qt::Key_S), tr("Star or unstar the selected papers"));
    a.star->setCheckable(true); // checked: the current paper is starred
    a.notInterested = make(w, tr("Not &Interested"), QKeySequence(Qt::Key_X),
                           tr("Hide the selected papers; the offline scorer learns from it"));
    a.notInterested->setCheckable(true);
    a.toggleRead = make(w, tr("Mark &Unread"), QKeySequence(Qt::Key_U));
    a.markDayRead = make(w, tr("&Mark Day as Read"), QKeySequence(Qt::SHIFT | Qt::Key_U),
                         tr("Mark every paper of the day shown read"));
    a.openAbstract = make(w, tr("&Open Abstract Page"), QKeySequence(Qt::Key_O));
    a.openPdf = make(w, tr("Open P&DF"), QKeySequence(Qt::Key_P));
    a.sendToZotero = make(w, tr("Send to &Zotero"), QKeySequence(Qt::Key_Z),
                          tr("Save the selected papers into the collection selected in Zotero"));

    a.shortcuts = make(w, tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1));
    a.about = make(w, tr("&About Paperboy"));
    a.about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({a.fetchToday, a.fetchPastDay, a.score, a.scoreSetAside, a.stop});
    file->addSeparator();
    a.exportMenu = file->addMenu(tr("&Export"));
    a.exportMenu->addActions({a.exportSelected, a.exportStarred, a.exportDay});
    a.exportMenu->addSeparator();
    a.exportMenu->addActions({a.copyBibtex});
    a.exportMenu->addSeparator();
    a.exportMenu->addActions({a.exportMarkdown, a.exportJson, a.exportHtml, a.exportSite});
    a.exportMenu->addSeparator();
    a.exportMenu->addActions({a.appendToBibliography, a.sendStarredToZotero});
    file->addSeparator();
    file->addAction(a.importLibrary);
    file->addSeparator();
    file->addActions({a.criteria, a.settings});
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.copyBibtex, a.find});

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(a.filters());
    view->addSeparator();
    view->addAction(a.showHidden);
    view->addSeparator();
    view->addActions({a.previousDay, a.nextDay});
    view->addSeparator();
    view->addAction(a.charts);

    QMenu *paper = bar->addMenu(tr("&Paper"));
    paper->addActions({a.next, a.previous, a.read});
    paper->addSeparator();
    paper->addActions({a.star, a.notInterested, a.toggleRead, a.markDayRead});
    paper->addSeparator();
    paper->addActions({a.openAbstract, a.openPdf, a.copyBibtex, a.sendToZotero});

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({a.shortcuts, a.about});
    return a;
}

QList<QAction *> WindowActions::paperActions() const
{
    return {star,       notInterested, toggleRead,     openAbstract, openPdf,
            copyBibtex, sendToZotero,  exportSelected, read};
}

QString WindowActions::plainText(const QString &menuText)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    return QString(menuText).remove(mnemonic).remove(QLatin1Char('&'));
}

QList<QAction *> WindowActions::filters() const
{
    return {filterAll, filterRelevant, filterStarred, filterUnread};
}

} // namespace paperboy
