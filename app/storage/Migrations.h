#pragma once

#include <QList>
#include <QStringList>

namespace paperboy {

// Schema migrations in order: migration i takes the file from
// user_version i to i + 1. Each runs in its own transaction.
struct Migration
{
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace paperboy
