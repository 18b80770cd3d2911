#pragma once

#include "core/Criteria.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace paperboy::bench {

// The criteria a benchmark scores against, from a JSON file (the reference
// criteria of bench/data by default); a file that cannot be read ends the
// benchmark with one line.
inline Criteria readCriteria(const QString &path, const char *bench)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read the criteria %s: %s\n", bench, qPrintable(path),
                     qPrintable(file.errorString()));
        std::exit(2);
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parse);
    if (!doc.isObject()) {
        std::fprintf(stderr, "%s: %s is not a criteria JSON object: %s\n", bench, qPrintable(path),
                     qPrintable(parse.errorString()));
        std::exit(2);
    }
    return Criteria::fromJson(doc.object());
}

} // namespace paperboy::bench
