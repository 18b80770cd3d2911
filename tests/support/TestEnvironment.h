#pragma once

#include <QProcessEnvironment>
#include <QSize>
#include <QString>
#include <QUrl>

class QCoreApplication;

namespace paperboy {
// ui/WindowApp.h: the window's translations (GUI tests link the widgets library).
void installTranslations(QCoreApplication &app);
} // namespace paperboy

namespace paperboy::test {

// For the window's tests, before the application object exists: settings,
// cache and data in a fresh folder of their own (removed at exit), no
// OPENAI_API_KEY, and no D-Bus session or display, so that no keyring
// answers unless a test starts one. Returns the folder.
QString isolateEnvironment();

// Before the application object exists, on the offscreen platform: one
// screen of `size` (in logical pixels, as the offscreen platform takes it)
// at `dpr` device pixels per logical pixel (Qt's offscreen default is
// 800x800 at 1). isolateEnvironment() sets a
// desktop's 1920x1200, where the window opens at its usual size; a test of
// another screen calls this after it.
void useOffscreenScreen(const QSize &size, double dpr = 1.0);

// For a `paperboy` child process: this environment with HOME and the XDG
// folders under `home`, arXiv at `arxiv`, and no API key, server override, push target,
// D-Bus session (so no keyring answers) or display. Tests add what they need.
QProcessEnvironment childEnvironment(const QString &home, const QUrl &arxiv);

} // namespace paperboy::test

// main() for a widgets test with an isolated environment and the window's
// translations (English plural forms among them).
#define PAPERBOY_GUI_TEST_MAIN(TestClass)                                                                    \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        paperboy::test::isolateEnvironment();                                                                \
        QApplication app(argc, argv);                                                                        \
        QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));                                   \
        QCoreApplication::setApplicationName(QStringLiteral("paperboy"));                                    \
        paperboy::installTranslations(app);                                                                  \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }

// main() for a test run through tests/support/with-keyring.sh: settings of
// its own, the wrapper's D-Bus session (and its keyring) kept.
#define PAPERBOY_KEYRING_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        QTemporaryDir config;                                                                                \
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());                                                  \
        QApplication app(argc, argv);                                                                        \
        QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));                                   \
        QCoreApplication::setApplicationName(QStringLiteral("paperboy"));                                    \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
