#include "arxiv/ArxivId.h"

#include <QRegularExpression>

namespace paperboy {

ArxivId ArxivId::parse(const QString &text)
{
    // New style: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on).
    // Old style: archive[.SUBJ]/YYMMNNN.
    static const QRegularExpression re(
        QStringLiteral("^(?:arxiv:|oai:arxiv\\.org:|https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/)?"
                       "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]*(?:\\.[A-Z]{2})?/\\d{7})"
                       "(?:v(\\d+))?(?:\\.pdf)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(text.trimmed());
    ArxivId result;
    if (!match.hasMatch())
        return result;
    result.id = match.captured(1);
    // Archive names are lower case; the optional subject class is upper case.
    const qsizetype slash = result.id.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        QString archive = result.id.left(slash);
        const qsizetype dot = archive.indexOf(QLatin1Char('.'));
        archive = dot > 0 ? archive.left(dot).toLower() + archive.mid(dot).toUpper() : archive.toLower();
        result.id = archive + result.id.mid(slash);
    }
    result.version = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return result;
}

} // namespace paperboy
