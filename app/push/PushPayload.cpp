#include "push/PushPayload.h"

#include "core/ShortText.h"
#include "export/SafeOutput.h"
#include "text/TexDisplay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::push {

namespace {

// Longest title and author list a message shows: a hostile cache must not
// crowd out the link or the scores.
constexpr qsizetype TitleChars = 300;
constexpr qsizetype AuthorChars = 600;
constexpr qsizetype CommentChars = 1000;

// One line of plain text: TeX as Unicode, no control characters.
QString plain(const QString &tex, qsizetype longest)
{
    return shortened(safe::terminalText(tex::toDisplayText(tex)).simplified(), longest);
}

QString titleOf(const PaperRow &row)
{
    return plain(row.paper.title, TitleChars);
}

QString authorsOf(const PaperRow &row)
{
    return plain(row.paper.authors.join(QStringLiteral(", ")), AuthorChars);
}

QString scoresOf(const PaperRow &row)
{
    QString line = QCoreApplication::translate("paperboy::push", "Relevance %1 · Novelty %2")
                       .arg(row.relevance ? QString::number(*row.relevance) : QStringLiteral("–"),
                            row.novelty ? QString::number(*row.novelty) : QStringLiteral("–"));
    if (!row.followedAuthor.isEmpty())
        line += QStringLiteral(" · ") + QCoreApplication::translate("paperboy::push", "followed author %1")
                                            .arg(plain(row.followedAuthor, TitleChars));
    return line;
}

QString dayLine(const Digest &d)
{
    return QCoreApplication::translate("paperboy::push", "Paperboy %1").arg(d.day.date.toString(Qt::ISODate));
}

QString countsLine(const Digest &d)
{
    return QCoreApplication::translate("paperboy::push", "%1 relevant of %2 papers")
        .arg(d.papers.size())
        .arg(d.day.announced);
}

QString partSuffix(qsizetype part, qsizetype parts)
{
    return parts > 1 ? QStringLiteral(" (%1/%2)").arg(part + 1).arg(parts) : QString();
}

// The papers in runs of at most `size`; one empty run for a quiet day.
QList<QList<PaperRow>> chunks(const QList<PaperRow> &papers, qsizetype size)
{
    QList<QList<PaperRow>> out;
    for (qsizetype i = 0; i < papers.size(); i += size)
        out << papers.mid(i, size);
    if (out.isEmpty())
        out << QList<PaperRow>();
    return out;
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Slack's mrkdwn reads & < > as syntax and wants them as entities.
QString slackEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

QJsonObject slackText(const QString &type, const QString &text)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("text"), text}};
}

QJsonObject slackSection(const PaperRow &row, int longest)
{
    // The link first: cutting to the limit only ever shortens the comment.
    QString text = QStringLiteral("*<%1|%2>*\n%3\n%4")
                       .arg(row.paper.absUrl(), slackEscaped(titleOf(row)), slackEscaped(authorsOf(row)),
                            slackEscaped(scoresOf(row)));
    if (!row.scoreComment.isEmpty())
        text += QStringLiteral("\n_%1_").arg(slackEscaped(plain(row.scoreComment, CommentChars)));
    return {{QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), slackText(QStringLiteral("mrkdwn"), shortened(text, longest))}};
}

} // namespace

QList<QByteArray> slackMessages(const Digest &d, const SlackLimits &limits)
{
    // Every message opens with a header and the counts.
    const qsizetype perMessage = qMax(1, limits.blocksPerMessage - 2);
    const QList<QList<PaperRow>> parts = chunks(d.papers, perMessage);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString header = shortened(dayLine(d) + partSuffix(i, parts.size()), limits.headerChars);
        QJsonArray blocks{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                        {QStringLiteral("text"), slackText(QStringLiteral("plain_text"), header)}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                        {QStringLiteral("elements"),
                         QJsonArray{slackText(QStringLiteral("mrkdwn"), slackEscaped(countsLine(d)))}}}};
        for (const PaperRow &row : parts[i])
            blocks << slackSection(row, limits.sectionChars);
        out << bytesOf({{QStringLiteral("text"), header + QStringLiteral(": ") + countsLine(d)},
                        {QStringLiteral("blocks"), blocks}});
    }
    return out;
}

QList<QByteArray> webhookMessages(const Digest &d, int papersPerMessage)
{
    const QList<QList<PaperRow>> parts = chunks(d.papers, qMax(1, papersPerMessage));
    QList<QByteArray> out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonArray papers;
        QStringList lines{dayLine(d) + partSuffix(i, parts.size()) + QStringLiteral(": ") + countsLine(d)};
        for (const PaperRow &row : parts[i]) {
            papers << QJsonObject{
                {QStringLiteral("id"), row.paper.id},
                {QStringLiteral("title"), titleOf(row)},
                {QStringLiteral("authors"), authorsOf(row)},
                {QStringLiteral("url"), row.paper.absUrl()},
                {QStringLiteral("pdf"), row.paper.pdfUrl()},
                {QStringLiteral("relevance"), row.relevance ? QJsonValue(*row.relevance) : QJsonValue()},
                {QStringLiteral("novelty"), row.novelty ? QJsonValue(*row.novelty) : QJsonValue()},
                {QStringLiteral("comment"), plain(row.scoreComment, CommentChars)},
                {QStringLiteral("followed_author"), row.followedAuthor}};
            lines << QStringLiteral("%1 %2").arg(titleOf(row), row.paper.absUrl());
        }
        out << bytesOf({{QStringLiteral("text"), lines.join(QLatin1Char('\n'))},
                        {QStringLiteral("date"), d.day.date.toString(Qt::ISODate)},
                        {QStringLiteral("part"), int(i + 1)},
                        {QStringLiteral("parts"), int(parts.size())},
                        {QStringLiteral("announced"), d.day.announced},
                        {QStringLiteral("relevant"), int(d.papers.size())},
                        {QStringLiteral("papers"), papers}});
    }
    return out;
}

namespace {

struct MatrixPart
{
    QStringList plain;
    QStringList html;
};

QByteArray matrixBytes(const Digest &d, const MatrixPart &part, const QString &suffix)
{
    const QString head = dayLine(d) + suffix + QStringLiteral(": ") + countsLine(d);
    return bytesOf(
        {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
         {QStringLiteral("body"), (QStringList{head} + part.plain).join(QLatin1Char('\n'))},
         {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
         {QStringLiteral("formatted_body"), QStringLiteral("<p><strong>%1</strong></p><ol>%2</ol>")
                                                .arg(head.toHtmlEscaped(), part.html.join(QString()))}});
}

} // namespace

QList<QByteArray> matrixMessages(const Digest &d, int maxBytes)
{
    // Filled greedily, then numbered once the number of parts is known
    // (the suffix is a few bytes, kept within the margin).
    const int budget = qMax(1024, maxBytes - 64);
    QList<MatrixPart> parts{MatrixPart()};
    for (const PaperRow &row : d.papers) {
        const QString scores = scoresOf(row);
        const QString comment = plain(row.scoreComment, CommentChars);
        QString text =
            QStringLiteral("%1 %2\n  %3\n  %4").arg(titleOf(row), row.paper.absUrl(), authorsOf(row), scores);
        QString html = QStringLiteral("<li><a href=\"%1\">%2</a><br>%3<br>%4")
                           .arg(row.paper.absUrl().toHtmlEscaped(), titleOf(row).toHtmlEscaped(),
                                authorsOf(row).toHtmlEscaped(), scores.toHtmlEscaped());
        if (!comment.isEmpty()) {
            text += QStringLiteral("\n  ") + comment;
            html += QStringLiteral("<br><em>%1</em>").arg(comment.toHtmlEscaped());
        }
        html += QStringLiteral("</li>");
        MatrixPart grown = parts.last();
        grown.plain << text;
        grown.html << html;
        if (parts.last().plain.isEmpty() || matrixBytes(d, grown, QString()).size() <= budget) {
            parts.last() = grown;
        } else {
            MatrixPart next;
            next.plain << text;
            next.html << html;
            parts << next;
        }
    }
    QList<QByteArray> out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out << matrixBytes(d, parts[i], partSuffix(i, parts.size()));
    return out;
}

QByteArray testMessage(Kind kind)
{
    const QString text = QCoreApplication::translate(
        "paperboy::push", "Paperboy test message: the day's relevant papers can be posted here.");
    switch (kind) {
    case Kind::Slack:
        return bytesOf({{QStringLiteral("text"), text}});
    case Kind::Matrix:
        return bytesOf(
            {{QStringLiteral("msgtype"), QStringLiteral("m.notice")}, {QStringLiteral("body"), text}});
    case Kind::Webhook:
        break;
    }
    return bytesOf({{QStringLiteral("text"), text}, {QStringLiteral("test"), true}});
}

} // namespace paperboy::push
