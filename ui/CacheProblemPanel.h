#pragma once

#include "storage/Database.h"

#include <QFrame>

class QLabel;

namespace paperboy {

// Shown in place of the papers when the cache cannot be opened: what is
// wrong with it in a person's words, the core's one-line reason, and the
// ways forward that help with this kind of failure. Moving the file aside
// is offered only where the core allows it (cacherescue::canMoveAside).
class CacheProblemPanel : public QFrame
{
    Q_OBJECT
public:
    CacheProblemPanel(const QString &path, Database::Failure failure, const QString &error,
                      QWidget *parent = nullptr);

    // Says why the last step did not work, below the reason.
    void showProblem(const QString &text);

signals:
    void moveAsideRequested();
    void chooseRequested();
    void retryRequested();

private:
    QLabel *m_problem = nullptr;
};

} // namespace paperboy
