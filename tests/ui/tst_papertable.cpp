// The paper table's model and proxy on real papers from the API capture:
// QAbstractItemModelTester throughout, typed sorting with unscored papers
// last in both directions, quick filters, updates in place that keep the
// selection, and the reader's escaping of untrusted text.
#include "PaperFilterProxy.h"
#include "PaperTableModel.h"
#include "ReaderPane.h"
#include "arxiv/ApiParser.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace paperboy;

namespace {

// The capture's papers as rows; every third unscored, a few starred and read.
QList<PaperRow> realRows()
{
    const ApiParseResult parsed =
        parseApiFeed(test::readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")));
    QList<PaperRow> rows;
    for (int i = 0; i < parsed.papers.size(); ++i) {
        PaperRow row;
        row.paper = parsed.papers.at(i);
        row.paper.announced = QDate(2026, 4, 27);
        row.paper.announceType = i % 5 == 0 ? AnnounceType::New : AnnounceType::Cross;
        if (i % 3 != 0) {
            row.relevance = 1 + (i * 7) % 10;
            row.novelty = 1 + (i * 3) % 10;
            row.scoreComment = QStringLiteral("comment %1").arg(i);
        }
        row.starred = i % 11 == 0;
        row.read = i % 4 == 0;
        rows << row;
    }
    return rows;
}

QList<int> column(const QAbstractItemModel &model, int col)
{
    QList<int> values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data(PaperTableModel::SortRole).toInt();
    return values;
}

} // namespace

class TestPaperTable : public QObject
{
    Q_OBJECT
private slots:
    void modelAndProxyPassTheTester()
    {
        PaperTableModel model;
        PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PaperRow> rows = realRows();
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 100);
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        for (auto filter : {PaperFilterProxy::Filter::Relevant, PaperFilterProxy::Filter::Starred,
                            PaperFilterProxy::Filter::Unread, PaperFilterProxy::Filter::All})
            proxy.setFilter(filter);
        // In place (same papers), then a different set (a reset), then none.
        rows[5].relevance = 10;
        model.setRows(rows);
        model.setRows(rows.mid(0, 40));
        model.setStarred(3, true);
        model.setHidden(4, true);
        model.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void scoresSortNumericallyWithUnscoredLastBothWays()
    {
        PaperTableModel model;
        PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows(realRows());
        for (auto order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            for (int col : {int(PaperTableModel::Relevance), int(PaperTableModel::Novelty)}) {
                proxy.sort(col, order);
                const QList<int> values = column(proxy, col);
                const qsizetype firstUnscored = values.indexOf(-1);
                QVERIFY(firstUnscored > 0);
                // Every unscored paper after every scored one.
                for (qsizetype i = firstUnscored; i < values.size(); ++i)
                    QCOMPARE(values.at(i), -1);
                QList<int> scored = values.mid(0, firstUnscored);
                QList<int> expected = scored;
                std::sort(expected.begin(), expected.end());
                if (order == Qt::DescendingOrder)
                    std::reverse(expected.begin(), expected.end());
                QCOMPARE(scored, expected);
                // Numbers, not text: 10 sorts above 9 going down.
                if (order == Qt::DescendingOrder && col == PaperTableModel::Relevance)
                    QCOMPARE(scored.first(), 10);
            }
        }
        // Unscored papers show a dash, not an empty cell or a zero.
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, PaperTableModel::Relevance).data().toString(),
                 QStringLiteral("\u2013"));
        QCOMPARE(
            proxy.headerData(PaperTableModel::Relevance, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
            int(Qt::DescendingOrder));
    }

    void quickFiltersAndHiddenPapers()
    {
        PaperTableModel model;
        Criteria criteria = Criteria::defaults();
        criteria.relevanceCutoff = 8;
        criteria.noveltyCutoff = 5;
        model.setCriteria(criteria);
        PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        const QList<PaperRow> rows = realRows();
        model.setRows(rows);

        auto count = [&rows](auto pred) { return int(std::count_if(rows.cbegin(), rows.cend(), pred)); };
        proxy.setFilter(PaperFilterProxy::Filter::Relevant);
        QCOMPARE(proxy.rowCount(),
                 count([](const PaperRow &r) { return r.relevance >= 8 && r.novelty >= 5; }));
        proxy.setFilter(PaperFilterProxy::Filter::Starred);
        QCOMPARE(proxy.rowCount(), count([](const PaperRow &r) { return r.starred; }));
        proxy.setFilter(PaperFilterProxy::Filter::Unread);
        const int unread = count([](const PaperRow &r) { return !r.read; });
        QCOMPARE(proxy.rowCount(), unread);

        // Reading the pinned paper keeps it in the Unread list until the pin moves.
        const QString first = proxy.index(0, 0).data(PaperTableModel::IdRole).toString();
        proxy.setPinnedId(first);
        model.setRead(model.rowOf(first), true);
        QCOMPARE(proxy.rowCount(), unread);
        proxy.setPinnedId(QString());
        // It leaves on the next turn of the event loop, not inside whatever
        // announced the move.
        QCOMPARE(proxy.rowCount(), unread);
        QTRY_COMPARE(proxy.rowCount(), unread - 1);

        // Hidden papers leave every view unless asked for.
        proxy.setFilter(PaperFilterProxy::Filter::All);
        model.setHidden(model.rowOf(rows.at(1).paper.id), true);
        QCOMPARE(proxy.rowCount(), 99);
        proxy.setShowHidden(true);
        QCOMPARE(proxy.rowCount(), 100);
    }

    void refreshInPlaceKeepsSelectionAndSort()
    {
        PaperTableModel model;
        PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<PaperRow> rows = realRows();
        model.setRows(rows);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(PaperTableModel::Title, Qt::AscendingOrder);
        const QString chosen = rows.at(42).paper.id;
        const QModelIndex at = proxy.mapFromSource(model.index(model.rowOf(chosen), 0));
        view.selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);

        // A refresh with new scores (same papers): nothing moves under the person.
        for (PaperRow &r : rows)
            r.relevance = 5;
        std::reverse(rows.begin(), rows.end()); // the cache answers in another order
        model.setRows(rows);
        QCOMPARE(view.currentIndex().data(PaperTableModel::IdRole).toString(), chosen);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        // Re-sorting keeps it too.
        view.sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
        QCOMPARE(view.currentIndex().data(PaperTableModel::IdRole).toString(), chosen);
    }

    void followedAuthorsAreMarked()
    {
        PaperTableModel model;
        const QList<PaperRow> rows = realRows();
        Criteria criteria = Criteria::defaults();
        criteria.followedAuthors = {rows.at(7).paper.authors.value(0)};
        model.setRows(rows);
        model.setCriteria(criteria);
        const QModelIndex authors = model.index(7, PaperTableModel::Authors);
        QCOMPARE(authors.data(PaperTableModel::FollowedAuthorRole).toString(),
                 criteria.followedAuthors.first());
        QVERIFY(!authors.data(Qt::DecorationRole).isNull());
        QVERIFY(authors.data(Qt::ToolTipRole).toString().contains(criteria.followedAuthors.first()));
        QVERIFY(model.index(8, PaperTableModel::Authors).data(Qt::DecorationRole).isNull() ||
                rows.at(8).paper.authors.contains(criteria.followedAuthors.first()));
    }

    // A paper the offline cascade set aside reads as the offline scorer's,
    // never as a title pass's it never went through; a title pass's as before.
    void setAsidePapersSayWhichPassSetThemAside()
    {
        QList<PaperRow> rows = realRows().mid(0, 2);
        for (int i = 0; i < 2; ++i) {
            rows[i].relevance.reset();
            rows[i].novelty.reset();
            rows[i].scoreState = ScoreState::SetAside;
            rows[i].scoredBy = QStringLiteral("gpt-5-mini");
            rows[i].setAsideOffline = i == 1;
        }
        rows[0].scoreComment = QStringLiteral("title pre-filter: not relevant by its title");
        rows[1].scoreComment = QStringLiteral("set aside by the offline scorer");
        const QString title = ReaderPane::html(rows[0]);
        const QString offline = ReaderPane::html(rows[1]);
        QVERIFY2(title.contains(QStringLiteral("title pass")), qPrintable(title));
        QVERIFY2(offline.contains(QStringLiteral("Set aside by the offline scorer")) &&
                     !offline.contains(QStringLiteral("title")) &&
                     offline.contains(QStringLiteral("gpt-5-mini")),
                 qPrintable(offline));

        PaperTableModel model;
        model.setRows(rows);
        const QString tipTitle = model.index(0, PaperTableModel::Relevance).data(Qt::ToolTipRole).toString();
        const QString tipOffline =
            model.index(1, PaperTableModel::Relevance).data(Qt::ToolTipRole).toString();
        QVERIFY2(tipTitle.contains(QStringLiteral("title pass")), qPrintable(tipTitle));
        QVERIFY2(tipOffline.contains(QStringLiteral("offline scorer")) &&
                     !tipOffline.contains(QStringLiteral("title")),
                 qPrintable(tipOffline));
    }

    void titlesShowTexReadably()
    {
        PaperTableModel model;
        PaperRow row = realRows().first();
        row.paper.title = QStringLiteral("$\\mathcal{O}(\\sqrt{N})$ regret for $\\mu$P");
        model.setRows({row});
        const QString shown = model.index(0, PaperTableModel::Title).data().toString();
        QVERIFY2(!shown.contains(QLatin1Char('$')) && !shown.contains(QLatin1Char('\\')), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\u221aN")) && shown.contains(QStringLiteral("\u03bc")),
                 qPrintable(shown));
    }

    void readerEscapesUntrustedTextAndShowsMath()
    {
        PaperRow row = realRows().first();
        row.paper.title = QStringLiteral("<script>alert(1)</script> Bounds of $\\ell_1$");
        row.paper.abstract = QStringLiteral("We show <b>bold</b> claims with $0 \\le \\alpha \\le 1/8$ and "
                                            "<a href=\"javascript:x\">links</a>.");
        row.paper.authors = {QStringLiteral("Eve <img src=x onerror=alert(1)>")};
        row.relevance = 9;
        row.novelty = 8;
        row.scoreComment = QStringLiteral("<i>matches</i> topic");
        row.scoreState = ScoreState::Scored;
        const QString html = ReaderPane::html(row);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")) ||
                html.contains(QStringLiteral("&quot;javascript")));
        QVERIFY(!html.contains(QStringLiteral("<i>matches")));
        QVERIFY(html.contains(QStringLiteral("\u2264")));
        QVERIFY(html.contains(QStringLiteral("\u03b1")));
        QVERIFY(!html.contains(QStringLiteral("\\le")));

        ReaderPane pane;
        row.relevant = true;
        pane.showPaper(row);
        const QString text = pane.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>"))); // shown as text
        QVERIFY(text.contains(QStringLiteral("Relevance 9")));
        QVERIFY(text.contains(QStringLiteral("matches")));
    }
};

PAPERBOY_GUI_TEST_MAIN(TestPaperTable)
#include "tst_papertable.moc"
