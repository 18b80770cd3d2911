#pragma once

#include "core/Paper.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace paperboy::test {

// Builds a listing feed of `items` items by repeating the real items of a
// captured feed with fresh, unique arXiv ids: the size of a heavy day with
// the shape and text of real ones. `firstSerial` picks the id range
// (2609.<serial>) so that several synthetic days do not collide.
QByteArray synthesizeListingFeed(const QByteArray &capturedFeed, int items, int firstSerial = 10000);

// The combined feed arXiv serves for rss/A+B: the first feed's channel with
// the items of all of them, each paper once (first occurrence wins).
QByteArray combineListingFeeds(const QList<QByteArray> &feeds);

// A listing feed (RSS 2.0, arXiv's shape) for `date` that announces
// `papers` (real ones, read from an API capture): "new" where the primary
// category is one of `categories`, "cross" otherwise. A day of real titles,
// authors and abstracts, TeX included, for the window and its benchmark.
QByteArray listingFeedFromPapers(const QList<Paper> &papers, const QStringList &categories,
                                 const QDate &date);

// `feed` with the element `element` (e.g. "dc:creator", "title") cut out of
// the item whose guid names `id`: a broken item among good ones.
QByteArray withoutElement(const QByteArray &feed, const QString &id, const QByteArray &element);

} // namespace paperboy::test
