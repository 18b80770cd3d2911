#pragma once

#include <QByteArray>

namespace paperboy::test {

// Builds a listing feed of `items` items by repeating the real items of a
// captured feed with fresh, unique arXiv ids: the size of a heavy day with
// the shape and text of real ones. `firstSerial` picks the id range
// (2609.<serial>) so that several synthetic days do not collide.
QByteArray synthesizeListingFeed(const QByteArray &capturedFeed, int items, int firstSerial = 10000);

} // namespace paperboy::test
