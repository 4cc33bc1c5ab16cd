#include "MainWindow.h"
#include "config/Project.h"
#include "project/ExampleProject.h"
#include "recon/ProjectEnvironment.h"
#include "secrets/KeychainSecretLookup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QApplication::setApplicationName(QStringLiteral("syncstudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SyncStudio"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCSTUDIO_VERSION));
    // The installed .desktop entry and icon (packaging/linux): Wayland and the window
    // switcher match the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.syncstudio.SyncStudio"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.syncstudio.SyncStudio")));

    // The user's language: Qt's own strings (dialog buttons) from the system's Qt
    // translations when installed, SyncStudio's from the .qm files compiled in (translations/).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("syncstudio"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Design, preview and run IDM synchronization mappings. Opens PROJECT, or the "
                "bundled example project when none is given."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QCoreApplication::translate("main", "an IDM project folder"),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QCoreApplication::translate("main", "select the mapping NAME"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "render the window to FILE (PNG) once it is shown, then exit"),
        QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("main",
                                    "show the view NAME: editor, order, preview, run or links"),
        QStringLiteral("NAME"));
    parser.addOption(mapping);
    parser.addOption(view);
    parser.addOption(screenshot);
    parser.process(app);

    QString projectPath = parser.positionalArguments().value(0);
    if (projectPath.isEmpty()) {
        QString error;
        const QString dataDir =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        projectPath = syncstudio::ui::materializeExampleProject(
            QDir(dataDir).filePath(QStringLiteral("example")), &error);
        if (projectPath.isEmpty()) {
            std::fprintf(stderr, "syncstudio: %s\n", qPrintable(error));
            return 1;
        }
    }

    syncstudio::ui::MainWindow window;
    window.setEnvironmentFactory([](const syncstudio::config::Project& project, QString* error) {
        // Connector passwords and tokens come from the keychain, where the connector dialog
        // and syncstudio-cli secret store them.
        return syncstudio::recon::ProjectEnvironment::selfContained(
            project, syncstudio::secrets::keychainSecretLookup(project.rootPath()), error);
    });
    if (!window.openProject(projectPath) && parser.isSet(screenshot)) {
        std::fprintf(stderr, "syncstudio: cannot open %s\n", qPrintable(projectPath));
        return 1;
    }
    if (parser.isSet(mapping) && !window.selectMapping(parser.value(mapping)))
        std::fprintf(stderr, "syncstudio: no mapping named %s\n",
                     qPrintable(parser.value(mapping)));
    if (parser.isSet(view) && !window.setViewByName(parser.value(view))) {
        std::fprintf(stderr, "syncstudio: unknown view %s (editor, order, preview, run, links)\n",
                     qPrintable(parser.value(view)));
        return 1;
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Grab once the view is settled: layouts done, and a preview's job finished.
        window.whenSettled([&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "syncstudio: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
