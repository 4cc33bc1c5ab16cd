#pragma once

#include "config/Project.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>

namespace syncstudio::cli {

// Exit statuses of every command.
enum ExitStatus
{
    Success = 0,
    UserError = 1
};

// One subcommand: its name, a line for the overview, and the function that runs it with
// the arguments that follow the name (the first one is "syncstudio-cli <name>").
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

// Parses arguments with the options set up in parser, handling --help and usage errors
// (which print to stderr and exit with UserError). positional is how many positional
// arguments the command needs.
void parseArguments(QCommandLineParser& parser, const QStringList& arguments, int positional);

void printOut(const QString& text);   // a line on stdout
void printError(const QString& text); // a line on stderr
// "syncstudio-cli: error: message" on stderr; returns UserError for `return fail(...)`.
int fail(const QString& message);

// Opens the project at path or prints why not (and returns null).
std::unique_ptr<config::Project> openProject(const QString& path);

} // namespace syncstudio::cli
