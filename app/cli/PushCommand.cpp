#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "push/DayPush.h"
#include "push/PushConfig.h"
#include "storage/Database.h"

#include <QEventLoop>

namespace paperboy::cli {

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
                                                " webhook. The address and token come from the environment"
                                                " (PAPERBOY_SLACK_WEBHOOK_URL, PAPERBOY_WEBHOOK_URL, or"
                                                " PAPERBOY_MATRIX_HOMESERVER, PAPERBOY_MATRIX_TOKEN and"
                                                " PAPERBOY_MATRIX_ROOM), else from what the window's"
                                                " Settings saved (the keychain for secrets)."));
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
    const auto target = push::PushConfig().target(*kind, &error);
    if (!target)
        return complain(c, ExitUsage, error);

    int status = 0;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    push::SendLimits limits;
    if (seconds > 0)
        limits.timeoutMs = seconds * 1000;
    push::DayPush pushing(db->connection(), limits);
    push::DayPush::Outcome o;
    QEventLoop loop;
    QObject::connect(&pushing, &push::DayPush::finished, &loop, [&](const push::DayPush::Outcome &done) {
        o = done;
        loop.quit();
    });
    pushing.start(day, *target, parser.isSet(again));
    loop.exec();

    const QString name = push::kindName(*kind);
    const QString dayText = o.day.toString(Qt::ISODate);
    using Status = push::DayPush::Outcome::Status;
    switch (o.status) {
    case Status::NoDay:
        return complain(c, ExitFailure, o.error);
    case Status::StorageFailed:
        return complain(c, ExitStorage, o.error);
    case Status::SendFailed:
        return complain(c, ExitNetwork, o.error + QStringLiteral("; the day is not marked as pushed"));
    case Status::AlreadyPushed:
        c.out << QStringLiteral("%1 was pushed to %2 at %3; nothing sent (--again pushes it again)\n")
                     .arg(dayText, name, o.pushedBefore.toString(Qt::ISODate));
        return ExitOk;
    case Status::Pushed:
        break;
    }
    c.out << QStringLiteral("Pushed %1 of %2 to %3 (%4) in %5\n")
                 .arg(counted(o.papers, "relevant paper", "relevant papers"), dayText, name, o.host,
                      counted(o.sent, "message", "messages"));
    return ExitOk;
}

} // namespace paperboy::cli
