#include "TexAudit.h"

#include "export/TexField.h"

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

} // namespace

QString hazard(const QString &value)
{
    // The writer's stand-ins for a backslash or a ^ in math are text inside
    // an \mbox: one harmless symbol each for what follows.
    QString v = value;
    v.replace(texfield::MathBackslash.toString(), QStringLiteral("\\mbox{}"));
    v.replace(texfield::MathCaret.toString(), QStringLiteral("\\mbox{}"));

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
        i = end - 1;
    }
    if (mode != Mode::Text)
        return QStringLiteral("math left open");
    return {};
}

} // namespace paperboy::texaudit
