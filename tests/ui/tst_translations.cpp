// The shipped translations: every entry of translations/*.ts finished and
// true to its source (placeholders, plural forms, mnemonics, markup), no
// string of the sources missing from them, and the embedded .qm files really
// used: the window in German and in Chinese, Qt's own buttons too, the
// language taken from the system unless Settings names one.
#include "MainWindow.h"
#include "PriceEditor.h"
#include "core/Settings.h"
#include "core/Translation.h"
#include "scoring/CostEstimate.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace paperboy;

namespace {

const QString kTranslations = QStringLiteral(PAPERBOY_SOURCE_DIR "/translations");
// Set in the copies of this test that check the language of the system.
const char *const kChildLanguage = "PAPERBOY_TEST_SYSTEM_LANGUAGE";

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its plural forms
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry();
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.entries << entry;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1, %L2, %n and %Ln, sorted; %L1 counts as %1 (the same argument, grouped).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << QLatin1Char('%') + it.next().captured(1);
    out.sort();
    return out;
}

// "&File" and "文件(&F)" have one; "&&" is a literal ampersand, "&amp;" markup.
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#\\d+;)\\S"));
    return int(text.count(re)) - int(text.count(QLatin1String("&&")));
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

// Plural forms per language, as lrelease's rules have them.
int formsOf(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

QStringList problemsOf(const TsFile &ts)
{
    QStringList problems;
    const int forms = formsOf(ts.language);
    for (const Entry &e : ts.entries) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(e.context, e.source);
        if (!e.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where, e.type);
            continue;
        }
        if (e.numerus && e.forms.size() != forms)
            problems
                << QStringLiteral("%1 has %2 plural forms, not %3").arg(where).arg(e.forms.size()).arg(forms);
        for (const QString &form : e.forms) {
            if (form.trimmed().isEmpty() && !e.source.trimmed().isEmpty())
                problems << QStringLiteral("%1 has an empty translation").arg(where);
            else if (placeholders(form) != placeholders(e.source))
                problems << QStringLiteral("%1: \"%2\" has the placeholders %3, the source %4")
                                .arg(where, form, placeholders(form).join(QLatin1Char(' ')),
                                     placeholders(e.source).join(QLatin1Char(' ')));
            if (mnemonics(form) != mnemonics(e.source))
                problems << QStringLiteral("%1: \"%2\" has %3 mnemonics (&), the source %4")
                                .arg(where, form)
                                .arg(mnemonics(form))
                                .arg(mnemonics(e.source));
            if (tags(form) != tags(e.source))
                problems << QStringLiteral("%1: \"%2\" does not keep the markup").arg(where, form);
        }
    }
    return problems;
}

// What lupdate finds in the sources now, as a fresh .ts file.
TsFile scanSources(const QString &dir, bool pluralOnly)
{
    const QString out = dir + (pluralOnly ? QStringLiteral("/plurals.ts") : QStringLiteral("/all.ts"));
    QStringList args = {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral(PAPERBOY_SOURCE_DIR "/app") << QStringLiteral(PAPERBOY_SOURCE_DIR "/ui")
         << QStringLiteral("-ts") << out;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PAPERBOY_LUPDATE), args);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        TsFile failed;
        failed.error =
            QStringLiteral("lupdate failed: %1").arg(QString::fromUtf8(lupdate.readAllStandardError()));
        return failed;
    }
    return readTs(out);
}

QSet<QString> keys(const TsFile &ts)
{
    QSet<QString> out;
    for (const Entry &e : ts.entries)
        out.insert(e.key());
    return out;
}

// The translators installTranslations() installed, and the locales it set, gone.
void uninstallTranslations()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::system());
    i18n::setLocale(QLocale::c());
}

QString menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles.join(QLatin1Char(' '));
}

QString toolbarText(QMainWindow &w, int index)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    auto *button =
        bar ? qobject_cast<QToolButton *>(bar->widgetForAction(bar->actions().value(index))) : nullptr;
    return button ? button->text() : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        uninstallTranslations();
    }
    void cleanup() { uninstallTranslations(); }

    void shippedTranslationsAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void shippedTranslationsAreComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(kTranslations + QStringLiteral("/paperboy_%1.ts").arg(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(ts.entries.size() > 300);
        const QStringList problems = problemsOf(ts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // paperboy_en holds the English plural forms, and nothing else.
    void englishHoldsOnlyPluralForms()
    {
        const TsFile ts = readTs(kTranslations + QStringLiteral("/paperboy_en.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, QStringLiteral("en"));
        QVERIFY(!ts.entries.isEmpty());
        QStringList problems = problemsOf(ts);
        for (const Entry &e : ts.entries)
            if (!e.numerus)
                problems << QStringLiteral("%1 \"%2\" is not a plural entry").arg(e.context, e.source);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A string added to the sources without `--target update_translations`
    // (and a translation) would read English in every language.
    void everySourceStringIsInTheTranslations()
    {
        QTemporaryDir dir;
        const TsFile all = scanSources(dir.path(), false);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        const TsFile plurals = scanSources(dir.path(), true);
        QVERIFY2(plurals.error.isEmpty(), qPrintable(plurals.error));
        QVERIFY(all.entries.size() > 300);
        const QList<std::pair<QString, QSet<QString>>> expected = {{QStringLiteral("de"), keys(all)},
                                                                   {QStringLiteral("zh_CN"), keys(all)},
                                                                   {QStringLiteral("en"), keys(plurals)}};
        QStringList problems;
        for (const auto &[language, wanted] : expected) {
            const QSet<QString> shipped =
                keys(readTs(kTranslations + QStringLiteral("/paperboy_%1.ts").arg(language)));
            for (const QString &k : wanted - shipped)
                problems << QStringLiteral("paperboy_%1.ts lacks %2").arg(language, k);
            for (const QString &k : shipped - wanted)
                problems << QStringLiteral("paperboy_%1.ts still has %2").arg(language, k);
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral(
                                "run `cmake --build <build> --target update_translations` and translate:\n") +
                            problems.join(QLatin1Char('\n'))));
    }

    void windowInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("menus");
        QTest::addColumn<QString>("fetch");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("save");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("day");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("&Datei &Bearbeiten &Ansicht A&rtikel &Hilfe")
                            << QStringLiteral("Heute abrufen") << QStringLiteral("Abbrechen")
                            << QStringLiteral("Speichern")
                            << QStringLiteral("Schätzung: 1 Artikel in 1 Anfrage an m")
                            << QStringLiteral("Mo., 27. Apr. 2026");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringLiteral("文件(&F) 编辑(&E) 视图(&V) 论文(&P) 帮助(&H)")
                               << QStringLiteral("获取今日论文") << QStringLiteral("取消")
                               << QStringLiteral("保存")
                               << QStringLiteral("估算：1 篇论文，分 1 个请求发送到 m")
                               << QStringLiteral("2026年4月27日 周一");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File &Edit &View &Paper &Help")
                            << QStringLiteral("Fetch Today") << QStringLiteral("Cancel")
                            << QStringLiteral("Save") << QStringLiteral("Estimate: 1 paper in 1 request to m")
                            << QStringLiteral("Mon 27 Apr 2026");
    }
    void windowInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, menus);
        QFETCH(QString, fetch);
        QFETCH(QString, cancel);
        QFETCH(QString, save);
        QFETCH(QString, estimate);
        QFETCH(QString, day);
        QSettings settings;
        settings::setLanguage(settings, language);
        installTranslations(*qApp);

        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(menuTitles(w), menus);
        QCOMPARE(toolbarText(w, 0), fetch);
        // Qt's own strings, from qtbase_*.qm (English needs none).
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                               QStringLiteral("/qtbase_%1.qm").arg(language);
        QVERIFY2(language == QLatin1String("en") || QFile::exists(qtbase),
                 qPrintable(qtbase + QStringLiteral(" is missing: install qt6-translations-l10n")));
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), save);
        // The core's messages, with their plural forms, numbers and dates.
        CostEstimate e;
        e.papers = 1;
        e.requests = 1;
        QVERIFY2(e.describe(QStringLiteral("m"), QString()).startsWith(estimate),
                 qPrintable(e.describe(QStringLiteral("m"), QString())));
        QCOMPARE(i18n::dayText(QDate(2026, 4, 27)), day);
    }

    // Alt+letter reaches one item per menu: two items of a menu (or two
    // menus of the bar) with the same letter would make Alt+letter cycle
    // between them instead, in any language.
    void mnemonicsAreUniqueInEveryMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void mnemonicsAreUniqueInEveryMenu()
    {
        QFETCH(QString, language);
        QSettings settings;
        settings::setLanguage(settings, language);
        installTranslations(*qApp);

        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("cache.sqlite")));
        QList<QWidget *> menus{w.menuBar()};
        for (QMenu *m : w.menuBar()->findChildren<QMenu *>())
            menus << m;
        QStringList clashes;
        for (QWidget *menu : menus) {
            QHash<QChar, QString> taken;
            for (QAction *a : menu->actions()) {
                static const QRegularExpression letter(QStringLiteral("&([^&\\s])"));
                const QRegularExpressionMatch m = letter.match(a->text());
                if (a->isSeparator() || !m.hasMatch())
                    continue;
                const QChar key = m.captured(1).at(0).toLower();
                if (taken.contains(key))
                    clashes << QStringLiteral("\"%1\" and \"%2\"").arg(taken.value(key), a->text());
                taken.insert(key, a->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void priceHeadersFitInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    // No header of the Prices table is cut off ("Eingabe aus dem Cache" was).
    void priceHeadersFitInEveryLanguage()
    {
        QFETCH(QString, language);
        QSettings settings;
        settings::setLanguage(settings, language);
        installTranslations(*qApp);
        PriceEditor editor;
        editor.resize(600, 300); // as in the Settings dialog
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("priceTable"));
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString text = table->horizontalHeaderItem(column)->text();
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(text)
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column))));
        }
        if (language == QLatin1String("de"))
            QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Cache-Eingabe"));
    }

    // The command line installs no translator: its messages stay English,
    // plural forms and all, in any language.
    void withoutTranslatorTheCoreSpeaksEnglish()
    {
        CostEstimate e;
        e.papers = 1;
        e.requests = 3;
        QVERIFY(e.describe(QStringLiteral("m"), QString())
                    .startsWith(QLatin1String("Estimate: 1 paper in 3 requests to m")));
        QStringList categories;
        QString error;
        QVERIFY(!settings::parseCategories(QStringLiteral("cs.LG, 7"), &categories, &error));
        QCOMPARE(error, QStringLiteral("'7' is not an arXiv category (like cs.LG or math.AG)"));
    }

    void settingsWinOverTheSystem()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QSettings settings;
        settings::setLanguage(settings, QStringLiteral("zh_CN"));
        installTranslations(*qApp);
        QCOMPARE(QCoreApplication::translate("WindowActions", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }

    // No language in Settings: the system's (LANG, LC_ALL), in a copy of this
    // test started with that environment; English for one without a translation.
    void followsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("&Datei");
        QTest::newRow("de_AT") << QStringLiteral("de_AT.UTF-8") << QStringLiteral("&Datei");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("文件(&F)");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("&File");
    }
    void followsTheSystemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_MESSAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QLatin1String(kChildLanguage), expected);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("systemLanguageInChild")});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0 &&
                     output.contains(QLatin1String("PASS   : TestTranslations::systemLanguageInChild()")),
                 qPrintable(output));
    }
    void systemLanguageInChild()
    {
        if (!qEnvironmentVariableIsSet(kChildLanguage))
            QSKIP("run by followsTheSystemLanguage");
        QVERIFY(settings::language(QSettings()).isEmpty());
        installTranslations(*qApp);
        QCOMPARE(QCoreApplication::translate("WindowActions", "&File"), qEnvironmentVariable(kChildLanguage));
        // English plural forms for a language without a translation.
        if (qEnvironmentVariable(kChildLanguage) == QLatin1String("&File"))
            QCOMPARE(QCoreApplication::translate("paperboy::MainWindow", "%n match(es)", nullptr, 3),
                     QStringLiteral("3 matches"));
    }
};

// Like PAPERBOY_GUI_TEST_MAIN, but each test installs the translations itself.
int main(int argc, char **argv)
{
    test::isolateEnvironment();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
