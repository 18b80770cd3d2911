#pragma once

#include <QByteArray>

namespace paperboy::test {

// Builds a listing feed of `items` items by repeating the real items of a
// captured feed with fresh, unique arXiv ids: the size of a heavy day with
// the shape and text of real ones. `firstSerial` picks the id range
// (2609.<serial>) so that several synthetic days do not collide.
QByteArray synthesizeListingFeed(const QByteArray &capturedFeed, int items, int firstSerial = 10000);

// The combined feed arXiv serves for rss/A+B: the first feed's channel with
// the items of all of them, each paper once (first occurrence wins).
QByteArray combineListingFeeds(const QList<QByteArray> &feeds);

} // namespace paperboy::test
