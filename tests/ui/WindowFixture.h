// The real window against a local fake arXiv, shared by the window tests:
// a fresh cache per window, Fetch Today clicked as a person does, and the
// cache read back behind the window's back.
#pragma once

#include "MainWindow.h"
#include "core/Paper.h"
#include "core/PaperRow.h"
#include "support/FakeHttpServer.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemModel;
class QAction;
class QTableView;
class QWidget;

namespace paperboy {
class MessageBanner;
}

// Runs a helper that may fail a check, and stops the test if it did.
#define STEP(call)                                                                                           \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace paperboy::test {

// The day the fake arXiv announces.
inline const QDate kDay(2026, 4, 27);
constexpr int kFetchTimeoutMs = 30000;

// The 100 papers of the API capture the fake arXiv announces.
QList<Paper> capturePapers();

// The window's action with this text (without its & mnemonic); stops the
// test run when there is none.
QAction *action(QWidget &w, const QString &text);
// The toolbar button of an action, clicked as a person does.
void clickToolbar(MainWindow &w, const QString &text);
QStringList column(const QAbstractItemModel *model, int role, int col = 0);
QTableView *paperTable(QWidget &w);
MessageBanner *messageBanner(QWidget &w);

class WindowFixture
{
protected:
    QTemporaryDir m_dir;
    FakeHttpServer m_arxiv;
    // What the fake arXiv answers to the RSS feed and to the API.
    FakeHttpServer::Response m_rss;
    FakeHttpServer::Response m_api;
    int m_db = 0;
    QString m_dbPath;

    // In initTestCase: the fake arXiv listens and the window is sent to it.
    bool startArxiv();
    // In init: no settings, no key, no answers ready for the window's
    // questions; the fake arXiv announces the capture's 100 papers today
    // and has no API.
    void startTest();

    QTableView *table(MainWindow &w) { return paperTable(w); }
    MessageBanner *banner(MainWindow &w) { return messageBanner(w); }
    // A paper as the cache has it now.
    PaperRow stored(const QString &id) const;
    // A window on a fresh cache (or on m_dbPath), shown.
    std::unique_ptr<MainWindow> openWindow(bool freshCache = true);
    // Fetch today and wait for the day to show.
    void fetchDay(MainWindow &w, int expected);
    // Score and wait until every paper shown has a score.
    void scoreDay(MainWindow &w);

private:
    void resetArxiv();
};

} // namespace paperboy::test
