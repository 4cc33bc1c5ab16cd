// What the package promises: one version everywhere (both --version outputs, the About
// dialog, the AppStream release list), man pages that document every command of
// syncstudio-cli, and desktop files that the freedesktop validators accept.
#include "MainWindow.h"
#include "TestProject.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using syncstudio::test::readFile;
using syncstudio::test::runCli;

namespace {

const QString Version = QStringLiteral(SYNCSTUDIO_VERSION);
const QString AppId = QStringLiteral(SYNCSTUDIO_APP_ID);

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(SYNCSTUDIO_SOURCE_DIR)).filePath(relative);
}

QString packagingBuildPath(const QString& relative)
{
    return QDir(QStringLiteral(SYNCSTUDIO_PACKAGING_BINARY_DIR)).filePath(relative);
}

// The command names of 'syncstudio-cli --help': the first word of each line of the
// "Commands:" block.
QStringList cliCommands()
{
    QByteArray out;
    if (runCli({QStringLiteral("--help")}, &out) != 0)
        return {};
    QStringList commands;
    bool inBlock = false;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inBlock = true;
        } else if (inBlock) {
            if (line.trimmed().isEmpty())
                break;
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
        }
    }
    return commands;
}

// The ".SS name" headings of a man page that name one word (roff escapes "\-" for "-").
QStringList manPageCommands(const QString& path)
{
    QStringList names;
    const QString text = QString::fromUtf8(readFile(path));
    static const QRegularExpression heading(QStringLiteral("^\\.SS ([a-z\\\\-]+)$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(text); it.hasNext();)
        names << it.next().captured(1).replace(QLatin1String("\\-"), QLatin1String("-"));
    return names;
}

// Runs a validator; QSKIPs from the caller when it is not installed.
struct ToolRun
{
    bool found = false;
    int exitCode = -1;
    QByteArray output;
};

ToolRun runTool(const QString& tool, const QStringList& arguments)
{
    ToolRun run;
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return run;
    run.found = true;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliShowsTheProjectVersion();
    void guiShowsTheProjectVersion();
    void aboutDialogShowsTheProjectVersion();
    void metainfoReleaseIsTheProjectVersion();
    void manPageDocumentsEveryCommand();
    void manPagesCarryTheProjectVersion_data();
    void manPagesCarryTheProjectVersion();
    void desktopEntryIsValid();
    void metainfoIsValid();
};

void TestPackaging::initTestCase()
{
    // As app/gui/main.cpp does; the About dialog shows the application's version.
    QApplication::setApplicationVersion(Version);
}

void TestPackaging::cliShowsTheProjectVersion()
{
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("--version")}, &out), 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), QStringLiteral("syncstudio-cli ") + Version);
}

void TestPackaging::guiShowsTheProjectVersion()
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SYNCSTUDIO_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(),
             QStringLiteral("syncstudio ") + Version);
}

void TestPackaging::aboutDialogShowsTheProjectVersion()
{
    syncstudio::ui::MainWindow window;
    QAction* about = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == QLatin1String("&About SyncStudio"))
                about = action;
        }
    }
    QVERIFY2(about, "no Help > About SyncStudio in the menu bar");

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->accept();
        }
    });
    about->trigger();
    QVERIFY2(shown.contains(Version), qPrintable(shown));
}

void TestPackaging::metainfoReleaseIsTheProjectVersion()
{
    QFile file(packagingBuildPath(AppId + QStringLiteral(".metainfo.xml")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString newest;
    while (!xml.atEnd() && newest.isEmpty()) {
        if (xml.readNextStartElement() && xml.name() == QLatin1String("release"))
            newest = xml.attributes().value(QLatin1String("version")).toString();
    }
    QCOMPARE(newest, Version);
}

void TestPackaging::manPageDocumentsEveryCommand()
{
    const QStringList commands = cliCommands();
    QVERIFY2(commands.size() >= 6, qPrintable(commands.join(QLatin1Char(' '))));
    const QStringList documented =
        manPageCommands(sourcePath(QStringLiteral("packaging/man/syncstudio-cli.1")));
    QStringList missing;
    for (const QString& c : commands) {
        if (!documented.contains(c))
            missing << c;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("packaging/man/syncstudio-cli.1 has no '.SS' section for: ") +
                   missing.join(QStringLiteral(", "))));
    for (const QString& d : documented) {
        if (!commands.contains(d))
            qInfo("documented ahead of the implementation: %s", qPrintable(d));
    }
}

void TestPackaging::manPagesCarryTheProjectVersion_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("syncstudio") << QStringLiteral("man/syncstudio.1");
    QTest::newRow("syncstudio-cli") << QStringLiteral("man/syncstudio-cli.1");
}

void TestPackaging::manPagesCarryTheProjectVersion()
{
    QFETCH(QString, page);
    const QByteArray text = readFile(packagingBuildPath(page));
    const QByteArray th = text.mid(text.indexOf("\n.TH ") + 1).split('\n').value(0);
    const QByteArray expected = "\"SyncStudio " + Version.toUtf8() + '"';
    QVERIFY2(th.contains(expected), th.constData());
    static const QRegularExpression unconfigured(QStringLiteral("@[A-Z_]+@"));
    QVERIFY2(!QString::fromUtf8(text).contains(unconfigured),
             "an unconfigured @VARIABLE@ is left in the page");
}

void TestPackaging::desktopEntryIsValid()
{
    const ToolRun run = runTool(
        QStringLiteral("desktop-file-validate"),
        {sourcePath(QStringLiteral("packaging/linux/") + AppId + QStringLiteral(".desktop"))});
    if (!run.found)
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    QVERIFY2(run.exitCode == 0 && !run.output.contains("error"), run.output.constData());
}

void TestPackaging::metainfoIsValid()
{
    const ToolRun run = runTool(QStringLiteral("appstreamcli"),
                                {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                 packagingBuildPath(AppId + QStringLiteral(".metainfo.xml"))});
    if (!run.found)
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    QVERIFY2(run.exitCode == 0, run.output.constData());
}

QTEST_MAIN(TestPackaging)
#include "TestPackaging.moc"
