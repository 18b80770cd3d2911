#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Where the main window goes on the screen it opens on: a first start sized
// for the screen, and a saved place brought back inside the screen when the
// screen has changed since (a laptop without its external monitor, another
// scale factor). The rules are pure functions, so they are tested without
// a screen.
namespace paperboy::placement {

// At most this share of the available area each way at a first start:
// room for the desktop's panels and the window's own frame.
constexpr double kFirstShare = 0.9;

// The first frame: `preferred`, no larger than kFirstShare of `available`
// each way, centred in it. An empty `available` (no screen known) gives
// `preferred` at its origin.
QRect firstFrame(const QSize &preferred, const QRect &available);

// A saved frame as it may be used now: no larger than `available`, and moved
// the least needed to lie inside it. A frame that fits is left alone, and so
// is any frame when `available` is empty.
QRect fitInside(const QRect &frame, const QRect &available);

// The first start's rule for a window whose own area (without the frame)
// would be `preferred`, on the screen it opens on.
void placeAtFirstStart(QWidget *window, const QSize &preferred);
// fitInside for a window after restoreGeometry(), unless it is maximised or
// full screen; again when it is first shown, once its frame is known.
void keepOnScreen(QWidget *window);

} // namespace paperboy::placement
