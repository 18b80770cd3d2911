#include "export/BibtexAppend.h"

#include "core/FileOutput.h"
#include "core/Translation.h"
#include "export/BibtexScan.h"
#include "export/BibtexWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace paperboy::bibappend {

namespace {

Outcome failed(const QString &error)
{
    Outcome outcome;
    outcome.error = error;
    return outcome;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // The decoder notes an invalid sequence while it converts, which the
    // assignment makes it do.
    [[maybe_unused]] const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

// What goes between the file's text and the first new entry: enough line
// ends that one blank line parts them. An empty file needs none.
QByteArray separator(const QByteArray &bytes, const QByteArray &lineEnd)
{
    if (bytes.isEmpty())
        return {};
    int lineEnds = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0 && lineEnds < 2; --i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++lineEnds;
        else if (c != '\r' && c != ' ' && c != '\t')
            break;
    }
    return lineEnd.repeated(2 - lineEnds);
}

// An exclusive advisory lock on the file at a path, held until destroyed.
// The replace puts a new file under the path: a lock won on the file that
// was there is let go and taken again on the new one.
class FileLock
{
public:
    FileLock() = default;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    // False when the file stays locked by another for `waitMs`; true, not
    // locking, when there is nothing to lock (the file is yet to be made).
    bool take(const QString &path, int waitMs)
    {
        const QByteArray name = QFile::encodeName(path);
        constexpr int kPollMs = 20;
        for (int waited = 0;; waited += kPollMs) {
            m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
            if (m_fd < 0)
                return true;
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                struct stat locked, now;
                if (::fstat(m_fd, &locked) == 0 && ::stat(name.constData(), &now) == 0 &&
                    locked.st_dev == now.st_dev && locked.st_ino == now.st_ino)
                    return true;
                // Replaced while we waited: the lock is on a file no longer
                // there; the file now there is opened and locked again.
            }
            ::close(m_fd);
            m_fd = -1;
            if (waited >= waitMs)
                return false;
            QThread::msleep(kPollMs);
        }
    }

private:
    int m_fd = -1;
};

} // namespace

bool readBibliography(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("paperboy::BibtexAppend", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("paperboy::BibtexAppend", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (bytes->size() > maxBytes) {
        *error = QCoreApplication::translate("paperboy::BibtexAppend",
                                             "%1 is larger than %2 MiB, too large for a bibliography")
                     .arg(path)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    // As git tells binary files apart: text never holds a NUL byte.
    if (bytes->contains('\0')) {
        *error = QCoreApplication::translate("paperboy::BibtexAppend",
                                             "%1 is not a text file (it holds binary data)")
                     .arg(path);
        return false;
    }
    return true;
}

Outcome append(const QString &path, const QList<Paper> &papers, texfield::Encoding encoding, qint64 maxBytes,
               int lockWaitMs)
{
    const bool exists = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    QByteArray bytes;
    QString error;
    if (exists && !QFileInfo(path).isFile())
        return failed(QCoreApplication::translate("paperboy::BibtexAppend",
                                                  "cannot append to %1: it is not a regular file")
                          .arg(path));
    // From the read to the replace: entries another append wrote meanwhile
    // would otherwise be lost with the bytes this one read before them.
    FileLock lock;
    if (exists && !lock.take(path, lockWaitMs))
        return failed(QCoreApplication::translate("paperboy::BibtexAppend",
                                                  "%1 is locked by another program changing it; try again")
                          .arg(path));
    if (exists && !readBibliography(path, maxBytes, &bytes, &error))
        return failed(error);
    if (encoding == texfield::Encoding::Utf8 && !isUtf8(bytes))
        return failed(
            QCoreApplication::translate("paperboy::BibtexAppend",
                                        "%1 is not UTF-8: UTF-8 entries would mix two encodings in it")
                .arg(path));
    const bibscan::Holdings holdings = bibscan::scan(bytes);
    if (holdings.unfinishedLine > 0)
        return failed(QCoreApplication::translate(
                          "paperboy::BibtexAppend",
                          "%1 ends inside an unfinished entry (line %2): what is appended would be read as "
                          "part of it")
                          .arg(path)
                          .arg(holdings.unfinishedLine));

    Outcome outcome;
    QList<Paper> fresh;
    for (const Paper &paper : papers) {
        if (holdings.arxivIds.contains(bibscan::arxivKey(paper.id)))
            ++outcome.alreadyThere;
        else
            fresh << paper;
    }
    outcome.ok = true;
    if (fresh.isEmpty())
        return outcome;

    const QByteArray lineEnd = holdings.crlf ? QByteArray("\r\n") : QByteArray("\n");
    QByteArray entries = BibtexWriter::write(fresh, {encoding, holdings.keys}).toUtf8();
    if (holdings.crlf)
        entries.replace("\n", lineEnd);
    if (!writeFileAtomically(path, bytes + separator(bytes, lineEnd) + entries, &error))
        return failed(error);
    outcome.appended = int(fresh.size());
    outcome.changed = true;
    return outcome;
}

QString describe(const Outcome &outcome, const QString &shownPath)
{
    if (!outcome.ok)
        return outcome.error;
    if (!outcome.changed)
        return i18n::plural(QCoreApplication::translate(
                                "paperboy::BibtexAppend",
                                "Nothing to append: %n paper(s) already in %1, none new; the file was not "
                                "changed.",
                                nullptr, outcome.alreadyThere),
                            outcome.alreadyThere)
            .arg(shownPath);
    if (outcome.alreadyThere == 0)
        return i18n::plural(QCoreApplication::translate("paperboy::BibtexAppend",
                                                        "%n paper(s) appended to %1.", nullptr,
                                                        outcome.appended),
                            outcome.appended)
            .arg(shownPath);
    return i18n::plural(QCoreApplication::translate("paperboy::BibtexAppend",
                                                    "%n paper(s) appended to %1; %2 already there.", nullptr,
                                                    outcome.appended),
                        outcome.appended)
        .arg(shownPath)
        .arg(outcome.alreadyThere);
}

} // namespace paperboy::bibappend
