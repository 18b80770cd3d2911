#pragma once

#include "arxiv/FetchError.h"
#include "core/Paper.h"
#include "storage/PaperRepository.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace paperboy {

struct FetchRequest
{
    enum class Kind
    {
        Today, // the current announcement, from the listing feeds
        Date,  // a past day, rebuilt from the API
        Ids,   // single papers by id, from the API
    };
    Kind kind = Kind::Today;
    QDate date;
    QStringList categories = {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")};
    QList<AnnounceType> keep = {AnnounceType::New, AnnounceType::Cross};
    QStringList ids;
};

struct FetchOutcome
{
    enum class Status
    {
        Stored,
        NoAnnouncement,
        Failed,
        Cancelled
    };
    Status status = Status::Failed;
    FetchError error = FetchError::None;
    QDate date;
    int announced = 0; // distinct papers announced in the categories
    int kept = 0;      // after the announce-type filter
    StoreStats stats;
    QStringList storedIds;
    QStringList missingIds; // ids asked for that arXiv does not know
    QString message;        // one line for a person
};

} // namespace paperboy

Q_DECLARE_METATYPE(paperboy::FetchRequest)
Q_DECLARE_METATYPE(paperboy::FetchOutcome)
