#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace paperboy {

class MainWindow;
class SingleWindow;

// The window of one cache at a time, and that cache's single-window claim.
// When the window asks for another cache (a damaged one moved aside,
// another file chosen) a new window is built on it, as a fresh start on
// that file would be: every part of the window that knows the cache (the
// workers, the marks, the daily routine) starts over with it, and the claim
// moves to the new file, so one window per cache still holds.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(QObject *parent = nullptr);
    ~WindowHost() override;

    // The first window, on `path`. False when another process has that
    // cache's window: it has been asked to come forward.
    bool open(const QString &path);
    MainWindow *window() const { return m_window.get(); }

signals:
    // A new window took the place of the last one.
    void windowReplaced(MainWindow *window);

private:
    void switchTo(const QString &path, const QString &notice);
    void adopt(std::unique_ptr<MainWindow> window);

    std::unique_ptr<SingleWindow> m_single;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace paperboy
