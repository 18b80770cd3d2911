#include "EmptyView.h"

#include <QEvent>

namespace paperboy {

namespace {

QString filterName(PaperFilterProxy::Filter filter)
{
    switch (filter) {
    case PaperFilterProxy::Filter::Relevant:
        return EmptyViewNotice::tr("Relevant");
    case PaperFilterProxy::Filter::Starred:
        return EmptyViewNotice::tr("Starred");
    case PaperFilterProxy::Filter::Unread:
        return EmptyViewNotice::tr("Unread");
    case PaperFilterProxy::Filter::All:
        break;
    }
    return EmptyViewNotice::tr("All Papers");
}

// A day's papers are there, and the filter (or the hidden) leaves none.
QString dayFilterText(const EmptyViewFacts &f)
{
    using Filter = PaperFilterProxy::Filter;
    switch (f.filter) {
    case Filter::All:
        return EmptyViewNotice::tr("Every paper of this day is marked Not Interested.\nShow Hidden Papers "
                                   "shows them again.");
    case Filter::Starred:
        return EmptyViewNotice::tr("No starred papers on this day yet \u2014 press S on a paper to star it.");
    case Filter::Unread:
        return EmptyViewNotice::tr("Every paper of this day is read.");
    case Filter::Relevant:
        break;
    }
    if (f.counts.scored == 0 && f.counts.setAside == 0)
        return EmptyViewNotice::tr(
            "This day is not scored yet \u2014 click Score to find its relevant papers.");
    return EmptyViewNotice::tr("No paper of this day meets your cut-offs (relevance %1, novelty %2).\n"
                               "Criteria\u2026 changes them; All Papers shows every paper.")
        .arg(f.relevanceCutoff)
        .arg(f.noveltyCutoff);
}

} // namespace

QString emptyViewText(const EmptyViewFacts &f)
{
    QString text;
    if (!f.search.isEmpty()) {
        if (f.matches == 0)
            return EmptyViewNotice::tr("No paper in the cache matches \u201c%1\u201d.\nSearch looks through "
                                       "the titles, authors and abstracts of every day; Esc goes back to the "
                                       "day.")
                .arg(f.search);
        if (f.filter == PaperFilterProxy::Filter::All)
            return EmptyViewNotice::tr("Every match for \u201c%1\u201d is marked Not Interested; Show Hidden "
                                       "Papers shows them.")
                .arg(f.search);
        text = EmptyViewNotice::tr("None of the matches for \u201c%1\u201d is in the %2 filter; All "
                                   "Papers shows every match.")
                   .arg(f.search, filterName(f.filter));
    } else if (!f.day) {
        return EmptyViewNotice::tr("No papers yet.\nClick Fetch Today to fetch today's announcement in your "
                                   "categories.");
    } else if (f.counts.papers == 0) {
        return EmptyViewNotice::tr("No paper of this day is in your categories and announce types.\n"
                                   "Settings choose them; Fetch a Past Day fetches the day again.");
    } else {
        text = dayFilterText(f);
    }
    if (f.hiddenLeftOut > 0 && f.filter != PaperFilterProxy::Filter::All)
        text += QLatin1Char('\n') + EmptyViewNotice::tr("%n paper(s) marked Not Interested are left out; "
                                                        "Show Hidden Papers shows them.",
                                                        nullptr, f.hiddenLeftOut);
    return text;
}

EmptyViewNotice::EmptyViewNotice(QWidget *viewport)
    : QLabel(viewport)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    viewport->installEventFilter(this);
    hide();
}

void EmptyViewNotice::say(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

bool EmptyViewNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        const QRect area = parentWidget()->rect();
        const int margin = qMin(32, area.width() / 10);
        setGeometry(area.adjusted(margin, margin, -margin, -margin));
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace paperboy
