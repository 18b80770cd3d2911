#include "WindowFixture.h"

#include "MessageBanner.h"
#include "PaperTableModel.h"
#include "Prompts.h"
#include "arxiv/ApiParser.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "support/FeedSynthesizer.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolBar>

namespace paperboy::test {

QList<Paper> capturePapers()
{
    return parseApiFeed(readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")))
        .papers;
}

QAction *action(QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    qFatal("no action %s", qPrintable(text));
    return nullptr;
}

void clickToolbar(MainWindow &w, const QString &text)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QWidget *button = bar->widgetForAction(action(w, text));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList column(const QAbstractItemModel *model, int role, int col)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, col).data(role).toString();
    return values;
}

QTableView *paperTable(QWidget &w)
{
    return w.findChild<QTableView *>(QStringLiteral("paperTable"));
}

MessageBanner *messageBanner(QWidget &w)
{
    return w.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
}

bool WindowFixture::startArxiv()
{
    resetArxiv();
    m_arxiv.setHandler([this](const FakeHttpServer::Request &request) {
        if (request.path.startsWith("/rss/"))
            return m_rss;
        return request.path.startsWith("/api/") ? m_api : FakeHttpServer::Response::error(404);
    });
    if (!m_dir.isValid() || !m_arxiv.listen())
        return false;
    qputenv("PAPERBOY_ARXIV_RSS_URL", m_arxiv.baseUrl().toString().toUtf8());
    qputenv("PAPERBOY_ARXIV_API_URL", m_arxiv.baseUrl().toString().toUtf8());
    return true;
}

void WindowFixture::startTest()
{
    QSettings().clear();
    qunsetenv("OPENAI_API_KEY");
    resetArxiv();
    prompts::testing::takeAsked();
}

void WindowFixture::resetArxiv()
{
    m_rss = FakeHttpServer::Response::ok(
        listingFeedFromPapers(capturePapers(), {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}, kDay));
    m_api = FakeHttpServer::Response::error(404);
}

PaperRow WindowFixture::stored(const QString &id) const
{
    Database db(m_dbPath);
    QString error;
    db.open(&error);
    ListQuery q;
    q.ids = {id};
    return PaperRepository(db.connection()).list(q, &error).value(0);
}

std::unique_ptr<MainWindow> WindowFixture::openWindow(bool freshCache)
{
    if (freshCache)
        m_dbPath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_db));
    auto w = std::make_unique<MainWindow>(m_dbPath);
    w->show();
    // Active, as a window just opened is: its keys (s, F1, Alt+Left) work.
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    return w;
}

void WindowFixture::fetchDay(MainWindow &w, int expected)
{
    clickToolbar(w, QStringLiteral("Fetch Today"));
    QTRY_COMPARE_WITH_TIMEOUT(w.loadedRows(), expected, kFetchTimeoutMs);
}

void WindowFixture::scoreDay(MainWindow &w)
{
    clickToolbar(w, QStringLiteral("Score"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !column(table(w)->model(), PaperTableModel::ScoredRole).contains(QStringLiteral("false")),
        kFetchTimeoutMs);
    QTRY_VERIFY(action(w, QStringLiteral("Fetch Today"))->isEnabled());
}

} // namespace paperboy::test
