#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "export/DigestSource.h"
#include "push/PushPayload.h"
#include "push/PushSender.h"
#include "push/PushTarget.h"
#include "storage/Database.h"
#include "storage/PushRepository.h"

#include <QDateTime>
#include <QEventLoop>

namespace paperboy::cli {

namespace {

QList<QByteArray> payloadsFor(push::Kind kind, const Digest &d)
{
    switch (kind) {
    case push::Kind::Slack:
        return push::slackMessages(d);
    case push::Kind::Matrix:
        return push::matrixMessages(d);
    case push::Kind::Webhook:
        break;
    }
    return push::webhookMessages(d);
}

push::PushSender::Result sendAndWait(const push::Target &target, const QList<push::Message> &messages,
                                     int timeoutSeconds)
{
    push::SendLimits limits;
    if (timeoutSeconds > 0)
        limits.timeoutMs = timeoutSeconds * 1000;
    push::PushSender sender(limits);
    push::PushSender::Result result;
    QEventLoop loop;
    sender.send(messages, target.host(), [&](const push::PushSender::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

int runPush(CommandContext &c)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("slack, matrix or webhook."),
                                QStringLiteral("TARGET"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day (default: the latest day)."), QStringLiteral("D"));
    const QCommandLineOption again(QStringLiteral("again"),
                                   QStringLiteral("Push the day even when it was pushed to TARGET before."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("SECONDS"));
    parser.addOptions({to, date, again, timeout});
    if (const int status = parse(c, parser,
                                 QStringLiteral("Post the day's relevant papers to Slack, Matrix or a JSON"
                                                " webhook. The address and token come from the environment:"
                                                " PAPERBOY_SLACK_WEBHOOK_URL, PAPERBOY_WEBHOOK_URL, or"
                                                " PAPERBOY_MATRIX_HOMESERVER, PAPERBOY_MATRIX_TOKEN and"
                                                " PAPERBOY_MATRIX_ROOM."));
        status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return complain(c, ExitUsage,
                        QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const auto kind = push::kindFromName(parser.value(to));
    if (!kind)
        return complain(c, ExitUsage, QStringLiteral("--to takes slack, matrix or webhook"));
    QDate day;
    if (parser.isSet(date))
        if (const int status = parseDate(c, QStringLiteral("date"), parser.value(date), &day); status >= 0)
            return status;
    int seconds = 0;
    if (parser.isSet(timeout))
        if (const int status =
                parseSeconds(c, QStringLiteral("timeout"), parser.value(timeout), 1, 600, &seconds);
            status >= 0)
            return status;
    QString error;
    const auto target = push::targetFromEnvironment(*kind, QProcessEnvironment::systemEnvironment(), &error);
    if (!target)
        return complain(c, ExitUsage, error);

    int status = 0;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    bool readFailed = false;
    const auto d = digest::collect(db->connection(), day, true, &error, &readFailed);
    if (!d)
        return complain(c, readFailed ? ExitStorage : ExitFailure, error);
    const QString name = push::kindName(*kind);
    const QString dayText = d->day.date.toString(Qt::ISODate);
    PushRepository pushes(db->connection());
    const auto before = pushes.pushedAt(d->day.date, name, &error);
    if (!before)
        return complain(c, ExitStorage, QStringLiteral("cannot read the cache: %1").arg(error));
    if (before->isValid() && !parser.isSet(again)) {
        c.out << QStringLiteral("%1 was pushed to %2 at %3; nothing sent (--again pushes it again)\n")
                     .arg(dayText, name, before->toString(Qt::ISODate));
        return ExitOk;
    }

    const QList<QByteArray> payloads = payloadsFor(*kind, *d);
    const QString txn =
        QStringLiteral("paperboy-%1-%2").arg(dayText).arg(QDateTime::currentMSecsSinceEpoch());
    const auto result = sendAndWait(*target, push::messagesFor(*target, payloads, txn), seconds);
    if (!result.ok)
        return complain(c, ExitNetwork, result.error + QStringLiteral("; the day is not marked as pushed"));
    if (!pushes.record(d->day.date, name, QDateTime::currentDateTimeUtc(), result.sent, &error))
        return complain(c, ExitStorage,
                        QStringLiteral("pushed, but cannot record it in the cache: %1").arg(error));
    const auto counted = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    c.out << QStringLiteral("Pushed %1 of %2 to %3 (%4) in %5\n")
                 .arg(counted(d->papers.size(), "relevant paper", "relevant papers"), dayText, name,
                      target->host(), counted(result.sent, "message", "messages"));
    return ExitOk;
}

} // namespace paperboy::cli
