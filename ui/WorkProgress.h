#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace paperboy {

// The status bar's view of running work: what is happening, papers done of
// the total (tokens and cost so far when scoring), and a Stop button.
// Hidden when nothing runs.
class WorkProgress : public QWidget
{
    Q_OBJECT
public:
    explicit WorkProgress(QAction *stop, QWidget *parent = nullptr);

    // total 0: busy without a known end.
    void start(const QString &text);
    void update(const QString &text, int done, int total);
    void finish();
    QString text() const;
    int done() const;
    int total() const;

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_stop = nullptr;
};

} // namespace paperboy
