#include "TexAudit.h"

#include "export/TexField.h"

#include <QRegularExpression>
#include <QSet>

namespace paperboy::texaudit {

namespace {

// Control sequences that read or write files, run programs, define or
// redefine anything, change how TeX reads its input, or end or restructure
// the document. Kept apart from the writer's allow-lists on purpose: this is
// the judge, they are the rule.
const QSet<QString> &dangerous()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *name : {
                 "input",
                 "include",
                 "includeonly",
                 "InputIfFileExists",
                 "IfFileExists",
                 "openin",
                 "openout",
                 "closein",
                 "closeout",
                 "read",
                 "readline",
                 "write",
                 "immediate",
                 "newread",
                 "newwrite",
                 "catcode",
                 "lccode",
                 "uccode",
                 "sfcode",
                 "mathcode",
                 "delcode",
                 "endlinechar",
                 "newlinechar",
                 "escapechar",
                 "def",
                 "edef",
                 "gdef",
                 "xdef",
                 "let",
                 "futurelet",
                 "global",
                 "long",
                 "outer",
                 "chardef",
                 "mathchardef",
                 "countdef",
                 "dimendef",
                 "toksdef",
                 "newcommand",
                 "renewcommand",
                 "providecommand",
                 "DeclareRobustCommand",
                 "newenvironment",
                 "renewenvironment",
                 "csname",
                 "endcsname",
                 "expandafter",
                 "noexpand",
                 "string",
                 "scantokens",
                 "detokenize",
                 "unexpanded",
                 "lowercase",
                 "uppercase",
                 "afterassignment",
                 "aftergroup",
                 "begin",
                 "end",
                 "endinput",
                 "documentclass",
                 "usepackage",
                 "RequirePackage",
                 "LoadClass",
                 "special",
                 "jobname",
                 "makeatletter",
                 "makeatother",
                 "everypar",
                 "everymath",
                 "everydisplay",
                 "everyhbox",
                 "everyvbox",
                 "everyjob",
                 "everyeof",
                 "everycr",
                 "output",
                 "shipout",
                 "directlua",
                 "latelua",
                 "luaexec",
                 "pdfprimitive",
                 "primitive",
                 "font",
                 "typein",
                 "typeout",
                 "errmessage",
                 "bye",
                 "dump",
                 "batchmode",
                 "nonstopmode",
                 "scrollmode",
                 "errorstopmode",
                 "verb",
                 "url",
                 "href",
                 "includegraphics",
                 "lstinputlisting",
                 "verbatiminput",
                 "pdfliteral",
                 "pdfobj",
                 "pdfximage",
                 "pdffiledump",
                 "ShellEscape",
                 "section",
                 "chapter",
                 "part",
                 "item",
                 "bibitem",
                 "maketitle",
             })
            s.insert(QLatin1String(name));
        return s;
    }();
    return set;
}

bool isNameLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'@';
}

enum class Mode
{
    Text,
    Inline,  // $...$
    Display, // $$...$$
    Paren,   // \(...\)
    Bracket, // \[...\]
};

QString at(qsizetype i, const QString &what)
{
    return QStringLiteral("%1 at %2").arg(what).arg(i);
}

// The index of the } that closes the { at open, skipping escaped braces; -1
// if none does.
qsizetype matchingBrace(const QString &v, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < v.size(); ++i) {
        if (v.at(i) == u'\\')
            ++i;
        else if (v.at(i) == u'{')
            ++depth;
        else if (v.at(i) == u'}' && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace

QString hazard(const QString &value)
{
    // The writer's stand-ins for a backslash or a ^ in math are text inside
    // an \mbox: one harmless symbol each for what follows.
    QString v = value;
    v.replace(texfield::MathBackslash.toString(), QStringLiteral("\\mbox{}"));
    v.replace(texfield::MathCaret.toString(), QStringLiteral("\\mbox{}"));
    // A math character in text is one allowed math symbol in \ensuremath.
    static const QRegularExpression mathChar(QStringLiteral("\\\\ensuremath\\{(\\\\([A-Za-z]+)|-)\\}"));
    for (auto m = mathChar.match(v); m.hasMatch(); m = mathChar.match(v, m.capturedStart())) {
        if (m.capturedLength(2) > 0 && !texfield::isMathCommand(m.captured(2)))
            return at(m.capturedStart(), QStringLiteral("\\%1 is not allowed in math").arg(m.captured(2)));
        v.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("\\mbox{}"));
    }

    Mode mode = Mode::Text;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        const QChar next = i + 1 < v.size() ? v.at(i + 1) : QChar();
        if (c == u'^' && next == u'^')
            return at(i, QStringLiteral("^^"));
        if (c == u'^' && mode == Mode::Text)
            return at(i, QStringLiteral("^ outside math"));
        if (c == u'$') {
            const bool pair = next == u'$';
            if (mode == Mode::Text) {
                mode = pair ? Mode::Display : Mode::Inline;
                i += pair;
            } else if (mode == Mode::Inline) {
                mode = Mode::Text;
            } else if (mode == Mode::Display && pair) {
                mode = Mode::Text;
                ++i;
            } else {
                return at(i, QStringLiteral("a $ inside other math"));
            }
            continue;
        }
        if (c != u'\\')
            continue;
        if (next.isNull())
            return at(i, QStringLiteral("a trailing backslash"));
        if (!isNameLetter(next)) {
            // A control symbol: math delimiters must match, and the accent
            // \^ needs something to accent.
            const QChar following = i + 2 < v.size() ? v.at(i + 2) : QChar();
            if (next == u'(' || next == u'[') {
                if (mode != Mode::Text)
                    return at(i, QStringLiteral("math opened inside math"));
                mode = next == u'(' ? Mode::Paren : Mode::Bracket;
            } else if (next == u')' || next == u']') {
                if (mode != (next == u')' ? Mode::Paren : Mode::Bracket))
                    return at(i, QStringLiteral("a math closer that closes nothing"));
                mode = Mode::Text;
            } else if (next == u'^' && (mode != Mode::Text ||
                                        !(following.isLetter() || following == u'{' || following == u'\\'))) {
                return at(i, QStringLiteral("\\^ without a letter to accent"));
            }
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < v.size() && isNameLetter(v.at(end)))
            ++end;
        const QString name = v.mid(i + 1, end - i - 1);
        if (dangerous().contains(name))
            return at(i, QStringLiteral("\\%1").arg(name));
        const bool allowed =
            mode == Mode::Text ? texfield::isTextCommand(name) : texfield::isMathCommand(name);
        if (!allowed)
            return at(i, QStringLiteral("\\%1 is not allowed %2")
                             .arg(name, mode == Mode::Text ? u"in text" : u"in math"));
        // An \mbox in math holds text (the writer's accented letters there):
        // its group is audited as text.
        if (mode != Mode::Text && name == QLatin1String("mbox") && end < v.size() && v.at(end) == u'{') {
            const qsizetype close = matchingBrace(v, end);
            if (close < 0)
                return at(i, QStringLiteral("an \\mbox group left open"));
            if (const QString inner = hazard(v.mid(end + 1, close - end - 1)); !inner.isEmpty())
                return at(i, QStringLiteral("in \\mbox: ") + inner);
            i = close;
            continue;
        }
        i = end - 1;
    }
    if (mode != Mode::Text)
        return QStringLiteral("math left open");
    return {};
}

} // namespace paperboy::texaudit
