#include "core/Paper.h"

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

QString Paper::absUrl() const
{
    return QStringLiteral("https://arxiv.org/abs/") + id;
}

QString Paper::pdfUrl() const
{
    return QStringLiteral("https://arxiv.org/pdf/") + id;
}

} // namespace paperboy
