#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paperboy {

// The messages sent to the model for one batch. The system prompt and the
// criteria come first and never change within a day, so providers' prompt
// caches serve them; the papers follow, fenced as data; the output
// instructions close the message.
struct ChatPrompt
{
    QString system;
    QString user;
};

namespace prompt {

QString systemPrompt();
// Topics, keywords, followed authors and both rubrics: the static prefix.
QString criteriaSection(const Criteria &criteria);
// The batch, between markers; the text inside is untrusted data.
QString papersSection(const QList<Paper> &papers, bool titlesOnly = false);
// Papers of relevance up to this (two below the criteria's cut-off) are
// asked for an empty comment: clearly irrelevant, their "why" goes unread.
int terseCommentsUpTo(const Criteria &criteria);
// The sentence that asks for it, which a test server can look for.
QString terseCommentInstruction(int upTo);
QString outputInstructions(bool structuredOutput, const Criteria &criteria);

ChatPrompt build(const Criteria &criteria, const QList<Paper> &papers, bool structuredOutput);
// The cheap first pass: titles only, asking which deserve a full read.
ChatPrompt buildTitleFilter(const Criteria &criteria, const QList<Paper> &papers);

// The response_format for providers that take a JSON schema.
QJsonObject responseFormat();

// The whole prompt as a person reads it (criteria form preview, digest):
// system, then user with "[PAPERS]" where a batch goes.
QString render(const Criteria &criteria, bool structuredOutput);

} // namespace prompt
} // namespace paperboy
