#pragma once

#include "core/Paper.h"
#include "core/PaperRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paperboy::test {

// Paper text that tries to get markup into an export: HTML (<script>,
// <img onerror>, <iframe>), Markdown links, images and autolinks to other
// places, new blocks (a heading, a link definition) after a line break, a
// code fence closed early, JSON-breaking U+2028, and terminal escape
// sequences. Every field an export shows carries some of it; the ids are
// real arXiv ids, so a cache stores the papers as a fetch would.
QList<Paper> hostilePapers(const QDate &announced);

// The comment a model swayed by such a paper might give its score.
QString hostileComment();

// The papers as a day's rows, each scored relevant (9, 8) by a model that
// answered with hostileComment().
QList<PaperRow> hostileScoredRows(const QList<Paper> &papers);

// A criteria topic whose text holds a run of backticks and a heading, for
// the fenced prompt at the end of the Markdown digest.
QString hostileTopic();

} // namespace paperboy::test
