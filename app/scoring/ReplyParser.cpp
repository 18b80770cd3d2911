#include "scoring/ReplyParser.h"

#include "arxiv/ArxivId.h"
#include "scoring/ReplyScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace paperboy {

namespace {

using reply::NewlineInString;
using reply::ScannedReply;
using reply::Span;

// The shortest bracketed text that could hold a record: "{" + an id of at
// least 9 characters + "}". Shorter ones are prose like "[1]" or "{x}".
constexpr qsizetype MinRecordSpan = 11;
constexpr int MaxWalkDepth = 32;
constexpr qsizetype MaxCommentLength = 300;
constexpr qsizetype MaxKeyLength = 64;
constexpr qsizetype MaxIdLength = 200;

// --- From JSON values to scores --------------------------------------------

enum class Role
{
    None,
    Id,
    Relevance,
    Novelty,
    Comment
};

struct FieldName
{
    const char *name; // lower case letters only
    Role role;
    int rank; // lower wins when an object has several names for one role
};

constexpr FieldName FieldNames[] = {
    {"arxivid", Role::Id, 0},
    {"arxividentifier", Role::Id, 0},
    {"arxiv", Role::Id, 1},
    {"arxivnumber", Role::Id, 1},
    {"paperid", Role::Id, 2},
    {"id", Role::Id, 3},
    {"identifier", Role::Id, 3},
    {"url", Role::Id, 4},
    {"absurl", Role::Id, 4},
    {"link", Role::Id, 4},
    {"relevance", Role::Relevance, 0},
    {"relevancescore", Role::Relevance, 0},
    {"relevancerating", Role::Relevance, 0},
    {"relevancy", Role::Relevance, 1},
    {"relevancyscore", Role::Relevance, 1},
    {"novelty", Role::Novelty, 0},
    {"noveltyscore", Role::Novelty, 0},
    {"noveltyrating", Role::Novelty, 0},
    {"comment", Role::Comment, 0},
    {"comments", Role::Comment, 0},
    {"reason", Role::Comment, 1},
    {"reasoning", Role::Comment, 1},
    {"rationale", Role::Comment, 1},
    {"explanation", Role::Comment, 1},
    {"justification", Role::Comment, 1},
};

// "ARXIVID", "arxiv_id", "arxivId", "Relevance (1-10)": letters only, lower case.
const FieldName *fieldNameOf(const QString &key)
{
    if (key.size() > MaxKeyLength || ArxivId::parse(key).isValid())
        return nullptr;
    QByteArray letters;
    letters.reserve(key.size());
    for (const QChar ch : key) {
        const char16_t u = ch.unicode();
        if (u >= 'a' && u <= 'z')
            letters.append(char(u));
        else if (u >= 'A' && u <= 'Z')
            letters.append(char(u - 'A' + 'a'));
    }
    for (const FieldName &field : FieldNames) {
        if (letters == field.name)
            return &field;
    }
    return nullptr;
}

struct Field
{
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    int rank = -1;
    bool found() const { return rank >= 0; }
};

struct RecordFields
{
    Field id;
    Field relevance;
    Field novelty;
    Field comment;
    bool hasContainer = false;

    Field *slot(Role role)
    {
        switch (role) {
        case Role::Id:
            return &id;
        case Role::Relevance:
            return &relevance;
        case Role::Novelty:
            return &novelty;
        case Role::Comment:
            return &comment;
        case Role::None:
            break;
        }
        return nullptr;
    }
    bool hasCore() const { return id.found() || relevance.found() || novelty.found(); }
};

// `rankOffset` puts fields found in a nested object after any at the top.
void readFields(const QJsonObject &object, RecordFields *fields, int rankOffset)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isArray() || value.isObject())
            fields->hasContainer = true;
        const FieldName *name = fieldNameOf(it.key());
        // An id is a scalar; {"arXiv:2504.01234": {...}} names a record, it is not one.
        if (!name || (name->role == Role::Id && (value.isArray() || value.isObject())))
            continue;
        Field *field = fields->slot(name->role);
        const int rank = name->rank + rankOffset;
        if (!field->found() || rank < field->rank) {
            field->value = value;
            field->rank = rank;
        }
    }
}

RecordFields recordFields(const QJsonObject &object)
{
    RecordFields fields;
    readFields(object, &fields, 0);
    // {"ARXIVID": ..., "scores": {"relevance": 8, "novelty": 7}}: once an
    // object is evidently a record, look one level down for what it lacks.
    if (fields.hasCore() && fields.hasContainer) {
        RecordFields nested;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isObject())
                readFields(it.value().toObject(), &nested, 100);
        }
        for (Role role : {Role::Id, Role::Relevance, Role::Novelty, Role::Comment}) {
            Field *own = fields.slot(role);
            if (!own->found())
                *own = *nested.slot(role);
        }
    }
    return fields;
}

QString shortText(const QString &text, qsizetype limit = 40)
{
    QString s = text.simplified();
    if (s.size() > limit) {
        qsizetype cut = limit - 1;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s = s.left(cut) + QChar(0x2026);
    }
    return s;
}

QString describe(const QJsonValue &value, qsizetype limit = 24)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // Enough digits for an id written as a number (2401.99999).
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return QLatin1Char('"') + shortText(value.toString(), limit) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

std::optional<int> readScore(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        QString text = value.toString().trimmed();
        if (text.size() > 16)
            return std::nullopt;
        if (text.endsWith(QLatin1String("/10")))
            text.chop(3);
        bool ok = false;
        number = text.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // NaN fails both comparisons.
    if (!(number >= 1 && number <= 10) || number != std::floor(number))
        return std::nullopt;
    return int(number);
}

QString commentText(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble() || value.isBool()) {
        text = describe(value);
    } else if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &part : array) {
            if (part.isString())
                parts << part.toString();
        }
        text = parts.join(QStringLiteral("; "));
    }
    // Control characters other than whitespace would garble logs and tables.
    text.removeIf([](QChar ch) { return ch.category() == QChar::Other_Control && !ch.isSpace(); });
    text = text.simplified();
    if (text.size() > MaxCommentLength) {
        qsizetype cut = MaxCommentLength - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), cut);
        if (space > cut - 40)
            cut = space;
        text = text.left(cut) + QChar(0x2026);
    }
    return text;
}

class Collector
{
public:
    explicit Collector(const QSet<QString> &batchIds)
        : m_batch(batchIds)
    {
    }

    void visit(const QJsonValue &value, const QString &key, int depth)
    {
        if (depth > MaxWalkDepth)
            return;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                visit(item, QString(), depth + 1);
        } else if (value.isObject()) {
            visitObject(value.toObject(), key, depth);
        }
    }

    void visitObject(const QJsonObject &object, const QString &key, int depth)
    {
        const RecordFields fields = recordFields(object);
        const bool hasScore = fields.relevance.found() || fields.novelty.found();
        // An id with neither score nor nested values is a record with its
        // scores missing; an id beside arrays is a wrapper ({"id": ..., "papers": [...]}).
        if (hasScore || (fields.id.found() && !fields.hasContainer)) {
            record(fields, key);
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            visit(it.value(), it.key(), depth + 1);
    }

    ReplyParseResult take() { return std::move(m_result); }

private:
    // The batch id a reply's id names, or an empty string.
    QString batchIdOf(const QJsonValue &value) const
    {
        if (value.isDouble()) {
            // 2504.01230 written as a number loses its last zero and 0704.0001
            // its first: try both serial lengths, with the year-month padded.
            const double number = value.toDouble();
            if (!(number > 0 && number < 10000))
                return QString();
            for (int decimals : {5, 4}) {
                const QString text =
                    QStringLiteral("%1").arg(number, 5 + decimals, 'f', decimals, QLatin1Char('0'));
                if (m_batch.contains(text))
                    return text;
            }
            return QString();
        }
        if (!value.isString())
            return QString();
        QString text = value.toString();
        if (text.size() > MaxIdLength)
            return QString();
        // "arXiv: 2504.01234", "[2504.01234]", "`2504.01234`".
        text.removeIf([](QChar ch) { return ch.isSpace(); });
        static const QString wrappers = QStringLiteral("[]()<>`'\"*");
        while (!text.isEmpty() && wrappers.contains(text.front()))
            text.remove(0, 1);
        while (!text.isEmpty() && wrappers.contains(text.back()))
            text.chop(1);
        const ArxivId parsed = ArxivId::parse(text);
        if (parsed.isValid() && m_batch.contains(parsed.id))
            return parsed.id;
        return m_batch.contains(text) ? text : QString();
    }

    void reject(const QString &problem)
    {
        ++m_result.rejected;
        m_result.problems << problem;
    }

    void record(const RecordFields &fields, const QString &key)
    {
        const QJsonValue idValue = fields.id.found() ? fields.id.value : QJsonValue(key);
        if (!fields.id.found() && key.isEmpty()) {
            reject(QStringLiteral("record without an arXiv id"));
            return;
        }
        const QString id = batchIdOf(idValue);
        if (id.isEmpty()) {
            reject(QStringLiteral("%1: not a paper of this batch").arg(describe(idValue, 48)));
            return;
        }
        if (m_accepted.contains(id)) {
            reject(QStringLiteral("%1: given again, the first record is kept").arg(id));
            return;
        }
        const std::optional<int> relevance = readScore(fields.relevance.value);
        const std::optional<int> novelty = readScore(fields.novelty.value);
        if (!relevance || !novelty) {
            QStringList bad;
            if (!relevance)
                bad << QStringLiteral("relevance %1").arg(describe(fields.relevance.value));
            if (!novelty)
                bad << QStringLiteral("novelty %1").arg(describe(fields.novelty.value));
            reject(QStringLiteral("%1: %2, scores must be whole numbers from 1 to 10")
                       .arg(id, bad.join(QStringLiteral(", "))));
            return;
        }
        m_accepted.insert(id);
        ParsedScore score;
        score.id = id;
        score.relevance = *relevance;
        score.novelty = *novelty;
        score.comment = commentText(fields.comment.value);
        m_result.scores << score;
    }

    const QSet<QString> &m_batch;
    QSet<QString> m_accepted;
    ReplyParseResult m_result;
};

// Tries a region as JSON; when it does not parse, its inner regions are
// tried instead, which keeps the complete records of a truncated array and
// the good records around a broken one. Each depth is tried at most once per
// character, so the work is bounded by MaxSpanDepth passes over the text.
void collectSpan(const ScannedReply &reply, int index, Collector *collector)
{
    const Span &span = reply.spans[index];
    if (span.end - span.start < MinRecordSpan)
        return;
    if (span.closed) {
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(reply.text.mid(span.start, span.end - span.start), &error);
        if (error.error == QJsonParseError::NoError) {
            if (document.isArray())
                collector->visit(document.array(), QString(), 0);
            else
                collector->visitObject(document.object(), QString(), 0);
            return;
        }
    }
    if (span.firstChild < 0) {
        // A complete object that still does not parse; an unclosed one is
        // never read, as its last value may be cut short ("NOVELTY": 1 of 10).
        if (span.closed && span.opener == '{')
            collector->visitObject(
                reply::salvageObject(reply.text.constData() + span.start, span.end - span.start), QString(),
                0);
        return;
    }
    for (int child = span.firstChild; child >= 0; child = reply.spans[child].nextSibling)
        collectSpan(reply, child, collector);
}

ReplyParseResult parseWith(const ScannedReply &reply, const QSet<QString> &batchIds)
{
    Collector collector(batchIds);
    for (int index : reply.topLevel)
        collectSpan(reply, index, &collector);
    return collector.take();
}

} // namespace

ReplyParseResult parseScoreReply(const QString &content, const QSet<QString> &batchIds)
{
    const QByteArray utf8 = content.toUtf8();
    const ScannedReply tolerant = reply::scan(utf8, NewlineInString::Continues);
    ReplyParseResult result = parseWith(tolerant, batchIds);
    // A stray unescaped quote in one line swallows the lines after it when
    // strings may span lines; reading again with strings confined to their
    // line recovers those, and the reading that finds more scores is kept.
    if (tolerant.newlineInString && result.scores.size() < batchIds.size()) {
        ReplyParseResult confined = parseWith(reply::scan(utf8, NewlineInString::EndsString), batchIds);
        if (confined.scores.size() > result.scores.size())
            result = std::move(confined);
    }
    return result;
}

} // namespace paperboy
