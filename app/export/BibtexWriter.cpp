#include "export/BibtexWriter.h"

#include "export/TexField.h"
#include "text/TexToUnicode.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace paperboy {

namespace {

// arXiv's own stopword list for citation keys (STOPWORDS in
// arxiv-browse/browse/formatting/cite.py), typos included ("fify",
// "thickv"), so that keys match the ones arXiv serves.
constexpr const char *Stopwords[] = {
    "a",          "about",      "above",        "across",     "after",      "afterwards", "again",
    "against",    "all",        "almost",       "alone",      "along",      "already",    "also",
    "although",   "always",     "am",           "among",      "amongst",    "amoungst",   "amount",
    "an",         "and",        "another",      "any",        "anyhow",     "anyone",     "anything",
    "anyway",     "anywhere",   "are",          "around",     "as",         "at",         "back",
    "be",         "became",     "because",      "become",     "becomes",    "becoming",   "been",
    "before",     "beforehand", "behind",       "being",      "below",      "beside",     "besides",
    "between",    "beyond",     "bill",         "both",       "bottom",     "but",        "by",
    "call",       "can",        "cannot",       "cant",       "co",         "con",        "could",
    "couldnt",    "cry",        "de",           "describe",   "detail",     "do",         "done",
    "down",       "due",        "during",       "each",       "eg",         "eight",      "either",
    "eleven",     "else",       "elsewhere",    "empty",      "enough",     "etc",        "even",
    "ever",       "every",      "everyone",     "everything", "everywhere", "except",     "few",
    "fifteen",    "fify",       "fill",         "find",       "fire",       "first",      "five",
    "for",        "former",     "formerly",     "forty",      "found",      "four",       "from",
    "front",      "full",       "further",      "get",        "give",       "go",         "had",
    "has",        "hasnt",      "have",         "he",         "hence",      "her",        "here",
    "hereafter",  "hereby",     "herein",       "hereupon",   "hers",       "herself",    "him",
    "himself",    "his",        "how",          "however",    "hundred",    "ie",         "if",
    "in",         "inc",        "indeed",       "interest",   "into",       "is",         "it",
    "its",        "itself",     "keep",         "last",       "latter",     "latterly",   "least",
    "less",       "ltd",        "made",         "many",       "may",        "me",         "meanwhile",
    "might",      "mill",       "mine",         "more",       "moreover",   "most",       "mostly",
    "move",       "much",       "must",         "my",         "myself",     "name",       "namely",
    "neither",    "never",      "nevertheless", "next",       "nine",       "no",         "nobody",
    "none",       "noone",      "nor",          "not",        "nothing",    "now",        "nowhere",
    "of",         "off",        "often",        "on",         "once",       "one",        "only",
    "onto",       "or",         "other",        "others",     "otherwise",  "our",        "ours",
    "ourselves",  "out",        "over",         "own",        "part",       "per",        "perhaps",
    "please",     "put",        "rather",       "re",         "same",       "see",        "seem",
    "seemed",     "seeming",    "seems",        "serious",    "several",    "she",        "should",
    "show",       "side",       "since",        "sincere",    "six",        "sixty",      "so",
    "some",       "somehow",    "someone",      "something",  "sometime",   "sometimes",  "somewhere",
    "still",      "such",       "system",       "take",       "ten",        "than",       "that",
    "the",        "their",      "them",         "themselves", "then",       "thence",     "there",
    "thereafter", "thereby",    "therefore",    "therein",    "thereupon",  "these",      "they",
    "thickv",     "thin",       "third",        "this",       "those",      "though",     "three",
    "through",    "throughout", "thru",         "thus",       "to",         "together",   "too",
    "top",        "toward",     "towards",      "twelve",     "twenty",     "two",        "un",
    "under",      "until",      "up",           "upon",       "us",         "very",       "via",
    "was",        "we",         "well",         "were",       "what",       "whatever",   "when",
    "whence",     "whenever",   "where",        "whereafter", "whereas",    "whereby",    "wherein",
    "whereupon",  "wherever",   "whether",      "which",      "while",      "whither",    "who",
    "whoever",    "whole",      "whom",         "whose",      "why",        "will",       "with",
    "within",     "without",    "would",        "yet",        "you",        "your",       "yours",
    "yourself",   "yourselves",
};

constexpr int KeyTitleWords = 4;

bool isStopword(const QString &word)
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : Stopwords)
            s.insert(QLatin1String(w));
        return s;
    }();
    return set.contains(word.toLower());
}

// ---- field values ------------------------------------------------------

// Identifiers and URLs are verbatim fields for biber: nothing is escaped,
// but braces, backslashes and spaces would break the entry or the link.
QString safeVerbatim(const QString &raw)
{
    QString out;
    for (const QChar c : raw.trimmed()) {
        if (c == QLatin1Char('{'))
            out += QStringLiteral("%7B");
        else if (c == QLatin1Char('}'))
            out += QStringLiteral("%7D");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("%5C");
        else if (c.isSpace())
            out += QStringLiteral("%20");
        else if (c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

// ---- authors ------------------------------------------------------------

bool isCollaboration(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(collaborations?|consorti(um|a)|group|team|project)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// BibTeX splits author lists on "and" and reads commas as "Last, First";
// such names, organisations ("Procter & Gamble") and collaborations (which
// have no first name to abbreviate) are braced so that they stay one literal name.
bool needsProtection(const QString &name)
{
    static const QRegularExpression andWord(QStringLiteral("(^|\\s)and(\\s|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('&')) ||
           andWord.match(name).hasMatch() || isCollaboration(name);
}

QString authorField(const QStringList &authors, texfield::Encoding encoding)
{
    // "et al." in the metadata is BibTeX's "and others".
    static const QRegularExpression etAl(QStringLiteral("^(et\\.?\\s*al\\.?|others)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &author : authors) {
        const QString name = texfield::escape(tex::accentsToUnicode(author), encoding);
        if (name.isEmpty())
            continue;
        if (etAl.match(name).hasMatch())
            names << QStringLiteral("others");
        else
            names << (needsProtection(name) ? QLatin1Char('{') + name + QLatin1Char('}') : name);
    }
    return names.join(QLatin1String(" and "));
}

// ---- key ----------------------------------------------------------------

// The key-name arXiv's author parser picks: the last word, with surname
// prefixes ("van der Waals") and without suffixes ("Jr"); collaborations whole.
QString surname(const QString &fullName)
{
    const QString name = texfield::cleanWhitespace(fullName);
    static const QRegularExpression collaboration(
        QStringLiteral("([a-z0-9\\s]+\\s+(collaboration|group|team))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = collaboration.match(name); m.hasMatch())
        return m.captured(1);

    const QString prefix = QStringLiteral("(van|der|de|la|von|del|della|da|mac|ter|dem|di|vaziri)");
    static const QRegularExpression doublePrefix(
        QStringLiteral("^(.*)\\s+") + prefix + QStringLiteral("\\s") + prefix + QStringLiteral("\\s(\\S+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression singlePrefix(QStringLiteral("^(.*)\\s+") + prefix +
                                                     QStringLiteral("\\s(\\S+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        QStringLiteral("^(.*)\\s+(\\S+)\\s(I|II|III|IV|V|Sr|Jr|Sr\\.|Jr\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral("^(.*)\\s+(\\S+)$"));

    if (const auto m = doublePrefix.match(name); m.hasMatch())
        return m.captured(2) + m.captured(3) + m.captured(4);
    if (const auto m = singlePrefix.match(name); m.hasMatch())
        return m.captured(2) + m.captured(3);
    if (const auto m = suffix.match(name); m.hasMatch())
        return m.captured(2);
    if (const auto m = plain.match(name); m.hasMatch())
        return m.captured(2);
    return name;
}

// Letters without marks: NFKD drops the accents; the letters Unicode does not
// decompose are spelled out the way German and Scandinavian names are.
QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_KD)) {
        switch (c.unicode()) {
        case u'ß':
            out += QStringLiteral("ss");
            continue;
        case u'ø':
            out += QLatin1Char('o');
            continue;
        case u'ł':
            out += QLatin1Char('l');
            continue;
        case u'æ':
            out += QStringLiteral("ae");
            continue;
        case u'œ':
            out += QStringLiteral("oe");
            continue;
        case u'đ':
        case u'ð':
            out += QLatin1Char('d');
            continue;
        case u'þ':
            out += QStringLiteral("th");
            continue;
        case u'ı':
            out += QLatin1Char('i');
            continue;
        case u'ȷ':
            out += QLatin1Char('j');
            continue;
        case u'ŋ':
            out += QLatin1Char('n');
            continue;
        case u'ħ':
            out += QLatin1Char('h');
            continue;
        default:
            break;
        }
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    }
    return out;
}

// What a piece of TeX contributes to a key: accents become letters, command
// names ("\mathcal") contribute nothing, their arguments do.
QString keyLetters(const QString &tex)
{
    static const QRegularExpression command(QStringLiteral("\\\\[A-Za-z]+"));
    QString text = tex::accentsToUnicode(tex);
    text.remove(command);
    return asciiFold(text);
}

// The month an id was assigned, which is the month of the first version:
// new-style ids start with YYMM, old-style ones (hep-th/9901001) have YYMM
// after the slash; old-style ids ran from 1991 to 2007. Null if neither.
QDate monthOfId(const QString &id)
{
    static const QRegularExpression newStyle(QStringLiteral("^(\\d{2})(\\d{2})\\.\\d{4,5}$"));
    static const QRegularExpression oldStyle(QStringLiteral("^[a-z][a-z.-]*/(\\d{2})(\\d{2})\\d{3}$"),
                                             QRegularExpression::CaseInsensitiveOption);
    int year = 0;
    int month = 0;
    if (const auto m = newStyle.match(id); m.hasMatch()) {
        year = 2000 + m.captured(1).toInt();
        month = m.captured(2).toInt();
    } else if (const auto m = oldStyle.match(id); m.hasMatch()) {
        const int yy = m.captured(1).toInt();
        year = yy >= 91 ? 1900 + yy : 2000 + yy;
        month = m.captured(2).toInt();
    }
    return QDate(year, month, 1); // invalid for month 0 or 13
}

// Without "arXiv:" and without the version suffix.
QString plainId(const QString &id)
{
    static const QRegularExpression version(QStringLiteral("v\\d+$"));
    QString out = id.trimmed();
    if (out.startsWith(QLatin1String("arxiv:"), Qt::CaseInsensitive))
        out = out.mid(6);
    out.remove(version);
    return out;
}

// The year in arXiv's key: that of the latest version (as arXiv's own
// export has it), failing that the announcement's, then the first version's.
QString keyYearOf(const Paper &paper)
{
    if (paper.updated.isValid())
        return QString::number(paper.updated.year());
    if (paper.announced.isValid())
        return QString::number(paper.announced.year());
    const QDate first = monthOfId(plainId(paper.id));
    return first.isValid() ? QString::number(first.year()) : QString();
}

// What a citation dates a paper by: its first version. A replacement or a
// cross-list announced years later is still the paper of its first year.
// The feeds do not give that date, the id does (to the month), unless the
// id claims a month after the latest version's, which no arXiv id can.
QDate citedDateOf(const Paper &paper)
{
    if (paper.published.isValid())
        return paper.published;
    const QDate latest = paper.updated.isValid() ? paper.updated : paper.announced;
    const QDate first = monthOfId(plainId(paper.id));
    if (first.isValid() && (!latest.isValid() || first <= latest))
        return first;
    return latest;
}

// BibTeX's month macros, which every style and biber know.
QString monthMacro(int month)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    return month >= 1 && month <= 12 ? QLatin1String(names[month - 1]) : QString();
}

QString doiUrl(const QString &doi)
{
    static const QRegularExpression prefix(QStringLiteral("^(https?://(dx\\.)?doi\\.org/|doi:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString bare = doi.trimmed();
    bare.remove(prefix);
    return QStringLiteral("https://doi.org/") + safeVerbatim(bare);
}

// Duplicate keys get a, b, ..., z, aa, ab, ...
QString suffix(int n)
{
    QString s;
    for (++n; n > 0; n = (n - 1) / 26)
        s.prepend(QLatin1Char('a' + (n - 1) % 26));
    return s;
}

} // namespace

QString BibtexWriter::baseKey(const Paper &paper)
{
    QString words;
    int taken = 0;
    const QStringList titleWords =
        texfield::cleanWhitespace(paper.title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : titleWords) {
        if (taken == KeyTitleWords)
            break;
        if (isStopword(word))
            continue;
        words += keyLetters(word);
        ++taken;
    }
    const QString name =
        paper.authors.isEmpty() ? QString() : surname(tex::accentsToUnicode(paper.authors.first()));
    const QString key = keyLetters(name) + keyYearOf(paper) + words;

    if (std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.isLetter(); })) {
        QString digits = plainId(paper.id);
        digits.removeIf([](QChar c) { return !(c >= QLatin1Char('0') && c <= QLatin1Char('9')); });
        return QStringLiteral("arxiv") + digits;
    }
    return key;
}

QString BibtexWriter::entry(const Paper &paper, const QString &key, texfield::Encoding encoding)
{
    const QString indent = QStringLiteral("      ");
    const QString id = safeVerbatim(plainId(paper.id));
    QString out = QStringLiteral("@misc{") + key + QStringLiteral(",\n");
    // biblatex requires a title; a paper without one is still citable by its id.
    QString title = texfield::escape(paper.title, encoding);
    if (title.isEmpty())
        // Escaped like any title: an id may hold TeX specials such as % or #.
        title = id.isEmpty() ? QStringLiteral("Untitled")
                             : texfield::escape(QStringLiteral("arXiv:") + id, encoding);
    out += indent + QStringLiteral("title={") + title + QStringLiteral("}, \n");
    const QString authors = authorField(paper.authors, encoding);
    if (!authors.isEmpty())
        out += indent + QStringLiteral("author={") + authors + QStringLiteral("},\n");
    const QDate cited = citedDateOf(paper);
    if (cited.isValid()) {
        out += indent + QStringLiteral("year={") + QString::number(cited.year()) + QStringLiteral("},\n");
        out += indent + QStringLiteral("month=") + monthMacro(cited.month()) + QStringLiteral(",\n");
    }
    out += indent + QStringLiteral("eprint={") + id + QStringLiteral("},\n");
    out += indent + QStringLiteral("archivePrefix={arXiv},\n");
    const QString primary = safeVerbatim(paper.primaryCategory());
    if (!primary.isEmpty())
        out += indent + QStringLiteral("primaryClass={") + primary + QStringLiteral("},\n");
    if (!paper.doi.trimmed().isEmpty())
        out += indent + QStringLiteral("doi={") + doiUrl(paper.doi) + QStringLiteral("},\n");
    out += indent + QStringLiteral("url={https://arxiv.org/abs/") + id + QStringLiteral("}, \n");
    out += QStringLiteral("}\n");
    return out;
}

QString BibtexWriter::write(const QList<Paper> &papers, const BibtexOptions &options)
{
    QStringList keys;
    keys.reserve(papers.size());
    for (const Paper &paper : papers)
        keys << baseKey(paper);

    // Every bare key stays reserved for its own paper, so a suffixed duplicate
    // never takes the key another paper would get on its own; a key the file
    // already holds counts as given out.
    QSet<QString> used(keys.cbegin(), keys.cend());
    used.unite(options.takenKeys);
    QSet<QString> seen = options.takenKeys;
    QStringList entries;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        QString key = keys.at(i);
        if (seen.contains(key)) {
            int n = 0;
            while (used.contains(keys.at(i) + suffix(n)))
                ++n;
            key = keys.at(i) + suffix(n);
            used.insert(key);
        }
        seen.insert(key);
        entries << entry(papers.at(i), key, options.encoding);
    }
    return entries.join(QLatin1Char('\n'));
}

} // namespace paperboy
