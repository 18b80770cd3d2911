#pragma once

#include "PaperFilterProxy.h"
#include "core/DayRecord.h"
#include "core/Relevance.h"

#include <QLabel>

#include <optional>

namespace paperboy {

// What the window knows when its table shows no paper.
struct EmptyViewFacts
{
    QString search;               // the search shown; empty: a day is shown
    int matches = 0;              // the search's results, before the filter
    std::optional<DayRecord> day; // the day shown, if there is one
    PaperFilterProxy::Filter filter = PaperFilterProxy::Filter::All;
    relevance::Counts counts; // the day's rows, before the filter
    int hiddenLeftOut = 0;    // "not interested" papers the filter leaves out
    int relevanceCutoff = 0;
    int noveltyCutoff = 0;
};

// Why the table is empty and what brings papers into it, in a sentence or
// two: an empty table that says nothing looks like a broken one.
QString emptyViewText(const EmptyViewFacts &facts);

// The text over an empty table, centred in its viewport; clicks go through.
class EmptyViewNotice : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyViewNotice(QWidget *viewport);
    // Shows `text`, or hides when it is empty.
    void say(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace paperboy
