#include "storage/PushRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace paperboy {

PushRepository::PushRepository(QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<QDateTime> PushRepository::pushedAt(const QDate &day, const QString &target,
                                                  QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pushed_at FROM pushes WHERE date = ? AND target = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

bool PushRepository::record(const QDate &day, const QString &target, const QDateTime &at, int messages,
                            QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pushes (date, target, pushed_at, messages)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(target);
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(messages);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace paperboy
