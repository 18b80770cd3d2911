#pragma once

#include <QLocale>
#include <QString>

class QDate;

// The core's messages go through QCoreApplication::translate (tr() in its
// QObjects). The window installs a translator; the headless command line
// installs none, so what it prints stays English for the scripts that read it.
namespace paperboy::i18n {

// A message with plural forms, as tr("%n paper(s)", nullptr, n) returned it.
// Without a translator Qt leaves "3 paper(s)"; this writes the English forms
// the window gets from translations/paperboy_en.ts ("1 paper", "3 papers").
// Call it before .arg(), so that an argument's own "(s)" is left alone.
QString plural(QString text, int n);

// The locale of the numbers and dates in the core's messages: C, as scripts
// read them, until the window chooses a translation and sets its own.
QLocale locale();
void setLocale(const QLocale &locale);

// A day in a message: "Mon 27 Apr 2026" in the C locale, else in the
// translation's format.
QString dayText(const QDate &date);

} // namespace paperboy::i18n
