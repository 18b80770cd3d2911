// The criteria form on the offscreen platform, driven through its widgets:
// each edit reaches criteria(), the preview is the exact prompt, the
// estimate agrees with CostEstimate, validation holds Save back.
#include "CriteriaDialog.h"
#include "RubricEditor.h"
#include "arxiv/FeedParser.h"
#include "scoring/CostEstimate.h"
#include "scoring/PromptBuilder.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace paperboy;

namespace {

const QString kModel = QStringLiteral("gpt-5-mini");

QList<Paper> fixturePapers()
{
    const auto parsed = parseListingFeed(
        test::readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")));
    if (!parsed.ok)
        qFatal("the fixture does not parse: %s", qPrintable(parsed.error));
    return parsed.feed.papers;
}

CriteriaPreviewContext llmContext(QList<Paper> papers, const QString &effort = {})
{
    CriteriaPreviewContext context;
    context.papers = std::move(papers);
    context.dayLabel = QStringLiteral("Monday 27 April 2026");
    context.run.provider = ScoreRequest::Provider::OpenAI;
    context.run.llm.model = kModel;
    context.run.llm.reasoningEffort = effort;
    context.run.prices = PriceTable::defaults();
    return context;
}

QStringList topicNames(const Criteria &criteria)
{
    QStringList names;
    for (const Criteria::Topic &t : criteria.topics)
        names << t.name;
    return names;
}

// The "$0.0012" of a sentence as a number and the rounding it was shown with.
bool shownCost(const QString &sentence, double *cost, double *rounding)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\\$([0-9][0-9.,]*[0-9])")).match(sentence);
    if (!m.hasMatch())
        return false;
    const QString number = m.captured(1);
    const QLocale locale;
    bool ok = false;
    *cost = locale.toDouble(number, &ok);
    const qsizetype point = number.lastIndexOf(locale.decimalPoint());
    *rounding = point < 0 ? 0.5 : 0.5 * std::pow(10.0, -double(number.size() - point - 1));
    return ok;
}

} // namespace

class TestCriteriaDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<CriteriaDialog> m_dialog;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;

    template<typename T> T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("the dialog has no %s", name);
        return widget;
    }

    // Opens the dialog shown, with every item model it uses under a tester.
    void open(const Criteria &criteria, CriteriaPreviewContext context)
    {
        m_testers.clear();
        m_dialog = std::make_unique<CriteriaDialog>(criteria, std::move(context));
        for (const char *name : {"relevanceRubric", "noveltyRubric"})
            m_testers << std::make_shared<QAbstractItemModelTester>(
                child<QTableView>(name)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_testers << std::make_shared<QAbstractItemModelTester>(
            child<QListWidget>("topicList")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QPushButton *saveButton() { return child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Save); }

    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }

    // Types into a rubric cell through the view's own editor, then Enter.
    void typeIntoCell(const char *rubric, int row, int column, const QString &text)
    {
        auto *view = child<QTableView>(rubric);
        child<QTabWidget>("criteriaTabs")->setCurrentWidget(view->parentWidget());
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QWidget *editor = view->indexWidget(index);
        QVERIFY(editor);
        auto *line = qobject_cast<QLineEdit *>(editor);
        QWidget *target = line ? static_cast<QWidget *>(line) : editor->findChild<QLineEdit *>();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(target, text);
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(index));
    }

private slots:
    void cleanup()
    {
        m_testers.clear();
        m_dialog.reset();
    }

    void unEditedFormGivesBackItsInput()
    {
        const Criteria defaults = Criteria::defaults();
        open(defaults, {});
        QCOMPARE(m_dialog->criteria().contentHash(), defaults.contentHash());
        QCOMPARE(m_dialog->criteria().canonicalJson(), defaults.canonicalJson());
        QCOMPARE(m_dialog->previewText(), prompt::render(defaults, true));
        QCOMPARE(child<QPlainTextEdit>("promptPreview")->toPlainText(), m_dialog->previewText());
        QVERIFY(child<QPlainTextEdit>("promptPreview")->isReadOnly());
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(child<QListWidget>("topicList")->count(), defaults.topics.size());

        // Followed authors and a single topic survive too.
        Criteria small;
        small.topics = {{QStringLiteral("Kernels"), QStringLiteral("GPU kernels"), {}}};
        small.followedAuthors = {QStringLiteral("Tri Dao"), QStringLiteral("Ada Lovelace")};
        small.relevanceRubric = defaults.relevanceRubric;
        small.noveltyRubric = defaults.noveltyRubric;
        small.noveltyCutoff = 3;
        open(small, {});
        QCOMPARE(m_dialog->criteria().contentHash(), small.contentHash());
    }

    void eachEditReachesTheCriteriaAndThePreview()
    {
        open(Criteria::defaults(), llmContext(fixturePapers()));
        const QStringList shipped = topicNames(Criteria::defaults());

        // Add a topic and type it in.
        click("addTopic");
        QCOMPARE(m_dialog->criteria().topics.size(), shipped.size() + 1);
        QVERIFY(m_dialog->criteria().topics.last().name.isEmpty());
        QTest::keyClicks(child<QLineEdit>("topicName"), QStringLiteral("Sparse autoencoders"));
        QTest::keyClicks(child<QPlainTextEdit>("topicRelevant"),
                         QStringLiteral("Dictionary learning on LLMs"));
        QTest::keyClicks(child<QPlainTextEdit>("topicIrrelevant"), QStringLiteral("Plain PCA"));
        const Criteria::Topic added = m_dialog->criteria().topics.last();
        QCOMPARE(added.name, QStringLiteral("Sparse autoencoders"));
        QCOMPARE(added.relevant, QStringLiteral("Dictionary learning on LLMs"));
        QCOMPARE(added.irrelevant, QStringLiteral("Plain PCA"));
        QCOMPARE(child<QListWidget>("topicList")->currentItem()->text(),
                 QStringLiteral("Sparse autoencoders"));

        // Move it to the top; the button stops there.
        for (int i = 0; i < shipped.size(); ++i)
            click("moveTopicUp");
        QVERIFY(!child<QPushButton>("moveTopicUp")->isEnabled());
        QCOMPARE(topicNames(m_dialog->criteria()),
                 QStringList{QStringLiteral("Sparse autoencoders")} + shipped);
        click("moveTopicDown");
        click("moveTopicUp");
        QCOMPARE(m_dialog->criteria().topics.first().name, QStringLiteral("Sparse autoencoders"));
        QCOMPARE(child<QLineEdit>("topicName")->text(), QStringLiteral("Sparse autoencoders"));

        // Remove another: the fields then show the topic that took its place.
        child<QListWidget>("topicList")->setCurrentRow(2);
        QCOMPARE(child<QLineEdit>("topicName")->text(), shipped.at(1));
        click("removeTopic");
        QStringList expected = QStringList{QStringLiteral("Sparse autoencoders")} + shipped;
        expected.removeAt(2);
        QCOMPARE(topicNames(m_dialog->criteria()), expected);
        QCOMPARE(child<QLineEdit>("topicName")->text(), expected.at(2));

        // Keywords and followed authors, one a line.
        auto *relevant = child<QPlainTextEdit>("relevantKeywords");
        QTest::keyClick(relevant, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(relevant, Qt::Key_Return);
        QTest::keyClicks(relevant, QStringLiteral("  State-space models "));
        QCOMPARE(m_dialog->criteria().relevantKeywords,
                 Criteria::defaults().relevantKeywords + QStringList{QStringLiteral("State-space models")});
        auto *irrelevant = child<QPlainTextEdit>("irrelevantKeywords");
        QTest::keyClick(irrelevant, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(irrelevant, QStringLiteral("Robotics"));
        QCOMPARE(m_dialog->criteria().irrelevantKeywords, QStringList{QStringLiteral("Robotics")});
        QTest::keyClicks(child<QPlainTextEdit>("followedAuthors"), QStringLiteral("Ada Lovelace"));
        QCOMPARE(m_dialog->criteria().followedAuthors, QStringList{QStringLiteral("Ada Lovelace")});

        // A rubric label and a band's score, in the table's own editors; Enter
        // finishes the cell and does not save the dialog.
        typeIntoCell("relevanceRubric", 0, RubricModel::Label, QStringLiteral("Spot on"));
        QCOMPARE(m_dialog->criteria().relevanceRubric.first().label, QStringLiteral("Spot on"));
        typeIntoCell("noveltyRubric", 4, RubricModel::High, QStringLiteral("3"));
        QCOMPARE(m_dialog->criteria().noveltyRubric.last().high, 3);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

        // Cut-offs.
        QTest::keyClick(child<QSpinBox>("relevanceCutoff"), Qt::Key_Down);
        QTest::keyClick(child<QSpinBox>("noveltyCutoff"), Qt::Key_Up);
        QCOMPARE(m_dialog->criteria().relevanceCutoff, 7);
        QCOMPARE(m_dialog->criteria().noveltyCutoff, 8);

        // The preview catches up after the pause in typing, with every edit.
        QTRY_COMPARE(m_dialog->previewText(), prompt::render(m_dialog->criteria(), true));
        QVERIFY(m_dialog->previewText().contains(QLatin1String("Sparse autoencoders")));
        QVERIFY(m_dialog->previewText().contains(QLatin1String("Spot on")));
        QVERIFY(!m_dialog->previewText().contains(shipped.at(1)));
        QCOMPARE(child<QPlainTextEdit>("promptPreview")->toPlainText(), m_dialog->previewText());
        QVERIFY(saveButton()->isEnabled());
    }

    void dragReordersTopics()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("The offscreen platform drops every drag; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        open(Criteria::defaults(), {});
        auto *list = child<QListWidget>("topicList");
        QWidget *viewport = list->viewport();
        const QPoint from = list->visualItemRect(list->item(3)).center();
        const QPoint to = list->visualItemRect(list->item(0)).topLeft() + QPoint(10, 1);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        // The drag runs its own event loop: the drop comes from inside it.
        QTimer::singleShot(50, viewport, [viewport, to] {
            QTest::mouseMove(viewport, to);
            QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        });
        // The first move makes the view ready to drag, the second starts it.
        QTest::mouseMove(viewport, from + QPoint(0, -1));
        QTest::mouseMove(viewport, from + QPoint(0, -2 * QApplication::startDragDistance()));
        QStringList expected = topicNames(Criteria::defaults());
        expected.move(3, 0);
        QTRY_COMPARE(topicNames(m_dialog->criteria()), expected);
    }

    void estimateAgreesWithCostEstimate_data()
    {
        QTest::addColumn<QString>("effort");
        QTest::newRow("no reasoning") << QString();
        QTest::newRow("low effort") << QStringLiteral("low");
    }

    void estimateAgreesWithCostEstimate()
    {
        QFETCH(QString, effort);
        const QList<Paper> papers = fixturePapers();
        QCOMPARE(papers.size(), 3);
        open(Criteria::defaults(), llmContext(papers, effort));

        // After an edit, the estimate follows the criteria now in the form.
        QTest::keyClicks(child<QPlainTextEdit>("followedAuthors"), QStringLiteral("Ada Lovelace"));
        QTRY_COMPARE(m_dialog->previewText(), prompt::render(m_dialog->criteria(), true));
        ScoreRequest run = llmContext(papers, effort).run;
        const CostEstimate e =
            RunEstimate::estimate(m_dialog->criteria(), papers, run, RunHistory()).chosen();
        QVERIFY(e.costUsd > 0);
        const QString text = m_dialog->estimateText();
        QCOMPARE(child<QLabel>("estimate")->text(), text);
        QCOMPARE(child<QLabel>("estimate")->textFormat(), Qt::PlainText);
        const QLocale locale;
        QVERIFY2(text.contains(QStringLiteral("the %1 papers").arg(locale.toString(e.papers))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 requests").arg(locale.toString(e.requests))),
                 qPrintable(text));
        QVERIFY2(text.contains(locale.toString(e.usage.prompt)), qPrintable(text));
        QVERIFY2(text.contains(locale.toString(e.usage.completion)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Monday 27 April 2026")), qPrintable(text));
        QVERIFY2(text.contains(kModel), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("reasoning")), !effort.isEmpty());
        double cost = 0;
        double rounding = 0;
        QVERIFY2(shownCost(text, &cost, &rounding), qPrintable(text));
        QVERIFY2(std::abs(cost - e.costUsd) <= rounding, qPrintable(text));
    }

    // The run's title pass and cascade, as the settings hold them, are part
    // of what the estimate says.
    void estimateSaysWhatTheTitlePassDoes()
    {
        CriteriaPreviewContext context = llmContext(fixturePapers());
        context.run.titlePass = ScoreRequest::TitlePass::On;
        context.run.titleModel = QStringLiteral("gpt-5-nano");
        context.run.titleEffort = QStringLiteral("minimal");
        context.run.cascade = true;
        context.setAside = 2; // the cascade kept the 3 papers here of 5
        open(Criteria::defaults(), context);
        QString text = m_dialog->estimateText();
        QVERIFY2(text.contains(QLatin1String("Title pass on (as set; gpt-5-nano, minimal): 3 titles")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The offline scorer sets aside 2 of the 5 papers unsent")),
                 qPrintable(text));

        context.run.titlePass = ScoreRequest::TitlePass::Off;
        context.run.cascade = false;
        context.setAside = 0;
        open(Criteria::defaults(), context);
        text = m_dialog->estimateText();
        QVERIFY2(text.contains(QLatin1String("Title pass off (as set)")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("sets aside")), qPrintable(text));
    }

    void offlineCostsNothingButShowsThePrompt()
    {
        CriteriaPreviewContext context = llmContext(fixturePapers());
        context.run.provider = ScoreRequest::Provider::Offline;
        context.run.llm.structuredOutput = false;
        open(Criteria::defaults(), context);
        QVERIFY2(m_dialog->estimateText().contains(QLatin1String("costs nothing")),
                 qPrintable(m_dialog->estimateText()));
        QVERIFY(!m_dialog->estimateText().contains(QLatin1Char('$')));
        QCOMPARE(m_dialog->previewText(), prompt::render(Criteria::defaults(), false));
    }

    void noDayToEstimate()
    {
        open(Criteria::defaults(), llmContext({}));
        QVERIFY2(m_dialog->estimateText().contains(QLatin1String("no day to estimate")),
                 qPrintable(m_dialog->estimateText()));
    }

    void unpricedModelIsSaidToBeFree()
    {
        CriteriaPreviewContext context = llmContext(fixturePapers());
        context.run.llm.model = QStringLiteral("llama3.1");
        open(Criteria::defaults(), context);
        QVERIFY2(m_dialog->estimateText().contains(QLatin1String("llama3.1 has no price")),
                 qPrintable(m_dialog->estimateText()));
    }

    void cutoffOnlyEditReScoresNothing()
    {
        open(Criteria::defaults(), llmContext(fixturePapers()));
        const QString before = m_dialog->estimateText();
        QVERIFY(before.contains(QLatin1Char('$')));
        QTest::keyClick(child<QSpinBox>("noveltyCutoff"), Qt::Key_Up);
        QTRY_VERIFY2(m_dialog->estimateText().contains(QLatin1String("re-scores nothing")),
                     qPrintable(m_dialog->estimateText()));
        QCOMPARE(m_dialog->criteria().scoringHash(), Criteria::defaults().scoringHash());
        QVERIFY(m_dialog->criteria().contentHash() != Criteria::defaults().contentHash());

        // Back where it was: nothing differs, so the estimate is back too.
        QTest::keyClick(child<QSpinBox>("noveltyCutoff"), Qt::Key_Down);
        QTRY_COMPARE(m_dialog->estimateText(), before);
        // An edit the model is told about is a re-score again.
        QTest::keyClick(child<QSpinBox>("noveltyCutoff"), Qt::Key_Up);
        QTest::keyClicks(child<QPlainTextEdit>("followedAuthors"), QStringLiteral("Ada Lovelace"));
        QTRY_VERIFY(m_dialog->estimateText().contains(QLatin1Char('$')));
    }

    void validationHoldsSaveBack()
    {
        open(Criteria::defaults(), {});
        auto *problem = child<QLabel>("problem");
        QVERIFY(!problem->isVisible());

        // A nameless topic.
        click("addTopic");
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("Topic 5 has no name")), qPrintable(problem->text()));
        QTest::keyClicks(child<QLineEdit>("topicName"), QStringLiteral("   "));
        QVERIFY(!saveButton()->isEnabled());
        QTest::keyClicks(child<QLineEdit>("topicName"), QStringLiteral("Kernels"));
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(!problem->isVisible());

        // No topics at all is fine while there are keywords, not without them.
        while (child<QListWidget>("topicList")->count() > 0)
            click("removeTopic");
        QVERIFY(!child<QPushButton>("removeTopic")->isEnabled());
        QVERIFY(!child<QLineEdit>("topicName")->isEnabled());
        QVERIFY(saveButton()->isEnabled());
        auto *keywords = child<QPlainTextEdit>("relevantKeywords");
        QTest::keyClick(keywords, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(keywords, Qt::Key_Delete);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("nothing to score against")),
                 qPrintable(problem->text()));
        QTest::keyClicks(keywords, QStringLiteral("Pruning"));
        QVERIFY(saveButton()->isEnabled());

        // A band that runs backwards.
        typeIntoCell("relevanceRubric", 1, RubricModel::Low, QStringLiteral("9"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("Row 2 of the relevance rubric")),
                 qPrintable(problem->text()));
        typeIntoCell("relevanceRubric", 1, RubricModel::Low, QStringLiteral("7"));
        QVERIFY(saveButton()->isEnabled());
    }

    void escapeInACellPutsItBack()
    {
        open(Criteria::defaults(), {});
        auto *view = child<QTableView>("noveltyRubric");
        child<QTabWidget>("criteriaTabs")->setCurrentWidget(view->parentWidget());
        const QModelIndex index = view->model()->index(2, RubricModel::Definition);
        view->edit(index);
        auto *line = qobject_cast<QLineEdit *>(view->indexWidget(index));
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral(" Oops"));
        QVERIFY(m_dialog->criteria().noveltyRubric.at(2).definition.endsWith(QLatin1String(" Oops")));
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!view->indexWidget(index));
        QCOMPARE(m_dialog->criteria().contentHash(), Criteria::defaults().contentHash());
        QVERIFY(m_dialog->isVisible());
    }

    void restoreDefaultsFillsTheShippedCriteria()
    {
        Criteria mine;
        mine.relevantKeywords = {QStringLiteral("Pruning")};
        open(mine, {});
        QCOMPARE(child<QListWidget>("topicList")->count(), 0);
        click("restoreDefaults");
        QCOMPARE(m_dialog->criteria().contentHash(), Criteria::defaults().contentHash());
        QTRY_COMPARE(m_dialog->previewText(), prompt::render(Criteria::defaults(), true));
        QVERIFY(m_dialog->isVisible());
    }

    void saveAccepts()
    {
        open(Criteria::defaults(), {});
        QTest::keyClick(child<QSpinBox>("relevanceCutoff"), Qt::Key_Up);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->criteria().relevanceCutoff, 9);
    }
};

// The window's translations (its English plural forms among them) in an
// environment of its own, like the other window tests; the display is kept,
// so that dragReordersTopics can run where there is one.
int main(int argc, char **argv)
{
    const QByteArray display = qgetenv("DISPLAY");
    test::isolateEnvironment();
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
    QApplication app(argc, argv);
    installTranslations(app);
    TestCriteriaDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_criteriadialog.moc"
