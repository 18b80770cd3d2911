#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "scoring/PromptBuilder.h"
#include "storage/Database.h"
#include "storage/ScoreRepository.h"

#include <QFile>
#include <QJsonDocument>

namespace paperboy::cli {

// paperboy criteria show | set FILE | prompt | default
int runCriteria(CommandContext &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral(
            "show (the current criteria as JSON), set FILE (save FILE as the new version; '-' reads"
            " standard input), prompt (the exact prompt the model gets), default (the shipped"
            " criteria as JSON, a starting point to edit)."));
    if (const int status = parse(c, parser, QStringLiteral("Show, edit or preview the scoring criteria."));
        status >= 0)
        return status;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool known =
        (action == QLatin1String("set") && args.size() == 2) ||
        (QStringList{QStringLiteral("show"), QStringLiteral("prompt"), QStringLiteral("default")}.contains(
             action) &&
         args.size() == 1);
    if (!known)
        return complain(c, ExitUsage, QStringLiteral("criteria takes show, set FILE, prompt or default"));
    if (action == QLatin1String("default")) {
        c.out << QString::fromUtf8(
            QJsonDocument(Criteria::defaults().toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    int status = 0;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    ScoreRepository repo(db->connection());
    // A failed read is exit 4, never the defaults shown as the person's.
    QString readError;
    const auto current = repo.currentCriteria(&readError);
    if (!readError.isEmpty())
        return complain(c, ExitStorage, QStringLiteral("cannot read the criteria: %1").arg(readError));
    const Criteria criteria = current ? current->criteria : Criteria::defaults();
    if (action == QLatin1String("show")) {
        c.out << QString::fromUtf8(QJsonDocument(criteria.toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (action == QLatin1String("prompt")) {
        c.out << prompt::render(criteria, true) << "\n";
        return ExitOk;
    }

    // set: validate fully before anything is saved.
    QFile file;
    const QString path = args.at(1);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return complain(c, ExitFailure, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // Criteria are a page of text; a file far bigger is the wrong file.
    constexpr qint64 kMaxCriteriaBytes = 1 << 20;
    const QByteArray bytes = file.read(kMaxCriteriaBytes + 1);
    if (bytes.size() > kMaxCriteriaBytes)
        return complain(
            c, ExitFailure,
            QStringLiteral("%1 is larger than 1 MiB, too large for criteria; nothing was saved").arg(path));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError)
        return complain(c, ExitFailure,
                        QStringLiteral("%1 is not a criteria document: %2 at offset %3; nothing was saved")
                            .arg(path, perr.errorString())
                            .arg(perr.offset));
    if (!doc.isObject())
        return complain(c, ExitFailure,
                        QStringLiteral("%1 is not a criteria document: it holds JSON but not an object "
                                       "({\"topics\": ...}); nothing was saved")
                            .arg(path));
    const Criteria edited = Criteria::fromJson(doc.object());
    if (edited.topics.isEmpty() && edited.relevantKeywords.isEmpty())
        return complain(
            c, ExitFailure,
            QStringLiteral("%1 names no topic and no keyword: nothing to score against; nothing was saved")
                .arg(path));
    QString error;
    const auto saved = repo.saveCriteria(edited, &error);
    if (!saved)
        return complain(c, ExitStorage, QStringLiteral("cannot save the criteria: %1").arg(error));
    if (current && saved->contentHash == current->contentHash)
        c.out << "The criteria are unchanged (version " << saved->contentHash << ").\n";
    else
        c.out << "Saved the criteria as version " << saved->contentHash
              << "; 'paperboy score' re-scores the day under them, 'paperboy list --outdated' shows what is "
                 "left.\n";
    return ExitOk;
}

} // namespace paperboy::cli
