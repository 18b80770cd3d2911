#pragma once

#include "core/Criteria.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

namespace paperboy {

class BarChart;

// Pictures of the cache: for the day shown, how its papers scored on
// relevance and novelty with the cut-offs marked; over the last 30 days,
// papers, relevant papers and the cost of scoring, per day.
class ChartsDialog : public QDialog
{
    Q_OBJECT
public:
    // The day's histogram shows `scoresFrom`'s scores ("" for the day's
    // scorer), as the table does. A failed read shows as an error in place
    // of the charts, never as empty charts.
    ChartsDialog(QSqlDatabase &db, const QDate &day, const Criteria &criteria, const QString &scoresFrom,
                 QWidget *parent = nullptr);

    static constexpr int kDays = 30;

private:
    void fillDay(QSqlDatabase &db, const QDate &day, const Criteria &criteria);
    void fillHistory(QSqlDatabase &db, const QDate &day, const Criteria &criteria);

    BarChart *m_relevance = nullptr;
    BarChart *m_novelty = nullptr;
    BarChart *m_papers = nullptr;
    BarChart *m_relevant = nullptr;
    BarChart *m_cost = nullptr;
    QString m_scoresFrom;
    QStringList m_error;
};

} // namespace paperboy
