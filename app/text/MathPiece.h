#pragma once

#include <QString>
#include <QStringView>

namespace paperboy::tex {

// A fragment of rendered math in both forms, plain text and HTML, built up
// by TexMath. White space collapses to single spaces, never starts a piece,
// and stays out of delimiters ("( x )" -> "(x)"); trim() drops one at the end.
class MathPiece
{
public:
    const QString &text() const { return m_text; }
    const QString &html() const { return m_html; }
    bool hasScripts() const { return m_scripts; }

    // Literal characters, escaped in the HTML.
    void append(QStringView literal);
    void append(const MathPiece &piece);
    void space();
    // =, \leq, \to: set apart by spaces, as TeX sets relations.
    void relation(QStringView symbol);
    // ASCII letters of a math variable: italic in the HTML, as TeX sets them.
    void italic(QStringView letters);
    // An operator name (log, max): a space parts it from a letter or digit
    // on either side, as in "n log n".
    void word(const MathPiece &name);
    // Unicode superscript or subscript characters when every character of
    // the script has one (x², 10⁻³, xᵢ); otherwise x^q, x^(ab). The HTML
    // always gets <sup> or <sub>.
    void script(const MathPiece &arg, bool super);
    // A combining mark on the last symbol.
    void appendMark(QChar mark);
    void trim();

    static MathPiece plain(QStringView text);
    // This piece with its plain text replaced; the HTML follows unless the
    // piece has scripts, whose markup cannot be redone from the text.
    MathPiece withText(const QString &text) const;
    // The piece in parentheses unless it reads as one unit after "/" or "√".
    MathPiece parenthesized() const;

private:
    void dropSpaceBefore(QChar next);
    void separateWord(QChar next);

    QString m_text;
    QString m_html;
    bool m_scripts = false;
    bool m_afterWord = false;
};

// One visible symbol: a base character and any combining marks on it.
bool isSingleSymbol(QStringView text);

// Appends text to html with <, >, & and " escaped.
void appendHtmlEscaped(QString &html, QStringView text);

} // namespace paperboy::tex
