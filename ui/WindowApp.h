#pragma once

#include <QString>

class QCoreApplication;

namespace paperboy {

// Runs the window: creates the QApplication (icon, translations in the
// system language) and the main window on `databasePath`, until it closes.
// Lives in the widgets library so that app/ never includes QtWidgets.
int runWindow(int &argc, char **argv, const QString &databasePath);

// Paperboy's own strings and Qt's, in the language chosen in Settings, or
// the system's when none is.
void installTranslations(QCoreApplication &app);

} // namespace paperboy
