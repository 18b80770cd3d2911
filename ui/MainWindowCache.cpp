// The main window on a cache that cannot be opened: the papers give way to
// what is wrong and the ways forward (move a damaged cache aside, choose
// another file, try again); Help and Quit stay, everything that needs the
// cache is off.
#include "CacheProblemPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Prompts.h"
#include "ReaderPane.h"
#include "storage/CacheRescue.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace paperboy {

void MainWindow::showNotice(const QString &text)
{
    m_banner->setProperty("action", QString());
    m_banner->showMessage(MessageBanner::Level::Info, text);
}

void MainWindow::showCacheProblem(const QString &error)
{
    // The menus stay open to reach Quit and Help; of their entries, only
    // those that need no cache work.
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *a : findChildren<QAction *>())
        if (!menus.contains(a) && a != m_actions.quit && a != m_actions.about && a != m_actions.shortcuts)
            a->setEnabled(false);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(false);
    statusBar()->setEnabled(false);

    auto *panel = new CacheProblemPanel(m_databasePath, m_database->failure(), error);
    m_table->hide();
    m_reader->hide();
    // Below the banner: notices from earlier steps stay readable.
    if (auto *layout = qobject_cast<QBoxLayout *>(m_table->parentWidget()->layout()))
        layout->addWidget(panel, 1);
    panel->setFocus(Qt::OtherFocusReason);

    connect(panel, &CacheProblemPanel::moveAsideRequested, this, [this, panel] {
        QString why;
        const QString moved = cacherescue::moveAside(m_databasePath, &why);
        if (moved.isEmpty()) {
            panel->showProblem(why);
            return;
        }
        emit cacheRequested(m_databasePath, tr("The damaged cache was moved to %1. Paperboy started a new, "
                                               "empty cache in its place.")
                                                .arg(QDir::toNativeSeparators(moved)));
    });
    connect(panel, &CacheProblemPanel::chooseRequested, this, [this] {
        const QString path =
            prompts::openFileName(this, tr("Choose a Cache File"), QFileInfo(m_databasePath).absolutePath(),
                                  tr("Paperboy caches (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit cacheRequested(path, QString());
    });
    connect(panel, &CacheProblemPanel::retryRequested, this,
            [this] { emit cacheRequested(m_databasePath, QString()); });
}

} // namespace paperboy
