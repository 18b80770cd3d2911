#include "core/Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace paperboy::settings {

namespace {
const QString kCategories = QStringLiteral("fetch/categories");
const QString kAnnounceTypes = QStringLiteral("fetch/announceTypes");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRoutine = QStringLiteral("routine/enabled");
const QString kStartInTray = QStringLiteral("routine/startInTray");
const QString kBibtexUtf8 = QStringLiteral("export/bibtexUtf8");

QStringList splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s+]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}
} // namespace

QStringList defaultCategories()
{
    return {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
}

QList<AnnounceType> defaultAnnounceTypes()
{
    return {AnnounceType::New, AnnounceType::Cross};
}

QStringList categories(const QSettings &s)
{
    QStringList out;
    QString error;
    if (parseCategories(s.value(kCategories).toString(), &out, &error) && !out.isEmpty())
        return out;
    return defaultCategories();
}

void setCategories(QSettings &s, const QStringList &categories)
{
    s.setValue(kCategories, categories.join(QLatin1Char(',')));
}

QList<AnnounceType> announceTypes(const QSettings &s)
{
    QList<AnnounceType> out;
    QString error;
    if (parseAnnounceTypes(s.value(kAnnounceTypes).toString(), &out, &error) && !out.isEmpty())
        return out;
    return defaultAnnounceTypes();
}

void setAnnounceTypes(QSettings &s, const QList<AnnounceType> &types)
{
    QStringList names;
    for (AnnounceType t : types)
        names << announceTypeName(t);
    s.setValue(kAnnounceTypes, names.join(QLatin1Char(',')));
}

QString language(const QSettings &s)
{
    return s.value(kLanguage).toString();
}

void setLanguage(QSettings &s, const QString &language)
{
    s.setValue(kLanguage, language);
}

bool dailyRoutine(const QSettings &s)
{
    return s.value(kRoutine, false).toBool();
}

bool bibtexUtf8(const QSettings &s)
{
    return s.value(kBibtexUtf8, false).toBool();
}

void setBibtexUtf8(QSettings &s, bool on)
{
    s.setValue(kBibtexUtf8, on);
}

void setDailyRoutine(QSettings &s, bool on)
{
    s.setValue(kRoutine, on);
}

QString matrixHomeserver(const QSettings &s)
{
    return s.value(QStringLiteral("push/matrixHomeserver")).toString();
}

void setMatrixHomeserver(QSettings &s, const QString &url)
{
    s.setValue(QStringLiteral("push/matrixHomeserver"), url);
}

QString matrixRoom(const QSettings &s)
{
    return s.value(QStringLiteral("push/matrixRoom")).toString();
}

void setMatrixRoom(QSettings &s, const QString &room)
{
    s.setValue(QStringLiteral("push/matrixRoom"), room);
}

QString matrixTokenHomeserver(const QSettings &s)
{
    return s.value(QStringLiteral("push/matrixTokenHomeserver")).toString();
}

void setMatrixTokenHomeserver(QSettings &s, const QString &origin)
{
    s.setValue(QStringLiteral("push/matrixTokenHomeserver"), origin);
}

bool routinePushes(const QSettings &s)
{
    return s.value(QStringLiteral("push/afterRoutine"), false).toBool();
}

void setRoutinePushes(QSettings &s, bool on)
{
    s.setValue(QStringLiteral("push/afterRoutine"), on);
}

QStringList routinePushTargets(const QSettings &s)
{
    return s.value(QStringLiteral("push/routineTargets")).toStringList();
}

void setRoutinePushTargets(QSettings &s, const QStringList &targets)
{
    s.setValue(QStringLiteral("push/routineTargets"), targets);
}

QStringList pushSecretsSaved(const QSettings &s)
{
    return s.value(QStringLiteral("push/secretsSaved")).toStringList();
}

void setPushSecretsSaved(QSettings &s, const QStringList &targets)
{
    s.setValue(QStringLiteral("push/secretsSaved"), targets);
}

bool startInTray(const QSettings &s)
{
    return s.value(kStartInTray, false).toBool();
}

void setStartInTray(QSettings &s, bool on)
{
    s.setValue(kStartInTray, on);
}

bool parseCategories(const QString &text, QStringList *out, QString *error)
{
    // An archive ("math", "hep-th") or archive.SUBJECT ("cs.LG", "math.AG",
    // "astro-ph.CO"). Whether arXiv knows it is for arXiv to say.
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z\\-]*(\\.[A-Za-z\\-]+)?$"));
    out->clear();
    for (const QString &c : splitList(text)) {
        if (!re.match(c).hasMatch()) {
            *error = QCoreApplication::translate("paperboy::settings",
                                                 "'%1' is not an arXiv category (like cs.LG or math.AG)")
                         .arg(c);
            return false;
        }
        if (!out->contains(c))
            *out << c;
    }
    return true;
}

bool parseAnnounceTypes(const QString &text, QList<AnnounceType> *out, QString *error)
{
    out->clear();
    for (const QString &name : splitList(text)) {
        const AnnounceType t = announceTypeFromName(name);
        if (t == AnnounceType::Unknown) {
            *error =
                QCoreApplication::translate(
                    "paperboy::settings", "'%1' is not an announce type (new, cross, replace, replace-cross)")
                    .arg(name);
            return false;
        }
        if (!out->contains(t))
            *out << t;
    }
    return true;
}

} // namespace paperboy::settings
