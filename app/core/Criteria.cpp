#include "core/Criteria.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QJsonArray bandsToJson(const QList<Criteria::Band> &bands)
{
    QJsonArray array;
    for (const Criteria::Band &b : bands)
        array.append(QJsonObject{{QStringLiteral("low"), b.low},
                                 {QStringLiteral("high"), b.high},
                                 {QStringLiteral("label"), b.label},
                                 {QStringLiteral("definition"), b.definition},
                                 {QStringLiteral("examples"), b.examples}});
    return array;
}

QList<Criteria::Band> bandsFromJson(const QJsonValue &value)
{
    QList<Criteria::Band> bands;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        Criteria::Band b;
        b.low = qBound(1, o.value(QStringLiteral("low")).toInt(1), 10);
        b.high = qBound(b.low, o.value(QStringLiteral("high")).toInt(b.low), 10);
        b.label = o.value(QStringLiteral("label")).toString();
        b.definition = o.value(QStringLiteral("definition")).toString();
        b.examples = o.value(QStringLiteral("examples")).toString();
        bands << b;
    }
    return bands;
}

// QJsonObject keeps its keys sorted, so compact output is canonical.
QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Folds case and accents so "Jürgen Schmidhuber" follows "jurgen schmidhuber".
QString foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace

Criteria Criteria::defaults()
{
    // Shipped as a resource so the text is easy to read and edit in review.
    QFile file(QStringLiteral(":/defaults/criteria.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default criteria resource is missing");
    return fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QJsonObject Criteria::toJson() const
{
    QJsonArray topicArray;
    for (const Topic &t : topics)
        topicArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("relevant"), t.relevant},
                                      {QStringLiteral("irrelevant"), t.irrelevant}});
    return QJsonObject{
        {QStringLiteral("topics"), topicArray},
        {QStringLiteral("relevant_keywords"), toArray(relevantKeywords)},
        {QStringLiteral("irrelevant_keywords"), toArray(irrelevantKeywords)},
        {QStringLiteral("relevance_rubric"), bandsToJson(relevanceRubric)},
        {QStringLiteral("novelty_rubric"), bandsToJson(noveltyRubric)},
        {QStringLiteral("followed_authors"), toArray(followedAuthors)},
        {QStringLiteral("relevance_cutoff"), relevanceCutoff},
        {QStringLiteral("novelty_cutoff"), noveltyCutoff},
    };
}

Criteria Criteria::fromJson(const QJsonObject &json)
{
    Criteria c;
    for (const QJsonValue &v : json.value(QStringLiteral("topics")).toArray()) {
        const QJsonObject o = v.toObject();
        Topic t{o.value(QStringLiteral("name")).toString().trimmed(),
                o.value(QStringLiteral("relevant")).toString().trimmed(),
                o.value(QStringLiteral("irrelevant")).toString().trimmed()};
        if (!t.name.isEmpty() || !t.relevant.isEmpty())
            c.topics << t;
    }
    c.relevantKeywords = toStrings(json.value(QStringLiteral("relevant_keywords")));
    c.irrelevantKeywords = toStrings(json.value(QStringLiteral("irrelevant_keywords")));
    c.relevanceRubric = bandsFromJson(json.value(QStringLiteral("relevance_rubric")));
    c.noveltyRubric = bandsFromJson(json.value(QStringLiteral("novelty_rubric")));
    c.followedAuthors = toStrings(json.value(QStringLiteral("followed_authors")));
    c.relevanceCutoff = qBound(1, json.value(QStringLiteral("relevance_cutoff")).toInt(8), 10);
    c.noveltyCutoff = qBound(1, json.value(QStringLiteral("novelty_cutoff")).toInt(7), 10);
    return c;
}

QByteArray Criteria::canonicalJson() const
{
    return canonical(toJson());
}

QString Criteria::hashOf(const QJsonObject &json)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(json), QCryptographicHash::Sha256).toHex().left(16));
}

QString Criteria::contentHash() const
{
    return hashOf(toJson());
}

QString Criteria::scoringHash() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("relevance_cutoff"));
    json.remove(QStringLiteral("novelty_cutoff"));
    json.remove(QStringLiteral("followed_authors"));
    return hashOf(json);
}

QString Criteria::followedAuthorIn(const QStringList &authors) const
{
    for (const QString &followed : followedAuthors) {
        const QString want = foldName(followed);
        if (want.isEmpty())
            continue;
        for (const QString &author : authors)
            if (foldName(author) == want)
                return author;
    }
    return {};
}

} // namespace paperboy
