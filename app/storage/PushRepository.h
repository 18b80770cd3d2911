#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace paperboy {

// Which days went to which kind of target, and when: what keeps a push from
// being repeated (`paperboy push --again` repeats it). Never the address or
// the token.
class PushRepository
{
public:
    explicit PushRepository(QSqlDatabase &db);

    // When `day` was last pushed to `target`; an invalid time when never.
    // Nothing and *error when the cache cannot be read.
    std::optional<QDateTime> pushedAt(const QDate &day, const QString &target, QString *error) const;
    bool record(const QDate &day, const QString &target, const QDateTime &at, int messages, QString *error);

private:
    QSqlDatabase &m_db;
};

} // namespace paperboy
