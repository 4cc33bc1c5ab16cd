#include "CliContext.h"

#include <QTextStream>
#include <cstdio>
#include <cstdlib>

namespace syncstudio::cli {

void parseArguments(QCommandLineParser& parser, const QStringList& arguments, int positional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("%1: error: %2").arg(arguments.first(), parser.errorText()));
        std::exit(UserError);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        std::exit(Success);
    }
    if (parser.positionalArguments().size() != positional) {
        printError(QStringLiteral("%1: error: expected %2 argument(s), got %3; see --help")
                       .arg(arguments.first())
                       .arg(positional)
                       .arg(parser.positionalArguments().size()));
        std::exit(UserError);
    }
}

void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text << '\n';
}

void printError(const QString& text)
{
    QTextStream err(stderr);
    err << text << '\n';
}

int fail(const QString& message)
{
    printError(QStringLiteral("syncstudio-cli: error: ") + message);
    return UserError;
}

std::unique_ptr<config::Project> openProject(const QString& path)
{
    QString error;
    auto project = config::Project::open(path, &error);
    if (!project)
        fail(error);
    return project;
}

} // namespace syncstudio::cli
