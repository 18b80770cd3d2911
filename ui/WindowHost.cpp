#include "WindowHost.h"

#include "MainWindow.h"
#include "SingleWindow.h"

#include <QDir>
#include <QFileInfo>

namespace paperboy {

namespace {

bool sameFile(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) ==
           QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace

WindowHost::WindowHost(QObject *parent)
    : QObject(parent)
{
}

WindowHost::~WindowHost() = default;

bool WindowHost::open(const QString &path)
{
    auto single = std::make_unique<SingleWindow>(path);
    if (!single->claim())
        return false;
    m_single = std::move(single);
    adopt(std::make_unique<MainWindow>(path));
    return true;
}

void WindowHost::adopt(std::unique_ptr<MainWindow> window)
{
    m_window = std::move(window);
    // Queued: the old window's handler returns before it is replaced.
    connect(m_window.get(), &MainWindow::cacheRequested, this, &WindowHost::switchTo, Qt::QueuedConnection);
    connect(m_single.get(), &SingleWindow::forwardRequested, m_window.get(), &MainWindow::bringForward);
}

void WindowHost::switchTo(const QString &path, const QString &notice)
{
    std::unique_ptr<SingleWindow> claim;
    if (!sameFile(path, m_window->databasePath())) {
        claim = std::make_unique<SingleWindow>(path);
        if (!claim->claim()) {
            m_window->showNotice(tr("A Paperboy window is already open on %1; it was brought forward.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    auto next = std::make_unique<MainWindow>(path);
    // Where the person sees the window now, not where it was last saved.
    next->restoreGeometry(m_window->saveGeometry());
    if (!notice.isEmpty())
        next->showNotice(notice);
    next->show();
    // Shown before the old one goes, so the application never has no window.
    std::unique_ptr<MainWindow> old = std::move(m_window);
    disconnect(m_single.get(), nullptr, old.get(), nullptr);
    old->hide();
    old.release()->deleteLater();
    if (claim)
        m_single = std::move(claim); // frees the old cache for another window
    adopt(std::move(next));
    emit windowReplaced(m_window.get());
}

} // namespace paperboy
