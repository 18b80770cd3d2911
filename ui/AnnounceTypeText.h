#pragma once

#include "core/Paper.h"

#include <QCoreApplication>
#include <QString>

namespace paperboy {

// How an announce type reads to a person: short for the table's column
// ("cross"), long for the reader ("cross-list").
struct AnnounceTypeText
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceTypeText)

public:
    static QString shortName(AnnounceType type);
    static QString longName(AnnounceType type);
};

} // namespace paperboy
