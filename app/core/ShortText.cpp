#include "core/ShortText.h"

namespace paperboy {

QString shortened(const QString &text, qsizetype longest)
{
    return text.size() > longest ? text.left(longest - 1) + QChar(0x2026) : text;
}

} // namespace paperboy
