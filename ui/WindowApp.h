#pragma once

#include <QString>

namespace paperboy {

// Runs the window: creates the QApplication (icon, translations in the
// system language) and the main window on `databasePath`, until it closes.
// Lives in the widgets library so that app/ never includes QtWidgets.
int runWindow(int &argc, char **argv, const QString &databasePath);

} // namespace paperboy
