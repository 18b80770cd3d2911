#include "core/FileOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace paperboy {

namespace {

// A character device, a FIFO or a socket: renaming a file over it would
// replace it (as root, /dev/full would become a regular file) and hide the
// write's real outcome.
bool isSpecialFile(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("paperboy::FileOutput", "cannot write %1: %2").arg(path, why);
}

bool writeDirectly(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    // Unbuffered: the write itself reports ENOSPC, EPIPE or EIO.
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
                    file.write(bytes) == bytes.size() && file.flush();
    if (ok)
        file.close();
    if (ok && file.error() == QFileDevice::NoError)
        return true;
    *error = cannotWrite(path, file.errorString());
    return false;
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    if (isSpecialFile(path))
        return writeDirectly(path, bytes, error);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = cannotWrite(path, file.errorString());
    return false;
}

bool writeStream(std::FILE *stream, const QByteArray &bytes, QString *error)
{
    errno = 0;
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size()) &&
                    std::fflush(stream) == 0;
    if (ok && !std::ferror(stream))
        return true;
    const int code = errno;
    *error = code != 0 ? QString::fromLocal8Bit(std::strerror(code))
                       : QCoreApplication::translate("paperboy::FileOutput", "the write failed");
    return false;
}

} // namespace paperboy
