#include "ReaderPane.h"

#include "AnnounceTypeText.h"

#include "text/TexDisplay.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace paperboy {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString authorsHtml(const QStringList &authors, const QString &followed)
{
    QStringList parts;
    for (const QString &a : authors)
        parts << (a == followed ? QStringLiteral("<b>%1</b>").arg(esc(a)) : esc(a));
    return parts.join(QStringLiteral(", "));
}

const char *const kStyle = R"(
h2 { font-size: 15pt; font-weight: 600; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 8px; line-height: 130%; }
.meta { color: #6b7280; }
.scores { margin-top: 6px; }
.comment { font-style: italic; }
.abstract { font-size: 11pt; }
a { text-decoration: none; }
)";

} // namespace

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new QToolBar(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("readerPane"));
    m_toolbar->setObjectName(QStringLiteral("readerToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_browser->setObjectName(QStringLiteral("readerText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    m_browser->document()->setDocumentMargin(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_browser, 1);
    clear();
}

void ReaderPane::setActions(const QList<QAction *> &actions)
{
    m_toolbar->clear();
    m_toolbar->addActions(actions);
}

void ReaderPane::clear()
{
    m_id.clear();
    m_html.clear();
    m_browser->setHtml(QStringLiteral("<p class='meta' align='center'><br><br>%1</p>")
                           .arg(esc(tr("Select a paper to read its abstract."))));
}

void ReaderPane::showPaper(const PaperRow &row)
{
    const QString text = html(row);
    const bool same = row.paper.id == m_id;
    if (same && text == m_html)
        return;
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_id = row.paper.id;
    m_html = text;
    m_browser->setHtml(text);
    if (same)
        m_browser->verticalScrollBar()->setValue(scrolled);
}

QString ReaderPane::html(const PaperRow &row)
{
    const Paper &p = row.paper;
    QString out = QStringLiteral("<h2>%1</h2>").arg(tex::toDisplayHtml(p.title));
    out += QStringLiteral("<p>%1</p>").arg(authorsHtml(p.authors, row.followedAuthor));

    QStringList meta;
    meta << QStringLiteral("<a href=\"%1\">arXiv:%2v%3</a>")
                .arg(esc(p.absUrl()), esc(p.id), QString::number(p.version));
    if (!p.categories.isEmpty())
        meta << esc(p.categories.join(QStringLiteral(", ")));
    if (p.announced.isValid())
        meta << esc(tr("announced %1").arg(QLocale().toString(p.announced, QLocale::LongFormat)));
    if (const QString type = AnnounceTypeText::longName(p.announceType); !type.isEmpty())
        meta << esc(type);
    out += QStringLiteral("<p class='meta'>%1</p>").arg(meta.join(QStringLiteral(" &middot; ")));

    if (row.relevance && row.novelty) {
        QString scores =
            QStringLiteral("<b>%1</b> &middot; <b>%2</b>")
                .arg(esc(tr("Relevance %1").arg(*row.relevance)), esc(tr("Novelty %1").arg(*row.novelty)));
        if (row.relevant)
            scores += QStringLiteral(" &middot; ") + esc(tr("relevant"));
        if (!row.scoredBy.isEmpty())
            scores += QStringLiteral(" &middot; ") + esc(row.scoredBy == QLatin1String("offline")
                                                             ? tr("scored offline")
                                                             : tr("scored by %1").arg(row.scoredBy));
        out += QStringLiteral("<p class='scores'>%1</p>").arg(scores);
        if (!row.scoreComment.isEmpty())
            out += QStringLiteral("<p class='comment'>%1</p>").arg(esc(row.scoreComment));
    } else if (row.isSetAside() && row.setAsideOffline) {
        out +=
            QStringLiteral("<p class='scores'><b>%1</b> &middot; %2</p>")
                .arg(esc(tr("Set aside by the offline scorer")), esc(tr("not sent to %1").arg(row.scoredBy)));
        out +=
            QStringLiteral("<p class='comment'>%1</p>")
                .arg(esc(tr("It ranked far below the day's cut offline; \u201cScore These Fully\u201d sends "
                            "it to %1.")
                             .arg(row.scoredBy)));
    } else if (row.isSetAside()) {
        out += QStringLiteral("<p class='scores'><b>%1</b> &middot; %2</p>")
                   .arg(esc(tr("Set aside by %1's title pass").arg(row.scoredBy)), esc(tr("not relevant")));
        out +=
            QStringLiteral("<p class='comment'>%1</p>")
                .arg(esc(tr("Only its title was read (%1); \u201cScore These Fully\u201d sends its abstract.")
                             .arg(row.scoreComment)));
    } else {
        out += QStringLiteral("<p class='meta'>%1</p>").arg(esc(tr("Not scored yet.")));
    }

    out += QStringLiteral("<p class='abstract'>%1</p>").arg(tex::toDisplayHtml(p.abstract));

    QStringList extra;
    if (!p.comment.isEmpty())
        extra << esc(tr("Comments: %1").arg(p.comment));
    if (!p.journalRef.isEmpty())
        extra << esc(tr("Journal: %1").arg(p.journalRef));
    if (!p.doi.isEmpty())
        extra << QStringLiteral("DOI <a href=\"https://doi.org/%1\">%1</a>").arg(esc(p.doi));
    if (!extra.isEmpty())
        out += QStringLiteral("<p class='meta'>%1</p>").arg(extra.join(QStringLiteral("<br>")));
    return out;
}

} // namespace paperboy
