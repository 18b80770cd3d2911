#include "ChartsDialog.h"

#include "BarChart.h"
#include "storage/PaperRepository.h"
#include "storage/StatsRepository.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace paperboy {

namespace {

BarChart *chart(const char *name, QWidget *parent)
{
    auto *c = new BarChart(parent);
    c->setObjectName(QString::fromLatin1(name));
    return c;
}

// An axis of whole things: papers are never counted in halves.
void countsOn(BarChart *chart)
{
    chart->setValueFormat([](double v) { return QLocale().toString(qRound64(v)); });
    chart->setMinimumStep(1);
}

} // namespace

ChartsDialog::ChartsDialog(QSqlDatabase &db, const QDate &day, const Criteria &criteria,
                           const QString &scoresFrom, QWidget *parent)
    : QDialog(parent)
    , m_scoresFrom(scoresFrom)
{
    setWindowTitle(tr("Charts"));
    setObjectName(QStringLiteral("chartsDialog"));
    const QDate shown = day.isValid() ? day : PaperRepository(db).latestDay();

    auto *dayBox =
        new QGroupBox(shown.isValid() ? tr("Scores on %1").arg(QLocale().toString(shown, QLocale::LongFormat))
                                      : tr("Scores"),
                      this);
    m_relevance = chart("relevanceChart", dayBox);
    m_novelty = chart("noveltyChart", dayBox);
    auto *dayLayout = new QHBoxLayout(dayBox);
    dayLayout->addWidget(m_relevance);
    dayLayout->addWidget(m_novelty);

    auto *historyBox = new QGroupBox(tr("The last %n day(s)", nullptr, kDays), this);
    m_papers = chart("papersChart", historyBox);
    m_relevant = chart("relevantChart", historyBox);
    m_cost = chart("costChart", historyBox);
    auto *historyLayout = new QGridLayout(historyBox);
    historyLayout->addWidget(m_papers, 0, 0);
    historyLayout->addWidget(m_relevant, 0, 1);
    historyLayout->addWidget(m_cost, 1, 0, 1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dayBox, 1);
    layout->addWidget(historyBox, 2);
    layout->addWidget(buttons);
    resize(960, 760);

    fillDay(db, shown, criteria);
    fillHistory(db, shown, criteria);
    if (!m_error.isEmpty()) {
        auto *error = new QLabel(tr("The charts cannot be drawn: %1").arg(m_error.constFirst()), this);
        error->setObjectName(QStringLiteral("chartsError"));
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        layout->insertWidget(0, error);
        dayBox->hide();
        historyBox->hide();
    }
}

void ChartsDialog::fillDay(QSqlDatabase &db, const QDate &day, const Criteria &criteria)
{
    QString error;
    const ScoreHistogram h =
        StatsRepository(db).histogram(day, criteria, m_scoresFrom, &error).value_or(ScoreHistogram());
    if (!error.isEmpty())
        m_error << error;
    auto bars = [&](const std::array<int, 10> &values, const QString &axis) {
        QList<BarChart::Bar> out;
        for (int score = 1; score <= 10; ++score)
            out.append({QString::number(score), double(values[score - 1]),
                        tr("%1 %2: %n paper(s)", nullptr, values[score - 1]).arg(axis).arg(score)});
        return out;
    };
    const QString unscored = h.unscored > 0 ? tr(" (%n unscored)", nullptr, h.unscored) : QString();
    m_relevance->setTitle(tr("Relevance") + unscored);
    m_relevance->setBars(bars(h.relevance, tr("Relevance")));
    countsOn(m_relevance);
    m_relevance->setMarker(criteria.relevanceCutoff - 1, tr("cut-off %1").arg(criteria.relevanceCutoff));
    m_novelty->setTitle(tr("Novelty") + unscored);
    m_novelty->setBars(bars(h.novelty, tr("Novelty")));
    countsOn(m_novelty);
    m_novelty->setMarker(criteria.noveltyCutoff - 1, tr("cut-off %1").arg(criteria.noveltyCutoff));
}

void ChartsDialog::fillHistory(QSqlDatabase &db, const QDate &day, const Criteria &criteria)
{
    QString error;
    const QList<DayTotals> days =
        day.isValid()
            ? StatsRepository(db).daysUpTo(day, kDays, criteria, &error).value_or(QList<DayTotals>())
            : QList<DayTotals>();
    if (!error.isEmpty())
        m_error << error;
    QList<BarChart::Bar> papers, relevant, cost;
    const QLocale locale;
    for (const DayTotals &d : days) {
        const QString label =
            locale.toString(d.date, tr("d MMM", "date format of QLocale::toString: 27 Apr"));
        const QString date = locale.toString(d.date, QLocale::ShortFormat);
        papers.append({label, double(d.papers), tr("%1: %n paper(s)", nullptr, d.papers).arg(date)});
        relevant.append({label, double(d.relevant),
                         tr("%1: %n relevant of %2 scored", nullptr, d.relevant).arg(date).arg(d.scored)});
        cost.append({label, d.costUsd,
                     tr("%1: $%2 for %3 tokens")
                         .arg(date, locale.toString(d.costUsd, 'f', 4), locale.toString(d.tokens))});
    }
    m_papers->setTitle(tr("Papers per day"));
    m_papers->setBars(papers);
    countsOn(m_papers);
    m_relevant->setTitle(tr("Relevant papers per day"));
    m_relevant->setBars(relevant);
    countsOn(m_relevant);
    m_cost->setTitle(tr("Cost of scoring per day (USD)"));
    m_cost->setBars(cost);
    // Whole cents: the tooltips give the exact cost.
    m_cost->setValueFormat([](double v) { return QStringLiteral("$") + QLocale().toString(v, 'f', 2); });
    m_cost->setMinimumStep(0.01);
}

} // namespace paperboy
