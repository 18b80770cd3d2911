#pragma once

#include "core/Paper.h"

#include <QList>
#include <QString>

namespace paperboy {

// An item of a listing feed or an API answer that cannot be stored, named by
// its arXiv id (its title, or its place, when it has none) with what it lacks.
struct SkippedItem
{
    QString name;  // "2504.00001", "\"A title\"" or "item 7"
    QString lacks; // "no authors", "no title, no abstract"
};

// Moves the items that lack an arXiv id, a title, authors or an abstract out
// of `papers` into `skipped`, in feed order: the cache needs all four, and one
// such item must not sink the day. When they are more than half of the items,
// the feed itself is broken: both lists are emptied and the reason returned
// ("4 of 6 items lack an arXiv identifier, a title, authors or an abstract
// (...)"); otherwise an empty string.
QString setAsideUnusable(QList<Paper> &papers, QList<SkippedItem> *skipped);

// "2504.00001 (no authors), \"Nameless\" (no arXiv identifier)", naming at
// most five and counting the rest, so a message stays one short line.
QString listSkipped(const QList<SkippedItem> &skipped);

} // namespace paperboy
