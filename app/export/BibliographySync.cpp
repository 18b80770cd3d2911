#include "export/BibliographySync.h"

#include "core/Settings.h"
#include "export/BibtexAppend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace paperboy::bibsync {

namespace {

const QString kFile = QStringLiteral("bibliography/file");
const QString kAppendOnStar = QStringLiteral("bibliography/appendOnStar");

QString tr(const char *text)
{
    return QCoreApplication::translate("paperboy::BibliographySync", text);
}

} // namespace

QString file(const QSettings &s)
{
    return s.value(kFile).toString();
}

bool usableFile(const QString &path, QString *error)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return true;
    *error = tr("the bibliography file %1 is not a full path (like %2): the window and the command line "
                "would each look for it in another folder")
                 .arg(QDir::toNativeSeparators(path),
                      QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("refs.bib"))));
    return false;
}

void setFile(QSettings &s, const QString &path)
{
    s.setValue(kFile, path);
}

bool appendOnStar(const QSettings &s)
{
    return s.value(kAppendOnStar, false).toBool();
}

void setAppendOnStar(QSettings &s, bool on)
{
    s.setValue(kAppendOnStar, on);
}

namespace {

// `papers` appended to `path`; *error says why not, prefixed with `failure`.
Result append(const QString &path, const QList<Paper> &papers, const QSettings &s, const QString &failure)
{
    const bibappend::Outcome outcome = bibappend::append(
        path, papers, settings::bibtexUtf8(s) ? texfield::Encoding::Utf8 : texfield::Encoding::Ascii);
    Result result;
    result.attempted = true;
    result.ok = outcome.ok;
    result.message = outcome.ok ? bibappend::describe(outcome, QDir::toNativeSeparators(path))
                                : failure.arg(outcome.error);
    return result;
}

} // namespace

Result appendTo(const QString &path, const QList<Paper> &papers, const QSettings &s)
{
    return append(path, papers, s, tr("The bibliography was not changed: %1."));
}

Result starred(const QSettings &s, const QList<Paper> &papers)
{
    const QString path = file(s);
    if (!appendOnStar(s) || path.isEmpty() || papers.isEmpty())
        return {};
    if (QString why; !usableFile(path, &why)) {
        Result relative;
        relative.attempted = true;
        relative.ok = false;
        relative.message = tr("The bibliography was not changed (the star is kept): %1.").arg(why);
        return relative;
    }
    if (!QFileInfo::exists(path)) {
        Result gone;
        gone.attempted = true;
        gone.ok = false;
        gone.message = tr("The bibliography %1 is gone (moved or deleted?); the star is kept, and Append "
                          "Starred to Bibliography writes the file again.")
                           .arg(QDir::toNativeSeparators(path));
        return gone;
    }
    return append(path, papers, s, tr("The bibliography was not changed (the star is kept): %1."));
}

} // namespace paperboy::bibsync
