#pragma once

#include "storage/PaperRepository.h"

#include <QWidget>

class QAction;
class QTextBrowser;
class QToolBar;

namespace paperboy {

// The abstract reader: title, authors, categories, date, announce type,
// scores and the model's comment, then the abstract, with TeX shown
// readably. Feed text is untrusted: it is escaped, never taken as HTML.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    // The paper actions (star, open, copy) shown above the text.
    void setActions(const QList<QAction *> &actions);
    // Shows a paper; followedAuthor is highlighted among the authors.
    // The row as read: its scorer's score, judged by the relevance rule.
    // Showing the same paper again (new scores) keeps the place in its text.
    void showPaper(const PaperRow &row);
    void clear();
    QString shownId() const { return m_id; }
    QTextBrowser *browser() const { return m_browser; }

    // The HTML for a paper: public so that tests can check the escaping.
    static QString html(const PaperRow &row);

private:
    QToolBar *m_toolbar = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_id;
    QString m_html; // what is shown, so that an unchanged paper is not laid out again
};

} // namespace paperboy
