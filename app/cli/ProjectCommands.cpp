#include "ProjectCommands.h"

#include "CliContext.h"
#include "config/AtomicFile.h"
#include "config/MappingExport.h"
#include "config/ProcessingOrder.h"
#include "config/ProjectValidator.h"
#include "connectors/ProvisionerValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::cli {

using namespace syncstudio::config;

namespace {

// Refuses to go on when a config file is not valid JSON: writing it through the model
// would need a tree it does not have.
bool reportMalformedFiles(const Project& project)
{
    bool malformed = false;
    for (const auto& file : project.files()) {
        if (!file->isValid()) {
            printError(parseErrorDiagnostic(*file).toString());
            malformed = true;
        }
    }
    return malformed;
}

} // namespace

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks an IDM project: prints each error and warning as "
                       "file:line:column: severity: message. Exits 1 when there is an error."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print the messages as a JSON array on stdout"));
    parser.addOption(json);
    parseArguments(parser, arguments, 1);

    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    QVector<Diagnostic> diagnostics = validateProject(*project);
    diagnostics += connectors::validateProvisioners(*project);
    int errors = 0;
    QJsonArray array;
    for (const Diagnostic& d : diagnostics) {
        errors += d.isError() ? 1 : 0;
        if (parser.isSet(json)) {
            array.append(QJsonObject{
                {QStringLiteral("file"), d.file},
                {QStringLiteral("line"), d.position.line},
                {QStringLiteral("column"), d.position.column},
                {QStringLiteral("pointer"), d.pointer},
                {QStringLiteral("severity"),
                 d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("message"), d.message},
                {QStringLiteral("hint"), d.hint},
            });
        } else {
            printError(d.toString());
        }
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    else
        printError(QStringLiteral("%1 error(s), %2 warning(s)")
                       .arg(errors)
                       .arg(diagnostics.size() - errors));
    return errors ? UserError : Success;
}

int runRewrite(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads a project and writes every file through the model into OUT. "
                       "Files come out byte for byte as they went in."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the folder to write into"),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    parseArguments(parser, arguments, 1);
    if (!parser.isSet(output))
        return fail(QStringLiteral("rewrite needs -o OUT, the folder to write into"));

    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    if (reportMalformedFiles(*project))
        return UserError;
    QString error;
    if (!project->writeTo(parser.value(output), &error))
        return fail(error);
    return Success;
}

int runOrder(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the mappings in the order a reconciliation of all runs them: "
                       "sync.json first, then the mapping files after their syncAfter."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    parseArguments(parser, arguments, 1);

    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    const ProcessingOrder order = computeProcessingOrder(*project);
    for (const QStringList& cycle : order.cycles) {
        return fail(QStringLiteral("syncAfter cycle: %1; remove one of these syncAfter entries")
                        .arg(cycle.join(QStringLiteral(" -> "))));
    }
    for (const Mapping& m : order.mappings)
        printOut(m.name());
    return Success;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes every mapping of the project, in processing order, into one "
                       "sync.json (-o FILE), or one mapping-<name>.json each (--split -o DIR)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("the project folder"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the file (or with --split the folder) to "
                                                   "write"),
                                    QStringLiteral("PATH"));
    const QCommandLineOption split(QStringLiteral("split"),
                                   QStringLiteral("write one mapping-<name>.json per mapping"));
    parser.addOption(output);
    parser.addOption(split);
    parseArguments(parser, arguments, 1);
    if (!parser.isSet(output))
        return fail(QStringLiteral("export needs -o PATH, where to write"));

    const auto project = openProject(parser.positionalArguments().first());
    if (!project)
        return UserError;
    if (reportMalformedFiles(*project))
        return UserError;
    const ProcessingOrder order = computeProcessingOrder(*project);
    if (!order.cycles.isEmpty())
        return fail(QStringLiteral("syncAfter cycle: %1; there is no processing order to export")
                        .arg(order.cycles.first().join(QStringLiteral(" -> "))));
    QString error;
    if (parser.isSet(split)) {
        const QDir dir(parser.value(output));
        for (const ExportedFile& f : exportMappingFiles(order.mappings)) {
            if (!writeFileAtomically(dir.filePath(f.fileName), f.text, &error))
                return fail(error);
        }
        return Success;
    }
    if (!writeFileAtomically(parser.value(output), exportSyncJson(*project, order.mappings),
                             &error))
        return fail(error);
    return Success;
}

} // namespace syncstudio::cli
