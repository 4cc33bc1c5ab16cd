// The translations are complete: every .ts file translates every string of the sources as
// they are now, and the German catalog compiled into the application translates the window.
#include "MainWindow.h"
#include "config/SyncVocabulary.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsProblem
{
    QString context;
    QString source;
    QString what;
};

// The entries of a .ts file that a user would see in English: unfinished or empty ones.
// Vanished and obsolete entries are not shown to anyone and do not count.
QList<TsProblem> untranslatedEntries(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsProblem> problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool sawTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && source.isNull()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source = QString();
                sawTranslation = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                sawTranslation = true;
                const auto type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                    xml.skipCurrentElement();
                    continue;
                }
                if (type == QLatin1String("unfinished")) {
                    problems.append({context, source, QStringLiteral("unfinished")});
                    xml.skipCurrentElement();
                    continue;
                }
                // Plain text, or one <numerusform> per plural form; none may be empty.
                QStringList forms;
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                const bool empty = forms.isEmpty()
                                       ? text.trimmed().isEmpty()
                                       : std::any_of(forms.cbegin(), forms.cend(),
                                                     [](const QString& f) { return f.isEmpty(); });
                if (empty)
                    problems.append({context, source, QStringLiteral("empty translation")});
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!sawTranslation)
                problems.append({context, source, QStringLiteral("no translation")});
            source = QString();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
    return problems;
}

QString describe(const QList<TsProblem>& problems)
{
    QStringList lines;
    for (const TsProblem& p : problems)
        lines << QStringLiteral("  [%1] \"%2\": %3").arg(p.context, p.source, p.what);
    return lines.join(QLatin1Char('\n'));
}

QStringList tsFiles()
{
    return QString::fromUtf8(SYNCSTUDIO_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void tsFileKnowsEverySourceString_data();
    void tsFileKnowsEverySourceString();
    void germanTranslatesTheMainWindow();
    void idmTermsKeepTheirSpelling_data();
    void idmTermsKeepTheirSpelling();
    void contextsAreTheClassesThatTranslate_data();
    void contextsAreTheClassesThatTranslate();
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("ts");
    QVERIFY(!tsFiles().isEmpty());
    for (const QString& ts : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, ts);
    QString error;
    const QList<TsProblem> problems = untranslatedEntries(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 untranslated entries; translate them in Qt "
                                       "Linguist:\n%3")
                            .arg(ts)
                            .arg(problems.size())
                            .arg(describe(problems))));
}

void TestTranslations::tsFileKnowsEverySourceString_data()
{
    tsFileIsComplete_data();
}

// lupdate on a copy finds the strings of today's sources: a string added to ui/ since the
// .ts file was last refreshed comes in unfinished.
void TestTranslations::tsFileKnowsEverySourceString()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QDir sourceDir(QStringLiteral(SYNCSTUDIO_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SYNCSTUDIO_LUPDATE_PATH),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,ui"), sourceDir.filePath(QStringLiteral("ui")),
                   sourceDir.filePath(QStringLiteral("app/gui")), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<TsProblem> problems = untranslatedEntries(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("the sources have %1 string(s) that %2 does not translate; "
                                       "run 'cmake --build build --target update_translations' "
                                       "and translate them:\n%3")
                            .arg(problems.size())
                            .arg(ts, describe(problems))));
}

void TestTranslations::germanTranslatesTheMainWindow()
{
    QTranslator german;
    QVERIFY2(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("syncstudio"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")),
             "no German catalog under :/i18n; is qt_add_translations still on syncstudio-ui?");
    QVERIFY(QApplication::installTranslator(&german));

    syncstudio::ui::MainWindow window;
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1Char(' '))));
    QApplication::removeTranslator(&german);
}

void TestTranslations::idmTermsKeepTheirSpelling_data()
{
    tsFileIsComplete_data();
}

// Situations and actions are IDM's vocabulary, the words of sync.json and of IDM's logs:
// a translation keeps every one its source names, spelled as IDM spells it.
void TestTranslations::idmTermsKeepTheirSpelling()
{
    QFETCH(QString, ts);
    const QStringList terms =
        syncstudio::config::allSituationNames() + syncstudio::config::allActionNames();
    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList wrong;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") ||
                   xml.name() == QLatin1String("numerusform")) {
            if (xml.name() == QLatin1String("translation") &&
                !xml.attributes().value(QLatin1String("type")).isEmpty())
                continue;
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            for (const QString& term : terms) {
                const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(term));
                if (source.contains(word) && !translation.contains(word))
                    wrong
                        << QStringLiteral("  \"%1\" -> \"%2\": %3").arg(source, translation, term);
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("translations that lose an IDM term:\n") +
                                         wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::contextsAreTheClassesThatTranslate_data()
{
    tsFileIsComplete_data();
}

// tr() in syncstudio::ui::RunView looks its strings up under "syncstudio::ui::RunView". A
// QT_TRANSLATE_NOOP("RunView", ...) files them under "RunView", where nothing finds them,
// and the window stays English although the .ts file is complete.
void TestTranslations::contextsAreTheClassesThatTranslate()
{
    QFETCH(QString, ts);
    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList contexts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("context") &&
            xml.readNextStartElement() && xml.name() == QLatin1String("name"))
            contexts << xml.readElementText();
    }
    QVERIFY(!contexts.isEmpty());
    QStringList unqualified;
    for (const QString& context : contexts) {
        if (context.contains(QLatin1String("::")))
            continue;
        for (const QString& other : contexts) {
            if (other.endsWith(QLatin1String("::") + context))
                unqualified << QStringLiteral("  \"%1\" should be \"%2\"").arg(context, other);
        }
    }
    QVERIFY2(unqualified.isEmpty(),
             qPrintable(QStringLiteral("QT_TRANSLATE_NOOP contexts without their namespace:\n") +
                        unqualified.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
