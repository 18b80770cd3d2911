#pragma once

#include "core/Paper.h"

#include <QList>
#include <QSettings>
#include <QStringList>

namespace paperboy::settings {

// The persistent choices the window and the command line share. Stored with
// QSettings (organisation "Paperboy", application "paperboy"); no secret is
// ever kept here.

QStringList defaultCategories();            // cs.LG, cs.AI
QList<AnnounceType> defaultAnnounceTypes(); // new, cross

QStringList categories(const QSettings &s);
void setCategories(QSettings &s, const QStringList &categories);
QList<AnnounceType> announceTypes(const QSettings &s);
void setAnnounceTypes(QSettings &s, const QList<AnnounceType> &types);

// The interface language: "" follows the system, else a locale name
// ("de", "zh_CN"). Read when the window starts.
QString language(const QSettings &s);
void setLanguage(QSettings &s, const QString &language);

// The daily routine: fetch and score after each evening announcement while
// the app runs (with a tray icon), and whether to start in the tray.
bool dailyRoutine(const QSettings &s);
void setDailyRoutine(QSettings &s, bool on);
bool startInTray(const QSettings &s);
void setStartInTray(QSettings &s, bool on);

// BibTeX from the window in UTF-8 (for biber) rather than ASCII LaTeX (for
// pdflatex and BibTeX). The command line takes --utf8 instead, so that a
// script's output does not change with the window's settings.
bool bibtexUtf8(const QSettings &s);
void setBibtexUtf8(QSettings &s, bool on);

// Chat push (push/PushConfig.h): what is not secret. Matrix's homeserver
// and room; whether the daily routine pushes the day after scoring it, and
// to which targets ("slack", "matrix", "webhook"); which targets have a
// secret saved in the keychain (so that menus know without asking it). The
// webhook addresses and the Matrix token are secrets: keychain only.
QString matrixHomeserver(const QSettings &s);
void setMatrixHomeserver(QSettings &s, const QString &url);
QString matrixRoom(const QSettings &s);
void setMatrixRoom(QSettings &s, const QString &room);
// The homeserver (its origin, "https://host:port") the keychain's Matrix
// token was saved for: the token is sent nowhere else.
QString matrixTokenHomeserver(const QSettings &s);
void setMatrixTokenHomeserver(QSettings &s, const QString &origin);
bool routinePushes(const QSettings &s);
void setRoutinePushes(QSettings &s, bool on);
QStringList routinePushTargets(const QSettings &s);
void setRoutinePushTargets(QSettings &s, const QStringList &targets);
QStringList pushSecretsSaved(const QSettings &s);
void setPushSecretsSaved(QSettings &s, const QStringList &targets);

// Parses "cs.LG,cs.AI" (commas or spaces). Returns false and names the
// offending entry in *error when one is not an arXiv category or archive.
bool parseCategories(const QString &text, QStringList *out, QString *error);
// Parses "new,cross". Returns false and names an unknown type in *error.
bool parseAnnounceTypes(const QString &text, QList<AnnounceType> *out, QString *error);

} // namespace paperboy::settings
