#pragma once

#include "storage/Database.h"

#include <QString>

// A damaged cache is a dead end unless it can be put out of the way: these
// move it aside, keeping every byte, so that a new cache can start in its
// place. Both front ends decide with the same rule.
namespace paperboy::cacherescue {

// Whether moving the file aside is offered: only for a damaged file (moving
// does not mend a permission or a full disk, and a newer Paperboy's cache or
// another application's database is sound and would only be lost from
// view), and only at the default path, in Paperboy's own data folder. A file
// named with --db is the person's, in a place of their choosing.
bool canMoveAside(const QString &path, Database::Failure failure);

// Renames `path` and the journal files SQLite keeps beside it (-wal, -shm,
// -journal) to <path>.broken-<local time, yyyy-MM-ddTHHmmss>, with "-2",
// "-3" ... when a name is taken: nothing is overwritten and nothing deleted.
// The journals keep their suffixes, so SQLite still pairs them with the moved
// file. Returns the new path, or an empty string with a one-line *error;
// then whatever was renamed is put back.
QString moveAside(const QString &path, QString *error);

} // namespace paperboy::cacherescue
