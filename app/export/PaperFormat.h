#pragma once

#include "storage/PaperRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paperboy {

// The `list --format json` shape: one object per paper, null where a value
// is unknown (unscored papers have null relevance, novelty and comment).
QJsonObject paperToJson(const PaperRow &row);
QJsonArray papersToJson(const QList<PaperRow> &rows);
// papersToJson as the bytes `list --format json` prints (safe::jsonBytes).
QByteArray papersToJsonBytes(const QList<PaperRow> &rows);

// The `list --format table` shape, for a terminal `width` columns wide:
// the paper's text without control characters (safe::terminalText).
QString papersToTable(const QList<PaperRow> &rows, int width);

} // namespace paperboy
