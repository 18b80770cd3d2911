#include "support/FeedSynthesizer.h"

#include <QList>
#include <QRegularExpression>

namespace paperboy::test {

QByteArray synthesizeListingFeed(const QByteArray &capturedFeed, int items, int firstSerial)
{
    QList<QByteArray> templates;
    qsizetype from = 0;
    while ((from = capturedFeed.indexOf("<item>", from)) >= 0) {
        const qsizetype to = capturedFeed.indexOf("</item>", from) + 7;
        templates << capturedFeed.mid(from, to - from);
        from = to;
    }
    const qsizetype head = capturedFeed.indexOf("<item>");
    const qsizetype tail = capturedFeed.lastIndexOf("</item>") + 7;
    if (templates.isEmpty() || head < 0)
        return capturedFeed;

    static const QRegularExpression id(QStringLiteral("\\d{4}\\.\\d{4,5}"));
    QByteArray feed = capturedFeed.left(head);
    feed.reserve(capturedFeed.size() * (items / templates.size() + 2));
    for (int i = 0; i < items; ++i) {
        QString item = QString::fromUtf8(templates.at(i % templates.size()));
        const QString fresh = QStringLiteral("2609.%1").arg(firstSerial + i, 5, 10, QLatin1Char('0'));
        item.replace(id, fresh);
        feed += item.toUtf8();
        feed += "\n    ";
    }
    feed += capturedFeed.mid(tail);
    return feed;
}

} // namespace paperboy::test
