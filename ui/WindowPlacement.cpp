#include "WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace paperboy::placement {

namespace {

// The screen that shows most of `frame`: the one it was saved on may be gone.
QScreen *screenFor(const QWidget *window, const QRect &frame)
{
    QScreen *best = nullptr;
    qint64 bestArea = 0;
    for (QScreen *screen : QGuiApplication::screens()) {
        const QRect common = screen->availableGeometry().intersected(frame);
        const qint64 area = qint64(common.width()) * common.height();
        if (area > bestArea) {
            best = screen;
            bestArea = area;
        }
    }
    return best ? best : window->screen();
}

// The frame's decorations around the window's own geometry. Before the
// window is first shown they are not known yet (on X11 not until the window
// manager has framed it): a title bar and a border as the style draws them
// stand in, as Qt's own restoreGeometry() guesses them.
QMargins decorations(const QWidget *window)
{
    const QMargins known = window->windowHandle() ? window->windowHandle()->frameMargins() : QMargins();
    if (!known.isNull())
        return known;
    const int border = window->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, window);
    const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return {border, border + title, border, border};
}

// Fits `window` with its decorations into the screen that shows most of it.
// The position is the frame's: a window placed before it is shown (and after
// restoreGeometry()) is moved by its frame's corner.
void fit(QWidget *window)
{
    const QMargins margins = decorations(window);
    const QRect frame(window->pos(), window->size().grownBy(margins));
    QScreen *screen = screenFor(window, frame);
    if (!screen)
        return;
    const QRect fitted = fitInside(frame, screen->availableGeometry());
    if (fitted == frame)
        return;
    window->resize(fitted.size().shrunkBy(margins));
    window->move(fitted.topLeft());
}

// Fits the window again when it is first shown, once the frame's real
// decorations may be known in place of the guess.
class FitWhenShown : public QObject
{
public:
    explicit FitWhenShown(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == parent()) {
            auto *window = static_cast<QWidget *>(watched);
            if (!(window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
                fit(window);
            deleteLater();
        }
        return false;
    }
};

} // namespace

QRect firstFrame(const QSize &preferred, const QRect &available)
{
    if (available.isEmpty())
        return {QPoint(0, 0), preferred};
    const QSize size = preferred.boundedTo(
        QSize(int(available.width() * kFirstShare), int(available.height() * kFirstShare)));
    return {available.left() + (available.width() - size.width()) / 2,
            available.top() + (available.height() - size.height()) / 2, size.width(), size.height()};
}

QRect fitInside(const QRect &frame, const QRect &available)
{
    if (available.isEmpty())
        return frame;
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    fitted.moveLeft(std::clamp(fitted.left(), available.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), available.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

void placeAtFirstStart(QWidget *window, const QSize &preferred)
{
    QScreen *screen = window->screen();
    const QMargins margins = decorations(window);
    const QRect frame =
        firstFrame(preferred.grownBy(margins), screen ? screen->availableGeometry() : QRect());
    window->resize(frame.size().shrunkBy(margins));
    window->move(frame.topLeft());
}

void keepOnScreen(QWidget *window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the desktop sizes it
    fit(window);
    if (!window->isVisible())
        new FitWhenShown(window);
}

} // namespace paperboy::placement
