#pragma once

#include <QIcon>

namespace paperboy {

// Paperboy's icon at every size it ships (16 to 256 px), compiled into the
// widgets library: the window, the tray, About and the notifications use it.
QIcon appIcon();

} // namespace paperboy
