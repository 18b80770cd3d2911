#include "AnnounceTypeText.h"

namespace paperboy {

namespace {

struct Names
{
    const char *shortName;
    const char *longName;
};

Names namesOf(AnnounceType type)
{
    switch (type) {
    case AnnounceType::New:
        return {QT_TRANSLATE_NOOP("AnnounceTypeText", "new"),
                QT_TRANSLATE_NOOP("AnnounceTypeText", "new submission")};
    case AnnounceType::Cross:
        return {QT_TRANSLATE_NOOP("AnnounceTypeText", "cross"),
                QT_TRANSLATE_NOOP("AnnounceTypeText", "cross-list")};
    case AnnounceType::Replace:
        return {QT_TRANSLATE_NOOP("AnnounceTypeText", "replace"),
                QT_TRANSLATE_NOOP("AnnounceTypeText", "replacement")};
    case AnnounceType::ReplaceCross:
        return {QT_TRANSLATE_NOOP("AnnounceTypeText", "replace-cross"),
                QT_TRANSLATE_NOOP("AnnounceTypeText", "cross-listed replacement")};
    case AnnounceType::AbsOnly:
        return {QT_TRANSLATE_NOOP("AnnounceTypeText", "abstract only"),
                QT_TRANSLATE_NOOP("AnnounceTypeText", "abstract update")};
    case AnnounceType::Unknown:
        break;
    }
    return {nullptr, nullptr};
}

} // namespace

QString AnnounceTypeText::shortName(AnnounceType type)
{
    const Names n = namesOf(type);
    return n.shortName ? tr(n.shortName) : QString();
}

QString AnnounceTypeText::longName(AnnounceType type)
{
    const Names n = namesOf(type);
    return n.longName ? tr(n.longName) : QString();
}

} // namespace paperboy
