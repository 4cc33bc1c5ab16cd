#include "CliContext.h"
#include "ConnectorCommands.h"
#include "ExpressionCommands.h"
#include "ProjectCommands.h"
#include "ReconCommands.h"
#include "ScriptCommands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace syncstudio::cli;

namespace {

const Command Commands[] = {
    {"validate", "check a project; errors and warnings as file:line:column", runValidate},
    {"rewrite", "write a project through the model into another folder", runRewrite},
    {"order", "print the mappings in processing order", runOrder},
    {"export", "write sync.json (or mapping files) with every mapping in order", runExport},
    {"mappings", "list the mappings as IDM's sync/mappings endpoint does, with paging",
     runMappings},
    {"filter", "parse a query filter: print it in canonical form, or --eval it", runFilter},
    {"preview", "show what reconciling a mapping would do, writing nothing", runPreview},
    {"recon", "reconcile a mapping (or --all in order): write, link, record the run", runRecon},
    {"links", "print the links of a mapping", runLinks},
    {"eval-script", "run one IDM script object with bindings and print its value", runEvalScript},
    {"query", "print the objects of a system/<connector>/<type>, one JSON object a line", runQuery},
    {"schema", "print the object types and attributes of a connector", runSchema},
    {"test", "test a connector's settings, connection and credentials", runTest},
    {"secret", "store a connector's password or token in the keychain", runSecret},
};

void printUsage(QTextStream& out)
{
    out << "Usage: syncstudio-cli COMMAND [OPTIONS] ...\n\n"
        << "SyncStudio " SYNCSTUDIO_VERSION " on the command line: the same engine as the "
           "desktop application.\n\nCommands:\n";
    for (const Command& c : Commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << '\n';
    out << "\nRun 'syncstudio-cli COMMAND --help' for the options of a command.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSTUDIO_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream err(stderr);
        printUsage(err);
        return UserError;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        QTextStream out(stdout);
        printUsage(out);
        return Success;
    }
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << "syncstudio-cli " SYNCSTUDIO_VERSION "\n";
        return Success;
    }
    for (const Command& c : Commands) {
        if (name == QLatin1String(c.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("syncstudio-cli ") + name);
            return c.run(rest);
        }
    }
    return fail(
        QStringLiteral("unknown command '%1'; run 'syncstudio-cli --help' for the list").arg(name));
}
