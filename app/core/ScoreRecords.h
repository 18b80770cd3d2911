#pragma once

#include "core/Criteria.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace paperboy {

struct CriteriaVersion
{
    int id = 0; // increases with every saved edit
    QString hash;
    Criteria criteria;
    QDateTime createdAt;
};

// One scoring (or fetch) run and what it cost.
struct RunRecord
{
    int id = 0;
    QString kind = QStringLiteral("score");
    QDate date;
    QString provider; // offline, openai, ...
    QString model;
    QString criteriaHash;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status = QStringLiteral("running"); // running, done, failed, cancelled
    QString message;
    int requests = 0;
    int papers = 0;
    qint64 promptTokens = 0;
    qint64 cachedTokens = 0; // part of promptTokens
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0; // part of completionTokens
    double costUsd = 0;
};

} // namespace paperboy
