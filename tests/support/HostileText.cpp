#include "support/HostileText.h"

namespace paperboy::test {

QList<Paper> hostilePapers(const QDate &announced)
{
    Paper a;
    a.id = QStringLiteral("2604.00001");
    a.title = QStringLiteral(
        "<script>alert(1)</script> \x1b[2J\x1b]0;owned\x07\rAttention "
        "[click](javascript:alert(1)) ![x](https://evil.example/x.png) <https://evil.example/>");
    a.authors = {QStringLiteral("<img src=x onerror=alert(1)>"),
                 QStringLiteral("Eve](javascript:alert(2)) [x")};
    a.abstract = QStringLiteral("We <iframe src=\"https://evil.example/\"></iframe> show\n\n# Heading\n"
                                "[ref]: javascript:alert(3)\n\n<b>bold</b> &amp; \u2028 `code` \\");
    Paper b;
    b.id = QStringLiteral("2604.00002");
    b.title = QStringLiteral("ReLU^k <b onmouseover=alert(1)>Nets</b> \u202Eevil\u202C & \\[x\\]");
    b.authors = {QStringLiteral("Ann Lee")};
    b.abstract = QStringLiteral("```\n<script>alert(4)</script>\n```");
    QList<Paper> papers{a, b};
    for (Paper &p : papers) {
        p.categories = {QStringLiteral("cs.LG")};
        p.announceType = AnnounceType::New;
        p.announced = announced;
        p.updated = announced;
    }
    return papers;
}

QString hostileComment()
{
    return QStringLiteral("<script>alert('comment')</script>\n\n[link](javascript:alert(5)) "
                          "<img src=x onerror=alert(6)> see www.evil.example or mail@evil.example");
}

QString hostileTopic()
{
    return QStringLiteral("Escapes ````` \n# Injected heading\n<script>alert(7)</script>");
}

QList<PaperRow> hostileScoredRows(const QList<Paper> &papers)
{
    QList<PaperRow> rows;
    for (const Paper &p : papers) {
        PaperRow row;
        row.paper = p;
        row.relevance = 9;
        row.novelty = 8;
        row.scoreComment = hostileComment();
        rows << row;
    }
    return rows;
}

} // namespace paperboy::test
