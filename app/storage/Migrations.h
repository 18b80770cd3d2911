#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace paperboy {

// Schema migrations in order: migration i takes the file from
// user_version i to i + 1. Each runs in its own transaction.
struct Migration
{
    const char *description;
    QStringList statements;
    // Runs after the statements, in the same transaction, for what SQL
    // alone cannot compute (hashes of stored documents). May be empty.
    std::function<bool(QSqlDatabase &db, QString *error)> code = {};
};

const QList<Migration> &migrations();

} // namespace paperboy
