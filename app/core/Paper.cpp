#include "core/Paper.h"

#include <QUrl>

namespace paperboy {

QString announceTypeName(AnnounceType type)
{
    switch (type) {
    case AnnounceType::New:
        return QStringLiteral("new");
    case AnnounceType::Cross:
        return QStringLiteral("cross");
    case AnnounceType::Replace:
        return QStringLiteral("replace");
    case AnnounceType::ReplaceCross:
        return QStringLiteral("replace-cross");
    case AnnounceType::AbsOnly:
        return QStringLiteral("absonly");
    case AnnounceType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

AnnounceType announceTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("new"))
        return AnnounceType::New;
    if (n == QLatin1String("cross"))
        return AnnounceType::Cross;
    if (n == QLatin1String("replace"))
        return AnnounceType::Replace;
    if (n == QLatin1String("replace-cross"))
        return AnnounceType::ReplaceCross;
    if (n == QLatin1String("absonly"))
        return AnnounceType::AbsOnly;
    return AnnounceType::Unknown;
}

// The id percent-encoded (a real one has nothing to encode): whatever a
// cache holds, the link stays a path on arxiv.org and cannot end early in
// Markdown, HTML or a terminal.
static QString arxivPage(QLatin1String kind, const QString &id)
{
    return QStringLiteral("https://arxiv.org/") + kind + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(id, "/"));
}

QString Paper::absUrl() const
{
    return arxivPage(QLatin1String("abs"), id);
}

QString Paper::pdfUrl() const
{
    return arxivPage(QLatin1String("pdf"), id);
}

} // namespace paperboy
