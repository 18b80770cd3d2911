#include "storage/CacheRescue.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace paperboy::cacherescue {

namespace {

// The files SQLite may keep beside a cache; a journal left at the old name
// would be read into the new cache as if it were its own.
const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                 QStringLiteral("-journal")};

// Tries of a free name for one moment: far more than a person can cause.
constexpr int kMaxTries = 100;

bool anyExists(const QString &base)
{
    for (const QString &suffix : kCompanions)
        if (QFileInfo::exists(base + suffix))
            return true;
    return false;
}

QString freeName(const QString &path)
{
    const QString stem = path + QStringLiteral(".broken-") +
                         clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHHmmss"));
    for (int i = 1; i <= kMaxTries; ++i) {
        const QString candidate = i == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(i);
        if (!anyExists(candidate))
            return candidate;
    }
    return {};
}

} // namespace

bool canMoveAside(const QString &path, Database::Failure failure)
{
    const QFileInfo info(path);
    return failure == Database::Failure::Damaged && !info.isSymLink() &&
           QDir::cleanPath(info.absoluteFilePath()) ==
               QDir::cleanPath(QFileInfo(Database::defaultPath()).absoluteFilePath());
}

QString moveAside(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("paperboy::CacheRescue", "there is no file %1 to move aside")
                     .arg(path);
        return {};
    }
    const QString target = freeName(path);
    if (target.isEmpty()) {
        *error = QCoreApplication::translate("paperboy::CacheRescue",
                                             "cannot find a free name beside %1 to move it to")
                     .arg(path);
        return {};
    }
    QStringList moved; // suffixes renamed so far, to put back on failure
    for (const QString &suffix : kCompanions) {
        QFile file(path + suffix);
        if (!file.exists())
            continue;
        if (!file.rename(target + suffix)) {
            *error = QCoreApplication::translate("paperboy::CacheRescue", "cannot move %1 to %2: %3")
                         .arg(path + suffix, target + suffix, file.errorString());
            for (auto it = moved.crbegin(); it != moved.crend(); ++it)
                QFile::rename(target + *it, path + *it);
            return {};
        }
        moved << suffix;
    }
    return target;
}

} // namespace paperboy::cacherescue
